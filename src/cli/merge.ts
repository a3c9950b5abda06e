/**
 * `ldpress merge`: combine the reports of a sharded run (`validate --shard
 * I/N` on N CI runners) into one.
 *
 * - ESLint-shaped JSON reports (`-f json`) are read back as findings and
 *   written in any format (`-f github` for annotations, `-f sarif`, …;
 *   default `json`), files in path order, so the merged report is the one a
 *   single run would have written.
 * - SARIF reports are merged as SARIF: one run, the rules of all, results
 *   unchanged (fingerprints kept) with their rule indexes renumbered.
 *
 * Exits 1 when the merged findings hold an error (or more warnings than
 * `--max-warnings`), so the merge step can gate the pipeline.
 */
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import type {Diagnostic, Severity} from '../types.js'
import type {Command, CommandContext} from './command.js'
import {CliError, IoError, UsageError} from './errors.js'
import {count, type FileReport, type Totals} from './report.js'
import {exitCode, openReports, writeAll, writeStepSummary} from './sinks.js'

/** The `merge` command. */
export const mergeCommand: Command = {
  name: 'merge',
  summary: 'Combine the JSON or SARIF reports of sharded validate runs into one',
  usage: ['merge <report.json>... [--format NAME [--output FILE]]... [--max-warnings N]', 'merge <report.sarif>... [--output FILE]'],
  description:
    'Reads the reports that `ldpress validate --shard I/N -f json` (or -f sarif) wrote on N runners and writes one ' +
    'report, as if a single run had checked every file. JSON reports can be written in any format (default json: ' +
    'github for annotations, sarif, junit, stylish…); SARIF reports are merged into one SARIF run. Exits 1 when the ' +
    'merged report holds an error.',
  examples: ['merge shard-*.json -f github', 'merge shard-1.json shard-2.json -f json -o report.json -f sarif -o report.sarif', 'merge shard-*.sarif -o ldpress.sarif'],
  run: runMerge
}

async function runMerge({io, operands, options}: CommandContext): Promise<number> {
  if (operands.length === 0) throw new UsageError("merge needs the report files of the shards (see 'ldpress merge --help')")
  const documents: Array<{name: string; value: unknown}> = []
  for (const name of operands) documents.push({name, value: await readReport(name, io.cwd)})
  const kinds = new Set(documents.map(({name, value}) => kindOf(name, value)))
  if (kinds.size > 1) throw new UsageError('merge: the reports mix ESLint JSON and SARIF; merge each kind on its own')
  if (kinds.has('sarif')) return mergeSarif(documents, {io, operands, options})

  const reports = new Map<string, FileReport>()
  for (const {value} of documents) {
    for (const result of value as EslintResult[]) {
      if (reports.has(result.filePath)) throw new CliError(`merge: ${result.filePath} is in two reports (was the same shard given twice?)`)
      reports.set(result.filePath, {name: result.filePath, diagnostics: result.messages.map(toDiagnostic)})
    }
  }
  // Without -f, merge writes the kind it read: JSON (to standard output or -o FILE).
  const requests = options.reports.length > 0 ? options.reports.map((request) => ({format: 'json' as const, ...request})) : [{format: 'json' as const}]
  const sinks = await openReports(requests, io)
  let totals: Totals = {errors: 0, warnings: 0, files: 0}
  try {
    await writeAll(sinks, (formatter) => formatter.start())
    let index = 0
    for (const name of [...reports.keys()].sort()) {
      const report = reports.get(name)!
      totals = count(totals, report.diagnostics)
      const fileIndex = index++
      await writeAll(sinks, (formatter) => formatter.file(report, fileIndex))
    }
    await writeAll(sinks, (formatter) => formatter.end(totals))
  } finally {
    await Promise.all(sinks.map((sink) => sink.sink.close()))
  }
  await writeStepSummary(sinks, totals, io)
  return exitCode(totals, options.maxWarnings, io)
}

/** One file of an ESLint JSON report, as `validate -f json` writes it. */
interface EslintResult {
  filePath: string
  messages: Array<{ruleId: string; severity: 1 | 2; message: string; line?: number; column?: number; path?: string}>
}

function toDiagnostic(message: EslintResult['messages'][number]): Diagnostic {
  return {
    ruleId: message.ruleId,
    severity: message.severity === 2 ? 'error' : 'warning',
    message: message.message,
    ...(message.path === undefined ? {} : {path: message.path}),
    ...(message.line === undefined ? {} : {line: message.line, column: message.column ?? 1}),
    source: message.ruleId.slice(0, Math.max(0, message.ruleId.indexOf('/')))
  }
}

