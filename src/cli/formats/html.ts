/**
 * `--format html`: one self-contained HTML file with a summary, each page's
 * findings with the source line, and a drawing of each page's graph (see
 * `src/report/`). Loaded only when asked for (`loadFormatter`), so the CLI
 * starts without it.
 *
 * The summary comes first in the file but is known last: each page's
 * section is rendered as soon as the page is done and kept as text (not its
 * findings or graph), and the document is written at the end. Unlike the
 * other formats it holds the report in memory until then.
 *
 * The numbers are the JSON report's: per page, errors, and every other
 * finding shown counted as a warning.
 */
import {createHash} from 'node:crypto'
import {pageSection, reportDocument, type HtmlOptions, type PageSummary, type RuleSummary} from '../../report/html.js'
import {reportScript, reportStyle} from '../../report/assets.js'
import type {Formatter} from '../report.js'
import {version} from '../version.js'
import {ruleUrl} from './docs.js'

/** The options every HTML document of the CLI is rendered with (CSP hashes of the inline style and script). */
export function htmlOptions(): HtmlOptions {
  const digest = (text: string) => createHash('sha256').update(text).digest('base64')
  return {ruleUrl, hashes: {style: digest(reportStyle), script: digest(reportScript)}, generator: `ldpress ${version}`}
}

/** The HTML formatter: asks for each page's graph (`pages`). */
export function html(): Formatter {
  const options = htmlOptions()
  const sections: string[] = []
  const pages: PageSummary[] = []
  const rules = new Map<string, RuleSummary>()
  return {
    pages: true,
    start: () => '',
    file(report, index) {
      const {html: section, summary} = pageSection({name: report.name, diagnostics: report.diagnostics, ...(report.page ? {data: report.page} : {})}, index, options)
      sections.push(section)
      pages.push(summary)
      for (const diagnostic of report.diagnostics) {
        const rule = rules.get(diagnostic.ruleId)
        if (rule) rule.count++
        else rules.set(diagnostic.ruleId, {ruleId: diagnostic.ruleId, severity: diagnostic.severity, count: 1, ...(diagnostic.url ? {url: diagnostic.url} : {})})
      }
      return ''
    },
    end: () => reportDocument(pages, sections, [...rules.values()], options)
  }
}
