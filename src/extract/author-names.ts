/**
 * What one piece of a byline is. Bylines mix names with everything around
 * them — "Sam Stein, Senior Politics Editor, The Huffington Post", "Brenda
 * Goodman, MA", "Saibal Dasgupta / TNN" — and only names become authors
 * (Google: `author.name` is only the name, without job title, credentials or
 * publisher: https://developers.google.com/search/docs/appearance/structured-data/article#author-bp).
 */
import {trimEndOf, trimStartOf} from '../strings.js'

export type PieceKind = 'person' | 'organization' | 'role' | 'credential' | 'junk'

export interface Piece {
  kind: PieceKind
  /** The cleaned name (for `person` and `organization`). */
  name: string
}

/** Job titles: the noun that ends one ("Staff Writer", "Senior Politics Editor", "AP Auto Writer"). */
export const roleNouns: ReadonlySet<string> = new Set(
  (
    'writer writers reporter reporters correspondent correspondents editor editors columnist columnists contributor contributors ' +
    'analyst producer photographer photographers photojournalist critic intern fellow director anchor host journalist journalists ' +
    'blogger commentator researcher cartoonist illustrator videographer designer strategist chief ceo founder president ' +
    'journaliste rédacteur rédactrice correspondant correspondante envoyé envoyée redakteur redakteurin korrespondent ' +
    'korrespondentin autor autorin periodista corresponsal redactor redactora giornalista inviato inviata'
  ).split(' ')
)

/** Words that qualify a job title: rank, beat, desk ("Senior", "Politics", "White House"). */
const roleWords = new Set(
  (
    'senior staff chief contributing associate assistant deputy executive managing special political foreign national ' +
    'international investigative legal global digital freelance guest lead principal editorial former sports sport politics ' +
    'business science health tech technology games gaming entertainment culture music film movie movies food travel opinion ' +
    'opinions news features feature metro world economics economy markets finance auto autos climate education energy ' +
    'environment fashion art arts books media local breaking weather video audio photo photos data social general copy night ' +
    'weekend city state regional bureau white house washington congressional courts crime investigations investigations ' +
    'at large in of for and the & -in-chief editor-in-chief'
  ).split(' ')
)

/** Credentials written after a name ("Brenda Goodman, MA", "Jane Doe, MS, RDN"). */
const credential =
  /^(?:M\.?[ABDS]c?\.?|Ph\.?\s?D\.?|R\.?N\.?|RDN|R\.?D\.?|LDN?|MPH|MBA|MSW|LCSW|CPA|CFA|J\.?D\.?|Esq\.?|DDS|DMD|D\.?O\.?|DVM|PharmD|FACS|FACP|FAAP|CDE|CSCS|CPT|NP|PA-C|Jr\.?|Sr\.?|II|III|IV)$/

/** Not names: share bars, calls to action and page furniture that sit next to bylines. */
const junkWords =
  /^(?:follow|following|unfollow|share|shares|email|e-mail|mail|print|tweet|facebook|twitter|linkedin|instagram|whatsapp|reddit|pinterest|youtube|tiktok|comments?|subscribe|sign\s+(?:in|up)|log\s*in|register|more|view(?:\s+all)?|read(?:\s+more)?|see\s+all|save|copy(?:\s+link)?|close|show\s+more|bio|about|contact|sponsored|advertisement|newsletter|menu|home|search|profile|posts|articles|stories|listen|updated?|published|posted|last\s+updated|author|authors|by|photo|photos|video|image|credit|source|staff\s+and\s+agencies|ok|okay|yes|no|cancel|submit|loading|(?:more|all|view|see)\s+posts|posts\s+by|no\s+author|unknown|none|null|undefined|anonymous\s+user)$/i
/** Month names alone (a date lost its day): no name. English months that are also first names are left alone. */
const monthWords = new Set(
  'january february march september october november december januar februar märz juni juli oktober dezember janvier février mars avril mai juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre'.split(' ')
)

