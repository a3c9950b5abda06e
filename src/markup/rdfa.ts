/**
 * RDFa Lite 1.1 (https://www.w3.org/TR/rdfa-lite/) → JSON-LD nodes: `vocab`,
 * `prefix`, `typeof`, `property`, `resource`. An element with `typeof` is a
 * new node: the value of its `property` on the enclosing node, or a
 * top-level node when it has no `property` or no enclosing node. The reader
 * is fed elements in document order during the page walk, keeping one frame
 * per depth (no recursion). Property copying (`rdfa:copy` of an `rdfa:Pattern`)
 * is done once the page is read ({@link expandCopies}).
 */
import type {Element} from 'hast'
import {attr, pointOf} from '../parse/index.js'
import {countItem, hasAttribute, reportOnce, textValue, type Context} from './context.js'
import {resolveRdfaTerm} from './iri.js'
import {NodeBuilder, tokens} from './node.js'
import {linkAttribute} from './attributes.js'

/** What is in scope at an element. `subject` is `null` inside a dropped node (over the limits). */
interface Frame {
  vocab: string | undefined
  prefixes: ReadonlyMap<string, string>
  subject: NodeBuilder | null | undefined
  /** Nesting of linked nodes, for `maxDepth`. */
  depth: number
}

const rootFrame: Frame = {vocab: undefined, prefixes: new Map(), subject: undefined, depth: 0}

/** Feed elements in document order with their depth; returns the top-level node an element starts, if any. */
export type RdfaReader = (element: Element, depth: number) => NodeBuilder | undefined

/** Make a reader for one page walk. */
export function createRdfaReader(context: Context): RdfaReader {
  const frames: Frame[] = []
  return (element, depth) => {
    frames.length = Math.min(frames.length, depth)
    const parent = frames[depth - 1] ?? rootFrame
    const scoped = scope(element, parent)
    const {frame, top} = hasAttribute(element, 'typeof') ? typed(element, scoped, context) : {frame: scoped, top: undefined}
    if (!hasAttribute(element, 'typeof') && frame.subject) addLiteral(element, frame, context)
    frames[depth] = frame
    return top
  }
}

/** Apply `vocab` and `prefix`; the parent frame is reused when neither is present. */
function scope(element: Element, parent: Frame): Frame {
  const vocab = attr(element, 'vocab')
  const prefix = attr(element, 'prefix')
  if (vocab === undefined && prefix === undefined) return parent
  const frame = {...parent}
  if (vocab !== undefined) frame.vocab = vocab.trim() === '' ? undefined : vocab.trim()
  if (prefix !== undefined) frame.prefixes = parsePrefixes(prefix, parent.prefixes)
  return frame
}

/** `prefix="og: http://ogp.me/ns# dc: http://purl.org/dc/terms/"` → mappings added to the inherited ones. */
function parsePrefixes(value: string, inherited: ReadonlyMap<string, string>): Map<string, string> {
  const prefixes = new Map(inherited)
  const parts = tokens(value)
  for (let index = 0; index + 1 < parts.length; index++) {
    const name = parts[index]!
    if (name.endsWith(':') && name.length > 1) {
      prefixes.set(name.slice(0, -1), parts[index + 1]!)
      index++
    }
  }
  return prefixes
}

/** An element with `typeof`: a node linked to the enclosing one by `property`, or a top-level node. */
function typed(element: Element, frame: Frame, context: Context): {frame: Frame; top: NodeBuilder | undefined} {
  const names = [...new Set([...propertyNames(element, frame), ...relNames(element, frame)])]
  const linked = names.length > 0 && frame.subject !== undefined
  const depth = linked ? frame.depth + 1 : 1
  const start = pointOf(element)
  if (linked && frame.subject === null) return {frame: {...frame, subject: null, depth}, top: undefined}
  if (depth > context.limits.maxDepth) {
    reportOnce(context, 'markup/max-depth', `RDFa nodes nest more than ${context.limits.maxDepth} deep: deeper nodes were dropped`, start)
    return {frame: {...frame, subject: null, depth}, top: undefined}
  }
  if (!countItem(context, start)) return {frame: {...frame, subject: null, depth}, top: undefined}
  const builder = new NodeBuilder(start)
  builder.types.push(...tokens(attr(element, 'typeof')).map((token) => resolveRdfaTerm(token, frame.vocab, frame.prefixes)))
  builder.id = attr(element, 'resource')
  if (linked) for (const name of names) frame.subject!.add(name, builder)
  return {frame: {...frame, subject: builder, depth}, top: linked ? undefined : builder}
}

