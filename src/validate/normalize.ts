/**
 * JSON-LD normalisation before validation: find every node object of a
 * document (top-level arrays, `@graph`, nesting — iteratively, with a depth
 * limit), read `@context`, shorten schema.org type IRIs, index `@id`s and
 * report references that point nowhere. Profiles then validate the nodes.
 *
 * `@reverse` maps are read as reverse properties (their nodes are collected,
 * and each is listed in `reverse` with the node it points back at); `@list`
 * and `@set` objects are transparent (their nodes are collected as items of
 * the property that holds them).
 *
 * This is deliberately not a JSON-LD processor (no expansion, no remote
 * contexts): it reads documents the way Google and schema.org consumers do.
 */
import type {Diagnostic} from '../types.js'
import {type ContextScope, EMPTY_SCOPE, enterContext} from './context.js'
import {appendPointer} from './pointer.js'
import {preview} from './preview.js'

/** A node object found in the document. */
export interface NodeEntry {
  node: Record<string, unknown>
  /** JSON pointer of the node in the document. */
  pointer: string
  /** `@type` values, schema.org IRIs shortened (`schema:NewsArticle` → `NewsArticle`); others as written. */
  types: string[]
  /** The contexts in effect at the node. */
  scope: ContextScope
}

/**
 * A reverse property (https://www.w3.org/TR/json-ld11/#reverse-properties):
 * `{"@type": "Person", "@reverse": {"author": {"@type": "NewsArticle"}}}`
 * says the NewsArticle's `author` is the Person. So the property's domain is
 * the types of `subjects`, and the node `object` is its value.
 */
export interface ReverseEntry {
  /** The property as written (a key of the `@reverse` map). */
  property: string
  /** JSON pointer of the property in the `@reverse` map (`/@reverse/author`). */
  pointer: string
  /** The node holding the `@reverse` map: the value of `property`. */
  object: NodeEntry
  /** The node objects under the property (not references): each has `property` with `object` as its value. */
  subjects: NodeEntry[]
}

/** A `{"@id": …}` object with nothing else: a reference to a node. */
export interface ReferenceEntry {
  id: unknown
  pointer: string
}

export interface NormalizedDocument {
  /** Node objects in document order. */
  nodes: NodeEntry[]
  references: ReferenceEntry[]
  /** Reverse properties, in document order. */
  reverse: ReverseEntry[]
  /** `@id` → the first node that defines it. */
  ids: Map<string, NodeEntry>
  diagnostics: Diagnostic[]
}

export interface NormalizeOptions {
  /** Nesting depth below which nothing is validated (default 256). */
  maxDepth?: number
  /** `@id`s defined elsewhere on the same page (other blocks): references to them are not dangling. */
  pageIds?: ReadonlySet<string>
}

