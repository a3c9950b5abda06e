/**
 * `ldpress read`: the structured data pages already carry (JSON-LD,
 * microdata, RDFa) as one JSON-LD document with the schema.org context and
 * every top-level node in `@graph`. Reading problems go to standard error.
 */
import type {Command, CommandContext} from './command.js'
import {limitsOf, startSession} from './session.js'
import {exitCodes, UsageError} from './errors.js'
import {readInput} from './inputs.js'
import {loadDocumentModule, loadReading} from './library.js'
import {inSourceOrder, shownSeverities, unixLine} from './report.js'

/** Extensions picked up when a folder is given. */
const htmlExtensions = ['.html', '.htm']

/** `--syntax` names → the library's block syntaxes. */
const syntaxes = {jsonld: 'json-ld', microdata: 'microdata', rdfa: 'rdfa'} as const

/** The `read` command. */
export const readCommand: Command = {
  name: 'read',
  summary: 'Print the JSON-LD, microdata and RDFa of pages as one JSON-LD document',
  usage: ['read <file|dir|->... [--syntax jsonld|microdata|rdfa]... [--pretty]'],
  description:
    'Reads the structured data already on HTML pages (a file, folders walked for .html/.htm files, or standard ' +
    'input for -) and prints it as one JSON-LD document: {"@context": "https://schema.org", "@graph": [...]}, ' +
    'with every top-level node of every page in @graph and schema.org types and properties as short names. ' +
    '--syntax keeps one syntax; repeat it to keep several. Problems met while reading (broken JSON, ' +
    'dangling itemrefs) are reported on standard error as file:line:column; the exit status is 1 when one of ' +
    'them is an error (a block could not be read), 0 otherwise.',
  examples: ['read article.html --pretty', 'read article.html --syntax microdata --syntax rdfa', 'curl -s https://news.example/story | ldpress read -'],
  run: runRead
}

async function runRead({io, operands, options}: CommandContext): Promise<number> {
  if (operands.length === 0) {
    throw new UsageError("read needs an input: a file or folder, or '-' for standard input (see 'ldpress read --help')")
  }
  if (options.quiet && options.verbose) throw new UsageError('--quiet and --verbose cannot be combined')
  const {inputs, config} = await startSession(io, operands, options, htmlExtensions)
  const limits = limitsOf(options, config)
  const [library, {toDocument}] = await Promise.all([loadReading(), loadDocumentModule()])
  // `--syntax` values were checked against the flag table's choices.
  const syntax = options.syntax?.map((name) => syntaxes[name as keyof typeof syntaxes])
  const shown = shownSeverities(options)
  const graph: unknown[] = []
  let errors = 0
  for (const input of inputs) {
    const result = library.read(await readInput(input, io), limits)
    for (const diagnostic of inSourceOrder(result.diagnostics)) {
      if (diagnostic.severity === 'error') errors++
      if (shown.has(diagnostic.severity)) io.stderr.write(`${unixLine(input.name, diagnostic)}\n`)
    }
    graph.push(...toDocument(result.blocks, syntax ? {syntax} : {})['@graph'])
  }
  const document = {'@context': 'https://schema.org', '@graph': graph}
  io.stdout.write(`${library.toJsonLd(document, {space: options.pretty ? 2 : undefined})}\n`)
  return errors > 0 ? exitCodes.findings : exitCodes.ok
}
