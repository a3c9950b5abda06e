/**
 * argv → command, operands and typed options, through `util.parseArgs` and
 * the flag table. Every problem becomes a one-line `UsageError`.
 */
import {parseArgs} from 'node:util'
import {UsageError} from './errors.js'
import {appliesTo, flags, parseArgsOptions, type CommandName, type Flag} from './flags.js'
import {closest} from './suggest.js'

/** Options after parsing, keyed in camelCase. Absent string flags are `undefined`. */
export interface Options {
  url?: string
  pretty: boolean
  body: boolean
  explain: boolean
  outDir?: string
  profile?: string[]
  format?: string
  syntax?: string[]
  quiet: boolean
  verbose: boolean
  help: boolean
  version: boolean
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
  return {command, operands, options: toOptions(values), given}
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
  return {
    url: string('url'),
    pretty: bool('pretty'),
    body: bool('body'),
    explain: bool('explain'),
    outDir: string('out-dir'),
    profile: list.length > 0 ? list : undefined,
    format: string('format'),
    syntax: syntax.length > 0 ? syntax : undefined,
    quiet: bool('quiet'),
    verbose: bool('verbose'),
    help: bool('help'),
    version: bool('version')
  }
}
