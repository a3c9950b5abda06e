/**
 * Blocks of structured data read from a page → one JSON-LD document,
 * `{"@context": "https://schema.org", "@graph": [ … ]}`, with schema.org types
 * and properties as short names. Pure: the blocks are not changed.
 */
import {shortName} from './iri.js'
import type {JsonLdNode, MarkupBlock} from './types.js'

/** Options of `toDocument`. */
export interface DocumentOptions {
  /** Keep only blocks of these syntaxes (all when absent or empty). */
  syntax?: ReadonlyArray<MarkupBlock['syntax']>
}

/** A JSON-LD document with the schema.org context and every top-level node in `@graph`. */
export interface JsonLdDocument {
  '@context': 'https://schema.org'
  '@graph': JsonLdNode[]
}

const schemaOrgContext = /^https?:\/\/(?:www\.)?schema\.org\/?$/i
const compactSchema = /^schema:([A-Za-z][\w-]*)$/

/**
 * Merge the blocks' top-level nodes into one document: `@graph`s and arrays
 * are flattened, a node's own `@context` is dropped when it is schema.org
 * (kept when it is anything else, so the node keeps its meaning), and
 * `http(s)://schema.org/X` and `schema:X` type and property names become `X`.
 */
export function toDocument(blocks: readonly MarkupBlock[], options: DocumentOptions = {}): JsonLdDocument {
  const syntaxes = options.syntax && options.syntax.length > 0 ? new Set(options.syntax) : undefined
  const graph: JsonLdNode[] = []
  for (const block of blocks) {
    if (syntaxes && !syntaxes.has(block.syntax)) continue
    collectTop(block.data, graph, 0)
  }
  return {'@context': 'https://schema.org', '@graph': graph}
}

/** Depth bound for flattening nested arrays and `@graph`s (hostile input). */
const maxDepth = 1000

function collectTop(value: unknown, graph: JsonLdNode[], depth: number): void {
  if (depth > maxDepth || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) collectTop(item, graph, depth + 1)
    return
  }
  const node = value as JsonLdNode
  const context = node['@context']
  const foreign = context !== undefined && !isSchemaOrgContext(context)
  if (Object.hasOwn(node, '@graph')) {
    const rest = Object.keys(node).filter((key) => key !== '@graph' && key !== '@context')
    // A `@graph` wrapper with nothing else is only a container: its nodes are top-level.
    if (rest.length === 0 && !foreign) {
      collectTop(node['@graph'], graph, depth + 1)
      return
    }
  }
  graph.push(normaliseNode(node, !foreign, depth) as JsonLdNode)
}

/** Whether a `@context` value means schema.org (its IRI, alone or as `@vocab`, or in an array of such). */
function isSchemaOrgContext(context: unknown): boolean {
  if (typeof context === 'string') return schemaOrgContext.test(context)
  if (Array.isArray(context)) return context.length > 0 && context.every(isSchemaOrgContext)
  if (context && typeof context === 'object') {
    const keys = Object.keys(context)
    const vocab = (context as JsonLdNode)['@vocab']
    return keys.length === 1 && typeof vocab === 'string' && schemaOrgContext.test(vocab)
  }
  return false
}

/** `https://schema.org/name`, `schema:name` → `name`; anything else as written. */
export function shortTerm(term: string): string {
  const compact = compactSchema.exec(term)
  if (compact) return compact[1]!
  return shortName(term).name
}

function normaliseNode(value: unknown, dropContext: boolean, depth: number): unknown {
  if (depth > maxDepth || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map((item) => normaliseNode(item, true, depth + 1))
  const entries: Array<[string, unknown]> = []
  for (const [key, item] of Object.entries(value as JsonLdNode)) {
    if (key === '@context') {
      if (!dropContext && !isSchemaOrgContext(item)) entries.push([key, item])
      continue
    }
    if (key === '@type') {
      entries.push([key, Array.isArray(item) ? item.map((type) => (typeof type === 'string' ? shortTerm(type) : type)) : typeof item === 'string' ? shortTerm(item) : item])
      continue
    }
    const name = key.startsWith('@') ? key : shortTerm(key)
    entries.push([name, normaliseNode(item, true, depth + 1)])
  }
  return Object.fromEntries(entries)
}
