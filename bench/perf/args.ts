/** Command-line flags of `npm run bench` (bench/perf/run.ts). */
import {parseArgs} from 'node:util'

export const inProcessTools = ['parse', 'extract-ne', 'extract', 'validate', 'inject', 'readability', 'metascraper', 'adobe'] as const
export type ToolName = (typeof inProcessTools)[number]
export const peerTools: readonly ToolName[] = ['readability', 'metascraper', 'adobe']
export const phases = ['coldstart', 'rss', 'jobs'] as const
export type PhaseName = (typeof phases)[number]

export interface Options {
  /** Globs of page files; empty: the default corpus. */
  pages: string[]
  /** Pages in the main sample (evenly spaced over the sorted list); 0: all. */
  limit: number
  /** Pages of the main sample that the (slow) peers also run on; 0: all of the sample. */
  peerLimit: number
  rounds: number
  /** Rounds (the first ones) in which the peers run. */
  peerRounds: number
  /** Biggest pages measured on their own (parse and ldpress only) for linearity. */
  big: number
  tools: Set<ToolName>
  phases: Set<PhaseName>
  json: string
  quick: boolean
  /** File counts of the peak-RSS runs: small and large. */
  rssFiles: number
  rssBaseFiles: number
  /** An intermediate count (0: none): tells a plateau from steady growth. */
  rssMidFiles: number
  /** Distinct small pages the RSS folders are made of (hard links to copies). */
  rssPages: number
  /** Spawns of each command for cold start. */
  spawns: number
  jobsRounds: number
  /** Time ldpress from the build (dist/index.js) instead of src/ through tsx. */
  dist: boolean
  help: boolean
}

export const usage = `npm run bench -- [flags]        (node --import tsx bench/perf/run.ts [flags])

In one process, interleaved rounds after a warm-up: per-page medians of the
rehype-parse parse (the floor), ldpress extract (entities off / on), ldpress
validateHtml, and the peers (Readability+jsdom, metascraper, Adobe's
extractor+validator); then CLI cold start, peak RSS and --jobs 2 speed-up
(these need \`npm run build\` first).

  --pages GLOB...     pages to use (default ../shared/corpus/dev/*/source.html,
                      else test/fixtures/*/source.html); several globs allowed
  --limit N           pages in the sample, evenly spaced over the sorted list (default 72; 0 = all)
  --peer-limit N      pages of the sample the peers run on (default 18; 0 = whole sample)
  --rounds N          timed rounds (default 5)
  --peer-rounds N     of which the peers run in the first N (default 3)
  --big N             also time the N biggest pages (parse + ldpress) for linearity (default 3)
  --only a,b          tools and/or phases: ${[...inProcessTools, ...phases].join(', ')}
                      (parse always runs when any in-process tool does)
  --skip-peers        leave out readability, metascraper, adobe
  --skip-cli          leave out coldstart, rss, jobs
  --rss-files N       files in the large peak-RSS run (default 10000)
  --rss-base-files N  files in the small peak-RSS run (default 100)
  --rss-mid-files N   an intermediate run, plateau or growth? (default 1000; 0 = none)
  --rss-pages N       distinct small pages the RSS folders repeat (default 10)
  --spawns N          spawns per command for cold start (default 15)
  --jobs-rounds N     rounds of validate --jobs 1 / --jobs 2 (default 3)
  --dist              time ldpress from dist/index.js (the build) instead of src/ via tsx
  --json FILE         where to write all figures (default bench/perf/last-run.json)
  --quick             tiny run for smoke-testing
  -h, --help
`

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} wants a whole number ≥ 0, got ${JSON.stringify(value)}`)
  return number
}

export function parseOptions(argv: string[]): Options {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pages: {type: 'string', multiple: true},
      limit: {type: 'string'},
      'peer-limit': {type: 'string'},
      rounds: {type: 'string'},
      'peer-rounds': {type: 'string'},
      big: {type: 'string'},
      only: {type: 'string'},
      'skip-peers': {type: 'boolean'},
      'skip-cli': {type: 'boolean'},
      'rss-files': {type: 'string'},
      'rss-base-files': {type: 'string'},
      'rss-mid-files': {type: 'string'},
      'rss-pages': {type: 'string'},
      spawns: {type: 'string'},
      'jobs-rounds': {type: 'string'},
      json: {type: 'string'},
      quick: {type: 'boolean'},
      dist: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
  const quick = values.quick === true
  const tools = new Set<ToolName>(inProcessTools)
  const chosenPhases = new Set<PhaseName>(phases)
  if (values.only !== undefined) {
    tools.clear()
    chosenPhases.clear()
    for (const name of values.only.split(',').map((part) => part.trim()).filter(Boolean)) {
      if ((inProcessTools as readonly string[]).includes(name)) tools.add(name as ToolName)
      else if ((phases as readonly string[]).includes(name)) chosenPhases.add(name as PhaseName)
      else throw new Error(`--only: unknown name ${JSON.stringify(name)} (known: ${[...inProcessTools, ...phases].join(', ')})`)
    }
  }
  if (values['skip-peers']) for (const peer of peerTools) tools.delete(peer)
  if (values['skip-cli']) chosenPhases.clear()
  if (tools.size > 0) tools.add('parse')
  const rounds = Math.max(1, positiveInt('rounds', values.rounds, quick ? 2 : 5))
  return {
    pages: [...(values.pages ?? []), ...positionals],
    limit: positiveInt('limit', values.limit, quick ? 6 : 72),
    peerLimit: positiveInt('peer-limit', values['peer-limit'], quick ? 2 : 18),
    rounds,
    peerRounds: Math.min(rounds, Math.max(1, positiveInt('peer-rounds', values['peer-rounds'], quick ? 1 : 3))),
    big: positiveInt('big', values.big, quick ? 0 : 3),
    tools,
    phases: chosenPhases,
    json: values.json ?? 'bench/perf/last-run.json',
    quick,
    rssFiles: Math.max(1, positiveInt('rss-files', values['rss-files'], quick ? 300 : 10000)),
    rssBaseFiles: Math.max(1, positiveInt('rss-base-files', values['rss-base-files'], quick ? 30 : 100)),
    rssMidFiles: positiveInt('rss-mid-files', values['rss-mid-files'], quick ? 0 : 1000),
    rssPages: Math.max(1, positiveInt('rss-pages', values['rss-pages'], 10)),
    spawns: Math.max(1, positiveInt('spawns', values.spawns, quick ? 3 : 15)),
    jobsRounds: Math.max(1, positiveInt('jobs-rounds', values['jobs-rounds'], quick ? 1 : 3)),
    dist: values.dist === true,
    help: values.help === true
  }
}
