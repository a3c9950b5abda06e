import type {Point} from '../types.js'
import type {JsonLdNode, MarkupBlock} from './types.js'

/** A block with a way to place the nodes inside it in the page (internal to this stage). */
export interface SourcedBlock {
  block: MarkupBlock
  /** Start of a node of this block (found at JSON pointer `path` in `block.data`), when known. */
  pointOf: (node: JsonLdNode, path: string) => Point | undefined
}
