/**
 * A node as a consumer such as Google reads it: `@type` values shortened and
 * `{"@id"}` references replaced by the nodes they name, to a small depth.
 * Diagnostics found on the view are mapped back to document pointers, so an
 * error about a referenced author points at the author's own node.
 */
import type {NodeEntry} from './normalize.js'
import {isReference, shortName} from './normalize.js'
import {appendPointer, splitPointer} from './pointer.js'

export interface NodeView {
  value: Record<string, unknown>
  /** The document pointer for a JSON pointer into `value`. */
  toDocument(pointer: string): string
}

/**
 * Build the view of one node. `depth` is how many levels of property values
 * are resolved (2: the article, its author/image nodes, their properties).
 */
export function resolvedView(entry: NodeEntry, ids: ReadonlyMap<string, NodeEntry>, depth = 2): NodeView {
  const origin = new WeakMap<object, string>()

  const copyNode = (node: Record<string, unknown>, pointer: string, levels: number): Record<string, unknown> => {
    const copy: Record<string, unknown> = {}
    origin.set(copy, pointer)
    for (const key of Object.keys(node)) {
      const value = node[key]
      const converted =
        key === '@type' ? shortTypes(value) : levels > 0 ? convert(value, appendPointer(pointer, key), levels - 1) : value
      Object.defineProperty(copy, key, {value: converted, writable: true, enumerable: true, configurable: true})
    }
    return copy
  }

  const convert = (value: unknown, pointer: string, levels: number, inArray = false): unknown => {
    if (Array.isArray(value)) {
      // Arrays of arrays mean nothing in JSON-LD: leave them as they are (and bound the work).
      return inArray ? value : value.map((item, index) => convert(item, appendPointer(pointer, index), levels, true))
    }
    if (value === null || typeof value !== 'object') return value
    if (isReference(value)) {
      const target = typeof value['@id'] === 'string' ? ids.get(value['@id']) : undefined
      return target === undefined ? value : copyNode(target.node, target.pointer, levels)
    }
    if (Object.hasOwn(value, '@value')) return value
    return copyNode(value as Record<string, unknown>, pointer, levels)
  }

  const value = copyNode(entry.node, entry.pointer, depth)
  return {
    value,
    toDocument(pointer) {
      let current: unknown = value
      let documentPointer = entry.pointer
      for (const token of splitPointer(pointer) ?? []) {
        const child =
          current !== null && typeof current === 'object' && Object.hasOwn(current, token)
            ? (current as Record<string, unknown>)[token]
            : undefined
        const childOrigin = child !== null && typeof child === 'object' ? origin.get(child) : undefined
        documentPointer = childOrigin ?? appendPointer(documentPointer, token)
        current = child
      }
      return documentPointer
    }
  }
}

function shortTypes(type: unknown): unknown {
  if (typeof type === 'string') return shortName(type)
  if (Array.isArray(type)) return type.map((item) => (typeof item === 'string' ? shortName(item) : item))
  return type
}
