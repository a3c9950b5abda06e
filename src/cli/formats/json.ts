/**
 * `--format json`: ESLint's JSON result shape, so tools that read
 * `eslint --format json` read this too: one
 * `{filePath, messages, errorCount, warningCount}` per file (files without
 * findings included), each message `{ruleId, severity, message, line,
 * column, path}` with severity 2 for an error and 1 for a warning. ESLint
 * has no info level: infos are shown only with `--verbose` (like the other
 * formats), then as severity 1 and counted in `warningCount` (so the counts
 * always match the messages). `line`, `column` and `path` are left out when
 * the finding has none, as ESLint leaves out `line` and `column` of
 * file-level messages.
 * @see https://eslint.org/docs/latest/use/formatters/#json
 */
import type {FileReport, Formatter} from '../report.js'

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

/** The JSON formatter (stateless): an array written one element per file. */
export function json(): Formatter {
  return {
    start: () => '[',
    file: (report, index) => `${index > 0 ? ',' : ''}\n${JSON.stringify(eslintResult(report))}`,
    end: () => '\n]\n'
  }
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
