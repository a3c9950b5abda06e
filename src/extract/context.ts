/**
 * What every field rule reads: the signals of the one tree walk, the page's
 * own article node from its structured data (with `@id` references
 * resolved), and the page URL.
 */
import type {JsonLdNode} from '../markup/types.js'
import type {Point} from '../types.js'
import type {Signals, Located} from './signals.js'
import type {Candidate} from './rules.js'

export interface ExtractContext {
  signals: Signals
  /** The page's own Article-like node, if its structured data has one. */
  article?: {node: JsonLdNode; start: Point} | undefined
  /** Every node of the page's structured data with an `@id`, to resolve references. */
  byId: ReadonlyMap<string, JsonLdNode>
  /** Base URL for resolving relative URLs (the caller's URL). */
  base?: string | undefined
}

/** Meta tag contents for the first of `names` that has any, as candidates. */
export function* metaCandidates(context: ExtractContext, ...names: string[]): Iterable<Candidate<string>> {
  for (const name of names) {
    for (const meta of context.signals.meta.get(name) ?? []) yield {value: meta.value, position: meta.position}
  }
}

/** Located signals as candidates, those in the article first. */
export function* located(list: readonly Located[], options: {articleOnly?: boolean} = {}): Iterable<Candidate<string>> {
  for (const item of list) if (item.inArticle) yield {value: item.value, position: item.position}
  if (options.articleOnly) return
  for (const item of list) if (!item.inArticle) yield {value: item.value, position: item.position}
}

/** A property of the page's article node, with `@id` references resolved, as a list. */
export function articleValues(context: ExtractContext, property: string): unknown[] {
  const value = context.article?.node[property]
  if (value === undefined || value === null) return []
  return (Array.isArray(value) ? value : [value]).map((item) => resolve(context, item))
}

/** Rule finder: the article node's string values of these properties, in order. */
export function articleStrings(...properties: string[]): (context: ExtractContext) => Array<Candidate<string>> {
  return (context) =>
    properties.flatMap((property) =>
      articleValues(context, property).flatMap((value) => {
        const text = stringOf(value)
        return text ? [{value: text, position: articlePosition(context)}] : []
      })
    )
}

/** Follow a `{"@id": …}` reference to the node it names, when the page defines it. */
export function resolve(context: ExtractContext, value: unknown): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return context.byId.get(value['@id']) ?? value
  }
  return value
}

/** The article node's start, as the position of values taken from it. */
export function articlePosition(context: ExtractContext): Point | undefined {
  return context.article?.start
}

export function isObject(value: unknown): value is {[key: string]: unknown} {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string out of a JSON-LD value: a plain string, or the `@value`/`name` of an object. */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (isObject(value)) {
    if (typeof value['@value'] === 'string') return value['@value']
    if (typeof value.name === 'string') return value.name
  }
  return undefined
}

/** Resolve a URL against the base; `undefined` for unusable ones. Relative URLs stay as written when there is no base. */
export function resolveUrl(value: string, base: string | undefined): string | undefined {
  const trimmed = value.trim()
  if (trimmed === '' || /^(?:data|javascript|about|blob):/i.test(trimmed)) return undefined
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return base ? undefined : trimmed.startsWith('//') ? `https:${trimmed}` : trimmed
  }
}
