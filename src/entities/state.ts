/**
 * The working state of one `findEntities` call: the candidates found so
 * far, keyed by table entry (`T:<index>`) or by name as written (`C:<name>`).
 */
import type {CompiledTable} from './matcher.js'
import type {Token} from './tokens.js'
import type {EntityType} from './types.js'

/** Related words (demonyms, capitals) and table names inside a longer name count at this share of a mention. */
export const INDIRECT = 0.5
/** Mention positions are `segment index × SEGMENT_STRIDE + offset`: document order across segments. */
export const SEGMENT_STRIDE = 1_000_000

export interface Mention {
  weight: number
  position: number
  /** A single capitalised word at the start of a sentence: not proof of a name. */
  weak: boolean
}

export interface Candidate {
  name: string
  /** Table entry index, for table entities. */
  entry?: number | undefined
  type?: EntityType | undefined
  /** 2: a title, a head word, the table; 1: context (a noun after, a defined acronym). */
  typeStrength: number
  jobTitle?: string | undefined
  /** Titles written before the name in this article (for "the defense minister" later). */
  titles: Set<string>
  /** Mentions by name or alias (related words alone never make an entity). */
  direct: number
  mentions: Mention[]
  written: Set<string>
}

export interface Segment {
  text: string
  weight: number
  tokens: Token[]
  titleCase: boolean
}

/** The whole state of one call. */
export interface Run {
  table: CompiledTable
  candidates: Map<string, Candidate>
  /** Acronym → key of the full name it abbreviates. */
  acronyms: Map<string, string>
  /** Every word written in lower case in the text. */
  lowerWords: ReadonlySet<string>
}

/** The candidate under `key`, made on first sight (a table entity starts with its type and jobTitle). */
export function candidateFor(run: Run, key: string, name: string, entry?: number): Candidate {
  let candidate = run.candidates.get(key)
  if (!candidate) {
    const known = entry === undefined ? undefined : run.table.entries[entry]
    candidate = {name, entry, type: known?.type, typeStrength: known ? 3 : 0, jobTitle: known?.jobTitle, direct: 0, mentions: [], written: new Set(), titles: new Set()}
    run.candidates.set(key, candidate)
  }
  return candidate
}

/** Move the mentions of one candidate into another. */
export function merge(run: Run, fromKey: string, intoKey: string) {
  const from = run.candidates.get(fromKey)
  const into = run.candidates.get(intoKey)
  if (!from || !into || from === into) return
  into.mentions.push(...from.mentions)
  into.direct += from.direct
  into.jobTitle ??= from.jobTitle
  for (const title of from.titles) into.titles.add(title)
  run.candidates.delete(fromKey)
}
