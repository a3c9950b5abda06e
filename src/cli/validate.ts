/**
 * `ldpress validate`: check the structured data of pages (JSON-LD,
 * microdata, RDFa) and of JSON-LD files, report findings in one or more
 * formats (each to standard output or its own file, written as files are
 * done), and exit 1 when any is an error or warnings exceed
 * `--max-warnings`.
 */
import type {ReportRequest} from './args.js'
import type {Command, CommandContext} from './command.js'
import {applyRuleSeverities, ConfigError} from './config.js'
import {UsageError} from './errors.js'
import {formatNames, type FormatName} from './flags.js'
import {loadLibrary, loadReportLibrary} from './library.js'
import {defaultJobs, runAll} from './pool.js'
import {count, inSourceOrder, shownSeverities, type Totals} from './report.js'
import {progress} from './progress.js'
import {limitsOf, startSession} from './session.js'
import {exitCode, openReports, writeAll, writeStepSummary} from './sinks.js'

/** Extensions picked up when a folder is walked. */
const validatedExtensions = ['.html', '.htm', '.json', '.jsonld']


/** The `validate` command. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check JSON-LD, microdata and RDFa on pages and in .jsonld files',
  usage: ['validate <file|dir|->... [--profile NAME] [--format NAME [--output FILE]]... [--quiet] [--max-warnings N]'],
  description:
    'Checks every structured-data block of .html/.htm pages, and .json/.jsonld documents, against the schema.org ' +
    'vocabulary, Google\'s Article guidelines and ldpress\'s own rules. Folders are walked for those files ' +
    '(skipping node_modules and dot-folders). Prints the findings per file and a summary; --format may be given ' +
    'several times, each followed by --output FILE to write that report to a file. Exits 1 when any finding is an ' +
    'error, or when there are more warnings than --max-warnings allows.',
  examples: [
    'validate public/',
    'validate article.jsonld --profile schema.org',
    'validate public/ --format github --format sarif -o ldpress.sarif',
    'validate public/ -f json -o report.json -f junit -o junit.xml --max-warnings 0',
    'validate public/ -f html -o report.html'
  ],
  run: runValidate
}

/** `validate` (and `report`, which is `validate` with other default reports). */
export async function runValidate({io, operands, options}: CommandContext): Promise<number> {
  if (operands.length === 0) {
    throw new UsageError("validate needs at least one file or folder, or '-' for standard input (see 'ldpress validate --help')")
  }
  if (options.quiet && options.verbose) throw new UsageError('--quiet and --verbose cannot be combined')
  const {config, configPath, inputs} = await startSession(io, operands, options, validatedExtensions)
  const profiles = options.profile ?? config.profiles
  const maxWarnings = options.maxWarnings ?? config.maxWarnings
  const shown = shownSeverities(options)
  const reports = await openReports(withConfigFormat(options.reports, config.format, configPath), io)
  let totals: Totals = {errors: 0, warnings: 0, files: 0}
  try {
    await writeAll(reports, (formatter) => formatter.start())
    let index = 0
    const jobs = options.jobs ?? defaultJobs()
    const meter = progress(io, inputs.length, {quiet: options.quiet})
    // A format that draws pages (html) needs each page's graph and source lines: read in the job, where the page is.
    const details = reports.some((report) => report.formatter.pages === true)
    const job = {kind: 'validate' as const, profiles, limits: limitsOf(options, config), ...(details ? {details} : {})}
    for await (const {input, result} of runAll(inputs, {jobs, job, io, loadLibrary: details ? loadReportLibrary : loadLibrary})) {
      const diagnostics = applyRuleSeverities(result.kind === 'validate' ? result.diagnostics : [], config.rules)
      totals = count(totals, diagnostics)
      const reported = inSourceOrder(diagnostics.filter((diagnostic) => shown.has(diagnostic.severity)))
      const page = result.kind === 'validate' ? result.page : undefined
      // One index per file, whatever the number of reports (each formatter is called with the same one).
      const fileIndex = index++
      await writeAll(reports, (formatter) => formatter.file({name: input.name, diagnostics: reported, ...(page ? {page} : {})}, fileIndex))
      meter.tick()
    }
    meter.done()
    await writeAll(reports, (formatter) => formatter.end(totals))
  } finally {
    await Promise.all(reports.map((report) => report.sink.close()))
  }
  await writeStepSummary(reports, totals, io)
  return exitCode(totals, maxWarnings, io)
}

/** The config's `format` when the command line names none (checked here: the loader does not know the formats). */
function withConfigFormat(requests: readonly ReportRequest[], format: string | undefined, configPath: string | undefined): ReportRequest[] {
  if (format === undefined || requests.some((request) => request.format !== undefined)) return [...requests]
  if (!(formatNames as readonly string[]).includes(format)) {
    throw new ConfigError(`${configPath ?? 'config'}: "format": unknown format '${format}' (expected ${formatNames.join(', ')})`)
  }
  const [first] = requests
  return [{format: format as FormatName, ...(first?.output === undefined ? {} : {output: first.output})}]
}
