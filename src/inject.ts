/**
 * `injectPage`: what a build step does to one page — extract its graph and
 * write it into the page as ldpress's `<script data-ldpress>`, byte for byte
 * (src/emit/inject.ts), deciding first what to do when the page already
 * carries article markup of its own.
 *
 * Pages are edited in the bytes they came in: UTF-8 as UTF-8; a legacy
 * single- or multi-byte encoding (windows-1252, Shift_JIS…) one byte per
 * character with the script written in ASCII (`\uXXXX` escapes), so every
 * byte outside the script is unchanged. UTF-16 pages are left alone.
 */
import type {Graph} from 'schema-dts'
import {injectJsonLd, removeJsonLd} from './emit/index.js'
import type {LimitOptions} from './limits.js'
import type {MarkupBlock} from './markup/types.js'
import {extractWithMarkup, type ExtractOptions} from './pipeline.js'
import {read} from './reading.js'
import {validateBlocks} from './validation.js'
import type {Diagnostic, Point} from './types.js'
import {shortName} from './validate/normalize.js'
import {isSubclassOf} from './validate/vocabulary.js'

/**
 * What to do with a page that already has an `Article` (or a subtype) in its
 * own JSON-LD, microdata or RDFa:
 * - `keep` — add nothing (and take out ldpress's script from an earlier run); the page's markup is validated instead;
 * - `merge` — add ldpress's graph with its article node given the page's article `@id`, leaving out every property the page's article already states (the page's values win);
 * - `replace` — take out the page's JSON-LD blocks that hold an article and add ldpress's graph (microdata and RDFa cannot be taken out byte for byte: they stay, with a warning).
 */
export type ExistingPolicy = 'keep' | 'merge' | 'replace'

export interface InjectPageOptions extends ExtractOptions {
  /** Default `keep`. */
  existing?: ExistingPolicy
  /**
   * Write a NewsArticle only into pages that look like articles: extraction
   * found a publication date or an author. Home pages, section fronts and
   * listings have neither, and a NewsArticle there is wrong. Default `true`;
   * `false` writes into every page.
   */
  articlesOnly?: boolean
  /** Indentation of the JSON, as for `JSON.stringify`. Default: none. */
  space?: number | string
}

/** What happened to the page. */
export type InjectAction =
  /** ldpress's script was added, or brought up to date. */
  | 'written'
  /** ldpress's script was already up to date. */
  | 'unchanged'
  /** The page has its own article; nothing was added (`keep`, or `merge` without an `@id` to merge on). */
  | 'kept'
  /** ldpress's graph was merged into the page's article (`merge`). */
  | 'merged'
  /** The page's article JSON-LD was replaced by ldpress's (`replace`). */
  | 'replaced'
  /** Not written: the page could not be edited safely (UTF-16, not parseable), or does not look like an article (see `articlesOnly`); ldpress's old script, if any, was taken out. */
  | 'skipped'

export interface InjectPageResult<T extends string | Uint8Array> {
  /** The page after the edit (the input itself when nothing changed). */
  output: T
  /** Whether `output` differs from the input. */
  changed: boolean
  action: InjectAction
  /** The graph written into the page, when one was. */
  graph?: Graph
  /** Extraction findings; for a kept page, the validation findings of its own markup; then the edit's. */
  diagnostics: Diagnostic[]
}

/**
 * Extract a page's graph and write it into the page (see {@link ExistingPolicy}).
 * Synchronous. Bad content gives diagnostics and the page unchanged, never an
 * exception; an invalid `options.url` or `options.existing` is misuse and throws.
 */
