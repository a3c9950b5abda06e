/**
 * Types shared by every stage. A stage may import this module and `parse/`
 * helpers, nothing else from a sibling stage.
 */

/** Where a value came from in the source text (1-based line and column, 0-based offset). */
export interface Point {
  line: number
  column: number
  offset?: number
}

export type Severity = 'error' | 'warning' | 'info'

/**
 * A problem with the content (never with how ldpress was called: that throws).
 * Shaped after vfile's `VFileMessage` and Ajv's errors.
 */
export interface Diagnostic {
  /** Stable id of the rule that produced it, e.g. `extract/date-conflict` or `schema/unknown-property`. */
  ruleId: string
  severity: Severity
  message: string
  /** JSON pointer into the validated document, when the diagnostic is about a JSON value. */
  path?: string
  /** Position in the source text, when known. */
  line?: number
  column?: number
  /** The stage or profile that produced it: `parse`, `markup`, `extract`, `emit`, `json`, `jsonld`, `schema.org`, `google`, `ldpress`. */
  source: string
  /** Documentation for the rule. */
  url?: string
}