/** A `property` without `typeof`: `content` wins, then `resource`, then the link, then `datetime`, then the text. */
function addLiteral(element: Element, frame: Frame, context: Context): void {
  const names = propertyNames(element, frame)
  if (names.length === 0) {
    addRelResource(element, frame)
    return
  }
  const linkName = linkAttribute.get(element.tagName)
  const value =
    attr(element, 'content') ??
    attr(element, 'resource') ??
    (linkName === undefined ? undefined : attr(element, linkName)) ??
    (element.tagName === 'time' ? attr(element, 'dateTime') : undefined) ??
    textValue(element, context)
  for (const name of names) addValue(frame.subject!, name, value, frame)
}

/** `rdf:type`, whatever prefix or IRI names it. */
const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'

/**
 * Add a value under a property name. `rdf:type` (`<div rel="rdf:type"
 * resource="https://schema.org/ItemList">`, as schema.org's own examples
 * write an extra type) is a type of the subject, not a property.
 */
function addValue(subject: NodeBuilder, name: string, value: string, frame: Frame): void {
  if (name !== rdfType) {
    subject.add(name, value)
    return
  }
  for (const token of tokens(value)) {
    const type = resolveRdfaTerm(token, frame.vocab, frame.prefixes)
    if (!subject.types.some((known) => known.name === type.name && known.schemaOrg === type.schemaOrg)) subject.types.push(type)
  }
}

/**
 * RDFa 1.1 `rel` (not in RDFa Lite, but schema.org's own examples use it):
 * read only where it cannot be an HTML link type — on an element with
 * `typeof` (the new node is the value), or with `resource` and no `href`
 * (the resource is the value). `<a rel="nofollow" href>` stays a link.
 */
function addRelResource(element: Element, frame: Frame): void {
  const resource = attr(element, 'resource')
  if (resource === undefined || hasAttribute(element, 'href')) return
  for (const name of relNames(element, frame)) addValue(frame.subject!, name, resource, frame)
}

function relNames(element: Element, frame: Frame): string[] {
  if (frame.vocab === undefined && frame.prefixes.size === 0) return []
  return tokens(attr(element, 'rel')).map((token) => resolveRdfaTerm(token, frame.vocab, frame.prefixes).name)
}

function propertyNames(element: Element, frame: Frame): string[] {
  return tokens(attr(element, 'property')).map((token) => resolveRdfaTerm(token, frame.vocab, frame.prefixes).name)
}

const RDFA_COPY = 'http://www.w3.org/ns/rdfa#copy'
const RDFA_PATTERN = 'http://www.w3.org/ns/rdfa#Pattern'

/**
 * RDFa 1.1 property copying (https://www.w3.org/TR/rdfa-core/#s_property_copying):
 * a node with `property="rdfa:copy" href="#p"` gets the properties of the
 * node `resource="#p" typeof="rdfa:Pattern"`, and its `rdfa:copy` is dropped.
 * Copied patterns are not nodes of their own: they are returned, for the
 * caller to drop. Copies are not chained (a pattern's own `rdfa:copy` is not
 * followed), so the work is bounded by the number of nodes.
 */
export function expandCopies(tops: readonly NodeBuilder[]): Set<NodeBuilder> {
  const all: NodeBuilder[] = []
  const seen = new Set<NodeBuilder>()
  const stack = [...tops]
  while (stack.length > 0) {
    const builder = stack.pop()!
    if (seen.has(builder)) continue
    seen.add(builder)
    all.push(builder)
    for (const values of builder.properties.values()) for (const value of values) if (value instanceof NodeBuilder) stack.push(value)
  }
  const patterns = new Map<string, NodeBuilder>()
  for (const builder of all) {
    if (builder.id !== undefined && builder.types.some((type) => type.name === RDFA_PATTERN) && !patterns.has(builder.id)) patterns.set(builder.id, builder)
  }
  const used = new Set<NodeBuilder>()
  if (patterns.size === 0) return used
  for (const builder of all) {
    const targets = builder.properties.get(RDFA_COPY)
    if (targets === undefined || builder.types.some((type) => type.name === RDFA_PATTERN)) continue
    const unresolved = targets.filter((target) => {
      const pattern = typeof target === 'string' ? patterns.get(target) : undefined
      if (pattern === undefined) return true
      used.add(pattern)
      for (const [name, values] of pattern.properties) if (name !== RDFA_COPY) for (const value of values) builder.add(name, value)
      return false
    })
    if (unresolved.length === 0) builder.properties.delete(RDFA_COPY)
    else builder.properties.set(RDFA_COPY, unresolved)
  }
  return used
}
