/**
 * `--format github`: GitHub Actions workflow commands, which GitHub shows as
 * annotations on the pull request's lines, errors first.
 *
 * Memory: errors are written as soon as their file is done; warnings (and
 * notices, for infos under `--verbose`) wait until the end so they follow
 * every error, and at most `bufferedLines` of each are kept — GitHub shows
 * only 10 annotations per level and step anyway, so the rest are counted and
 * pointed to. Beyond that only counts per rule and the first
 * `summaryFiles` files with errors are kept, for the step summary.
 * @see https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#setting-an-error-message
 */
import type {Diagnostic, Severity} from '../../types.js'
import {plural, summaryLine, type FileReport, type Formatter, type Totals} from '../report.js'
import {rulesUrl} from './docs.js'

/** Annotations GitHub shows per level and step. */
export const shownAnnotations = 10
/** Warning (and notice) lines kept for the end of the log. */
export const bufferedLines = 1000
/** Files listed in the step summary's table. */
export const summaryFiles = 20
/** Rules listed in the step summary. */
const summaryRules = 10

const commands: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/** A github formatter; `summary()` gives the Markdown for `$GITHUB_STEP_SUMMARY`. */
export function github(): Formatter {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  const later: Record<'warning' | 'info', string[]> = {warning: [], info: []}
  const rules = new Map<string, number>()
  const filesWithErrors: Array<{name: string; errors: number; warnings: number}> = []
  let filesWithErrorsCount = 0
  return {
    start: () => '',
    file(report) {
      let text = ''
      for (const diagnostic of report.diagnostics) {
        counts[diagnostic.severity]++
        rules.set(diagnostic.ruleId, (rules.get(diagnostic.ruleId) ?? 0) + 1)
        if (diagnostic.severity === 'error') text += `${githubLine(report.name, diagnostic)}\n`
        else if (later[diagnostic.severity].length < bufferedLines) later[diagnostic.severity].push(githubLine(report.name, diagnostic))
      }
      noteFile(report)
      return text
    },
    end(totals) {
      const lines = [...later.warning, ...later.info]
      for (const severity of ['error', 'warning', 'info'] as const) {
        const note = overflowNote(severity, counts[severity])
        if (note) lines.push(note)
      }
      lines.push(summaryLine(totals))
      return `${lines.join('\n')}\n`
    },
    summary: (totals) => stepSummary(totals, rules, filesWithErrors, filesWithErrorsCount)
  }

  function noteFile(report: FileReport): void {
    const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length
    if (errors === 0) return
    filesWithErrorsCount++
    if (filesWithErrors.length < summaryFiles) {
      filesWithErrors.push({name: report.name, errors, warnings: report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length})
    }
  }
}

/** A plain log line when a level has more findings than GitHub shows as annotations. */
function overflowNote(severity: Severity, count: number): string | undefined {
  if (count <= shownAnnotations) return undefined
  const noun = plural(count, commands[severity])
  const listed = severity === 'error' || count <= bufferedLines ? 'all are listed in this job log' : `the first ${bufferedLines} are listed in this job log`
  return `ldpress: ${noun}; GitHub shows only the first ${shownAnnotations} as annotations, ${listed} (--format json, sarif or junit -o FILE lists every one)`
}

function stepSummary(totals: Totals, rules: ReadonlyMap<string, number>, files: ReadonlyArray<{name: string; errors: number; warnings: number}>, filesWithErrors: number): string {
  const lines = ['## ldpress validate', '', `**${summaryLine(totals)}**`, '']
  const top = [...rules].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).slice(0, summaryRules)
  if (top.length > 0) {
    lines.push(`| Rule ([docs](${rulesUrl})) | Findings |`, '|---|---:|', ...top.map(([rule, count]) => `| \`${rule}\` | ${count} |`), '')
  }
  if (files.length > 0) {
    const of = filesWithErrors > files.length ? ` (first ${files.length} of ${filesWithErrors})` : ''
    lines.push(`### Files with errors${of}`, '', '| File | Errors | Warnings |', '|---|---:|---:|')
    lines.push(...files.map((file) => `| ${markdownCell(file.name)} | ${file.errors} | ${file.warnings} |`), '')
  }
  return `${lines.join('\n')}\n`
}

/** Text safe inside a Markdown table cell: no pipes, no HTML, no line breaks. */
function markdownCell(text: string): string {
  return text.replace(/[\\|`*_[\]<>&]/g, (character) => `\\${character}`).replace(/[\r\n]+/g, ' ')
}

/** `::error file=…,line=…,col=…,title=<rule>::message`. */
export function githubLine(name: string, diagnostic: Diagnostic): string {
  const properties = [`file=${escapeProperty(name)}`]
  if (diagnostic.line !== undefined) properties.push(`line=${diagnostic.line}`, `col=${diagnostic.column ?? 1}`)
  properties.push(`title=${escapeProperty(diagnostic.ruleId)}`)
  return `::${commands[diagnostic.severity]} ${properties.join(',')}::${escapeData(diagnostic.message)}`
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
