export {decode, type Decoded} from './decode.js'
export {parseHtml, type ParseOptions, type Parsed} from './parse.js'
export * from './tree.js'
export * from './lines.js'
