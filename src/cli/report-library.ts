/**
 * What `validate --format html` loads (in the main thread or a worker) in
 * place of the library: the library itself, plus `pageData`, the page's
 * graph and the source lines of its findings for the drawing. Loaded only
 * for that format, so other runs pay nothing for it.
 */
import type {LimitOptions} from '../limits.js'
import {read} from '../reading.js'
import {decode} from '../parse/decode.js'
import {graphOf} from '../report/graph.js'
import {snippetsOf} from '../report/snippet.js'
import type {PageData} from '../report/types.js'
import type {Diagnostic} from '../types.js'

export * from '../index.js'

/**
 * The graph of a page's structured data (every block: JSON-LD, microdata,
 * RDFa) or of a JSON-LD document, and the source line of each finding. The
 * page is read a second time (after `validateHtml`, within the same
 * `limits`): the report's price, paid by this format only.
 */
export function pageData(bytes: Uint8Array, json: boolean, diagnostics: readonly Diagnostic[], limits: LimitOptions = {}): PageData {
  const positioned = diagnostics.filter((diagnostic) => diagnostic.line !== undefined) as Array<Diagnostic & {line: number}>
  if (json) {
    // Decoded as `checkBytes` decodes JSON, so positions agree.
    const text = new TextDecoder().decode(bytes)
    let data: unknown
    let parsed = true
    try {
      data = JSON.parse(text)
    } catch {
      parsed = false
    }
    return {graph: graphOf(parsed ? [{data}] : []), blocks: parsed ? [{line: 1, column: 1}] : [], snippets: snippetsOf(text, positioned)}
  }
  // Read within the limits the validation had, so both see the same page.
  const {blocks, nodes} = read(bytes, limits)
  const text = decode(limits.maxBytes !== undefined && bytes.length > limits.maxBytes ? bytes.subarray(0, limits.maxBytes) : bytes).text
  return {graph: graphOf(blocks, {starts: nodes}), blocks: blocks.map((block) => block.start), snippets: snippetsOf(text, positioned)}
}
