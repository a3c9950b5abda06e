/**
 * Limits on hostile input, as options with safe defaults. A page past a limit
 * gives a partial result and a warning that names the limit, never an
 * exception and never a hang: the input is cut at `maxBytes`, elements nested
 * deeper than `maxDepth` are dropped, JSON-LD blocks after `maxJsonLdBlocks`
 * are ignored, and once `timeBudgetMs` is spent the remaining stages are
 * skipped. Real pages stay far below every default (nesting ~40 levels, a
 * handful of JSON-LD blocks, well under a second).
 *
 * Pure helpers on hast and numbers: every stage may use them.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Diagnostic, Point} from './types.js'

/** The limits a page-level function (`extract`, `read`, `validateHtml`, `injectPage`) takes. Every field is optional. */
export interface LimitOptions {
  /** Largest input read, in bytes (strings: UTF-16 code units); the rest is ignored (`parse/max-bytes`). Default 50 MiB. */
  maxBytes?: number
  /** Deepest element nesting kept; deeper elements (and their text) are dropped (`parse/max-depth`). Default 10,000. */
  maxDepth?: number
  /** Most JSON-LD blocks read from one page; later ones are ignored (`markup/max-jsonld-blocks`). Default 1,000. */
  maxJsonLdBlocks?: number
  /**
   * Time for one page, in milliseconds, checked between stages (parse, markup
   * reading, field extraction, main text, entities, validation): once spent,
   * the stages left are skipped and the result is what was done so far
   * (`extract/time-budget`, `markup/time-budget`). Default 10,000; `Infinity`
   * turns it off.
   */
  timeBudgetMs?: number
}

export type Limits = Readonly<Required<LimitOptions>>

/** The defaults: far above real pages, low enough that a hostile one costs seconds, not minutes or the process. */
export const defaultLimits: Limits = {
  maxBytes: 50 * 1024 * 1024,
  maxDepth: 10_000,
  maxJsonLdBlocks: 1_000,
  timeBudgetMs: 10_000
}

/** Rule ids of the diagnostics a limit gives: the CLI always shows them, whatever the stage. */
export const limitRules: ReadonlySet<string> = new Set(['parse/max-bytes', 'parse/max-depth', 'markup/max-jsonld-blocks', 'extract/time-budget', 'markup/time-budget'])

/**
 * Options → limits, defaults filled in. A limit that is not a number ≥ 0
 * (`Infinity` allowed; counts whole) is misuse: a TypeError quoting it.
 */
export function resolveLimits(options: LimitOptions, caller = 'ldpress'): Limits {
  const limits = {...defaultLimits}
  for (const key of Object.keys(defaultLimits) as Array<keyof LimitOptions>) {
    const value = options[key]
    if (value === undefined) continue
    const whole = key !== 'timeBudgetMs'
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || (whole && Number.isFinite(value) && !Number.isInteger(value))) {
      throw new TypeError(`${caller}: \`${key}\` must be ${whole ? 'a whole number' : 'a number'} ≥ 0 (or Infinity), got ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`)
    }
    limits[key] = value
  }
  return limits
}

/**
 * Drop the elements nested deeper than `maxDepth` (an element of the root is
 * at depth 1; `<template>` content counts as its template's children), in
 * place, with their text. One walk with an explicit stack: it runs before any
 * other stage walks the tree, so none of them meets the deep part. Returns
 * how many elements were dropped and where the first one starts; a warning
 * when there are any.
 */
export function pruneDepth(tree: Root, maxDepth: number): {dropped: number; diagnostic?: Diagnostic} {
  let dropped = 0
  let first: Point | undefined
  const stack: Array<{parent: Root | Element; depth: number}> = [{parent: tree, depth: 0}]
  while (stack.length > 0) {
    const {parent, depth} = stack.pop()!
    const children: Array<RootContent | ElementContent> = parent.children
    if (depth >= maxDepth) {
      if (!children.some((child) => child.type === 'element')) continue
      const kept = children.filter((child) => child.type !== 'element')
      for (const child of children) {
        if (child.type !== 'element') continue
        first ??= child.position?.start
        dropped += countElements(child)
      }
      ;(parent as Element).children = kept as ElementContent[]
      continue
    }
    for (const child of children) {
      if (child.type !== 'element') continue
      stack.push({parent: child, depth: depth + 1})
      if (child.content) stack.push({parent: child.content, depth: depth + 1})
    }
  }
  if (dropped === 0) return {dropped}
  const diagnostic: Diagnostic = {
    ruleId: 'parse/max-depth',
    severity: 'warning',
    message: `Elements nest deeper than ${maxDepth} levels (\`maxDepth\`): the ${dropped} element${dropped === 1 ? '' : 's'} below that depth were dropped, with their text`,
    source: 'parse'
  }
  if (first) {
    diagnostic.line = first.line
    diagnostic.column = first.column
  }
  return {dropped, diagnostic}
}

/** Elements in a subtree, itself and template content included; iterative. */
function countElements(element: Element): number {
  let count = 0
  const stack: Array<Root | Element> = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element') {
      count++
      if (node.content) stack.push(node.content)
    }
    for (const child of node.children) if (child.type === 'element') stack.push(child)
  }
  return count
}

/** Milliseconds from some fixed point (`performance.now` by default; tests pass their own). */
export type Clock = () => number

/**
 * The time budget of one call. Stages ask `allows(stage)` before they run;
 * once the budget is spent every later stage is refused (time only goes
 * forward), and `diagnostic` says which were skipped.
 */
export class Budget {
  readonly ms: number
  readonly #clock: Clock
  readonly #start: number
  readonly #skipped: string[] = []

  constructor(ms: number, clock: Clock = () => performance.now()) {
    this.ms = ms
    this.#clock = clock
    this.#start = ms === Infinity ? 0 : clock()
  }

  /** Whether `stage` may run; if not, it is recorded as skipped. */
  allows(stage: string): boolean {
    if (this.#skipped.length === 0 && (this.ms === Infinity || this.#clock() - this.#start < this.ms)) return true
    this.#skipped.push(stage)
    return false
  }

  /** The warning for the stages skipped, if any were. */
  diagnostic(ruleId: 'extract/time-budget' | 'markup/time-budget'): Diagnostic | undefined {
    if (this.#skipped.length === 0) return undefined
    return {
      ruleId,
      severity: 'warning',
      message: `The time budget of ${this.ms} ms per page (\`timeBudgetMs\`) ran out: skipped ${this.#skipped.join(', ')}; the result is partial`,
      source: ruleId.slice(0, ruleId.indexOf('/'))
    }
  }
}
