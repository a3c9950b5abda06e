/**
 * The emit stage: serialise a graph as escaped, stable JSON-LD, wrap it in
 * ldpress's `<script>` tag, and inject that tag into pages byte for byte.
 * This module only re-exports.
 */
export {toJsonLd, type JsonLdOptions} from './json.js'
export {toScriptTag, type ScriptTagOptions} from './script.js'
export {injectJsonLd, removeJsonLd, type InjectOptions, type InjectResult} from './inject.js'
