/**
 * `ldpress validate`: check the structured data of pages (JSON-LD,
 * microdata, RDFa) and of JSON-LD files, report findings in one or more
 * formats (each to standard output or its own file, written as files are
 * done), and exit 1 when any is an error or warnings exceed
 * `--max-warnings`.
 */
import {once} from 'node:events'
import {appendFile, open} from 'node:fs/promises'
import {resolve} from 'node:path'
import type {Writable} from 'node:stream'
import {finished} from 'node:stream/promises'
import type {ReportRequest} from './args.js'
import type {Command, CommandContext} from './command.js'
import {applyRuleSeverities, ConfigError} from './config.js'
import {exitCodes, IoError, UsageError} from './errors.js'
import {formatNames, type FormatName} from './flags.js'
import {formatters, useColor} from './formats/index.js'
import type {Io} from './io.js'
import {loadLibrary} from './library.js'
import {checkAll, defaultJobs} from './pool.js'
import {count, inSourceOrder, plural, shownSeverities, type Formatter, type Totals} from './report.js'
import {startSession} from './session.js'

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
    'validate public/ -f json -o report.json -f junit -o junit.xml --max-warnings 0'
  ],
  run: runValidate
}

async function runValidate({io, operands, options}: CommandContext): Promise<number> {
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
    for await (const {input, diagnostics: found} of checkAll(inputs, {jobs, profiles, io, loadLibrary})) {
      const diagnostics = applyRuleSeverities(found, config.rules)
      totals = count(totals, diagnostics)
      const reported = inSourceOrder(diagnostics.filter((diagnostic) => shown.has(diagnostic.severity)))
      await writeAll(reports, (formatter) => formatter.file({name: input.name, diagnostics: reported}, index++))
    }
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

/** 1 for errors, or for more warnings than `--max-warnings` allows (said on stderr); else 0. */
function exitCode(totals: Totals, maxWarnings: number | undefined, io: Io): number {
  if (totals.errors > 0) return exitCodes.findings
  if (maxWarnings !== undefined && totals.warnings > maxWarnings) {
    io.stderr.write(`ldpress: ${plural(totals.warnings, 'warning')}, more than --max-warnings ${maxWarnings} allows\n`)
    return exitCodes.findings
  }
  return exitCodes.ok
}

/** A format being written, and where to. */
interface OpenReport {
  formatter: Formatter
  sink: Sink
}

/** Open every requested report's destination (files before any work, so a bad path fails fast). */
async function openReports(requests: readonly ReportRequest[], io: Io): Promise<OpenReport[]> {
  const wanted = requests.length > 0 ? requests : [{}]
  const reports: OpenReport[] = []
  try {
    for (const request of wanted) {
      const factory = formatters[request.format ?? formatNames[0]]
      if (request.output === undefined) {
        reports.push({formatter: factory({cwd: io.cwd, color: useColor(io.env ?? {}, io.stdout.isTTY === true)}), sink: textSink(io)})
      } else {
        reports.push({formatter: factory({cwd: io.cwd, color: false}), sink: await fileSink(resolve(io.cwd, request.output), request.output)})
      }
    }
  } catch (error) {
    await Promise.all(reports.map((report) => report.sink.close()))
    throw error
  }
  return reports
}

async function writeAll(reports: readonly OpenReport[], text: (formatter: Formatter) => string): Promise<void> {
  for (const report of reports) await report.sink.write(text(report.formatter))
}

/** Append the GitHub step summary (of a `github` report) to `$GITHUB_STEP_SUMMARY`, when it is set. */
async function writeStepSummary(reports: readonly OpenReport[], totals: Totals, io: Io): Promise<void> {
  const file = io.env?.GITHUB_STEP_SUMMARY
  const summary = reports.find((report) => report.formatter.summary)?.formatter.summary?.(totals)
  if (!file || summary === undefined) return
  try {
    await appendFile(resolve(io.cwd, file), summary)
  } catch (error) {
    throw new IoError('write', file, error)
  }
}

/** Where a report's text goes: written in order, with backpressure. */
interface Sink {
  write(text: string): Promise<void>
  close(): Promise<void>
}

function textSink(io: Io): Sink {
  return {
    write: async (text) => {
      if (text) io.stdout.write(text)
    },
    close: async () => {}
  }
}

/** A file written as a stream: each chunk is handed over at once, waiting only when the stream asks to (`drain`). */
async function fileSink(path: string, shown: string): Promise<Sink> {
  let stream: Writable
  try {
    stream = (await open(path, 'w')).createWriteStream()
  } catch (error) {
    throw new IoError('write', shown, error)
  }
  let closed = false
  let failure: unknown
  // Without a listener a late write error (disk full) would crash the process instead of becoming exit 2.
  stream.on('error', (error) => (failure ??= error))
  const failed = (error: unknown) => new IoError('write', shown, error)
  return {
    async write(text) {
      if (failure !== undefined) throw failed(failure)
      if (!text) return
      try {
        if (!stream.write(text)) await once(stream, 'drain')
      } catch (error) {
        throw failed(error)
      }
    },
    async close() {
      if (closed) return
      closed = true
      stream.end()
      try {
        await finished(stream)
      } catch (error) {
        throw failed(error)
      }
    }
  }
}
