/**
 * The shape of a command: its help text and what it does.
 */
import type {Options} from './args.js'
import type {CommandName} from './flags.js'
import type {Io} from './io.js'

/** What a command runs with. */
export interface CommandContext {
  io: Io
  /** Operands after the command name. */
  operands: string[]
  options: Options
}

/** One `ldpress <name>` command. */
export interface Command {
  name: CommandName
  /** The command takes the flags of this other one (`report` takes `validate`'s); by default its own. */
  flagsOf?: CommandName
  /** One line for the global help. */
  summary: string
  /** Usage lines, without the leading `ldpress `. */
  usage: readonly string[]
  /** A paragraph for the command's help. */
  description: string
  /** Example invocations, without the leading `ldpress `. */
  examples: readonly string[]
  /** Do the work; resolve to the exit status. Throws `CliError` for usage and I/O problems. */
  run(context: CommandContext): Promise<number>
}
