/**
 * Structured data as a drawable graph: every node object of every block
 * (top-level, in `@graph`, nested in a property) becomes a node, every
 * nesting or `{"@id": …}` reference an edge labelled with its property.
 * Nodes written twice with the same `@id` are one node; a reference to an
 * `@id` no node defines becomes a `missing` node, so the drawing shows the
 * broken link.
 *
 * Pure, and safe on hostile input: nesting deeper than `maxDepth` is not
 * followed, at most `maxNodes` nodes are kept, and keys such as `__proto__`
 * are plain data (lookups use `Map`).
 */
import type {Diagnostic, Point, Severity} from '../types.js'
import type {GraphEdge, GraphNode, NodePlace, PageGraph} from './types.js'

/** A block of structured data: its JSON-LD value and where it starts. */
export interface GraphBlock {
  data: unknown
  start?: Point
}

/** Options of `graphOf`. */
export interface GraphOptions {
  /** Where nodes start on the page, by `block` and JSON pointer (from the markup reader). */
  starts?: ReadonlyArray<{block: number; path?: string; start: Point}>
  /** Keep at most this many nodes (default 150). */
  maxNodes?: number
}

/** Nesting followed at most (hostile input). */
const maxDepth = 64
/** Properties tried, in order, for a node's label. */
const nameKeys = ['name', 'headline', 'alternateName', 'caption', 'title', 'text', 'url', 'contentUrl', 'item']
const nameLength = 80
const jsonStringLength = 240
const jsonLength = 12_000

/** The graph of `blocks`. */
export function graphOf(blocks: readonly GraphBlock[], options: GraphOptions = {}): PageGraph {
  const maxNodes = options.maxNodes ?? 150
  const starts = new Map<string, Point>()
  for (const entry of options.starts ?? []) starts.set(placeKey(entry.block, entry.path ?? ''), entry.start)
  const nodes: GraphNode[] = []
  const edges: GraphEdge[] = []
  const byId = new Map<string, number>()
  const references: Array<{from: number; id: string; property: string; block: number; path: string}> = []
  let omitted = 0

  const addNode = (value: Record<string, unknown>, place: NodePlace): number | undefined => {
    const id = typeof value['@id'] === 'string' ? value['@id'] : undefined
    const known = id === undefined ? undefined : byId.get(id)
    if (known !== undefined) {
      const node = nodes[known]!
      node.places.push(place)
      if (node.types.length === 0) node.types = typesOf(value['@type'])
      node.name ??= nameOf(value)
      return known
    }
    if (nodes.length >= maxNodes) {
      omitted++
      return undefined
    }
    const start = starts.get(placeKey(place.block, place.path))
    const node: GraphNode = {types: typesOf(value['@type']), places: [place], json: displayJson(value)}
    const name = nameOf(value)
    if (name !== undefined) node.name = name
    if (id !== undefined) node.id = id
    if (start) node.start = start
    nodes.push(node)
    if (id !== undefined) byId.set(id, nodes.length - 1)
    return nodes.length - 1
  }

  // An explicit stack, not recursion: nesting is bounded by `maxDepth` but each level may hold many values.
  type Task = {value: unknown; path: string; block: number; depth: number; parent?: {index: number; property: string}}
  for (const [block, {data}] of blocks.entries()) {
    const stack: Task[] = [{value: data, path: '', block, depth: 0}]
    while (stack.length > 0) {
      const {value, path, depth, parent} = stack.pop()!
      if (value === null || typeof value !== 'object' || depth > maxDepth) continue
      const later: Task[] = []
      if (Array.isArray(value)) {
        value.forEach((item, index) => later.push({value: item, path: `${path}/${index}`, block, depth: depth + 1, ...(parent ? {parent} : {})}))
      } else {
        const object = value as Record<string, unknown>
        const keys = Object.keys(object)
        if (keys.includes('@graph') && !keys.includes('@type')) {
          later.push({value: object['@graph'], path: `${path}/@graph`, block, depth: depth + 1})
        } else if (keys.includes('@list') || keys.includes('@set')) {
          const key = keys.includes('@list') ? '@list' : '@set'
          later.push({value: object[key], path: `${path}/${key}`, block, depth: depth + 1, ...(parent ? {parent} : {})})
        } else if (keys.includes('@value')) {
          // A value object: a literal, not a node.
        } else if (parent && keys.length === 1 && typeof object['@id'] === 'string') {
          references.push({from: parent.index, id: object['@id'], property: parent.property, block, path})
        } else {
          const index = addNode(object, {block, path})
          if (index === undefined) continue
          if (parent) edges.push({from: parent.index, to: index, property: parent.property, block, path})
          for (const key of keys) {
            if (key.startsWith('@')) continue
            later.push({value: object[key], path: `${path}/${escapePointer(key)}`, block, depth: depth + 1, parent: {index, property: shortTerm(key)}})
          }
        }
      }
      // Pushed in reverse, so values are visited in the order written (nodes are numbered in document order).
      for (let index = later.length - 1; index >= 0; index--) stack.push(later[index]!)
    }
  }

  for (const reference of references) {
    let to = byId.get(reference.id)
    if (to === undefined) {
      if (nodes.length >= maxNodes) {
        omitted++
        continue
      }
      nodes.push({types: [], id: reference.id, name: cut(reference.id, nameLength), places: [], json: JSON.stringify({'@id': reference.id}, null, 2), missing: true})
      to = nodes.length - 1
      byId.set(reference.id, to)
    }
    edges.push({from: reference.from, to, property: reference.property, block: reference.block, path: reference.path})
  }
  return {nodes, edges, omitted}
}

