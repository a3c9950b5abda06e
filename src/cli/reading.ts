/**
 * The part of the library `read` needs: reading structured data (with the
 * JSON-LD scan) and the JSON-LD serialiser, without extraction's fields or
 * the validators.
 */
export {read} from '../reading.js'
export {toJsonLd} from '../emit/json.js'
