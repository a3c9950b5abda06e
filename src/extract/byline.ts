/**
 * Bylines as people write them: "By X", "By X and Y", "By X - March 11 2022",
 * "By X | Reuters", "Von X und Y", "Par X (avec Y et Z)", "X, Senior Editor,
 * The Site". Names out — one per person, without roles, credentials,
 * agencies or the publisher — with the date when the line carries one.
 *
 * A byline is read as a sequence of segments: the parts of the byline
 * element (text cut at element boundaries, see `author-parts.ts`), each cut
 * again at "|", "/", "•" and spaced dashes. Reading stops at the first date,
 * time or page furniture after the names, so "Jane Doe Dec. 2 Share Tweet
 * Copy Link" gives only "Jane Doe".
 */
import {findDateInText} from './dates.js'
import type {BylinePart} from './author-parts.js'
import {classifyPiece, looksLikeOrganization, trimName, type Piece} from './author-names.js'

export {looksLikeOrganization}

export interface BylineEntry {
  name: string
  type: 'Person' | 'Organization'
}

export interface Byline {
  names: string[]
  /** The names with their type: people, or (when a line names no person) desks and agencies. */
  entries: BylineEntry[]
  /** ISO date written in the same line, if any. */
  date?: string | undefined
}

export interface BylineOptions {
  /** Names of the site and its publisher: never an author when they sit next to a person's name. */
  siteNames?: readonly string[] | undefined
  /** "Jong, Michiel de" is one inverted name (meta `dc.creator`, citation data), not two. */
  inverted?: boolean | undefined
}

/** "By", "Written by", "Von", "Par", "著者："…; "ByTravis Haney" glued; Italian "di" only in lower case ("Di Maio" is a name). */
const prefixes = [
  /^\s*(?:(?:written|posted|published|story|words|text|reporting|report|interview|compiled|edited|article|reported|erstellt|geschrieben|verfasst|artikel|beitrag|rezept|veröffentlicht|écrit|publié|publiée|escrito|escrita|publicado|publicada|scritto|pubblicato)\s+(?:by|von|par|por|di|af|av)|by|von|par|por|door|av|af|przez|от|автор|author|autor|auteur)(?:\s*[:：]\s*|\s+|$)/iu,
  /^\s*(?:di\s+|(?:著者|筆者|執筆者|投稿者|文|記者|作者|기자)\s*[:：]?\s*)/u,
  /^\s*By(?=\p{Lu}\p{Ll})/u
]
/**
 * Any one-word label with a colon: "Text:", "Piše:", "Текст:", "Reporter:"; 2–15 letters, counted in
 * code (a bounded repetition of \p{L} is slow for V8 to compile).
 */
const labelPrefix = /^\s*(\p{L}+)\s*[:：]\s+/u
/** Credits for the site, not the article ("Developed by", "Powered by"). */
const siteCredit = /^\s*(?:developed|designed|powered|hosted|built|maintained)\s+by\b/i
/** "From: Herald Sun", "Source: AP": a label that makes what follows a source, not an author. */
const sourceLabel = /^\s*(?:from|source|via|quelle|fuente|fonte|credit)\s*[:：]\s*/i
/** "Photo: X", "Photos by X", "Illustration by X": the picture's credit, not the article's author. */
const pictureCredit = /^\s*(?:photos?|fotos?|pictures?|images?|illustrations?|video|graphics?|bild(?:er)?|grafik|cartoon)\s*(?:[:：]|(?:by|von|par|por)\b|$)/i
const segmentSplit = /\n|\s*[|•·／]\s*|\s+[/—–-]\s+|\s+\/|\/\s+/
/** Commas, "and" in several languages; the one-letter conjunctions (e, y, i) and "en" only in lower case, never an initial. */
const nameSplit = /\s*[,;&＆、]\s*|\s+(?:and|And|AND|und|Und|UND|et|Et|ET|og|och|und)\s+|\s+(?:y|e|i|en)\s+/
const edgeConjunction = /^\s*(?:(?:[Aa]nd|AND|[Uu]nd|UND|[Ee]t|ET|og|och|y|e|i|en)(?:\s+|$)|[&,;]\s*)|(?:\s+(?:[Aa]nd|AND|[Uu]nd|UND|[Ee]t|ET|og|och|y|e|i|en)|\s*[&,;])\s*$/g
/**
 * Where the names end: a time, a relative date, a reading time, an update note, a share bar. A date label that is
 * also a word or a name ("Stand", "Datum", "Fecha", "Data") ends them only as a label: before a colon or a number.
 */
