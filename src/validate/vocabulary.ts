/**
 * The schema.org vocabulary as lookup tables (generated from the vendored
 * release by `scripts/gen-validators.mjs`), with "did you mean" suggestions.
 */
import {
  classParents,
  dataTypes,
  enumerationMembers,
  propertyDomains,
  propertyNames,
  propertyRanges,
  supersededBy
} from './generated/vocab.js'

/** `member`: enumeration members (`InStock`). */
export type TermKind = 'class' | 'property' | 'member'

interface Table {
  names: ReadonlySet<string>
  /** Lower-cased name → name, for case slips (`datepublished`). */
  folded: ReadonlyMap<string, string>
  /** Sorted names, so suggestions are deterministic. */
  sorted: readonly string[]
  suggestions: Map<string, string | undefined>
}

let tables: Record<TermKind, Table> | undefined

function table(kind: TermKind): Table {
  tables ??= {
    class: makeTable(Object.keys(classParents)),
    property: makeTable(propertyNames),
    member: makeTable(Object.keys(enumerationMembers))
  }
  return tables[kind]
}

function makeTable(names: readonly string[]): Table {
  const sorted = [...names].sort()
  const folded = new Map<string, string>()
  for (const name of sorted) if (!folded.has(name.toLowerCase())) folded.set(name.toLowerCase(), name)
  return {names: new Set(sorted), folded, sorted, suggestions: new Map()}
}

/** Whether `name` (a short name) is a schema.org class or property. */
export function isKnown(kind: TermKind, name: string): boolean {
  return table(kind).names.has(name)
}

/** The term that replaces a superseded one, if `name` is superseded. */
export function replacementOf(name: string): string | undefined {
  return Object.hasOwn(supersededBy, name) ? supersededBy[name] : undefined
}

/**
 * The known term an unknown `name` was probably meant to be: the same name in
 * another case, else the closest name within edit distance 2 (1 for names of
 * up to 3 characters); among equally close names the one sharing the longest
 * start with `name` (`autor` → `author`, not `actor`), then the alphabetically first.
 */
export function suggest(kind: TermKind, name: string): string | undefined {
  const {folded, sorted, suggestions} = table(kind)
  if (suggestions.has(name)) return suggestions.get(name)
  const lower = name.toLowerCase()
  let best = folded.get(lower)
  if (best === undefined && name.length <= 64) {
    const limit = name.length <= 3 ? 1 : 2
    let bestDistance = Number.POSITIVE_INFINITY
    let bestPrefix = -1
    for (const candidate of sorted) {
      const bound = Math.min(limit, bestDistance)
      if (Math.abs(candidate.length - name.length) > bound) continue
      const lowerCandidate = candidate.toLowerCase()
      const distance = editDistance(lower, lowerCandidate, bound + 1)
      if (distance > bound) continue
      const prefix = commonPrefix(lower, lowerCandidate)
      if (distance < bestDistance || prefix > bestPrefix) {
        bestDistance = distance
        bestPrefix = prefix
        best = candidate
      }
    }
  }
  if (suggestions.size < 1000) suggestions.set(name, best)
  return best
}

function commonPrefix(a: string, b: string): number {
  let length = 0
  while (length < a.length && length < b.length && a[length] === b[length]) length++
  return length
}

/** Optimal string alignment distance (Levenshtein plus transpositions), stopping early at `bound`. */
function editDistance(a: string, b: string, bound: number): number {
  let previous2: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1)
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin >= bound) return bound
    previous2 = previous
    previous = current
  }
  return previous[b.length]!
}

const EMPTY: readonly string[] = []
let ancestorMemo: Map<string, ReadonlySet<string>> | undefined
let dataTypeSet: ReadonlySet<string> | undefined

/** `name` and every class above it (`NewsArticle` → NewsArticle, Article, CreativeWork, Thing); empty for unknown names. */
export function ancestorsOf(name: string): ReadonlySet<string> {
  ancestorMemo ??= new Map()
  let result = ancestorMemo.get(name)
  if (result !== undefined) return result
  const found = new Set<string>()
  if (Object.hasOwn(classParents, name)) {
    const stack = [name]
    while (stack.length > 0) {
      const current = stack.pop()!
      if (found.has(current)) continue
      found.add(current)
      if (Object.hasOwn(classParents, current)) for (const parent of classParents[current]!) stack.push(parent)
    }
  }
  result = found
  ancestorMemo.set(name, result)
  return result
}

/** Whether class `name` is `ancestor` or below it. */
export function isSubclassOf(name: string, ancestor: string): boolean {
  return ancestorsOf(name).has(ancestor)
}

/** The classes a property is declared on (`schema:domainIncludes`); empty if unknown. */
export function domainsOf(property: string): readonly string[] {
  return Object.hasOwn(propertyDomains, property) ? propertyDomains[property]! : EMPTY
}

/** The types a property's values may have (`schema:rangeIncludes`); empty if unknown. */
export function rangesOf(property: string): readonly string[] {
  return Object.hasOwn(propertyRanges, property) ? propertyRanges[property]! : EMPTY
}

/** The enumerations `name` is a member of (`InStock` → ItemAvailability); empty if it is none's. */
export function enumerationsOf(name: string): readonly string[] {
  return Object.hasOwn(enumerationMembers, name) ? enumerationMembers[name]! : EMPTY
}

/** Whether `name` is a literal type: a `schema:DataType` (Text, Number, Date…) or a subclass of one (URL, Integer). */
export function isDataType(name: string): boolean {
  dataTypeSet ??= new Set(dataTypes)
  return dataTypeSet.has(name)
}
