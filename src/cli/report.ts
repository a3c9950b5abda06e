/**
 * Formatters: pure functions from findings to text. A formatter is called
 * once at the start, once per file as soon as that file is done (so output
 * streams and memory stays flat), and once at the end.
 */
import type {Diagnostic, Severity} from '../types.js'
import type {Options} from './args.js'
import type {FormatName} from './flags.js'

/** The findings of one input. */
export interface FileReport {
  /** The input's name as shown to the user. */
  name: string
  diagnostics: readonly Diagnostic[]
}

/** Counts over every reported file (before `--quiet` filtering, so the exit status does not depend on it). */
export interface Totals {
  errors: number
  warnings: number
  files: number
}

/** Text for the start, each file, and the end of a report. */
export interface Formatter {
  start(): string
  file(report: FileReport, index: number): string
  end(totals: Totals): string
}

/** `file:line:column severity message rule-id`, one finding a line, then a summary line. */
const unix: Formatter = {
  start: () => '',
  file: (report) => report.diagnostics.map((diagnostic) => `${unixLine(report.name, diagnostic)}\n`).join(''),
  end: (totals) => `${summaryLine(totals)}\n`
}

/**
 * ESLint's JSON result shape, so tools that read `eslint --format json` read
 * this too: one `{filePath, messages, errorCount, warningCount}` per file
 * (files without findings included), each message
 * `{ruleId, severity, message, line, column, path}` with severity 2 for an
 * error and 1 for a warning. ESLint has no info level: infos are shown only
 * with `--verbose` (like the other formats), then as severity 1 and counted
 * in `warningCount` (so the counts always match the messages). `line`,
 * `column` and `path` are left out when the finding has none, as ESLint
 * leaves out `line` and `column` of file-level messages.
 * @see https://eslint.org/docs/latest/use/formatters/#json
 */
const json: Formatter = {
  start: () => '[',
  file: (report, index) => `${index > 0 ? ',' : ''}\n${JSON.stringify(eslintResult(report))}`,
  end: () => '\n]\n'
}

/** One message of an ESLint result. */
export interface EslintMessage {
  ruleId: string
  severity: 1 | 2
  message: string
  line?: number
  column?: number
  path?: string
}

/** One file of an ESLint result. */
export interface EslintResult {
  filePath: string
  messages: EslintMessage[]
  errorCount: number
  warningCount: number
}

/** A file's (already filtered) findings as an ESLint result. */
export function eslintResult(report: FileReport): EslintResult {
  const messages = report.diagnostics.map((diagnostic): EslintMessage => {
    const message: EslintMessage = {ruleId: diagnostic.ruleId, severity: diagnostic.severity === 'error' ? 2 : 1, message: diagnostic.message}
    if (diagnostic.line !== undefined) {
      message.line = diagnostic.line
      message.column = diagnostic.column ?? 1
    }
    if (diagnostic.path !== undefined) message.path = diagnostic.path
    return message
  })
  const errorCount = messages.filter((message) => message.severity === 2).length
  return {filePath: report.name, messages, errorCount, warningCount: messages.length - errorCount}
}

/**
 * GitHub Actions workflow commands, which GitHub shows as annotations on the
 * pull request's lines.
 * @see https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
 */
const github: Formatter = {
  start: () => '',
  file: (report) => report.diagnostics.map((diagnostic) => `${githubLine(report.name, diagnostic)}\n`).join(''),
  end: (totals) => `${summaryLine(totals)}\n`
}

/** Formatters by `--format` name. */
export const formatters: Readonly<Record<FormatName, Formatter>> = {unix, json, github}

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

const githubCommands: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

function githubLine(name: string, diagnostic: Diagnostic): string {
  const properties = [`file=${escapeProperty(name)}`]
  if (diagnostic.line !== undefined) properties.push(`line=${diagnostic.line}`, `col=${diagnostic.column ?? 1}`)
  properties.push(`title=${escapeProperty(diagnostic.ruleId)}`)
  return `::${githubCommands[diagnostic.severity]} ${properties.join(',')}::${escapeData(diagnostic.message)}`
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}

function plural(count: number, noun: string): string {
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
