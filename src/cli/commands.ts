/**
 * The command table: `main()` dispatches through it and `--help` lists it.
 */
import type {Command} from './command.js'
import {extractCommand} from './extract.js'
import {injectCommand} from './inject.js'
import {mergeCommand} from './merge.js'
import type {CommandName} from './flags.js'
import {readCommand} from './read.js'
import {reportCommand} from './report-command.js'
import {validateCommand} from './validate.js'

/** Every command, in help order. */
export const commands: readonly Command[] = [extractCommand, readCommand, validateCommand, reportCommand, injectCommand, mergeCommand]

/** The command called `name`, if there is one. */
export function findCommand(name: string): Command | undefined {
  return commands.find((command) => command.name === (name as CommandName))
}
