/**
 * The part of the library `extract` needs: the extraction pipeline and the
 * JSON-LD serialiser, without the validators (loaded only by the commands
 * that validate) or the JSON-LD scan (./reading.ts).
 */
export {extract} from '../pipeline.js'
export {toJsonLd} from '../emit/json.js'
