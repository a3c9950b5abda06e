/**
 * `ldpress extract`: article HTML → JSON-LD, printed or written per input.
 * Extraction findings go to standard error; they never fail the command
 * (use `ldpress validate` to gate on them).
 */
import type {Command, CommandContext} from './command.js'
import type {EntitiesOptions} from '../entities/types.js'
import type {LimitOptions} from '../limits.js'
import {isBaseUrl, urlFor} from './config.js'
import {entitiesOption} from './entities-option.js'
import {limitsOf, startSession} from './session.js'
import {exitCodes, UsageError} from './errors.js'
import {readInput, type Input} from './inputs.js'
import {loadExtraction, type Extraction} from './library.js'
import {planOutputs, writeFileAtomic} from './output.js'
import {heapGovernor} from './heap.js'
import {formatExplanation, inSourceOrder, shownSeverities, unixLine} from './report.js'

/** Extensions picked up when a folder is given with `--out-dir`. */
const htmlExtensions = ['.html', '.htm']

/** The `extract` command. */
export const extractCommand: Command = {
  name: 'extract',
  summary: 'Print the schema.org NewsArticle JSON-LD of an article page',
  usage: ['extract <file|-> [--url URL] [--pretty] [--body] [--explain]', 'extract <file|-> --format html > page.html', 'extract <file|dir|->... --out-dir DIR'],
  description:
    'Reads article HTML (a file, or standard input for -) and prints its linked NewsArticle graph as JSON-LD. ' +
    'With --out-dir, writes <name>.jsonld for each input (folders are walked for .html/.htm files). ' +
    'With --format html, prints an HTML page instead: a drawing of the graph (click a node for its JSON) and, for ' +
    'each field, the rule that chose it and the source line. ' +
    'Problems found on the page are reported on standard error; the exit status is 0 all the same.',
  examples: [
    'extract article.html --url https://news.example/world/story --pretty',
    'curl -s https://news.example/story | ldpress extract - --url https://news.example/story',
    'extract public/ --out-dir jsonld/',
    'extract article.html --url https://news.example/world/story --format html > story.html'
  ],
  run: runExtract
}

async function runExtract({io, operands, options}: CommandContext): Promise<number> {
  checkOptions(operands, options)
  const {inputs, config} = await startSession(io, operands, options, htmlExtensions)
  const baseUrl = checkBaseUrl(options.baseUrl ?? config.baseUrl)
  if (options.outDir === undefined && inputs.length !== 1) {
    throw new UsageError(`extract prints one document, but ${inputs.length} inputs were given (use --out-dir DIR for several)`)
  }
  if (options.url !== undefined && inputs.length > 1) {
    throw new UsageError('--url names one page, but several inputs were given')
  }
  const library = await loadExtraction()
  const entities = await entitiesOption(options, io.cwd)
  const limits = limitsOf(options, config)
  const extractOne = (input: Input) => extractInput(library, input, {io, operands, options}, pageUrl(input, options.url, baseUrl, io.cwd), entities, limits)
  if (options.outDir === undefined) {
    const [input] = inputs
    if (input) io.stdout.write(await extractOne(input))
    return exitCodes.ok
  }
  const heap = heapGovernor(inputs.length)
  for (const plan of planOutputs(inputs, options.outDir, io.cwd)) {
    await writeFileAtomic(plan.target, await extractOne(plan.input), plan.shown)
    if (!options.quiet) io.stdout.write(`${plan.shown}\n`)
    heap.tick()
  }
  return exitCodes.ok
}

function checkOptions(operands: readonly string[], options: CommandContext['options']): void {
  if (operands.length === 0) {
    throw new UsageError("extract needs an input: a file, or '-' for standard input (see 'ldpress extract --help')")
  }
  if (options.quiet && options.verbose) throw new UsageError('--quiet and --verbose cannot be combined')
  if (options.url !== undefined && !URL.canParse(options.url)) {
    throw new UsageError(`--url '${options.url}' is not an absolute URL`)
  }
  const formats = options.reports.map((request) => request.format)
  if (formats.some((format) => format !== 'html') || formats.length > 1) {
    throw new UsageError("extract --format takes 'html' once (the default output is the JSON-LD)")
  }
  if (formats.length > 0 && options.outDir !== undefined) throw new UsageError('extract --format html prints one page; it cannot be combined with --out-dir')
}

/** Extract one input, report its findings on stderr, and return the JSON-LD text (with a final newline). */
async function extractInput(
  library: Extraction,
  input: Input,
  {io, options}: CommandContext,
  url: string | undefined,
  entities: false | EntitiesOptions,
  limits: LimitOptions
): Promise<string> {
  const bytes = await readInput(input, io)
  const result = library.extract(bytes, {...(url === undefined ? {} : {url}), body: options.body, explain: options.explain, entities, ...limits})
  const shown = shownSeverities(options)
  for (const diagnostic of inSourceOrder(result.diagnostics)) {
    if (shown.has(diagnostic.severity)) io.stderr.write(`${unixLine(input.name, diagnostic)}\n`)
  }
  if (result.explanation) io.stderr.write(formatExplanation(input.name, result.explanation))
  if (options.reports.length > 0) {
    const {extractionHtml} = await import('./extract-html.js')
    return extractionHtml(input.name, bytes, result, shown, url)
  }
  return `${library.toJsonLd(result.graph, {space: options.pretty ? 2 : undefined})}\n`
}

/** `--base-url` (or the config's `baseUrl`): an absolute http(s) URL of a folder. */
export function checkBaseUrl(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined) return undefined
  if (!isBaseUrl(baseUrl)) throw new UsageError(`--base-url '${baseUrl}' must be an absolute http(s) URL ending with '/'`)
  return baseUrl
}

/** The page's URL: `--url`, else the file's place under `--base-url`, else none. */
export function pageUrl(input: Input, url: string | undefined, baseUrl: string | undefined, cwd: string): string | undefined {
  if (url !== undefined) return url
  if (baseUrl === undefined || input.path === undefined) return undefined
  return urlFor(input.path, {cwd, baseUrl, ...(input.base === undefined ? {} : {root: input.base})})
}
