/**
 * The validation half of the pipeline: parse → markup → validate, for the
 * structured data a page already carries. Apart from pipeline.ts so that
 * extraction (the CLI's `extract`, a build step) does not load the
 * generated validators and vocabulary tables.
 */
import type {MarkupBlock} from './markup/types.js'
import {read} from './pipeline.js'
import type {Diagnostic} from './types.js'
import {validate, type ValidateOptions, type ValidateResult} from './validate/index.js'

/**
 * Validate every block of structured data on a page. Diagnostics carry the
 * page's line and column.
 */
export function validateHtml(input: string | Uint8Array, options: Omit<ValidateOptions, 'start'> = {}): ValidateResult {
  const {blocks, diagnostics} = read(input)
  const all: Diagnostic[] = [...diagnostics, ...validateBlocks(blocks, options)]
  return {valid: !all.some((diagnostic) => diagnostic.severity === 'error'), diagnostics: all}
}

/**
 * Validate blocks read by the markup stage (`readMarkup`, `read`): only the
 * blocks' findings, without the markup stage's own diagnostics (the caller
 * has those). JSON-LD findings carry page positions; microdata and RDFa
 * findings point at the item's element.
 */
export function validateBlocks(blocks: readonly MarkupBlock[], options: Omit<ValidateOptions, 'start'> = {}): Diagnostic[] {
  const all: Diagnostic[] = []
  for (const block of blocks) {
    const json = block.text !== undefined
    const result = json ? validate(block.text, {...options, start: block.start}) : validate(block.data, options)
    for (const diagnostic of result.diagnostics) {
      // Syntax errors of a JSON-LD block are already reported by the markup stage.
      if (json && diagnostic.ruleId === 'json/syntax') continue
      // Microdata and RDFa findings point at the item's element.
      all.push(diagnostic.line === undefined ? {...diagnostic, line: block.start.line, column: block.start.column} : diagnostic)
    }
  }
  return all
}