export function injectPage<T extends string | Uint8Array>(input: T, options: InjectPageOptions = {}): InjectPageResult<T> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`injectPage: expected the page as a string or Uint8Array, got ${input === null ? 'null' : typeof input}`)
  }
  const existing = options.existing ?? 'keep'
  if (!['keep', 'merge', 'replace'].includes(existing)) {
    throw new TypeError(`injectPage: existing must be 'keep', 'merge' or 'replace', not ${JSON.stringify(existing)}`)
  }
  const page = toEditable(input)
  if (page === undefined) {
    const note = emitDiagnostic('emit/encoding', 'warning', 'UTF-16 pages are not edited: the page was left unchanged')
    return {output: input, changed: false, action: 'skipped', diagnostics: [note]}
  }
  const {url, body, space, entities, maxBytes, maxDepth, maxJsonLdBlocks, timeBudgetMs} = options
  // `undefined` limits take their defaults.
  const limits: LimitOptions = {maxBytes, maxDepth, maxJsonLdBlocks, timeBudgetMs}
  // One parse serves extraction, the page's own markup and its validation. Positions of a page in a legacy
  // encoding are columns of the decoded text, not of the byte-per-character text edited: read that one again.
  const {extracted, markup: ownMarkup} = extractWithMarkup(input, {
    ...(url === undefined ? {} : {url}),
    ...(body === undefined ? {} : {body}),
    ...(entities === undefined ? {} : {entities}),
    ...limits
  })
  // A page whose extraction ran out of time has a partial graph: writing it would put half an article into the site.
  if (extracted.diagnostics.some((diagnostic) => diagnostic.ruleId === 'extract/time-budget')) {
    const note = emitDiagnostic('emit/partial-extraction', 'warning', 'Extraction ran out of time (`timeBudgetMs`): the page was left unchanged')
    return {output: input, changed: false, action: 'skipped', diagnostics: [...extracted.diagnostics, note]}
  }
  const markup = page.asciiOnly ? read(page.text, limits) : ownMarkup
  const articles = articleNodes(markup)

  let graph: Graph | undefined = extracted.graph
  let remove: Point[] = []
  let action: InjectAction = 'written'
  const notes: Diagnostic[] = []
  if (articles.length > 0 && existing === 'merge') {
    const id = articles.map((article) => article.node['@id']).find((value): value is string => typeof value === 'string' && value !== '')
    if (id === undefined) {
      notes.push(emitDiagnostic('emit/merge-without-id', 'warning', "The page's article has no @id to merge on: it was kept as it is and nothing was added (give it an @id, or use --existing replace)"))
      graph = undefined
    } else {
      graph = mergeInto(extracted.graph, id, articles[0]!.node)
      action = 'merged'
    }
  } else if (articles.length > 0 && existing === 'replace') {
    remove = [...new Set(articles.filter((article) => article.syntax === 'json-ld').map((article) => article.block))].map((block) => markup.blocks[block]!.start)
    const staying = articles.find((article) => article.syntax !== 'json-ld')
    if (staying) {
      notes.push({
        ...emitDiagnostic('emit/markup-kept', 'warning', `The page's ${staying.syntax} article cannot be taken out without rewriting its HTML: it stays next to ldpress's JSON-LD`),
        line: staying.start.line,
        column: staying.start.column
      })
    }
    action = 'replaced'
  } else if (articles.length > 0) {
    graph = undefined
  } else if (options.articlesOnly !== false && !looksLikeArticle(extracted.article)) {
    notes.push(emitDiagnostic('emit/not-an-article', 'info', 'No publication date and no author found: not an article page (a home page, section front or listing?), so no NewsArticle was written'))
    graph = undefined
  }

  const edited = graph === undefined ? removeJsonLd(page.text) : injectJsonLd(page.text, graph, {space, asciiOnly: page.asciiOnly, remove})
  if (graph === undefined) action = articles.length > 0 ? 'kept' : 'skipped'
  else if (!edited.changed && action === 'written') action = 'unchanged'
  const changed = edited.changed
  const kept = action === 'kept' ? validateBlocks(ownMarkup.blocks) : []
  const diagnostics = [...extracted.diagnostics, ...kept, ...notes, ...edited.diagnostics]
  const unparseable = edited.diagnostics.some((diagnostic) => diagnostic.ruleId === 'emit/unparseable')
  return {
    output: changed ? page.back(edited.html) : input,
    changed,
    action: unparseable ? 'skipped' : action,
    ...(graph !== undefined && !unparseable ? {graph} : {}),
    diagnostics
  }
}

interface Editable<T> {
  /** The page as a string to edit (without its byte-order mark: `back` restores it). */
  text: string
  /** The script must be ASCII (a legacy encoding edited one byte per character). */
  asciiOnly: boolean
  /** The edited string in the input's form. */
  back: (text: string) => T
}

function toEditable<T extends string | Uint8Array>(input: T): Editable<T> | undefined {
  if (typeof input === 'string') {
    const bom = input.startsWith('\uFEFF') ? '\uFEFF' : ''
    return {text: input.slice(bom.length), asciiOnly: false, back: (text) => (bom + text) as T}
  }
  const bytes = input as Uint8Array
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe)) return undefined
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  try {
    const text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes.subarray(bom))
    const prefix = bytes.subarray(0, bom)
    return {text, asciiOnly: false, back: (edited) => concat(prefix, new TextEncoder().encode(edited)) as T}
  } catch {
    // Not UTF-8: one character per byte, so offsets are byte offsets and every other byte round-trips.
    return {text: latin1(bytes), asciiOnly: true, back: (edited) => fromLatin1(edited) as T}
  }
}

function latin1(bytes: Uint8Array): string {
  let text = ''
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  }
  return text
}

function fromLatin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index)
  return bytes
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

function looksLikeArticle(article: {datePublished?: string; authors?: readonly unknown[]}): boolean {
  return article.datePublished !== undefined || (article.authors?.length ?? 0) > 0
}

/** The page's own article nodes (not ldpress's script from an earlier run). */
function articleNodes(markup: {blocks: MarkupBlock[]; nodes: ReturnType<typeof read>['nodes']}) {
  return markup.nodes.filter((entry) => !markup.blocks[entry.block]?.own && typesOf(entry.node).some((type) => isSubclassOf(type, 'Article')))
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type']
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string').map(shortName)
}

/**
 * ldpress's graph with its article node renamed to the page's article `@id`
 * (every reference to it follows), minus the properties the page's article
 * already states.
 */
function mergeInto(graph: Graph, id: string, theirs: Record<string, unknown>): Graph {
  const nodes = (graph as unknown as {'@graph': Array<Record<string, unknown>>})['@graph']
  const ours = nodes.find((node) => typesOf(node).some((type) => isSubclassOf(type, 'Article')))
  if (ours === undefined || typeof ours['@id'] !== 'string') return graph
  const old = ours['@id']
  const stated = new Set(Object.keys(theirs).map(shortName))
  const rename = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rename)
    if (value === null || typeof value !== 'object') return value
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = key === '@id' && item === old ? id : rename(item)
    return out
  }
  const merged = nodes.map((node) => {
    if (node !== ours) return rename(node) as Record<string, unknown>
    const kept = Object.fromEntries(Object.entries(node).filter(([key]) => key.startsWith('@') || !stated.has(key)))
    return {...(rename(kept) as Record<string, unknown>), '@id': id}
  })
  return {...graph, '@graph': merged} as unknown as Graph
}

function emitDiagnostic(ruleId: string, severity: Diagnostic['severity'], message: string): Diagnostic {
  return {ruleId, severity, message, source: 'emit'}
}
