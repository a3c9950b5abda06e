/**
 * `ldpress inject`: the build step. Extract each page's graph and write it
 * into the page's `<head>` as `<script type="application/ld+json"
 * data-ldpress>`, byte for byte and atomically; `--check` only says which
 * pages are missing it or out of date, `--dry-run` prints the diff.
 */
import type {InjectAction} from '../index.js'
import {limitRules} from '../limits.js'
import type {Command, CommandContext} from './command.js'
import type {Job} from './check.js'
import {exitCodes, UsageError} from './errors.js'
import {checkBaseUrl, pageUrl} from './extract.js'
import {entitiesOption} from './entities-option.js'
import {existingPolicies} from './flags.js'
import type {Input} from './inputs.js'
import {loadLibrary} from './library.js'
import {defaultJobs, runAll} from './pool.js'
import {progress} from './progress.js'
import {replaceFileAtomic} from './output.js'
import {inSourceOrder, plural, shownSeverities, unixLine} from './report.js'
import {limitsOf, startSession} from './session.js'
import {resolveTargets} from './targets.js'

const htmlExtensions = ['.html', '.htm']

/** The `inject` command. */
export const injectCommand: Command = {
  name: 'inject',
  summary: "Write each page's NewsArticle JSON-LD into its <head>, in place",
  usage: ["inject <file|dir|glob>... [--base-url URL] [--existing keep|merge|replace] [--check | --dry-run] [--follow-symlinks]"],
  description:
    'Extracts each page and writes its graph into the <head> as one <script type="application/ld+json" data-ldpress>, ' +
    'replacing the one an earlier run wrote. Every other byte of the page stays as it was, the file is replaced ' +
    'atomically (a crash leaves the old page or the new one), and a second run changes nothing. A page that ' +
    'already has its own Article markup is kept as it is and validated (--existing keep), merged with (merge) or ' +
    'has its article JSON-LD replaced (replace). Prints one line per page (written, unchanged, kept, merged, ' +
    'replaced, skipped) and a summary; findings go to standard error. --check writes nothing and exits 1 when a ' +
    'page is missing its JSON-LD or has an out-of-date one; --dry-run writes nothing and prints the diff. A page ' +
    'that is a symbolic link is written through: the file it points to is replaced, atomically in its own folder, ' +
    'when that file is inside the folders given (skipped with a message otherwise, unless --follow-symlinks).',
  examples: [
    "inject 'dist/**/*.html' --base-url https://news.example/",
    'inject dist --check --base-url https://news.example/',
    'inject dist/world/story.html --dry-run'
  ],
  run: runInject
}

/** What each page outcome is called in the per-page lines and the summary. */
const outcomeOrder: readonly InjectAction[] = ['written', 'merged', 'replaced', 'unchanged', 'kept', 'skipped']

async function runInject({io, operands, options}: CommandContext): Promise<number> {
  if (operands.length === 0) throw new UsageError("inject needs pages: files, folders or globs (see 'ldpress inject --help')")
  if (operands.includes('-')) throw new UsageError("inject edits files in place; it cannot read standard input (use 'ldpress extract -' to print a graph)")
  if (options.check && options.dryRun) throw new UsageError('--check and --dry-run cannot be combined')
  if (options.quiet && options.verbose) throw new UsageError('--quiet and --verbose cannot be combined')
  const {inputs, config} = await startSession(io, operands, options, htmlExtensions)
  const baseUrl = checkBaseUrl(options.baseUrl ?? config.baseUrl)
  const existing = (options.existing ?? 'keep') as (typeof existingPolicies)[number]
  const entities = await entitiesOption(options, io.cwd)
  const shown = shownSeverities(options)
  const counts = new Map<InjectAction, number>()
  let stale = 0
  // Links are followed to the real file (written atomically in its own folder), but not out of the tree given.
  const {targets, refused} = await resolveTargets(inputs, options.followSymlinks)
  for (const {input, reason} of refused) io.stderr.write(`${input.name}: ${reason}\n`)
  if (refused.length > 0) counts.set('skipped', refused.length)
  const fileOf = new Map(targets.map((target) => [target.input, target.file]))
  const pages = targets.map((target) => target.input)
  const job: Job = {kind: 'inject', existing, body: options.body, articlesOnly: !options.allPages, entities, dryRun: options.dryRun, limits: limitsOf(options, config)}
  const urlOf = (input: Input) => pageUrl(input, undefined, baseUrl, io.cwd)
  const meter = progress(io, pages.length, {quiet: options.quiet})
  // Pages are extracted in worker threads (--jobs) and written here, in input order.
  for await (const {input, result} of runAll(pages, {jobs: options.jobs ?? defaultJobs(), job, urlOf, io, loadLibrary})) {
    meter.tick()
    if (result.kind !== 'inject') continue
    for (const diagnostic of inSourceOrder(result.diagnostics)) {
      // What extraction did not find (no image, no date) is for --verbose: on a site it is one line per page. A limit hit is always said.
      const extractNote = diagnostic.source === 'extract' && !limitRules.has(diagnostic.ruleId)
      if (shown.has(diagnostic.severity) && (!extractNote || options.verbose)) io.stderr.write(`${unixLine(input.name, diagnostic)}\n`)
    }
    counts.set(result.action, (counts.get(result.action) ?? 0) + 1)
    if (options.check) {
      if (result.changed) {
        stale++
        io.stdout.write(`${input.name}: ${result.stale}\n`)
      }
      continue
    }
    if (options.dryRun) {
      if (result.diff) io.stdout.write(result.diff)
      continue
    }
    if (result.output) await replaceFileAtomic(fileOf.get(input)!, result.output, input.name)
    if (!options.quiet) io.stdout.write(`${input.name}: ${result.action}\n`)
  }
  meter.done()
  io.stderr.write(`${summary(counts, inputs.length, options.check ? stale : undefined, options.check || options.dryRun)}\n`)
  return options.check && stale > 0 ? exitCodes.findings : exitCodes.ok
}

/** `3 written, 849 unchanged in 852 pages` (with `--check`: how many are stale). */
function summary(counts: ReadonlyMap<InjectAction, number>, pages: number, stale: number | undefined, dry: boolean): string {
  const parts = outcomeOrder.filter((action) => counts.has(action)).map((action) => `${counts.get(action)} ${dry && isWrite(action) ? `to be ${action}` : action}`)
  const writes = outcomeOrder.filter(isWrite).reduce((sum, action) => sum + (counts.get(action) ?? 0), 0)
  const head = stale !== undefined ? (stale === 0 ? 'all pages up to date; ' : `${plural(stale, 'page')} to update; `) : writes === 0 && !dry ? 'nothing to do; ' : ''
  return `ldpress inject: ${head}${parts.join(', ') || 'nothing'} in ${plural(pages, 'page')}`
}

function isWrite(action: InjectAction): boolean {
  return action === 'written' || action === 'merged' || action === 'replaced'
}
