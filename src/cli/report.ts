/**
 * What every report format shares: the shapes a formatter works on, and the
 * helpers for lines, counts and severities (the formats are in `formats/`).
 */
import type {PageData} from '../report/types.js'
import type {Diagnostic, Severity} from '../types.js'
import type {Options} from './args.js'

/** The findings of one input. */
export interface FileReport {
  /** The input's name as shown to the user. */
  name: string
  diagnostics: readonly Diagnostic[]
  /** The page's graph and source snippets, for formatters that ask for them (`Formatter.pages`). */
  page?: PageData
}

/** Counts over every reported file (before `--quiet` filtering, so the exit status does not depend on it). */
export interface Totals {
  errors: number
  warnings: number
  files: number
}

/** What a formatter may know about where its text goes. */
export interface FormatContext {
  /** Directory file names are relative to (SARIF makes its URIs relative to it). */
  cwd: string
  /** Whether to use ANSI colours (only formats meant for people do). */
  color: boolean
}

/**
 * Text for the start, each file, and the end of a report. `file` is called
 * as soon as a file is done, so output streams and memory stays flat: a
 * formatter keeps counts and bounded lists, never every finding.
 */
export interface Formatter {
  start(): string
  file(report: FileReport, index: number): string
  end(totals: Totals): string
  /** Markdown for `$GITHUB_STEP_SUMMARY`, when the format has one (after `end`). */
  summary?(totals: Totals): string
  /** The format draws pages: `validate` then reads each page's graph and snippets into `FileReport.page` (at some cost). */
  pages?: boolean
}

/** Makes a fresh formatter (with its own counts) for one report. */
export type FormatterFactory = (context: FormatContext) => Formatter

/** One finding as a unix-style line: `file:line:column severity message rule-id`. */
export function unixLine(name: string, diagnostic: Diagnostic): string {
  const place = diagnostic.line === undefined ? name : `${name}:${diagnostic.line}:${diagnostic.column ?? 1}`
  const at = diagnostic.line === undefined && diagnostic.path ? ` (at ${diagnostic.path})` : ''
  return `${place} ${diagnostic.severity} ${oneLine(diagnostic.message)}${at} ${diagnostic.ruleId}`
}

/** `N errors, M warnings in K files`. */
export function summaryLine(totals: Totals): string {
  return `${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')} in ${plural(totals.files, 'file')}`
}

/** Severities a user asked to see: `--quiet` errors only, `--verbose` infos too. */
export function shownSeverities(options: Pick<Options, 'quiet' | 'verbose'>): ReadonlySet<Severity> {
  if (options.quiet) return new Set(['error'])
  return new Set(options.verbose ? ['error', 'warning', 'info'] : ['error', 'warning'])
}

/** Findings in source order (position-less ones first), keeping the library's order for ties. */
export function inSourceOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/** Add one file's findings to the totals. */
export function count(totals: Totals, diagnostics: readonly Diagnostic[]): Totals {
  return {
    errors: totals.errors + diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    warnings: totals.warnings + diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length,
    files: totals.files + 1
  }
}

/** Newlines and the blanks around them as one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}

/** `1 error`, `2 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** A field's candidates as `--explain` shows them (a structural copy of the library's type, to keep the CLI's imports lazy). */
type Explanation = {[field: string]: Array<{rule: string; value: unknown; position?: {line: number; column: number}; outcome: 'won' | 'lost' | 'rejected'}> | undefined}

const outcomeMarks = {won: '✓', lost: '·', rejected: '✗'} as const

/**
 * `--explain`: per field, every candidate in rule order — the winner (✓),
 * usable ones that lost to a more trusted rule (·), and those the field's
 * normaliser rejected (✗) — with the rule id and source position.
 */
export function formatExplanation(file: string, explanation: Explanation): string {
  let text = `${file}: how each field was chosen (✓ won, · lost, ✗ rejected)\n`
  for (const [field, candidates] of Object.entries(explanation)) {
    text += `  ${field}\n`
    if (!candidates || candidates.length === 0) text += '    (no candidates)\n'
    for (const candidate of candidates ?? []) {
      const where = candidate.position ? `${candidate.position.line}:${candidate.position.column}` : '-'
      text += `    ${outcomeMarks[candidate.outcome]} ${candidate.rule.padEnd(24)} ${where.padEnd(9)} ${preview(candidate.value)}\n`
    }
  }
  return text
}

function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat
}