const stop =
  /(?<!\p{L})\d|\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*\d|May\s+\d|(?:last\s+)?updated\b|published\b|posted\s+(?:on|at)\b|follow\b|share\b|copy\s+link\b|save\s+this\b|reading\s+time\b)|(?<!\p{L})(?:publicad[oa]|publiée?|veröffentlicht|publiziert|pubblicato|aggiornato|aktualisiert|actualizad[oa]|mis\s+à\s+jour|(?:stand|datum|fecha|data)(?=\s*[:：]|\s+\d))(?!\p{L})/iu
/**
 * Week days in full, capitalised or not, when a date or a time follows ("Monday, March 3", "Freitag, 12. März",
 * "lundi 3 mars", "Monday at 5pm"): a week day is also a name ("Jan Freitag", "Plácido Domingo"). Case-sensitive, so
 * "sunday" inside a word or "Sun" never stops.
 */
const weekday = /(?<!\p{L})(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[Mm]ontag|[Dd]ienstag|[Mm]ittwoch|[Dd]onnerstag|[Ff]reitag|[Ss]amstag|[Ss]onntag|[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche|[Ll]unes|[Mm]artes|[Mm]iércoles|[Jj]ueves|[Vv]iernes|[Ss]ábado|[Dd]omingo|[Ll]unedì|[Mm]artedì|[Mm]ercoledì|[Gg]iovedì|[Vv]enerdì|[Ss]abato|[Dd]omenica)(?!\p{L})(?=,?\s*(?:\d|\p{L}+\.?\s+\d))/u
/** "NewsomeDec. 2", "BlumeStaff Writer", "WagnerNEW YORK": a name glued to what follows it in flat text. */
const glued =
  /(\p{Ll}{2})(?=\p{Lu}{3,}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d|(?:Staff|Senior|Special|Contributing|Chief|Associate|Deputy|Executive|Managing|Editor|Writer|Reporter|Correspondent|Columnist|Contributor|Updated|Published|Posted)\b)/gu
/** "Meg Wagner NEW YORK DAILY NEWS": a name in title case, then words in capitals (a desk, a paper, a place). */
const capitalsAfter = /(\p{Lu}\p{Ll}+)(?=\s+\p{Lu}\p{Lu}+(?:\s+\p{Lu}\p{Lu}+)+\b)/gu
/** "(avec Damien Leloup et Morgane Tual)": more authors in brackets. */
const withGroup = /\(\s*(?:with|avec|con|mit|com|met|med)\s+([^()]*)\)/gi
/** The label of sponsored content. */
const adLabel = /^(?:sponsored|promoted|advertisement|paid|partner|ad|anzeige|gesponsert|gesponserte|publicidad|sponsorisé|patrocinado|pubblicità)(?:\s+(?:links?|content|stories|post|by|inhalte|beiträge))?$/i
/** A place and a dash opening the story ("CAIRO —"): a dateline, no byline. */
const dateline = /^\s*[\p{Lu}][\p{Lu}\p{P}\s]{1,40}\s*[—–-]\s*$/u

const maxBylineLength = 2000

/** Parse a byline (text, or the parts of a byline element) into names and a date. Returns no names when it is no byline. */
export function parseByline(input: string | readonly BylinePart[], options: BylineOptions = {}): Byline {
  const parts = typeof input === 'string' ? [{text: input}] : input
  const flat = parts.map((part) => part.text).join(' ')
  const date = findDateInText(flat)?.iso
  const none: Byline = {names: [], entries: [], date}
  // A list of names is short; thousands of characters are not a byline (and would cost the splitters dearly).
  if (flat.length > maxBylineLength) return none
  if (dateline.test(flat) || siteCredit.test(flat)) return none
  // A "byline" whose link is a headline is a teaser card for another story.
  if (parts.some((part) => part.href !== undefined && part.text.split(/\s+/).length >= 6 && classifyPiece(part.text).kind !== 'person')) return none
  // An ad widget ("by Taboola … Sponsored Links") credits an ad network, not an author.
  if (parts.some((part) => adLabel.test(part.text))) return none

  const people: BylineEntry[] = []
  const organizations: BylineEntry[] = []
  /** The site's own name: dropped beside a person, kept (as what it looks like) when it is all the line says. */
  const siteEntries: BylineEntry[] = []
  const site = new Set((options.siteNames ?? []).map(comparable).filter(Boolean))
  let started = false
  let introduced = false
  for (const segment of segments(parts)) {
    // "Tech Industry by Steven Musil": what precedes the first "By" is a section or a kicker.
    if (segment.introduced && !introduced) {
      people.length = 0
      organizations.length = 0
      siteEntries.length = 0
    }
    introduced ||= segment.introduced
    const pieces = piecesOf(segment.text, options.inverted === true)
    for (const text of pieces) {
      const piece = segment.source ? {kind: 'organization' as const, name: trimName(text)} : kindOf(text, segment.href)
      // One capitalised word after a full name ("Victor Tangermann, Futurism") is where the person works.
      if (piece.kind === 'person' && !piece.name.includes(' ') && people.some((person) => person.name.includes(' ')) && !/^\p{Lu}+$/u.test(piece.name)) {
        organizations.push({name: piece.name, type: 'Organization'})
        continue
      }
      if ((piece.kind === 'person' || piece.kind === 'organization') && isSite(piece.name, site)) {
        siteEntries.push({name: piece.name, type: piece.kind === 'person' ? 'Person' : 'Organization'})
      } else if (piece.kind === 'person') {
        people.push({name: piece.name, type: 'Person'})
      } else if (piece.kind === 'organization') {
        organizations.push({name: piece.name, type: 'Organization'})
      } else if (piece.kind === 'junk' && started) {
        return result(people, organizations, siteEntries, date)
      } else if (piece.kind === 'junk' && piece.name.split(' ').length >= 3 && !introduced) {
        // A sentence before any name: a notice or a teaser, not a byline.
        return none
      }
      if (piece.kind === 'person' || piece.kind === 'organization') started = true
    }
    if (segment.last) break
  }
  return result(people, organizations, siteEntries, date)
}

/** People when the line names any (desks, agencies and the publisher beside them are affiliations); otherwise the organisations; otherwise the site. */
function result(people: BylineEntry[], organizations: BylineEntry[], site: BylineEntry[], date: string | undefined): Byline {
  const chosen = dedupe(people.length > 0 ? people : organizations.length > 0 ? organizations : site)
  return {names: chosen.map((entry) => entry.name), entries: chosen, date}
}

interface Segment {
  text: string
  href?: string | undefined
  /** The names end in this segment (a date or page furniture follows). */
  last: boolean
  /** After "From:" or "Source:": a publication. */
  source: boolean
  /** Introduced by "By" (or its kin). */
  introduced: boolean
}

/** The byline's segments up to where its names end. */
function segments(parts: readonly BylinePart[]): Segment[] {
  const found: Segment[] = []
  // A label in an element of its own ("<span>By</span>", "<b>From:</b>") applies to the next segment.
  let source = false
  let introduced = false
  let skip = false
  for (const part of parts) {
    // Runs of white space become one character first (a line break when they hold one): the splitting patterns
    // below start with \s* or \s+ and would rescan a long run at each of its characters.
    const text = part.text
      .replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '))
      .replace(glued, '$1\n')
      .replace(capitalsAfter, '$1\n')
      .replace(withGroup, ', $1\n')
    for (let piece of text.split(segmentSplit).flatMap((chunk) => chunk.split(/\s+(?=\p{L}+\s*[:：]\s)|\s+(?=(?:by|par|por)\s+\p{Lu})/u))) {
      const end = firstOf(piece.search(stop), piece.search(weekday))
      // "Posted by X on 3 May": the word joining name and date is neither.
      if (end >= 0) piece = piece.slice(0, end).replace(/\s+(?:on|am|le|el|il|at|dated?|published|updated|du|den)\s*[:,]?\s*$/i, '')
      // "Photo:" — or "Photos" then "by X" in the next segment — credits a picture.
      if (pictureCredit.test(piece) || skip) {
        skip = !skip && /^\s*\p{L}+\s*$/u.test(piece)
        if (end >= 0) return found
        continue
      }
      source ||= sourceLabel.test(piece)
      piece = piece.replace(sourceLabel, '')
      const unprefixed = stripPrefix(piece)
      introduced ||= unprefixed !== piece
      // A conjunction in its own element ("<a>X</a> and <a>Y</a>") joins names; it is none.
      piece = unprefixed.replace(edgeConjunction, '')
      if (piece.trim() !== '') {
        found.push({text: piece, href: part.href, last: end >= 0, source, introduced})
        source = false
        introduced = false
      }
      if (end >= 0) return found
    }
  }
  return found
}

function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b)
}

