/**
 * The validation half of the pipeline: parse → markup → validate, for the
 * structured data a page already carries. Apart from pipeline.ts so that
 * extraction (the CLI's `extract`, a build step) does not load the
 * generated validators and vocabulary tables.
 */
import type {Budget, Clock, LimitOptions} from './limits.js'
import type {MarkupBlock} from './markup/types.js'
import {scanJsonLd} from './parse/scan.js'
import {openPage} from './pipeline.js'
import type {Diagnostic} from './types.js'
import {validate, type ValidateOptions, type ValidateResult} from './validate/index.js'

/**
 * Options of `validateHtml`: the profiles, and the page limits. `maxDepth`
 * here is the page's element nesting (a limit); the JSON nesting `validate`
 * follows keeps its default.
 */
export interface ValidateHtmlOptions extends Omit<ValidateOptions, 'start' | 'maxDepth'>, LimitOptions {}

/**
 * Validate every block of structured data on a page. Diagnostics carry the
 * page's line and column. Past a limit (see `LimitOptions`) the result is
 * partial, with a warning naming the limit; an invalid limit is misuse and
 * throws.
 */
export function validateHtml(input: string | Uint8Array, options: ValidateHtmlOptions = {}): ValidateResult {
  return validateHtmlWithin(input, options)
}

/** `validateHtml`, with a clock for tests of the time budget. */
export function validateHtmlWithin(input: string | Uint8Array, options: ValidateHtmlOptions = {}, clock?: Clock): ValidateResult {
  const {markup, diagnostics, budget} = openPage(input, options, clock, scanJsonLd)
  const profiles = options.profiles === undefined ? {} : {profiles: options.profiles}
  const all: Diagnostic[] = [...diagnostics, ...markup.diagnostics, ...validateBlocks(markup.blocks, profiles, budget)]
  const timeUp = budget.diagnostic('markup/time-budget')
  if (timeUp) all.push(timeUp)
  return {valid: !all.some((diagnostic) => diagnostic.severity === 'error'), diagnostics: all}
}

/**
 * Validate blocks read by the markup stage (`readMarkup`, `read`): only the
 * blocks' findings, without the markup stage's own diagnostics (the caller
 * has those). JSON-LD findings carry page positions; microdata and RDFa
 * findings point at the item's element. With a `budget`, blocks are validated
 * while there is time left (the caller reports the rest as skipped).
 */
export function validateBlocks(blocks: readonly MarkupBlock[], options: Omit<ValidateOptions, 'start'> = {}, budget?: Budget): Diagnostic[] {
  const all: Diagnostic[] = []
  // A block may point at a node another block of the page defines.
  const shared = {...options, pageIds: options.pageIds ?? definedIds(blocks)}
  for (const [index, block] of blocks.entries()) {
    if (budget && !budget.allows(`validation (${blocks.length - index} of ${blocks.length} blocks)`)) break
    const json = block.text !== undefined
    const result = json ? validate(block.text, {...shared, start: block.start}) : validate(block.data, shared)
    for (const diagnostic of result.diagnostics) {
      // Syntax errors of a JSON-LD block are already reported by the markup stage.
      if (json && diagnostic.ruleId === 'json/syntax') continue
      // Microdata and RDFa findings point at the item's element.
      all.push(diagnostic.line === undefined ? {...diagnostic, line: block.start.line, column: block.start.column} : diagnostic)
    }
  }
  return all
}

/** The `@id` of every node (an object with `@type` or a property, not a bare reference) in the blocks. */
function definedIds(blocks: readonly MarkupBlock[]): Set<string> {
  const ids = new Set<string>()
  const stack: unknown[] = blocks.map((block) => block.data)
  const seen = new Set<object>()
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object' || seen.has(value)) continue
    seen.add(value)
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item)
      continue
    }
    const object = value as Record<string, unknown>
    const id = object['@id']
    if (typeof id === 'string' && Object.keys(object).some((key) => key !== '@id' && key !== '@context')) ids.add(id)
    for (const key of Object.keys(object)) stack.push(object[key])
  }
  return ids
}
