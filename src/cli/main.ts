/**
 * `ldpress` command line: parse, dispatch, turn known failures into one line
 * and an exit status. Streams come in through `io`, so tests run it
 * in-process; nothing here calls `process.exit()`.
 */
import {checkScope, parseCommandLine} from './args.js'
import {commands, findCommand} from './commands.js'
import {CliError, exitCodes, UsageError} from './errors.js'
import {commandHelp, globalHelp} from './help.js'
import type {Io} from './io.js'
import {closest} from './suggest.js'
import {version} from './version.js'

export type {Io, TextSink} from './io.js'

/**
 * Run `ldpress` with `argv` (arguments only, without node and script paths).
 * Resolves to the exit status: 0 ok, 1 error-level findings, 2 usage or I/O
 * error (reported as one `ldpress: …` line on `io.stderr`). Other errors are
 * bugs and are rethrown.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io)
  } catch (error) {
    if (!(error instanceof CliError)) throw error
    io.stderr.write(`ldpress: ${error.message}\n`)
    return error.exitCode
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const args = parseCommandLine(argv)
  if (args.options.version) {
    io.stdout.write(`${version}\n`)
    return exitCodes.ok
  }
  if (args.command === 'help') return helpFor(args.operands[0], io)
  if (args.command === undefined) {
    checkScope(args, undefined)
    if (args.options.help) return helpFor(undefined, io)
    io.stderr.write(globalHelp())
    return exitCodes.failure
  }
  const command = findCommand(args.command)
  if (!command) throw unknownCommand(args.command)
  if (args.options.help) return helpFor(command.name, io)
  checkScope(args, command.flagsOf ?? command.name)
  return command.run({io, operands: args.operands, options: args.options})
}

function helpFor(name: string | undefined, io: Io): number {
  if (name === undefined) {
    io.stdout.write(globalHelp())
    return exitCodes.ok
  }
  const command = findCommand(name)
  if (!command) throw unknownCommand(name)
  io.stdout.write(commandHelp(command))
  return exitCodes.ok
}

function unknownCommand(name: string): UsageError {
  const names = commands.map((command) => command.name)
  const guess = closest(name, names)
  const hint = guess ? `did you mean '${guess}'? ` : `commands: ${names.join(', ')}; `
  return new UsageError(`unknown command '${name}' (${hint}see 'ldpress --help')`)
}
