/**
 * Find what an article is about and mentions, with rules and tables only
 * (no NLP model: fast and offline).
 *
 * 1. Table matches: names, aliases and related words (demonyms, capitals)
 *    of the known entities, exact and case-sensitive on word boundaries.
 * 2. Proper-noun phrases not in the table: runs of capitalised words with
 *    inner connectors, typed by a title before them (Person), a head word
 *    (Organization, GovernmentOrganization, Place, AdministrativeArea), a
 *    verb of saying, a noun after them, or a defined acronym; untyped ones
 *    are kept only when frequent (Thing).
 *    A table name inside a longer capitalised name is not that entity
 *    ("West Asia" is not Asia); "Donetsk and Luhansk People's Republics"
 *    names both table entries.
 * 3. Merging: "Full Name (ACR)" makes ACR an alias; a surname alone joins
 *    the one person with that surname; "the defense minister" joins the one
 *    person introduced with that title.
 * 4. Salience: the weights of the mentions by where they stand (`WEIGHTS`);
 *    related words count at half weight (`INDIRECT`); news agencies and
 *    `text.exclude` never come out; untyped names (`Thing`) are never `about`.
 *
 * Modules: `tokens` → `matcher` (the table) → `segment` (one text at a
 * time) → `merge` (one entity per thing) → `score` → `rank` (about/mentions).
 */
import {compileTable} from './matcher.js'
import {countTitleReferences, mergeAcronyms, mergeSurnames, recountTitleCase} from './merge.js'
import {splitBySalience} from './rank.js'
import {rankCandidates} from './score.js'
import {readSegment} from './segment.js'
import type {Run, Segment} from './state.js'
import {tokenize, type Token} from './tokens.js'
import type {EntitiesOptions, EntitiesResult, EntityText, KnownEntity} from './types.js'

/**
 * Mention weights by where the mention stands: the headline says what the
 * story is about, the dek and the lead repeat it, the body develops it,
 * captions only describe a picture.
 */
export const WEIGHTS = {headline: 5, description: 3, lead: 2, paragraph: 1, caption: 0.5} as const
/** Defaults of the options. */
export const DEFAULT_MAX = 18
export const DEFAULT_MIN_SCORE = 1

/**
 * Find the entities an article is about and mentions.
 *
 * Synchronous and pure: same text and table, same result (order included).
 * `table` is the built-in table (with the user's entries first when the
 * caller merged them); `options.known` entries are matched before it.
 */
export function findEntities(text: EntityText, table: readonly KnownEntity[], options: EntitiesOptions = {}): EntitiesResult {
  const max = options.max ?? DEFAULT_MAX
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE
  const segments = toSegments(text)
  const lowerWords = new Set<string>()
  for (const segment of segments) for (const token of segment.tokens) if (token.word && !token.cap) lowerWords.add(token.text)
  const run: Run = {table: compileTable(withKnown(table, options.known)), candidates: new Map(), acronyms: new Map(), lowerWords}
  segments.forEach((segment, index) => readSegment(run, segment, index))
  for (const [index, segment] of segments.entries()) if (segment.titleCase) recountTitleCase(run, segment, index)
  mergeAcronyms(run)
  mergeSurnames(run)
  countTitleReferences(run, segments)
  const english = text.language ? /^en(?:-|$)/i.test(text.language) : looksEnglish(segments)
  const ranked = rankCandidates(run, text.exclude, {tableOnly: !english, topSegments: topSegmentCount(text)})
  return splitBySalience(ranked, {max, minScore})
}

const knownCache = new WeakMap<readonly KnownEntity[], WeakMap<readonly KnownEntity[], readonly KnownEntity[]>>()

/** The user's entries first; memoised so the compiled table is reused. */
function withKnown(table: readonly KnownEntity[], known: readonly KnownEntity[] | undefined): readonly KnownEntity[] {
  if (!known || known.length === 0) return table
  let byTable = knownCache.get(known)
  if (!byTable) knownCache.set(known, (byTable = new WeakMap()))
  let merged = byTable.get(table)
  if (!merged) byTable.set(table, (merged = [...known, ...table]))
  return merged
}

function toSegments(text: EntityText): Segment[] {
  // [text, weight, may be in Title Case]: only headlines and deks are; body text full of names is not.
  const pieces: Array<[string | undefined, number, boolean]> = [
    [text.headline, WEIGHTS.headline, true],
    [text.description, WEIGHTS.description, true],
    ...text.paragraphs.map((paragraph, index): [string, number, boolean] => [paragraph, index === 0 ? WEIGHTS.lead : WEIGHTS.paragraph, false]),
    ...text.captions.map((caption): [string, number, boolean] => [caption, WEIGHTS.caption, false])
  ]
  const segments: Segment[] = []
  for (const [value, weight, display] of pieces) {
    if (!value?.trim()) continue
    const tokens = tokenize(value)
    segments.push({text: value, weight, tokens, titleCase: display && isTitleCase(tokens)})
  }
  return segments
}

/** Paragraphs that, with the headline and the dek, make the top of a story: `about` entities are named there. */
const TOP_PARAGRAPHS = 2

/** How many of the segments (in `toSegments` order, empty pieces skipped) are the top of the story. */
function topSegmentCount(text: EntityText): number {
  const present = (value: string | undefined) => (value?.trim() ? 1 : 0)
  return present(text.headline) + present(text.description) + text.paragraphs.slice(0, TOP_PARAGRAPHS).filter((paragraph) => paragraph.trim()).length
}

/** English function words: a text where they are rare is not English. */
const FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'with', 'was', 'as', 'it', 'by', 'he', 'she', 'said', 'at', 'from', 'his', 'her', 'are', 'be', 'has', 'have', 'a', 'an'])

/** At least 12% of the first 400 words are English function words (English prose has ~40%; German, French, Spanish almost none). */
function looksEnglish(segments: readonly Segment[]): boolean {
  let words = 0
  let hits = 0
  for (const segment of segments) {
    for (const token of segment.tokens) {
      if (!token.word) continue
      words++
      if (FUNCTION_WORDS.has(token.text.toLowerCase())) hits++
      if (words >= 400) return hits / words >= 0.12
    }
  }
  return words === 0 || hits / words >= 0.12
}

/** A Title Case Headline capitalises ordinary words: its capitals prove nothing. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let long = 0
  let capitalised = 0
  for (const token of tokens) {
    if (!token.word || token.text.length < 4) continue
    long++
    if (token.cap) capitalised++
  }
  return long >= 3 && capitalised / long >= 0.8
}

