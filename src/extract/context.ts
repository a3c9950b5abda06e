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

/** A `%` that does not start an escape. */
const strayPercent = /%(?![\dA-Fa-f]{2})/g

/**
 * Resolve a URL against the base; `undefined` for unusable ones. The result
 * is always an RFC 3986 URI (reference): `new URL` leaves `[`, `]`, `{`, `|`,
 * `^`, a stray `%` and more as written, so path, query and fragment are
 * percent-encoded on top (UTF-8 escapes, a stray `%` as `%25`, a lone
 * surrogate as U+FFFD), and a stray `%` in the user name or password too.
 * Without a base a relative URL stays relative, encoded the same way; a
 * protocol-relative one must parse as an https URL.
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-4.1
 */
export function resolveUrl(value: string, base: string | undefined): string | undefined {
  const trimmed = value.trim()
  if (trimmed === '' || /^(?:data|javascript|about|blob):/i.test(trimmed)) return undefined
  const encode = (text: string): string => {
    let fragment = false
    return text
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/%(?![\dA-Fa-f]{2})|#|[^\w.~!$&'()*+,;=:@/?%#-]/gu, (char) => {
        // The first `#` starts the fragment; `%` not starting an escape is a literal percent sign.
        if (char === '#' && !fragment) {
          fragment = true
          return char
        }
        return char === '%' ? '%25' : encodeURIComponent(char)
      })
  }
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
    // A host WHATWG accepts but RFC 3986 does not (`a{b}.example`) cannot be encoded: not a usable URL.
    if (!/^(?:\[[\dA-Fa-f:.]+\]|[\w.~!$&'()*+,;=-]+)$/.test(url.hostname)) return undefined
    // The user name and password keep a stray `%` as written too.
    if (url.username.includes('%')) url.username = url.username.replace(strayPercent, '%25')
    if (url.password.includes('%')) url.password = url.password.replace(strayPercent, '%25')
    // The path starts at the first `/` after `scheme://`: the authority has none (the host may hold `[…]`).
    const path = url.href.indexOf('/', url.protocol.length + 2)
    return path === -1 ? url.href : url.href.slice(0, path) + encode(url.href.slice(path))
  } catch {
    if (base) return undefined
    if (trimmed.startsWith('//')) return URL.canParse(`https:${trimmed}`) ? resolveUrl(`https:${trimmed}`, undefined) : undefined
    // A scheme that did not parse (`http://a b`) is a broken absolute URL, not a relative one.
    if (/^[a-z][a-z\d+.-]*:/i.test(trimmed)) return undefined
    return encode(trimmed)
  }
}
