/**
 * argv → command, operands and typed options, through `util.parseArgs` and
 * the flag table. Every problem becomes a one-line `UsageError`.
 */
import {parseArgs} from 'node:util'
import {UsageError} from './errors.js'
import {appliesTo, flags, parseArgsOptions, type CommandName, type Flag, type FormatName} from './flags.js'
import {closest} from './suggest.js'

/** Options after parsing, keyed in camelCase. Absent string flags are `undefined`. */
export interface Options {
  url?: string
  pretty: boolean
  body: boolean
  explain: boolean
  outDir?: string
  profile?: string[]
  /**
   * `--format`/`--output` pairs in command-line order: an `--output` belongs
   * to the `--format` before it. Empty when neither was given; `format` is
   * left out when only `--output` was given (the default format then).
   */
  reports: ReportRequest[]
  /** `--max-warnings N`. */
  maxWarnings?: number
  syntax?: string[]
  /** `inject --existing`. */
  existing?: string
  /** `--no-entities`. */
  noEntities: boolean
  entitiesFile?: string
  entitiesMax?: number
  entitiesMinScore?: number
  allPages: boolean
  check: boolean
  dryRun: boolean
  /** `--max-bytes N`. */
  maxBytes?: number
  /** `--max-depth N`. */
  maxDepth?: number
  /** `--max-jsonld-blocks N`. */
  maxJsonLdBlocks?: number
  /** `--time-budget MS`. */
  timeBudgetMs?: number
  /** `inject --follow-symlinks`: write through links that leave the folders given. */
  followSymlinks: boolean
  baseUrl?: string
  ignore?: string[]
  stdinFilename?: string
  config?: string
  /** `--jobs N`, N ≥ 1. */
  jobs?: number
  /** `--shard I/N`: 1 ≤ index ≤ count. */
  shard?: {index: number; count: number}
  quiet: boolean
  verbose: boolean
  help: boolean
  version: boolean
}

/** One requested report: a format, and the file it goes to (standard output when absent). */
export interface ReportRequest {
  format?: FormatName
  output?: string
}

/** The parsed command line. */
export interface ParsedArgs {
  /** First operand, when there is one (not yet checked against the command table). */
  command?: string
  /** Operands after the command. */
  operands: string[]
  options: Options
  /** Long names of the flags that were given, in order, without repeats. */
  given: string[]
}

type RawValues = Record<string, string | boolean | Array<string | boolean> | undefined>

/** Parse `argv` (without the node and script paths). Throws `UsageError`. */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const {values, positionals, tokens} = runParseArgs(argv)
  const given = [...new Set(tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : [])))]
  checkChoices(values)
  const [command, ...operands] = positionals
  const options = toOptions(values)
  options.reports = pairReports(tokens)
  return {command, operands, options, given}
}

type Token = ReturnType<typeof runParseArgs>['tokens'][number]

/**
 * Pair each `--output` with the `--format` before it (ESLint-like
 * `-f json -o a.json -f sarif -o b.sarif`). A lone `--output` with no
 * `--format` at all is the default format's file. Throws on an `--output`
 * that belongs to no format or to one that already has a file, on two
 * formats left on standard output, and on one file named twice.
 */
function pairReports(tokens: readonly Token[]): ReportRequest[] {
  const reports: ReportRequest[] = []
  const anyFormat = tokens.some((token) => token.kind === 'option' && token.name === 'format')
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue
    if (token.name === 'format') reports.push({format: token.value as FormatName})
    if (token.name !== 'output') continue
    const last = reports.at(-1)
    if (last === undefined && !anyFormat) reports.push({output: token.value})
    else if (last === undefined) throw new UsageError(`--output '${token.value}' comes before any --format (write --format NAME --output FILE)`)
    else if (last.output !== undefined) {
      const owner = last.format === undefined ? 'the default format' : `--format ${last.format}`
      throw new UsageError(`--output '${token.value}': ${owner} already writes to '${last.output}'`)
    }
    else last.output = token.value
  }
  const toStdout = reports.filter((report) => report.output === undefined)
  if (toStdout.length > 1) {
    throw new UsageError(`only one format can go to standard output, but ${toStdout.map((report) => report.format).join(' and ')} have no --output FILE`)
  }
  const files = reports.flatMap((report) => (report.output === undefined ? [] : [report.output]))
  const twice = files.find((file, index) => files.indexOf(file) !== index)
  if (twice !== undefined) throw new UsageError(`--output '${twice}' is given for two formats`)
  return reports
}

/** Throw when a given flag does not belong to `command`. */
export function checkScope(args: ParsedArgs, command: CommandName | undefined): void {
  for (const name of args.given) {
    const flag = flags.find((candidate) => candidate.name === name)
    if (flag && !appliesTo(flag, command)) {
      const where = command ? `'${command}'` : 'ldpress without a command'
      const help = command ? `ldpress ${command} --help` : 'ldpress --help'
      throw new UsageError(`option '--${name}' does not apply to ${where} (see '${help}')`)
    }
  }
}

function runParseArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: parseArgsOptions(),
      allowPositionals: true,
      strict: true,
      tokens: true
    })
  } catch (error) {
    throw toUsageError(error)
  }
}

