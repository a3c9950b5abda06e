/**
 * Validate one input's bytes: the unit of work of `ldpress validate`, run
 * in-process or in a worker thread (src/cli/worker.ts) with the same result.
 */
import type {ValidateOptions} from '../index.js'
import type {Diagnostic} from '../types.js'
import type {Library} from './library.js'

/** Extensions read as JSON text; anything else explicitly given is sniffed. */
const jsonExtensions = ['.json', '.jsonld']
const htmlExtensions = ['.html', '.htm']

/** Diagnostics of one page or JSON-LD document. `profiles` are library profile names (checked by the caller). */
export function checkBytes(library: Library, name: string, bytes: Uint8Array, profiles: readonly string[] | undefined): Diagnostic[] {
  const options: ValidateOptions = profiles === undefined ? {} : {profiles: [...profiles] as NonNullable<ValidateOptions['profiles']>}
  if (isJson(name, bytes)) return library.validate(new TextDecoder().decode(bytes), options).diagnostics
  return library.validateHtml(bytes, options).diagnostics
}

/** JSON by extension; for other names (and stdin), JSON when the first non-blank character opens an object or array. */
function isJson(name: string, bytes: Uint8Array): boolean {
  const lower = name.toLowerCase()
  if (jsonExtensions.some((extension) => lower.endsWith(extension))) return true
  if (htmlExtensions.some((extension) => lower.endsWith(extension))) return false
  const start = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart()
  return start.startsWith('{') || start.startsWith('[')
}
