/**
 * `--format unix`: `file:line:column severity message rule-id`, one finding
 * a line, then a summary line. Easy to grep and to read by editors.
 */
import {summaryLine, unixLine, type Formatter} from '../report.js'

/** The unix formatter (stateless). */
export function unix(): Formatter {
  return {
    start: () => '',
    file: (report) => report.diagnostics.map((diagnostic) => `${unixLine(report.name, diagnostic)}\n`).join(''),
    end: (totals) => `${summaryLine(totals)}\n`
  }
}
