/**
 * Where reports go: each requested format to standard output or its own
 * file, written as a stream while files are checked, then the GitHub step
 * summary and the exit status. Shared by `validate` and `merge`.
 */
import {once} from 'node:events'
import {appendFile, open} from 'node:fs/promises'
import {resolve} from 'node:path'
import type {Writable} from 'node:stream'
import {finished} from 'node:stream/promises'
import type {ReportRequest} from './args.js'
import {exitCodes, IoError} from './errors.js'
import {formatNames} from './flags.js'
import {loadFormatter, useColor} from './formats/index.js'
import type {Io} from './io.js'
import {plural, type Formatter, type Totals} from './report.js'

/** 1 for errors, or for more warnings than `--max-warnings` allows (said on stderr); else 0. */
export function exitCode(totals: Totals, maxWarnings: number | undefined, io: Io): number {
  if (totals.errors > 0) return exitCodes.findings
  if (maxWarnings !== undefined && totals.warnings > maxWarnings) {
    io.stderr.write(`ldpress: ${plural(totals.warnings, 'warning')}, more than --max-warnings ${maxWarnings} allows\n`)
    return exitCodes.findings
  }
  return exitCodes.ok
}

/** A format being written, and where to. */
export interface OpenReport {
  formatter: Formatter
  sink: Sink
}

/** Open every requested report's destination (files before any work, so a bad path fails fast). */
export async function openReports(requests: readonly ReportRequest[], io: Io): Promise<OpenReport[]> {
  const wanted = requests.length > 0 ? requests : [{}]
  const reports: OpenReport[] = []
  try {
    for (const request of wanted) {
      const factory = await loadFormatter(request.format ?? formatNames[0])
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

export async function writeAll(reports: readonly OpenReport[], text: (formatter: Formatter) => string): Promise<void> {
  for (const report of reports) await report.sink.write(text(report.formatter))
}

/** Append the GitHub step summary (of a `github` report) to `$GITHUB_STEP_SUMMARY`, when it is set. */
export async function writeStepSummary(reports: readonly OpenReport[], totals: Totals, io: Io): Promise<void> {
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