/** Words no name contains: ad slots ("Sponsored Links") and, in lower case or capitals, sentence glue ("MORE FOR YOU"). */
const adWords = new Set('sponsored promoted recommended advertisement advertising newsletter subscribe login podcast'.split(' '))
const glueWords = new Set('for you your this that our is are was were has have with from to'.split(' '))

/** Desks, newsrooms and agencies by their words. Acronyms match only as written (AP, not "Ap"). */
const organizationWords =
  /(?<![\p{L}\p{N}])(?:desk|staff|team|editors|editorial|newsroom|agency|agencies|agência|agencia|agence|agentur|news|press|presse|media|bureau|wire|service|services|redaktion|rédaction|redacción|redaccion|redazione|reuters|associated\s+press|bloomberg|xinhua|kyodo|yonhap|ritzau|university|institute|foundation|inc|ltd|llc|gmbh|e\.\s?v|corporation|company|group|zeitung|magazin|magazine|gazette|tribune|journal|nachrichten|noticias|notícias)(?![\p{L}\p{N}])/iu
/** A domain ("Cleveland.com", "ORF.at") names a site. */
export const domainName = /\.(?:com|net|org|info|co|de|at|ch|fr|it|es|uk|us|ca|au|in|jp|cat|online|news)$/i
/** An article opens the name of a paper or a desk ("The Associated Press", "El Sol de México", "Die Zeit"). */
const leadingArticle = /^(?:the|el|los|las|les|der|die|das|il|lo)\s/i
const agencyAcronyms = /\b(?:AFP|AP|dpa|DPA|ANI|PTI|IANS|EFE|ANSA|TASS|SDA|APA|BBC|CNN|UPI|TNN|KNA|epd|AAP|NTB|TT|CP)\b/

/** Name particles written in lower case inside a name ("Michiel de Jong", "Ludwig van Beethoven"). */
const particles = new Set('de da das do dos du del della der den di van von ter ten zu bin ibn al el la le y e'.split(' '))

/** A short name in a script without case, written without spaces ("後藤大地"): there are no capitals to check. */
const caseless = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}・·]{2,10}$/u

/** Desks, agencies and newsrooms are Organizations, not Persons. */
export function looksLikeOrganization(name: string): boolean {
  return organizationWords.test(name) || agencyAcronyms.test(name) || leadingArticle.test(name) || domainName.test(name.trim())
}

/**
 * Unmistakably not one person, whatever the markup's `@type` says: a desk or newsroom ("Staff Reports", "HNN Staff"), a
 * paper ("The Associated Press"), a domain, or an acronym ("AS", "AFP").
 */
export function isDeskName(name: string): boolean {
  const trimmed = name.trim()
  return deskWords.test(trimmed) || leadingArticle.test(trimmed) || (domainName.test(trimmed) && !/\s/.test(trimmed)) || /^\p{Lu}{2,5}$/u.test(trimmed) || (!/\s/.test(trimmed) && looksLikeOrganization(trimmed))
}

const deskWords = /(?<!\p{L})(?:staff|desk|team|newsroom|editorial|editors|reports|redaktion|rédaction|redacción|redaccion|redazione|bureau|agency|wire)(?!\p{L})/iu

/** Trim quotes, brackets and trailing punctuation; collapse white space. */
export function trimName(value: string): string {
  const collapsed = value.replace(/\s+/g, ' ')
  const name = trimEndOf(trimStartOf(collapsed, ` "'“”‘’«»([,:;|/—–-`), ` "'“”‘’«»)],:;|/—–-`).trim()
  // A full stop ends the sentence, not the name, unless it closes an initial ("Laura E.") or "Jr.".
  return /\.$/.test(name) && !/(?:^|[\s.])\p{Lu}\.$|\b(?:Jr|Sr)\.$/u.test(name) ? name.slice(0, -1).trim() : name
}

