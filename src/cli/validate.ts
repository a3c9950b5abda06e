/**
 * `ldpress validate`: check the structured data of pages (JSON-LD,
 * microdata, RDFa) and of JSON-LD files, print findings, and exit 1 when any
 * is an error.
 */
import type {ValidateOptions} from '../index.js'
import type {Diagnostic} from '../types.js'
import type {Command, CommandContext} from './command.js'
import {exitCodes, UsageError} from './errors.js'
import type {FormatName} from './flags.js'
import {collectInputs, readInput, type Input} from './inputs.js'
import {loadLibrary, type Library} from './library.js'
import {count, formatters, inSourceOrder, shownSeverities, type Totals} from './report.js'

/** Extensions picked up when a folder is walked. */
const validatedExtensions = ['.html', '.htm', '.json', '.jsonld']

/** Extensions read as JSON text; anything else explicitly given is sniffed. */
const jsonExtensions = ['.json', '.jsonld']
const htmlExtensions = ['.html', '.htm']

/** The `validate` command. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check JSON-LD, microdata and RDFa on pages and in .jsonld files',
  usage: ['validate <file|dir|->... [--profile NAME] [--format NAME] [--quiet]'],
  description:
    'Checks every structured-data block of .html/.htm pages, and .json/.jsonld documents, against the schema.org ' +
    'vocabulary, Google\'s Article guidelines and ldpress\'s own rules. Folders are walked for those files ' +
    '(skipping node_modules and dot-folders). Prints file:line:column findings and a summary; exits 1 when any ' +
    'finding is an error.',
  examples: ['validate public/', 'validate article.jsonld --profile schema.org', 'validate public/ --format github'],
  run: runValidate
}

async function runValidate({io, operands, options}: CommandContext): Promise<number> {
  if (operands.length === 0) {
    throw new UsageError("validate needs at least one file or folder, or '-' for standard input (see 'ldpress validate --help')")
  }
  if (options.quiet && options.verbose) throw new UsageError('--quiet and --verbose cannot be combined')
  const inputs = await collectInputs(operands, io.cwd, validatedExtensions)
  const library = await loadLibrary()
  // `--format` was checked against the flag table's choices.
  const formatter = formatters[(options.format ?? 'unix') as FormatName]
  const shown = shownSeverities(options)
  let totals: Totals = {errors: 0, warnings: 0, files: 0}
  io.stdout.write(formatter.start())
  for (const [index, input] of inputs.entries()) {
    const diagnostics = await validateInput(library, input, io, options.profile)
    totals = count(totals, diagnostics)
    const reported = inSourceOrder(diagnostics.filter((diagnostic) => shown.has(diagnostic.severity)))
    io.stdout.write(formatter.file({name: input.name, diagnostics: reported}, index))
  }
  io.stdout.write(formatter.end(totals))
  return totals.errors > 0 ? exitCodes.findings : exitCodes.ok
}

async function validateInput(library: Library, input: Input, io: CommandContext['io'], profiles: string[] | undefined): Promise<Diagnostic[]> {
  const bytes = await readInput(input, io)
  // `--profile` values were checked against the flag table's choices, which are the library's profile names.
  const options: ValidateOptions = profiles === undefined ? {} : {profiles: profiles as NonNullable<ValidateOptions['profiles']>}
  if (isJson(input, bytes)) return library.validate(new TextDecoder().decode(bytes), options).diagnostics
  return library.validateHtml(bytes, options).diagnostics
}

/** JSON by extension; for other names (and stdin), JSON when the first non-blank character opens an object or array. */
function isJson(input: Input, bytes: Uint8Array): boolean {
  const name = input.name.toLowerCase()
  if (jsonExtensions.some((extension) => name.endsWith(extension))) return true
  if (htmlExtensions.some((extension) => name.endsWith(extension))) return false
  const start = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart()
  return start.startsWith('{') || start.startsWith('[')
}
