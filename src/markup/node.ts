/**
 * Nodes built from HTML attributes (microdata items, RDFa subjects). Keys come
 * from the page, so objects are made with `Object.fromEntries` (an own
 * `__proto__` property, never a prototype change).
 */
import type {Point} from '../types.js'
import type {Name} from './iri.js'
import type {JsonLdNode} from './types.js'

/** A node being collected: types, id, and property values in document order. */
export class NodeBuilder {
  readonly types: Name[] = []
  id: string | undefined
  readonly properties = new Map<string, unknown[]>()

  constructor(readonly start: Point | undefined) {}

  /** Add a value (a string, a node, or a nested builder) under a property name. */
  add(name: string, value: unknown): void {
    const values = this.properties.get(name)
    if (values) values.push(value)
    else this.properties.set(name, [value])
  }
}

/**
 * Turn a builder into a JSON-LD node: `@type` (one name, or an array), `@id`,
 * then properties (one value, or an array when repeated). A top-level node with
 * a schema.org type gets `"@context": "https://schema.org"`, so it is a JSON-LD
 * document as it stands (see {@link hasSchemaOrgContext}). Nested builders are built too; callers
 * bound their depth. `positions` records where each node starts.
 */
export function buildNode(builder: NodeBuilder, positions: WeakMap<object, Point>, top: boolean): JsonLdNode {
  const entries: Array<[string, unknown]> = []
  const types = builder.types
  if (top && hasSchemaOrgContext(types)) entries.push(['@context', 'https://schema.org'])
  if (types.length > 0) entries.push(['@type', types.length === 1 ? types[0]!.name : types.map((type) => type.name)])
  if (builder.id !== undefined) entries.push(['@id', builder.id])
  for (const [name, values] of builder.properties) {
    // `@` names are keywords, not properties: a page cannot set `@context` or `@type` through them.
    if (name.startsWith('@')) continue
    const built = values.map((value) => (value instanceof NodeBuilder ? buildNode(value, positions, false) : value))
    entries.push([name, built.length === 1 ? built[0] : built])
  }
  const node = Object.fromEntries(entries) as JsonLdNode
  if (builder.start) positions.set(node, builder.start)
  return node
}

/**
 * Whether a top-level node is read under the schema.org context: it has a
 * schema.org type, and every other type is an IRI or CURIE
 * (`typeof="NewsArticle http://ogp.me/ns#article"`,
 * `typeof="schema:Person foaf:Person"`), which the context leaves as it is. A
 * bare term outside schema.org would be misread as a schema.org term.
 */
function hasSchemaOrgContext(types: readonly Name[]): boolean {
  return types.some((type) => type.schemaOrg) && types.every((type) => type.schemaOrg || type.name.includes(':'))
}

/** Split a space-separated attribute value (hast gives arrays for some) into unique tokens. */
export function tokens(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[ \t\n\f\r]+/) : []
  return [...new Set(list.filter((token) => token !== ''))]
}