/** Classify one piece of a byline (already split at commas and "and"). */
export function classifyPiece(raw: string): Piece {
  const name = trimName(raw)
  const junk: Piece = {kind: 'junk', name}
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return junk
  if (/@|https?:|www\.|\/|\d|[!?#=<>{}]|[[(]at[\])]/i.test(name)) return junk
  if (domainName.test(name) && !/\s/.test(name)) return {kind: 'organization', name}
  if (junkWords.test(name) || monthWords.has(name.toLowerCase())) return junk
  if (name.split(' ').some((word) => adWords.has(word.toLowerCase()) || (glueWords.has(word.toLowerCase()) && (word === word.toLowerCase() || word === word.toUpperCase())))) return junk
  const words = name.split(' ')
  if (words.every((word) => credential.test(word))) return {kind: 'credential', name}
  if (isRole(words)) return {kind: 'role', name}
  const afterRole = withoutLeadingRole(words)
  if (afterRole !== words) return classifyPiece(afterRole.join(' '))
  if (caseless.test(name)) return {kind: 'person', name: name.replace(/\s+/g, ' ')}
  // One word in capitals: an agency ("AFP", "TNN") when short, a heading ("AUTHORING") when long.
  if (words.length === 1 && /^\p{Lu}+$/u.test(name)) return name.length <= 5 ? {kind: 'organization', name} : junk
  if (looksLikeOrganization(name)) return isTitleCase(words, true) ? {kind: 'organization', name} : junk
  const person = withoutRole(words)
  if (person && isPersonName(person)) return {kind: 'person', name: person.join(' ')}
  return junk
}

/** Every word a title word, with at least one job noun: "Staff Writer", "Senior Politics Editor". */
function isRole(words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase())
  return lower.some((word) => roleNouns.has(word) || word.split('-').some((part) => roleNouns.has(part))) && lower.every((word) => roleNouns.has(word) || roleWords.has(word) || agencyAcronyms.test(word.toUpperCase()) || word.split('-').every((part) => roleNouns.has(part) || roleWords.has(part)))
}

/** "Sam Stein Senior Politics Editor" → "Sam Stein": a job title glued after the name is cut off. */
function withoutRole(words: readonly string[]): readonly string[] | undefined {
  const last = words[words.length - 1]!.toLowerCase()
  if (words.length < 3 || !roleNouns.has(last)) return words
  for (let index = 2; index < words.length; index++) {
    if (isRole(words.slice(index))) return words.slice(0, index)
  }
  return undefined
}

/** "AP Auto Writer Tom Krisher" → "Tom Krisher": a job title before the name is cut off. */
function withoutLeadingRole(words: readonly string[]): readonly string[] {
  for (let index = words.length - 2; index >= 1; index--) {
    if (roleNouns.has(words[index - 1]!.toLowerCase()) && isRole(words.slice(0, index))) return words.slice(index)
  }
  return words
}

/** One to six words, each capitalised (or an initial, or a particle like "de"), not starting with a particle. */
function isPersonName(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 6) return false
  if (particles.has(words[0]!) && words.length < 3) return false
  // A particle ends no name ("Rezept von"), and a name is more than initials or a two-letter word ("S.", "Mi").
  if (particles.has(words[words.length - 1]!) || /^(?:von|van|de|di|da|du|del|der|den)$/i.test(words[words.length - 1]!)) return false
  if (!words.some((word) => /\p{L}{2}/u.test(word)) || (words.length === 1 && [...words[0]!].length <= 2 && /^\p{Script=Latin}+$/u.test(words[0]!))) return false
  if (!words.some((word) => startsUpper(word))) return false
  return words.every((word) => startsUpper(word) || particles.has(word) || /^(?:d'|l'|d’|l’)\p{Lu}/u.test(word))
}

function isTitleCase(words: readonly string[], allowConnectors: boolean): boolean {
  return words.every((word) => startsUpper(word) || (allowConnectors && /^(?:of|for|and|the|de|du|des|la|le|der|die|das|&)$/.test(word)))
}

/** A letter that is upper case, or a letter of a script without case. */
function startsUpper(word: string): boolean {
  const first = word.replace(/^['‘’"(]/, '').charAt(0)
  return /\p{L}/u.test(first) && first === first.toUpperCase() && (first !== first.toLowerCase() || /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(first))
}