const JSONLD_SPEC = 'https://www.w3.org/TR/json-ld11/'
const SCHEMA_ORG_IRI = /^(?:schema:|https?:\/\/schema\.org\/)([^/#?]+)$/
/** Keys whose values are not node content. */
const NOT_CONTENT = new Set(['@context', '@id', '@type', '@value', '@language', '@direction', '@index', '@reverse'])
/** Character references seen in JSON-LD copied out of HTML. */
const HTML_ENTITY = /&(?:amp|lt|gt|quot|apos|nbsp|#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[lr][sd]quo|[mn]dash|hellip|copy|reg|trade);/

/** `reverse`: the task is a value of that reverse property (an item, or the array of items). */
type Task = {value: object; pointer: string; depth: number; scope: ContextScope; reverse?: ReverseEntry}
type Report = (ruleId: string, severity: Diagnostic['severity'], message: string, path: string, anchor?: string) => void

/**
 * `schema:NewsArticle`, `https://schema.org/NewsArticle` and
 * `http://schema.org/NewsArticle` → `NewsArticle`; anything else unchanged.
 */
export function shortName(term: string): string {
  const match = SCHEMA_ORG_IRI.exec(term)
  return match === null ? term : match[1]!
}

/** A `{"@id": …}` object with no other key. */
export function isReference(value: unknown): value is {'@id': unknown} {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === '@id'
}

/**
 * Collect the nodes of a JSON-LD document and report JSON-LD problems:
 * `jsonld/invalid-document`, `jsonld/missing-context`, `jsonld/unknown-context`,
 * `jsonld/context-vocab`, `jsonld/keyword-alias`, `jsonld/dangling-id`,
 * `jsonld/conflicting-id`, `jsonld/html-entity`, `jsonld/invalid-reverse`,
 * `jsonld/too-deep`.
 */
export function normalize(document: unknown, options: NormalizeOptions = {}): NormalizedDocument {
  const maxDepth = options.maxDepth ?? 256
  const result: NormalizedDocument = {nodes: [], references: [], reverse: [], ids: new Map(), diagnostics: []}
  const report: Report = (ruleId, severity, message, path, anchor = '') => {
    result.diagnostics.push({ruleId, severity, message, path, source: 'jsonld', url: JSONLD_SPEC + anchor})
  }
  if (!checkTopLevel(document, report)) return result

  let tooDeep = false
  const visited = new WeakSet<object>([document as object])
  const stack: Task[] = [{value: document as object, pointer: '', depth: 0, scope: EMPTY_SCOPE}]
  const visit = (value: unknown, pointer: () => string, depth: number, scope: ContextScope, into: Task[], reverse?: ReverseEntry): void => {
    if (typeof value === 'string') {
      const entity = value.includes('&') ? HTML_ENTITY.exec(value) : null
      if (entity !== null) {
        report('jsonld/html-entity', 'warning', `The string contains the HTML character reference ${entity[0]}; JSON-LD is not HTML-decoded, write the character itself`, pointer(), '#embedding-json-ld-in-html-documents')
      }
    } else if (value !== null && typeof value === 'object' && !visited.has(value)) {
      // Objects passed in (not parsed) may be shared or cyclic: visit each once.
      visited.add(value)
      into.push({value, pointer: pointer(), depth, scope, ...(reverse === undefined ? {} : {reverse})})
    }
  }
  while (stack.length > 0) {
    const {value, pointer, depth, scope: outer, reverse} = stack.pop()!
    if (depth > maxDepth) {
      if (!tooDeep) report('jsonld/too-deep', 'warning', `Nesting deeper than ${maxDepth} levels is not validated`, pointer)
      tooDeep = true
      continue
    }
    const children: Task[] = []
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, () => appendPointer(pointer, index), depth + 1, outer, children, reverse))
    } else {
      const object = value as Record<string, unknown>
      const scope = Object.hasOwn(object, '@context')
        ? enterContext(outer, object['@context'], appendPointer(pointer, '@context'), result.diagnostics)
        : outer
      if (Object.hasOwn(object, '@value')) continue
      if (isReference(object)) {
        result.references.push({id: object['@id'], pointer})
        continue
      }
      const entry: NodeEntry | undefined = isNode(object) ? {node: object, pointer, types: typesOf(object, scope), scope} : undefined
      if (entry !== undefined) {
        addNode(entry, result, report)
        reverse?.subjects.push(entry)
      }
      for (const key of Object.keys(object)) {
        // `@reverse` makes an object a node (isNode): `entry` is set.
        if (key === '@reverse') readReverse(object[key], entry!, depth, children, visit, result, report)
        else if (!NOT_CONTENT.has(key)) visit(object[key], () => appendPointer(pointer, key), depth + 1, scope, children)
      }
    }
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }

  const bases = new Set([...result.ids.keys()].map(baseOf))
  for (const {id, pointer} of result.references) {
    if (typeof id === 'string' && !result.ids.has(id) && !options.pageIds?.has(id) && namesLocalNode(id, bases)) {
      report('jsonld/dangling-id', 'warning', `Reference to ${JSON.stringify(id)}, which no node in this document or page defines`, appendPointer(pointer, '@id'), '#node-identifiers')
    }
  }
  return result
}

type Visit = (value: unknown, pointer: () => string, depth: number, scope: ContextScope, into: Task[], reverse?: ReverseEntry) => void

/**
 * A node's `@reverse` map: each property is listed in `result.reverse` and its
 * values visited as that property's subjects. Reports `jsonld/invalid-reverse`
 * for a map that is not an object, a keyword in it, and literal values.
 */
function readReverse(map: unknown, object: NodeEntry, depth: number, into: Task[], visit: Visit, result: NormalizedDocument, report: Report): void {
  const mapPointer = appendPointer(object.pointer, '@reverse')
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    report('jsonld/invalid-reverse', 'error', `\`@reverse\` must be an object mapping properties to nodes, not ${preview(map)}`, mapPointer, '#reverse-properties')
    return
  }
  for (const [property, value] of Object.entries(map)) {
    const pointer = appendPointer(mapPointer, property)
    if (property.startsWith('@')) {
      report('jsonld/invalid-reverse', 'error', `\`${property}\` is a keyword, not a property: it cannot be reversed`, pointer, '#reverse-properties')
      continue
    }
    const entry: ReverseEntry = {property, pointer, object, subjects: []}
    result.reverse.push(entry)
    for (const [item, itemPointer] of Array.isArray(value) ? value.map((v, i) => [v, appendPointer(pointer, i)] as const) : [[value, pointer] as const]) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item) && !Object.hasOwn(item, '@value') && !Object.hasOwn(item, '@list')) {
        visit(item, () => itemPointer, depth + 2, object.scope, into, entry)
      } else {
        // A string is an IRI only where the context types the property `@id` (schema.org's does so for `sameAs`, `url`…).
        const severity = typeof item === 'string' ? 'warning' : 'error'
        report('jsonld/invalid-reverse', severity, `A value of the reverse property \`${property}\` must be a node object or an {"@id"} reference, not ${preview(item)}`, itemPointer, '#reverse-properties')
      }
    }
  }
}