async function readReport(name: string, cwd: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(resolve(cwd, name), 'utf8')
  } catch (error) {
    throw new IoError('read', name, error)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new CliError(`merge: ${name} is not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}

/** `json` for an ESLint result array, `sarif` for a SARIF 2.1.0 log; anything else is refused. */
function kindOf(name: string, value: unknown): 'json' | 'sarif' {
  if (Array.isArray(value) && value.every(isEslintResult)) return 'json'
  if (isSarif(value)) return 'sarif'
  throw new CliError(`merge: ${name} is neither an ldpress JSON report (-f json) nor a SARIF 2.1.0 log (-f sarif)`)
}

function isEslintResult(value: unknown): value is EslintResult {
  if (value === null || typeof value !== 'object') return false
  const result = value as Partial<EslintResult>
  return typeof result.filePath === 'string' && Array.isArray(result.messages) &&
    result.messages.every((m) => m !== null && typeof m === 'object' && typeof m.ruleId === 'string' && (m.severity === 1 || m.severity === 2) && typeof m.message === 'string')
}

interface SarifRule {
  id: string
  [key: string]: unknown
}
interface SarifRun {
  tool: {driver: {rules?: SarifRule[]; [key: string]: unknown}}
  results?: Array<{ruleId?: string; ruleIndex?: number; level?: string; [key: string]: unknown}>
  [key: string]: unknown
}
interface SarifLog {
  $schema?: string
  version: '2.1.0'
  runs: SarifRun[]
}

function isSarif(value: unknown): value is SarifLog {
  if (value === null || typeof value !== 'object') return false
  const log = value as Partial<SarifLog>
  return log.version === '2.1.0' && Array.isArray(log.runs) && log.runs.every((run) => run !== null && typeof run === 'object' && typeof run.tool?.driver === 'object')
}

const sarifLevels: Record<string, Severity | undefined> = {error: 'error', warning: 'warning', note: 'info'}

/** One SARIF log of every run's results; rules are the union (first definition wins), indexes renumbered. */
async function mergeSarif(documents: ReadonlyArray<{name: string; value: unknown}>, {io, options}: CommandContext): Promise<number> {
  if (options.reports.some((request) => request.format !== undefined && request.format !== 'sarif')) {
    throw new UsageError('merge: SARIF reports merge into SARIF only (write the shards with -f json to get other formats)')
  }
  const logs = documents.map(({value}) => value as SarifLog)
  const rules: SarifRule[] = []
  const ruleIndex = new Map<string, number>()
  const results: NonNullable<SarifRun['results']> = []
  let totals: Totals = {errors: 0, warnings: 0, files: 0}
  for (const run of logs.flatMap((log) => log.runs)) {
    for (const rule of run.tool.driver.rules ?? []) {
      if (!ruleIndex.has(rule.id)) {
        ruleIndex.set(rule.id, rules.length)
        rules.push(rule)
      }
    }
    for (const result of run.results ?? []) {
      const renumbered = result.ruleId !== undefined && ruleIndex.has(result.ruleId) ? {...result, ruleIndex: ruleIndex.get(result.ruleId)!} : result
      results.push(renumbered)
      const severity = sarifLevels[result.level ?? 'warning']
      if (severity !== undefined) totals = count(totals, [{severity} as Diagnostic])
    }
  }
  // A single run lists files in path order and rules in the order results first use them: so does the merge.
  const uriOf = (result: (typeof results)[number]) =>
    String((result.locations as Array<{physicalLocation?: {artifactLocation?: {uri?: string}}}> | undefined)?.[0]?.physicalLocation?.artifactLocation?.uri ?? '')
  results.sort((a, b) => (uriOf(a) < uriOf(b) ? -1 : uriOf(a) > uriOf(b) ? 1 : 0))
  const used = [...new Set(results.flatMap((result) => (result.ruleId === undefined ? [] : [result.ruleId])))]
  const ordered = [...used.map((id) => rules[ruleIndex.get(id)!]!).filter(Boolean), ...rules.filter((rule) => !used.includes(rule.id))]
  rules.splice(0, rules.length, ...ordered)
  ruleIndex.clear()
  rules.forEach((rule, index) => ruleIndex.set(rule.id, index))
  for (const [index, result] of results.entries()) {
    if (result.ruleId !== undefined && ruleIndex.has(result.ruleId)) results[index] = {...result, ruleIndex: ruleIndex.get(result.ruleId)!}
  }
  const [first] = logs
  const run: SarifRun = {...first!.runs[0]!, results, tool: {...first!.runs[0]!.tool, driver: {...first!.runs[0]!.tool.driver, rules}}}
  const merged: SarifLog = {...(first!.$schema === undefined ? {} : {$schema: first!.$schema}), version: '2.1.0', runs: [run]}
  const output = options.reports.find((request) => request.output !== undefined)?.output
  const sinks = await openReports(output === undefined ? [] : [{output}], io)
  try {
    for (const {sink} of sinks) await sink.write(`${JSON.stringify(merged)}\n`)
  } finally {
    await Promise.all(sinks.map((sink) => sink.sink.close()))
  }
  return exitCode(totals, options.maxWarnings, io)
}
