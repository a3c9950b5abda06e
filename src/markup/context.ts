/**
 * Limits and shared state for one `readMarkup` call. Hostile pages nest items
 * thousands deep, point `itemref`s at huge subtrees or at each other: every
 * loop here is bounded by these limits, and each limit is reported once.
 */
import type {Element} from 'hast'
import {collapse, textOf} from '../parse/index.js'
import type {Diagnostic, Point} from '../types.js'

/** Options of `readMarkup`. Every field is optional. */
export interface ReadOptions {
  /** Deepest nesting of microdata items or RDFa nodes kept; deeper ones are dropped. Default 100. */
  maxDepth?: number
  /** Most microdata items plus RDFa nodes read from one page. Default 10,000. */
  maxItems?: number
  /** Most nodes listed in `nodes`. Default 10,000. */
  maxNodes?: number
  /** Most elements visited while collecting microdata properties and text. Default 5,000,000. */
  maxWork?: number
}

/** State of one call: resolved limits, counters, diagnostics. */
export interface Context {
  readonly limits: Readonly<Required<ReadOptions>>
  readonly diagnostics: Diagnostic[]
  /** Elements visited so far (crawls and text). */
  work: number
  /** Items and RDFa nodes made so far. */
  items: number
  /** Limits already reported. */
  readonly reported: Set<string>
}

const defaults: Readonly<Required<ReadOptions>> = {maxDepth: 100, maxItems: 10_000, maxNodes: 10_000, maxWork: 5_000_000}

/** Resolve options and start a call's state. */
export function createContext(options: ReadOptions): Context {
  const limits = {...defaults}
  for (const key of Object.keys(defaults) as Array<keyof ReadOptions>) {
    const value = options[key]
    if (value !== undefined) limits[key] = value
  }
  return {limits, diagnostics: [], work: 0, items: 0, reported: new Set()}
}

/** Add a diagnostic from this stage. */
export function report(context: Context, ruleId: string, severity: Diagnostic['severity'], message: string, point?: Point): void {
  const diagnostic: Diagnostic = {ruleId, severity, message, source: 'markup'}
  if (point) {
    diagnostic.line = point.line
    diagnostic.column = point.column
  }
  context.diagnostics.push(diagnostic)
}

/** Report a rule at most once per call (for limits that would otherwise fire per item). */
export function reportOnce(context: Context, ruleId: string, message: string, point?: Point): void {
  if (context.reported.has(ruleId)) return
  context.reported.add(ruleId)
  report(context, ruleId, 'warning', message, point)
}

/** Count one unit of work; false (and a diagnostic) once the budget is spent. */
export function spend(context: Context, point?: Point): boolean {
  context.work++
  if (context.work <= context.limits.maxWork) return true
  reportOnce(context, 'markup/max-work', `Stopped reading microdata and RDFa after visiting ${context.limits.maxWork} elements`, point)
  return false
}

/** Count one item or node; false (and a diagnostic) past `maxItems`. */
export function countItem(context: Context, point?: Point): boolean {
  context.items++
  if (context.items <= context.limits.maxItems) return true
  reportOnce(context, 'markup/max-items', `More than ${context.limits.maxItems} microdata items and RDFa nodes: the rest were dropped`, point)
  return false
}

const textless = new Set(['script', 'style', 'template', 'noscript'])

/** Text content with white space collapsed, without script, style, template and noscript text; counts as work. */
export function textValue(element: Element, context: Context): string {
  return collapse(
    textOf(element, {
      skip: (child) => {
        context.work++
        return textless.has(child.tagName)
      }
    })
  )
}

/** Whether an attribute is present (hast drops absent ones and stores `false` for some). */
export function hasAttribute(element: Element, name: string): boolean {
  const value = element.properties[name]
  return value !== undefined && value !== null && value !== false
}
