import type {Diagnostic, Point} from '../types.js'

/** A JSON-LD node object as found on a page (keys as written). */
export type JsonLdNode = {[key: string]: unknown}

/** One block of structured data found on a page. */
export interface MarkupBlock {
  syntax: 'json-ld' | 'microdata' | 'rdfa'
  /** The block as JSON-LD: for `json-ld` the parsed value as written (object, array, `@graph` document). */
  data: unknown
  /** For `json-ld`: the JSON text as it stands in the page (after CDATA/comment unwrapping), so validators can map JSON pointers to lines. */
  text?: string
  /** Where the JSON text (or the item's root element) starts in the page. */
  start: Point
  /** The block is ldpress's own `<script data-ldpress>`, written by an earlier run: validated, never read back as a signal. */
  own?: boolean
}

export interface ReadResult {
  blocks: MarkupBlock[]
  /**
   * Every node object with an `@type`, flattened out of arrays, `@graph`s and
   * nesting, in document order, each with the block index it came from.
   */
  nodes: Array<{
    node: JsonLdNode
    block: number
    syntax: MarkupBlock['syntax']
    /** Where the node starts in the page: its `{` for JSON-LD, its element for microdata and RDFa (the block start when unknown). */
    start: Point
    /** JSON pointer to the node inside its block's `data` (`''` for the block itself). */
    path?: string
  }>
  diagnostics: Diagnostic[]
}