/** Findings attached to the graph: per node and per edge, by index. */
export interface GraphFindings {
  nodes: Map<number, Diagnostic[]>
  edges: Map<number, Diagnostic[]>
  /** Node of each finding that has one (same order as the findings given). */
  nodeOf: Array<number | undefined>
}

/**
 * Which node (and link) each finding is about: the finding's block is the
 * last block starting at or before its position (the only block when it has
 * no position), and its node the one whose place is the longest prefix of the
 * finding's JSON pointer. A finding on a property that links to another node
 * (`/@graph/0/image`) also marks that link.
 */
export function attachFindings(graph: PageGraph, blocks: readonly Point[], diagnostics: readonly Diagnostic[]): GraphFindings {
  const found: GraphFindings = {nodes: new Map(), edges: new Map(), nodeOf: []}
  for (const diagnostic of diagnostics) {
    const node = diagnostic.path === undefined ? undefined : nodeFor(graph, blockOf(blocks, diagnostic), diagnostic.path)
    found.nodeOf.push(node?.index)
    if (!node) continue
    push(found.nodes, node.index, diagnostic)
    const rest = diagnostic.path!.slice(node.place.path.length)
    if (rest === '') continue
    graph.edges.forEach((edge, index) => {
      if (edge.from === node.index && edge.block === node.place.block && isPrefix(edge.path, diagnostic.path!) && isPrefix(`${node.place.path}/`, edge.path)) {
        push(found.edges, index, diagnostic)
      }
    })
  }
  return found
}

/** The worst severity of some findings. */
export function worst(diagnostics: readonly Diagnostic[] | undefined): Severity | undefined {
  if (!diagnostics || diagnostics.length === 0) return undefined
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return 'error'
  return diagnostics.some((diagnostic) => diagnostic.severity === 'warning') ? 'warning' : 'info'
}

function push<Key>(map: Map<Key, Diagnostic[]>, key: Key, diagnostic: Diagnostic): void {
  const list = map.get(key)
  if (list) list.push(diagnostic)
  else map.set(key, [diagnostic])
}

function blockOf(blocks: readonly Point[], diagnostic: Diagnostic): number | undefined {
  if (blocks.length <= 1) return blocks.length === 1 ? 0 : undefined
  if (diagnostic.line === undefined) return undefined
  let found: number | undefined
  blocks.forEach((start, index) => {
    const column = diagnostic.column ?? 1
    if (start.line < diagnostic.line! || (start.line === diagnostic.line && start.column <= column)) {
      if (found === undefined || after(start, blocks[found]!)) found = index
    }
  })
  return found
}

function after(a: Point, b: Point): boolean {
  return a.line > b.line || (a.line === b.line && a.column >= b.column)
}

function nodeFor(graph: PageGraph, block: number | undefined, path: string): {index: number; place: NodePlace} | undefined {
  if (block === undefined) return undefined
  let best: {index: number; place: NodePlace} | undefined
  graph.nodes.forEach((node, index) => {
    for (const place of node.places) {
      if (place.block === block && isPrefix(place.path, path) && (!best || place.path.length > best.place.path.length)) best = {index, place}
    }
  })
  return best
}

/** Whether JSON pointer `prefix` is `path` or one of its ancestors (`/a` is one of `/a/b`, not of `/ab`). */
function isPrefix(prefix: string, path: string): boolean {
  if (prefix.endsWith('/')) return path.startsWith(prefix)
  return path === prefix || path.startsWith(`${prefix}/`)
}

function placeKey(block: number, path: string): string {
  return `${block}\u0000${path}`
}

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1')
}

/** `https://schema.org/author`, `schema:author` → `author`; anything else as written. */
export function shortTerm(term: string): string {
  const match = /^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)([^/#?]+)$/i.exec(term)
  return match ? match[1]! : term
}

function typesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  return list.filter((type): type is string => typeof type === 'string').map(shortTerm)
}

function nameOf(value: Record<string, unknown>): string | undefined {
  for (const key of nameKeys) {
    const text = textOf(value[key]) ?? textOf(value[`https://schema.org/${key}`]) ?? textOf(value[`http://schema.org/${key}`])
    if (text !== undefined) return cut(text, nameLength)
  }
  return undefined
}

function textOf(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.replace(/\s+/g, ' ').trim()
  if (typeof value === 'number') return String(value)
  if (depth > 2 || value === null || typeof value !== 'object') return undefined
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item, depth + 1)
      if (text !== undefined) return text
    }
    return undefined
  }
  const object = value as Record<string, unknown>
  return textOf(object['@value'], depth + 1) ?? textOf(object['@id'], depth + 1)
}

/** `text` cut to `length` characters (whole code points), with an ellipsis. */
export function cut(text: string, length: number): string {
  const characters = [...text]
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('')}…`
}

/**
 * A node as indented JSON for people: strings longer than
 * `jsonStringLength` shortened (with their length), nesting beyond
 * `maxDepth` elided, the whole cut at `jsonLength` characters.
 */
export function displayJson(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(shorten(value, 0), null, 2) ?? 'null'
  } catch {
    text = '(not shown: the value cannot be written as JSON)'
  }
  return text.length > jsonLength ? `${text.slice(0, jsonLength)}\n… (${text.length - jsonLength} more characters)` : text
}

function shorten(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return value.length > jsonStringLength ? `${value.slice(0, jsonStringLength)}… (${value.length} characters)` : value
  if (value === null || typeof value !== 'object') return value
  if (depth >= maxDepth) return '…'
  if (Array.isArray(value)) return value.map((item) => shorten(item, depth + 1))
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, {value: shorten((value as Record<string, unknown>)[key], depth + 1), enumerable: true, configurable: true, writable: true})
  }
  return copy
}
