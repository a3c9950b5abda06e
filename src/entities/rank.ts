/**
 * Salience split: the most central entities are what the story is `about`,
 * the next ones are `mentions`.
 */
import type {FoundEntity} from './types.js'

/** A scored entity before the split. */
export interface Ranked {
  entity: FoundEntity
  /** Where it is first mentioned (tie-break). */
  first: number
  /** Untyped (`Thing`) entities are never `about`: we do not know what they are. */
  aboutEligible: boolean
}

export interface SplitOptions {
  max: number
  minScore: number
}

/** At most this many `about` entities and `mentions`. */
export const MAX_ABOUT = 6
export const MAX_MENTIONS = 12
/** An `about` entity scores at least this share of the top score. */
export const ABOUT_SHARE = 0.25

/** Score descending, then first mention: the same input always gives the same order. */
export function splitBySalience(ranked: readonly Ranked[], options: SplitOptions): {about: FoundEntity[]; mentions: FoundEntity[]} {
  const sorted = ranked.filter((item) => item.entity.score >= options.minScore).sort((a, b) => b.entity.score - a.entity.score || a.first - b.first)
  const top = sorted[0]?.entity.score ?? 0
  const about: FoundEntity[] = []
  const mentions: FoundEntity[] = []
  for (const item of sorted) {
    if (about.length + mentions.length >= options.max) break
    if (item.aboutEligible && about.length < MAX_ABOUT && item.entity.score >= top * ABOUT_SHARE) about.push(item.entity)
    else if (mentions.length < MAX_MENTIONS) mentions.push(item.entity)
  }
  return {about, mentions}
}
