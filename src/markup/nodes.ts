/**
 * Every node object with `@type` in the blocks, flattened out of arrays,
 * `@graph` and nested values, in document order (pre-order, keys as written).
 * Iterative; `@context` values (term definitions) and value objects
 * (`{"@value", "@type"}`: typed literals) are not nodes.
 */
import {reportOnce, type Context} from './context.js'
import {pointerToken} from './iri.js'
import type {SourcedBlock} from './sourced.js'
import type {JsonLdNode, ReadResult} from './types.js'

type NodeEntry = ReadResult['nodes'][number]

/** List the typed nodes of every block, up to `maxNodes`. */
export function collectNodes(sourced: readonly SourcedBlock[], context: Context): NodeEntry[] {
  const nodes: NodeEntry[] = []
  for (let index = 0; index < sourced.length; index++) {
    if (!collectBlock(sourced[index]!, index, nodes, context)) break
  }
  return nodes
}

/** Walk one block; false when `maxNodes` is reached. */
function collectBlock({block, pointOf}: SourcedBlock, index: number, nodes: NodeEntry[], context: Context): boolean {
  const stack: Array<{value: unknown; path: string}> = [{value: block.data, path: ''}]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const {value, path} = stack.pop()!
    if (value === null || typeof value !== 'object' || seen.has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      for (let item = value.length - 1; item >= 0; item--) stack.push({value: value[item], path: `${path}/${item}`})
      continue
    }
    const node = value as JsonLdNode
    if (isNode(node)) {
      if (nodes.length >= context.limits.maxNodes) {
        reportOnce(context, 'markup/max-nodes', `More than ${context.limits.maxNodes} typed nodes: the rest are not listed`, block.start)
        return false
      }
      nodes.push({node, block: index, syntax: block.syntax, start: pointOf(node, path) ?? block.start, path})
    }
    const keys = Object.keys(node)
    for (let key = keys.length - 1; key >= 0; key--) {
      const name = keys[key]!
      if (name !== '@context') stack.push({value: node[name], path: `${path}/${pointerToken(name)}`})
    }
  }
  return true
}

function isNode(value: JsonLdNode): boolean {
  return Object.hasOwn(value, '@type') && !Object.hasOwn(value, '@value')
}
