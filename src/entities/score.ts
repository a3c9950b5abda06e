/**
 * From candidates to found entities: exclusions, the evidence an entity
 * needs, and its score.
 */
import type {Ranked} from './rank.js'
import {SEGMENT_STRIDE, type Candidate, type Run} from './state.js'
import type {FoundEntity, KnownEntity} from './types.js'
import {CALENDAR, CALENDAR_SOFT, JUNK_NAMES, STOPWORDS} from './words.js'

/** An untyped name needs this many mentions to be kept (as a `Thing`). */
export const THING_MIN_MENTIONS = 3

const normal = (name: string) => name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase()

function exclusions(exclude: readonly string[]): (name: string) => boolean {
  const full = new Set<string>()
  const words = new Set<string>()
  for (const name of exclude) {
    const value = normal(name)
    if (!value) continue
    full.add(value)
    const parts = value.split(' ')
    if (parts.length > 1) for (const part of parts) if (part.length > 2) words.add(part)
  }
  return (name) => {
    const value = normal(name)
    if (full.has(value) || (!value.includes(' ') && words.has(value))) return true
    for (const excluded of full) if (` ${value} `.includes(` ${excluded} `)) return true
    return false
  }
}

/** Every candidate with enough evidence, scored (the sum of its mention weights). */
export function rankCandidates(run: Run, exclude: readonly string[], options: {tableOnly?: boolean; topSegments: number}): Ranked[] {
  const excluded = exclusions(exclude)
  const ranked: Ranked[] = []
  for (const candidate of run.candidates.values()) {
    // Outside English, the proper-noun rules do not hold: table entries only.
    if (options.tableOnly && candidate.entry === undefined) continue
    const entity = toEntity(run, candidate, excluded, run.lowerWords)
    if (!entity) continue
    // What a story is about is named at its top: the headline, the dek or the first two paragraphs.
    const atTop = candidate.mentions.some((mention) => Math.floor(mention.position / SEGMENT_STRIDE) < options.topSegments)
    ranked.push({entity, first: Math.min(...candidate.mentions.map((mention) => mention.position)), aboutEligible: entity.type !== 'Thing' && atTop})
  }
  return ranked
}

function toEntity(run: Run, candidate: Candidate, excluded: (name: string) => boolean, lowerWords: ReadonlySet<string>): FoundEntity | undefined {
  if (candidate.direct === 0 || excluded(candidate.name) || isJunk(candidate.name)) return undefined
  // A surname alone is a short form, not another name ("Putin" for "Vladimir Putin").
  const written = [...candidate.written].filter((name) => name !== candidate.name && !candidate.name.endsWith(` ${name}`) && !excluded(name))
  const score = Math.round(candidate.mentions.reduce((sum, mention) => sum + mention.weight, 0) * 100) / 100
  if (candidate.entry !== undefined) {
    const entry = run.table.entries[candidate.entry] as KnownEntity
    if (entry.type === 'NewsMediaOrganization') return undefined
    return {
      name: entry.name,
      type: entry.type,
      score,
      ...(entry.sameAs?.length ? {sameAs: [...entry.sameAs]} : {}),
      ...(written.length ? {alternateName: written} : {}),
      ...(entry.type === 'Person' && candidate.jobTitle ? {jobTitle: candidate.jobTitle} : {})
    }
  }
  const strong = candidate.mentions.filter((mention) => !mention.weak).length
  if (strong === 0) return undefined
  let type = candidate.type
  if (!type) {
    // A capitalised word also written in lower case is an ordinary word ("Western" / "western").
    if (!candidate.name.includes(' ') && lowerWords.has(candidate.name.toLowerCase())) return undefined
    if (candidate.mentions.length < THING_MIN_MENTIONS) return undefined
    type = 'Thing'
  }
  return {
    name: candidate.name,
    type,
    score,
    ...(written.length ? {alternateName: written} : {}),
    ...(type === 'Person' && candidate.jobTitle ? {jobTitle: candidate.jobTitle} : {})
  }
}

function isJunk(name: string): boolean {
  if (JUNK_NAMES.has(name) || STOPWORDS.has(name) || CALENDAR.has(name) || CALENDAR_SOFT.has(name)) return true
  // "I'd", "We'll": a contraction starting a sentence is not a name.
  return name.length < 2 || /^[\p{N}\p{P}\s]+$/u.test(name) || /^\p{L}+['’](?:d|ll|re|ve|m)$/iu.test(name)
}
