export {decode, type Decoded} from './decode.js'
export {parseHtml, type ParseOptions, type Parsed, type Scan} from './parse.js'
export * from './tree.js'
export * from './lines.js'