/** Turn `util.parseArgs`'s multi-sentence errors into one short line. */
function toUsageError(error: unknown): UsageError {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined
  const message = error instanceof Error ? error.message : String(error)
  const option = /'(?:-\w, )?(--?[^' ]+)/.exec(message)?.[1] ?? '?'
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const guess = option.startsWith('--') ? closest(option.slice(2), flags.map((flag) => flag.name)) : undefined
    const hint = guess ? `did you mean '--${guess}'? ` : ''
    return new UsageError(`unknown option '${option}' (${hint}see 'ldpress --help')`)
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const takesValue = flags.find((flag) => `--${flag.name}` === option)?.type === 'string'
    return new UsageError(takesValue ? `option '${option}' needs a value` : `option '${option}' takes no value`)
  }
  return new UsageError(message.split('. ')[0] ?? message)
}

function checkChoices(values: RawValues): void {
  for (const flag of flags) {
    if (!flag.choices) continue
    for (const value of asList(values[flag.name])) {
      if (!flag.choices.includes(String(value))) throw invalidChoice(flag, String(value))
    }
  }
}

function invalidChoice(flag: Flag, value: string): UsageError {
  const guess = closest(value, flag.choices ?? [])
  const hint = guess ? `; did you mean '${guess}'?` : ''
  return new UsageError(`invalid value '${value}' for --${flag.name} (expected ${flag.choices?.join(', ')}${hint})`)
}

function asList(value: RawValues[string]): Array<string | boolean> {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

function toOptions(values: RawValues): Options {
  const string = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)
  const bool = (name: string) => values[name] === true
  const list = asList(values.profile).map(String)
  const syntax = asList(values.syntax).map(String)
  const maxWarnings = string('max-warnings')
  if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
    throw new UsageError(`--max-warnings needs a whole number of warnings, not '${maxWarnings}'`)
  }
  const jobs = string('jobs')
  if (jobs !== undefined && !/^[1-9]\d{0,3}$/.test(jobs)) throw new UsageError(`--jobs needs a number of workers from 1, not '${jobs}'`)
  const shard = parseShard(string('shard'))
  const ignore = asList(values.ignore).map(String)
  return {
    url: string('url'),
    pretty: bool('pretty'),
    body: bool('body'),
    explain: bool('explain'),
    outDir: string('out-dir'),
    profile: list.length > 0 ? list : undefined,
    reports: [],
    ...(maxWarnings === undefined ? {} : {maxWarnings: Number(maxWarnings)}),
    syntax: syntax.length > 0 ? syntax : undefined,
    existing: string('existing'),
    noEntities: bool('no-entities'),
    entitiesFile: string('entities-file'),
    ...numberOption('entities-max', string('entities-max'), /^[1-9]\d{0,3}$/, 'entitiesMax'),
    ...numberOption('entities-min-score', string('entities-min-score'), /^\d+(?:\.\d+)?$/, 'entitiesMinScore'),
    ...numberOption('max-bytes', string('max-bytes'), /^\d{1,15}$/, 'maxBytes'),
    ...numberOption('max-depth', string('max-depth'), /^\d{1,15}$/, 'maxDepth'),
    ...numberOption('max-jsonld-blocks', string('max-jsonld-blocks'), /^\d{1,15}$/, 'maxJsonLdBlocks'),
    ...numberOption('time-budget', string('time-budget'), /^\d{1,15}(?:\.\d+)?$/, 'timeBudgetMs'),
    allPages: bool('all-pages'),
    check: bool('check'),
    dryRun: bool('dry-run'),
    followSymlinks: bool('follow-symlinks'),
    baseUrl: string('base-url'),
    ignore: ignore.length > 0 ? ignore : undefined,
    stdinFilename: string('stdin-filename'),
    config: string('config'),
    ...(jobs === undefined ? {} : {jobs: Number(jobs)}),
    ...(shard === undefined ? {} : {shard}),
    quiet: bool('quiet'),
    verbose: bool('verbose'),
    help: bool('help'),
    version: bool('version')
  }
}

/** `I/N` with 1 ≤ I ≤ N. */
function parseShard(text: string | undefined): Options['shard'] {
  if (text === undefined) return undefined
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (match === null || index < 1 || count < 1 || index > count) {
    throw new UsageError(`--shard needs I/N with 1 ≤ I ≤ N (e.g. 2/4), not '${text}'`)
  }
  return {index, count}
}

/** `{[key]: Number(text)}` when the flag was given and `pattern` fits; a usage error when it does not. */
function numberOption<K extends 'entitiesMax' | 'entitiesMinScore' | 'maxBytes' | 'maxDepth' | 'maxJsonLdBlocks' | 'timeBudgetMs'>(
  flag: string,
  text: string | undefined,
  pattern: RegExp,
  key: K
): Partial<Record<K, number>> {
  if (text === undefined) return {}
  if (!pattern.test(text)) throw new UsageError(`--${flag} needs a number, not '${text}'`)
  return {[key]: Number(text)} as Partial<Record<K, number>>
}
