/**
 * `--format stylish` (the default): ESLint's stylish look. Per file with
 * findings, the file name, then one indented row per finding with the
 * columns `line:column  severity  message  rule-id` aligned; at the end
 * `✖ N problems (E errors, W warnings)`. Clean runs print nothing, as ESLint
 * does. Coloured only when the destination allows it (see `color.ts`).
 * @see https://eslint.org/docs/latest/use/formatters/#stylish
 */
import type {Diagnostic, Severity} from '../../types.js'
import {oneLine, plural, type FormatContext, type Formatter} from '../report.js'
import {paint, type Paint} from './color.js'

/** A stylish formatter; it counts what it shows for the final line. */
export function stylish({color}: FormatContext): Formatter {
  const styles = paint(color)
  const shown: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  return {
    start: () => '',
    file(report) {
      if (report.diagnostics.length === 0) return ''
      for (const diagnostic of report.diagnostics) shown[diagnostic.severity]++
      return `\n${styles.underline(report.name)}\n${rows(report.diagnostics, styles).join('\n')}\n`
    },
    end: () => finalLine(shown, styles)
  }
}

const severityStyle = {error: 'red', warning: 'yellow', info: 'blue'} as const

function rows(diagnostics: readonly Diagnostic[], styles: Paint): string[] {
  const cells = diagnostics.map((diagnostic) => ({
    place: diagnostic.line === undefined ? '' : `${diagnostic.line}:${diagnostic.column ?? 1}`,
    severity: diagnostic.severity,
    message: oneLine(diagnostic.message) + (diagnostic.line === undefined && diagnostic.path ? ` (at ${diagnostic.path})` : ''),
    rule: diagnostic.ruleId
  }))
  const width = (pick: (cell: (typeof cells)[number]) => string) => Math.max(...cells.map((cell) => pick(cell).length))
  const placeWidth = width((cell) => cell.place)
  const severityWidth = width((cell) => cell.severity)
  const messageWidth = width((cell) => cell.message)
  const padded = (text: string, width: number, style: (text: string) => string) => style(text) + ' '.repeat(width - text.length)
  return cells.map(
    (cell) =>
      `  ${padded(cell.place, placeWidth, styles.dim)}  ${padded(cell.severity, severityWidth, styles[severityStyle[cell.severity]])}  ` +
      `${cell.message.padEnd(messageWidth)}  ${styles.dim(cell.rule)}`
  )
}

function finalLine(shown: Record<Severity, number>, styles: Paint): string {
  const problems = shown.error + shown.warning + shown.info
  if (problems === 0) return ''
  const infos = shown.info > 0 ? `, ${plural(shown.info, 'info')}` : ''
  const text = `✖ ${plural(problems, 'problem')} (${plural(shown.error, 'error')}, ${plural(shown.warning, 'warning')}${infos})`
  return `\n${styles.bold(shown.error > 0 ? styles.red(text) : styles.yellow(text))}\n`
}
