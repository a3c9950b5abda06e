/**
 * The part of the library `extract` and `read` need: the extraction
 * pipeline and the JSON-LD serialiser, without the validators (loaded only
 * by the commands that validate).
 */
export {extract, read} from '../pipeline.js'
export {toJsonLd} from '../emit/json.js'