/** A segment cut into names: "X, Y and Z"; a bracketed place or desk after a name is dropped. */
function piecesOf(segment: string, inverted: boolean): string[] {
  const text = segment
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/\s*\([^()]*(?:,|\s\p{Ll})[^()]*\)\s*/gu, ' ')
    .replace(/^\s*\([^()]*$/, '')
    .trim()
  if (text === '') return []
  if (inverted) {
    const match = /^([\p{Lu}][\p{L}'’-]+),\s*((?:[\p{Lu}][\p{L}'’.-]*\.?\s*){1,3}(?:\s+(?:de|van|von|der|den|da|di|du|le|la))?)$/u.exec(text)
    if (match) return [`${match[2]!.trim()} ${match[1]}`]
  }
  return text.split(nameSplit).filter((piece) => piece.trim() !== '')
}

/** A piece's kind; a link to a site's home page names a publication, not a person. */
function kindOf(text: string, href: string | undefined): Piece {
  const piece = classifyPiece(text)
  if (piece.kind === 'person' && href !== undefined && isHomePage(href)) return {kind: 'organization', name: piece.name}
  return piece
}

/** Remove "By" and its kin (twice: "Story by: Author: X"). */
export function stripPrefix(text: string): string {
  let rest = text
  for (let round = 0; round < 2; round++) {
    for (const prefix of prefixes) rest = rest.replace(prefix, '')
    const label = labelPrefix.exec(rest)
    if (label && label[1]!.length >= 2 && label[1]!.length <= 15) rest = rest.slice(label[0].length)
  }
  return rest
}

function isHomePage(href: string): boolean {
  return /^(?:https?:)?\/\/[^/]+\/?(?:[?#].*)?$/i.test(href.trim())
}

/** The site's name, or a longer name containing it ("Sioux Falls Argus Leader" for "Argus Leader"). */
function isSite(name: string, site: ReadonlySet<string>): boolean {
  const wanted = comparable(name)
  if (site.has(wanted)) return true
  for (const other of site) if (other.length >= 6 && wanted.includes(other)) return true
  return false
}

function comparable(name: string): string {
  return name.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '')
}

function dedupe(entries: BylineEntry[]): BylineEntry[] {
  const seen = new Set<string>()
  return entries.filter((entry) => {
    const key = comparable(entry.name)
    if (key === '' || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** One name, cleaned, or `undefined` when the value is not a name (a role, a URL, a sentence). */
export function cleanName(value: string): string | undefined {
  const piece = classifyPiece(stripPrefix(value))
  return piece.kind === 'person' || piece.kind === 'organization' ? piece.name : undefined
}
