/**
 * The offline table compiled for matching: every name, alias and related
 * word as a token sequence, looked up by its first token. Compiled once per
 * table array (memoised), matched many times.
 */
import {tokenize, type Token} from './tokens.js'
import type {KnownEntity} from './types.js'

/** How a written form points at its entity. */
export type HitKind = 'name' | 'alias' | 'related'

export interface Hit {
  /** Index into `CompiledTable.entries`. */
  entry: number
  kind: HitKind
}

interface Pattern {
  tokens: string[]
  written: string
  hits: Hit[]
}

export interface CompiledTable {
  entries: readonly KnownEntity[]
  /** Patterns by first token, longest first. */
  byFirst: ReadonlyMap<string, readonly Pattern[]>
  /** Plural tails of multi-word names (`People 's Republics`) → first word → pattern of the singular name. */
  plurals: ReadonlyMap<string, ReadonlyMap<string, Pattern>>
  /** Token lengths of the plural tails, longest first. */
  pluralLengths: readonly number[]
}

/** A table match in a segment. */
export interface TableMatch {
  /** First and one-past-last token. */
  from: number
  to: number
  written: string
  hits: readonly Hit[]
}

const cache = new WeakMap<readonly KnownEntity[], CompiledTable>()

const words = (text: string): string[] => tokenize(text).filter((token) => token.word).map((token) => token.text)

/** Compile a table (first entry wins on a name clash). */
export function compileTable(table: readonly KnownEntity[]): CompiledTable {
  const cached = cache.get(table)
  if (cached) return cached
  const entries: KnownEntity[] = []
  const seen = new Set<string>()
  for (const entry of table) {
    if (seen.has(entry.name)) continue
    seen.add(entry.name)
    entries.push(entry)
  }
  const patterns = new Map<string, Pattern>()
  const add = (written: string, hit: Hit) => {
    const tokens = words(written)
    if (tokens.length === 0) return
    const key = tokens.join(' ')
    let pattern = patterns.get(key)
    if (!pattern) patterns.set(key, (pattern = {tokens, written, hits: []}))
    // A form already naming an entity is not taken by a later one; related words may be shared.
    if (hit.kind !== 'related' && pattern.hits.some((other) => other.kind !== 'related')) return
    if (pattern.hits.some((other) => other.entry === hit.entry)) return
    pattern.hits.push(hit)
  }
  entries.forEach((entry, index) => {
    add(entry.name, {entry: index, kind: 'name'})
    for (const alias of entry.aliases ?? []) add(alias, {entry: index, kind: 'alias'})
  })
  entries.forEach((entry, index) => {
    for (const word of entry.related ?? []) add(word, {entry: index, kind: 'related'})
  })
  const byFirst = new Map<string, Pattern[]>()
  const plurals = new Map<string, Map<string, Pattern>>()
  const lengths = new Set<number>()
  for (const pattern of patterns.values()) {
    const first = pattern.tokens[0] as string
    const list = byFirst.get(first) ?? []
    list.push(pattern)
    byFirst.set(first, list)
    if (pattern.tokens.length > 1 && pattern.hits.some((hit) => hit.kind !== 'related')) {
      const tail = pattern.tokens.slice(1)
      tail[tail.length - 1] += 's'
      const key = tail.join(' ')
      const firsts = plurals.get(key) ?? new Map<string, Pattern>()
      firsts.set(first, pattern)
      plurals.set(key, firsts)
      lengths.add(tail.length)
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
  const compiled: CompiledTable = {entries, byFirst, plurals, pluralLengths: [...lengths].sort((a, b) => b - a)}
  cache.set(table, compiled)
  return compiled
}

/**
 * All table matches in a segment, longest first, left to right. Also reads
 * coordinated plurals: "Donetsk and Luhansk People's Republics" and "the
 * People's Republics of Luhansk and Donetsk" name both singular entries.
 */
export function matchTable(tokens: readonly Token[], table: CompiledTable): TableMatch[] {
  const matches: TableMatch[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index] as Token
    if (!token.word) {
      index++
      continue
    }
    const plural = token.cap ? matchCoordinated(tokens, index, table, matches) : 0
    if (plural > index) {
      index = plural
      continue
    }
    const pattern = longestAt(tokens, index, table)
    if (pattern) {
      matches.push({from: index, to: index + pattern.tokens.length, written: pattern.written, hits: pattern.hits})
      index += pattern.tokens.length
    } else index++
  }
  return matches
}

function longestAt(tokens: readonly Token[], index: number, table: CompiledTable): Pattern | undefined {
  const candidates = table.byFirst.get((tokens[index] as Token).text)
  if (!candidates) return undefined
  return candidates.find((pattern) => pattern.tokens.every((text, offset) => tokens[index + offset]?.word && tokens[index + offset]?.text === text))
}

/** Words separated by `,` / `and` / `or` (2–4 of them) from `index`; returns their indexes and the end. */
function list(tokens: readonly Token[], index: number): {items: number[]; end: number} {
  const items: number[] = []
  let at = index
  while (items.length < 4 && tokens[at]?.word && tokens[at]?.cap) {
    items.push(at)
    const next = tokens[at + 1]?.text
    if ((next === 'and' || next === 'or' || next === ',') && tokens[at + 2]?.cap) at += 2
    else if (next === ',' && (tokens[at + 2]?.text === 'and' || tokens[at + 2]?.text === 'or')) at += 3
    else break
  }
  return {items, end: at + 1}
}

function pluralTailAt(tokens: readonly Token[], index: number, table: CompiledTable): {firsts: ReadonlyMap<string, Pattern>; length: number} | undefined {
  next: for (const length of table.pluralLengths) {
    let key = ''
    for (let offset = 0; offset < length; offset++) {
      const token = tokens[index + offset]
      if (!token?.word) continue next
      key += (offset ? ' ' : '') + token.text
    }
    const firsts = table.plurals.get(key)
    if (firsts) return {firsts, length}
  }
  return undefined
}

function matchCoordinated(tokens: readonly Token[], index: number, table: CompiledTable, matches: TableMatch[]): number {
  if (table.pluralLengths.length === 0) return 0
  // "A and B <Tails>"
  const before = list(tokens, index)
  if (before.items.length >= 2) {
    const tail = pluralTailAt(tokens, before.end, table)
    if (tail && before.items.every((item) => tail.firsts.has((tokens[item] as Token).text))) {
      const end = before.end + tail.length
      for (const item of before.items) push(matches, tail.firsts.get((tokens[item] as Token).text) as Pattern, item, end)
      return end
    }
  }
  // "<Tails> of A and B"
  const tail = pluralTailAt(tokens, index, table)
  if (tail && tokens[index + tail.length]?.text === 'of') {
    const after = list(tokens, index + tail.length + 1)
    if (after.items.length >= 2 && after.items.every((item) => tail.firsts.has((tokens[item] as Token).text))) {
      for (const item of after.items) push(matches, tail.firsts.get((tokens[item] as Token).text) as Pattern, index, after.end)
      return after.end
    }
  }
  return 0
}

function push(matches: TableMatch[], pattern: Pattern, from: number, to: number) {
  matches.push({from, to, written: pattern.written, hits: pattern.hits})
}
