/**
 * `ldpress report`: `validate` with the HTML report as its default, written
 * to a file — the command for people rather than CI logs. It takes every
 * flag of `validate` and exits as `validate` does.
 */
import type {ReportRequest} from './args.js'
import type {Command, CommandContext} from './command.js'
import {runValidate} from './validate.js'

/** Where `ldpress report` writes when no `--output` is given. */
export const defaultReportFile = 'ldpress-report.html'

/** The `report` command. */
export const reportCommand: Command = {
  name: 'report',
  flagsOf: 'validate',
  summary: 'Write an HTML report: summary, findings and a drawing of each page\'s graph',
  usage: ['report <file|dir|->... [--output FILE] [validate options]', 'report <file|dir|->... -f html -o FILE [-f NAME -o FILE]...'],
  description:
    `Checks pages and JSON-LD documents as 'ldpress validate' does and writes one self-contained HTML file ` +
    `(${defaultReportFile}, or --output FILE): the totals and the most frequent rules, each page's findings with ` +
    'the source line they point at, and a drawing of each page\'s graph (its nodes and links, those with findings ' +
    'in colour; click or press Enter on a node to see its JSON). The file loads nothing from the network. Other ' +
    'formats can be added with --format NAME --output FILE. Exits as validate does.',
  examples: ['report public/', 'report public/ -o structured-data.html', 'report public/ -f html -o report.html -f json -o report.json'],
  run: runReport
}

async function runReport({io, operands, options}: CommandContext): Promise<number> {
  const reports = reportRequests(options.reports)
  const code = await runValidate({io, operands, options: {...options, reports}})
  for (const request of reports) {
    if (request.format === 'html' && request.output !== undefined) io.stderr.write(`ldpress: report written to ${request.output}\n`)
  }
  return code
}

/** `validate`'s report requests with html as the default format, to `defaultReportFile` when nothing is asked for. */
export function reportRequests(requests: readonly ReportRequest[]): ReportRequest[] {
  if (requests.length === 0) return [{format: 'html', output: defaultReportFile}]
  return requests.map((request) => (request.format === undefined ? {...request, format: 'html'} : request))
}
