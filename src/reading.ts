/**
 * `read`: the structured data a page already carries, without extraction.
 * Apart from pipeline.ts so that `extract` does not load the JSON-LD scan's
 * tokenizer (htmlparser2), which only readers of structured data use.
 */
import type {Clock, LimitOptions} from './limits.js'
import type {ReadResult} from './markup/types.js'
import {scanJsonLd} from './parse/scan.js'
import {openPage} from './pipeline.js'

/**
 * Read the structured data a page already carries (JSON-LD, microdata, RDFa), with source positions.
 * The limits apply (see `LimitOptions`); an invalid one is misuse and throws.
 */
export function read(input: string | Uint8Array, options: LimitOptions = {}): ReadResult {
  return readWithin(input, options)
}

/** `read`, with a clock for tests of the time budget. */
export function readWithin(input: string | Uint8Array, options: LimitOptions = {}, clock?: Clock): ReadResult {
  const {markup, diagnostics, budget} = openPage(input, options, clock, scanJsonLd)
  const timeUp = budget.diagnostic('markup/time-budget')
  return {blocks: markup.blocks, nodes: markup.nodes, diagnostics: [...diagnostics, ...markup.diagnostics, ...(timeUp ? [timeUp] : [])]}
}
