/**
 * The markup stage: existing JSON-LD, microdata and RDFa Lite on a page →
 * JSON-LD blocks and nodes with page positions.
 */
export {readMarkup} from './read.js'
export type {ReadOptions} from './context.js'
export type {JsonLdNode, MarkupBlock, ReadResult} from './types.js'
