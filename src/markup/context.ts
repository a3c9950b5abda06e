/**
 * Limits and shared state for one `readMarkup` call. Hostile pages nest items
 * thousands deep, point `itemref`s at huge subtrees or at each other: every
 * loop here is bounded by these limits, and each limit is reported once.
 */
import type {Element} from 'hast'
import {collapse, locator, pointOf, textOf} from '../parse/index.js'
import {defaultLimits} from '../limits.js'
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
  /** Most JSON-LD blocks read; later ones are ignored (not even parsed). Default 1,000 (`defaultLimits` in src/limits.ts). */
  maxJsonLdBlocks?: number
}

/** State of one call: resolved limits, counters, diagnostics. */
export interface Context {
  readonly limits: Readonly<Required<ReadOptions>>
  /** The page text the tree's positions point into (to place diagnostics on attributes). */
  readonly text: string
  readonly diagnostics: Diagnostic[]
  /** Elements visited so far (crawls and text). */
  work: number
  /** Items and RDFa nodes made so far. */
  items: number
  /** Limits already reported. */
  readonly reported: Set<string>
}

const defaults: Readonly<Required<ReadOptions>> = {maxDepth: 100, maxItems: 10_000, maxNodes: 10_000, maxWork: 5_000_000, maxJsonLdBlocks: defaultLimits.maxJsonLdBlocks}

/** Resolve options and start a call's state; `text` is the page the tree was parsed from. */
export function createContext(options: ReadOptions, text = ''): Context {
  const limits = {...defaults}
  for (const key of Object.keys(defaults) as Array<keyof ReadOptions>) {
    const value = options[key]
    if (value !== undefined) limits[key] = value
  }
  return {limits, text, diagnostics: [], work: 0, items: 0, reported: new Set()}
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

/** One attribute of a start tag: its name, then an optional value (quoted or not). */
const ATTRIBUTE = /[\t\n\f\r /]*([^\t\n\f\r />][^\t\n\f\r /=>]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r >]*))?/y

/**
 * Where attribute `name` (lower case) is written in the element's start tag,
 * found by scanning the page text from the element's offset; the element's
 * start when the text or offset is unknown or the attribute is not found.
 */
export function attributePoint(context: Context, element: Element, name: string): Point | undefined {
  const start = pointOf(element)
  if (start?.offset === undefined || context.text.charCodeAt(start.offset) !== 60 /* < */) return start
  const text = context.text
  const tag = /^<[^\t\n\f\r />]*/.exec(text.slice(start.offset, start.offset + 256))
  if (tag === null) return start
  ATTRIBUTE.lastIndex = start.offset + tag[0].length
  // Bounded: a start tag is read at most 64 attributes far.
  for (let count = 0; count < 64; count++) {
    const from = ATTRIBUTE.lastIndex
    const match = ATTRIBUTE.exec(text)
    if (match === null || match[0] === '') break
    if (match[1]!.toLowerCase() === name) {
      const offset = from + match[0].indexOf(match[1]!)
      return locator(start, text.slice(start.offset, offset))(offset - start.offset)
    }
  }
  return start
}
