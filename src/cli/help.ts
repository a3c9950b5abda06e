/**
 * Help text, generated from the command table and the flag table.
 */
import type {Command} from './command.js'
import {commands} from './commands.js'
import {flagsFor, type Flag} from './flags.js'

const tagline = 'Turn news article HTML into schema.org NewsArticle JSON-LD; validate structured data.'
const exitStatus = 'Exit status: 0 ok, 1 error-level findings or too many warnings (validate, report), 2 usage or I/O error.'

/** `ldpress --help`. */
export function globalHelp(): string {
  const rows = commands.map((command): [string, string] => [command.name, command.summary])
  return [
    'Usage: ldpress <command> [options]',
    '',
    tagline,
    '',
    'Commands:',
    ...table(rows),
    '',
    'Options:',
    ...table(flagsFor(undefined).map(flagRow)),
    '',
    "Run 'ldpress <command> --help' for a command's options.",
    exitStatus,
    ''
  ].join('\n')
}

/** `ldpress <command> --help`. */
export function commandHelp(command: Command): string {
  const [first, ...rest] = command.usage
  return [
    `Usage: ldpress ${first}`,
    ...rest.map((usage) => `       ldpress ${usage}`),
    '',
    ...wrap(command.description, 78),
    '',
    'Options:',
    ...table(flagsFor(command.flagsOf ?? command.name).map(flagRow)),
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example.startsWith('curl') ? example : `ldpress ${example}`}`),
    '',
    exitStatus,
    ''
  ].join('\n')
}

function flagRow(flag: Flag): [string, string] {
  const names = `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ` ${flag.value}` : ''}`
  const choices = flag.choices ? ` (${flag.choices.join(', ')})` : ''
  const fallback = flag.default ? `; default: ${flag.default}` : ''
  return [names, `${flag.description}${choices}${fallback}`]
}

/** Two aligned columns, indented by two spaces. */
function table(rows: ReadonlyArray<[string, string]>): string[] {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`)
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}