/** The document is an object or an array of objects, each top-level object with an `@context`. */
function checkTopLevel(document: unknown, report: Report): boolean {
  if (document === null || typeof document !== 'object') {
    report('jsonld/invalid-document', 'error', `A JSON-LD document must be an object or an array of objects, not ${preview(document)}`, '')
    return false
  }
  // Array.from, not map: the holes of a sparse array (JS callers) become `undefined` items, reported like any other.
  const tops: Array<[unknown, string]> = Array.isArray(document)
    ? Array.from(document, (item, index) => [item, appendPointer('', index)])
    : [[document, '']]
  for (const [top, pointer] of tops) {
    if (top === null || typeof top !== 'object' || Array.isArray(top)) {
      report('jsonld/invalid-document', 'error', `A top-level JSON-LD item must be an object, not ${preview(top)}`, pointer)
    } else if (!Object.hasOwn(top, '@context') && !graphItemsHaveContexts(top as Record<string, unknown>) && !onlyIris(top as Record<string, unknown>)) {
      report('jsonld/missing-context', 'error', 'The object has no `@context`; add "@context": "https://schema.org" so its terms mean schema.org terms', pointer, '#the-context')
    }
  }
  return true
}

/**
 * A node written entirely in IRIs (`http://xmlns.com/foaf/0.1/Image`, `sioc:Item`), as RDFa and microdata in other
 * vocabularies read: it has no terms, so it needs no context (its terms are reported as foreign by the schema.org profile).
 */
function onlyIris(top: Record<string, unknown>): boolean {
  const types = [top['@type']].flat().filter((type) => type !== undefined)
  const keys = Object.keys(top).filter((key) => !key.startsWith('@'))
  return types.length + keys.length > 0 && [...types, ...keys].every((term) => typeof term === 'string' && term.includes(':'))
}

/** `{"@graph": [...]}` without a context of its own, each item bringing one. */
function graphItemsHaveContexts(top: Record<string, unknown>): boolean {
  const graph = top['@graph']
  if (!Array.isArray(graph) || graph.length === 0 || Object.keys(top).some((key) => !key.startsWith('@'))) return false
  return graph.every((item) => item !== null && typeof item === 'object' && Object.hasOwn(item, '@context'))
}

/** An object with a type or with content of its own (not only a `@graph`/`@context`/`@list` wrapper). */
function isNode(object: Record<string, unknown>): boolean {
  return Object.hasOwn(object, '@type') || Object.hasOwn(object, '@reverse') || Object.keys(object).some((key) => !key.startsWith('@'))
}

/** `@type` values (or the schema.org context's `type` alias), shortened; non-strings are left to the schema.org profile. */
function typesOf(node: Record<string, unknown>, scope: ContextScope): string[] {
  const type = Object.hasOwn(node, '@type') ? node['@type'] : scope.aliases ? node['type'] : undefined
  const list = Array.isArray(type) ? type : [type]
  return list.filter((t): t is string => typeof t === 'string').map(shortName)
}

/**
 * Whether an `@id` names a node that should be in this document: a blank
 * node (`_:b0`), a relative reference (`#author`), or an IRI with a fragment
 * whose base the document uses for other nodes (`https://example.com/#logo`
 * next to `https://example.com/#organization`). Other absolute IRIs name
 * outside resources: a Wikidata entity, a policy defined on another page.
 */
function namesLocalNode(id: string, bases: ReadonlySet<string>): boolean {
  if (id.startsWith('_:') || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(id)) return true
  return id.includes('#') && bases.has(baseOf(id))
}

function baseOf(id: string): string {
  const hash = id.indexOf('#')
  return hash === -1 ? id : id.slice(0, hash)
}

function addNode(entry: NodeEntry, result: NormalizedDocument, report: Report): void {
  result.nodes.push(entry)
  const {node, pointer, scope} = entry
  if (scope.aliases) {
    for (const [alias, keyword] of [['type', '@type'], ['id', '@id']] as const) {
      if (Object.hasOwn(node, alias) && !Object.hasOwn(node, keyword)) {
        report('jsonld/keyword-alias', 'warning', `\`${alias}\` is the schema.org context's alias of \`${keyword}\`; write \`${keyword}\`, which every consumer reads`, appendPointer(pointer, alias), '#aliasing-keywords')
      }
    }
  }
  const id = node['@id']
  if (typeof id !== 'string') return
  const first = result.ids.get(id)
  if (first === undefined) {
    result.ids.set(id, entry)
    return
  }
  const conflicts = Object.keys(node).filter(
    (key) => key !== '@id' && Object.hasOwn(first.node, key) && !sameValue(first.node[key], node[key])
  )
  if (conflicts.length > 0) {
    report(
      'jsonld/conflicting-id',
      'warning',
      `@id ${JSON.stringify(id)} is also defined at ${first.pointer || '/'} with a different ${conflicts.map((k) => `\`${k}\``).join(', ')}; consumers merge both nodes`,
      appendPointer(pointer, '@id'),
      '#node-identifiers'
    )
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  try {
    return JSON.stringify(a) === JSON.stringify(b)
  } catch {
    return false
  }
}
