/**
 * Figures of the built CLI (dist/cli.js, from `npm run build`; the bench
 * never builds): cold start against `node -e 0`, peak RSS over many files
 * against few, and the `--jobs 2` speed-up of `validate`.
 */
import {spawnSync, type SpawnSyncReturns} from 'node:child_process'
import {copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {PageFile} from './pages.js'
import {median, quantile, round} from './stats.js'

/** Child environment: no NODE_OPTIONS (a preload there would be timed too). */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = {...process.env, ...extra}
  delete env.NODE_OPTIONS
  return env
}

function tail(text: string | Buffer | null | undefined): string {
  return String(text ?? '').trim().split('\n').slice(-3).join(' | ').slice(0, 300)
}

export function cliPath(root: string): string | undefined {
  const cli = join(root, 'dist/cli.js')
  return existsSync(cli) ? cli : undefined
}

// ---------------------------------------------------------------- cold start

export interface ColdStartRow {
  name: string
  command: string
  runs: number
  medianMs: number
  minMs: number
  p90Ms: number
  /** Median over `node -e 0`'s median. */
  ratio?: number
  failures: number
  error?: string
}

export function coldStart(root: string, cli: string, page: string, spawns: number, progress: (line: string) => void): ColdStartRow[] {
  const commands = [
    {name: 'node -e 0', args: ['-e', '0']},
    {name: 'ldpress --version', args: [cli, '--version']},
    {name: 'ldpress extract <small page>', args: [cli, 'extract', page]}
  ]
  const times = new Map<string, number[]>(commands.map((command) => [command.name, []]))
  const failures = new Map<string, {count: number; error: string}>()
  const spawnOnce = (args: string[]) => {
    const started = process.hrtime.bigint()
    const run = spawnSync(process.execPath, args, {cwd: root, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26})
    return {ms: Number(process.hrtime.bigint() - started) / 1e6, run}
  }
  // Warm-up: file cache, and the first spawn of a process is slower.
  for (let index = 0; index < 2; index++) for (const command of commands) spawnOnce(command.args)
  for (let index = 0; index < spawns; index++) {
    const start = index % commands.length
    for (const command of [...commands.slice(start), ...commands.slice(0, start)]) {
      const {ms, run} = spawnOnce(command.args)
      if (run.status === 0) times.get(command.name)!.push(ms)
      else {
        const failure = failures.get(command.name) ?? {count: 0, error: `exit ${run.status}: ${tail(run.stderr)}`}
        failure.count++
        failures.set(command.name, failure)
      }
    }
  }
  const base = median(times.get('node -e 0')!)
  const rows = commands.map((command) => {
    const list = times.get(command.name)!
    const failure = failures.get(command.name)
    return {
      name: command.name,
      command: ['node', ...command.args.map((arg) => arg.replace(`${root}/`, ''))].join(' '),
      runs: list.length,
      medianMs: round(median(list), 1),
      minMs: round(Math.min(...list), 1),
      p90Ms: round(quantile(list, 0.9), 1),
      ...(command.name === 'node -e 0' ? {} : {ratio: round(median(list) / base, 3)}),
      failures: failure?.count ?? 0,
      ...(failure ? {error: failure.error} : {})
    }
  })
  progress(`cold start: ${rows.map((row) => `${row.name} ${row.medianMs} ms`).join(', ')}`)
  return rows
}

// ---------------------------------------------------------------- peak RSS

export interface RssRun {
  files: number
  peakRssMB: number
  /** V8 heap still in use at exit after a full GC: what the process retained (growth with the file count = accumulation). */
  retainedHeapMB?: number
  seconds: number
  exitCode: number | null
}

export interface RssResult {
  command: 'validate' | 'extract'
  argv: string
  /** One run per file count, smallest first (the smallest: median of three). */
  runs: RssRun[]
  /** Peak RSS of the largest run over that of the smallest. */
  ratio: number
  error?: string
}

/**
 * Preloaded (`-r`) into the CLI: when it exits, writes the process's peak RSS
 * (kB), then (after a full GC, the child runs with --expose-gc) the heap still in use.
 */
const hookSource = `process.on('exit', () => {
  try {
    const peak = process.resourceUsage().maxRSS
    if (typeof gc === 'function') gc()
    require('node:fs').writeFileSync(process.env.LDPRESS_BENCH_RSS_FILE, JSON.stringify({peak, heapUsed: process.memoryUsage().heapUsed}))
  } catch {}
})
`

export function peakRss(
  root: string,
  cli: string,
  pool: readonly PageFile[],
  options: {distinct: number; counts: readonly number[]; commands: ReadonlyArray<'validate' | 'extract'>},
  progress: (line: string) => void
): {pages: Array<{id: string; size: number}>; results: RssResult[]; linked: boolean} {
  // The smallest real pages of at least 1 kB, so that 10,000 files take a minute or two, not ten.
  const chosen = [...pool].filter((page) => page.size >= 1000).sort((a, b) => a.size - b.size || a.path.localeCompare(b.path)).slice(0, options.distinct)
  if (chosen.length === 0) throw new Error('no page of at least 1 kB for the RSS runs')
  const counts = [...new Set(options.counts)].sort((a, b) => a - b)
  const dir = mkdtempSync(join(tmpdir(), 'ldpress-bench-rss-'))
  let linked = true
  const results: RssResult[] = []
  const cleanUp = () => rmSync(dir, {recursive: true, force: true})
  process.once('SIGINT', () => {
    cleanUp()
    process.exit(130)
  })
  try {
    const hook = join(dir, 'rss-hook.cjs')
    writeFileSync(hook, hookSource)
    mkdirSync(join(dir, 'pages'))
    const sources = chosen.map((page, index) => {
      const target = join(dir, 'pages', `p${index}.html`)
      copyFileSync(page.path, target)
      return target
    })
    // Folders of hard links to the copies (a copy each when links fail): the same pages in the same proportions, only more of them.
    const fill = (count: number) => {
      const folder = join(dir, `files-${count}`)
      mkdirSync(folder)
      for (let index = 0; index < count; index++) {
        const sub = join(folder, String(Math.floor(index / 1000)).padStart(3, '0'))
        if (index % 1000 === 0) mkdirSync(sub)
        const target = join(sub, `f${index}.html`)
        const source = sources[index % sources.length]!
        try {
          if (linked) linkSync(source, target)
          else copyFileSync(source, target)
        } catch {
          linked = false
          copyFileSync(source, target)
        }
      }
      return folder
    }
    const folders = counts.map((count) => ({count, folder: fill(count)}))
    const rssFile = join(dir, 'rss.txt')
    const out = join(dir, 'out')

    const argsFor = (command: 'validate' | 'extract', folder: string): string[] =>
      command === 'validate' ? ['validate', folder, '-f', 'json', '-o', '/dev/null', '--jobs', '1'] : ['extract', folder, '--out-dir', out, '-q']

    const measure = (command: 'validate' | 'extract', folder: string, files: number): RssRun => {
      rmSync(rssFile, {force: true})
      rmSync(out, {recursive: true, force: true})
      const started = process.hrtime.bigint()
      const run: SpawnSyncReturns<Buffer> = spawnSync(process.execPath, ['--expose-gc', '-r', hook, cli, ...argsFor(command, folder)], {
        cwd: root,
        env: childEnv({LDPRESS_BENCH_RSS_FILE: rssFile}),
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 1 << 28
      })
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      rmSync(out, {recursive: true, force: true})
      // validate exits 1 when it found errors on the pages: that is a normal run.
      if (run.status !== 0 && run.status !== 1) throw new Error(`${command} over ${files} files: exit ${run.status ?? run.signal}: ${tail(run.stderr)}`)
      if (!existsSync(rssFile)) throw new Error(`${command}: the RSS hook wrote nothing`)
      const {peak, heapUsed} = JSON.parse(readFileSync(rssFile, 'utf8')) as {peak: number; heapUsed: number}
      return {files, peakRssMB: round(peak / 1024, 1), retainedHeapMB: round(heapUsed / 2 ** 20, 1), seconds: round(seconds, 1), exitCode: run.status}
    }

    for (const command of options.commands) {
      const argv = ['ldpress', ...argsFor(command, '<dir>').map((arg) => (arg === out ? '<tmp>' : arg))].join(' ')
      try {
        const runs: RssRun[] = []
        for (const [index, {count, folder}] of folders.entries()) {
          if (index === 0) {
            // The small run is cheap: the median of three.
            runs.push([0, 1, 2].map(() => measure(command, folder, count)).sort((a, b) => a.peakRssMB - b.peakRssMB)[1]!)
          } else {
            runs.push(measure(command, folder, count))
          }
          progress(`peak RSS ${command}: ${count} files ${runs.at(-1)!.peakRssMB} MB (${runs.at(-1)!.seconds} s)`)
        }
        results.push({command, argv, runs, ratio: round(runs.at(-1)!.peakRssMB / runs[0]!.peakRssMB, 3)})
      } catch (error) {
        results.push({command, argv, runs: [], ratio: Number.NaN, error: error instanceof Error ? error.message : String(error)})
        progress(`peak RSS ${command}: failed: ${results.at(-1)!.error}`)
      }
    }
  } finally {
    cleanUp()
  }
  return {pages: chosen.map((page) => ({id: page.id, size: page.size})), results, linked}
}

// ---------------------------------------------------------------- --jobs

export interface JobsResult {
  files: number
  rounds: number
  jobs1Seconds: number
  jobs2Seconds: number
  speedup: number
  identicalOutput: boolean
  error?: string
}

/** As bench/jobs.mjs: `validate <files> -f json --jobs 1` and `--jobs 2`, interleaved rounds, medians, same report. */
export function jobsSpeedup(root: string, cli: string, files: readonly string[], rounds: number, progress: (line: string) => void): JobsResult {
  const once = (jobs: number) => {
    const started = process.hrtime.bigint()
    const run = spawnSync(process.execPath, [cli, 'validate', ...files, '-f', 'json', '--jobs', String(jobs)], {
      cwd: root,
      env: childEnv(),
      encoding: 'utf8',
      maxBuffer: 1 << 30
    })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    if (run.status !== 0 && run.status !== 1) throw new Error(`validate --jobs ${jobs}: exit ${run.status ?? run.signal}: ${tail(run.stderr)}`)
    return {ms, stdout: run.stdout}
  }
  const times: Record<number, number[]> = {1: [], 2: []}
  let reference: string | undefined
  let identical = true
  try {
    for (let index = 0; index < rounds; index++) {
      for (const jobs of index % 2 === 0 ? [1, 2] : [2, 1]) {
        const {ms, stdout} = once(jobs)
        reference ??= stdout
        if (stdout !== reference) identical = false
        times[jobs]!.push(ms)
      }
      progress(`--jobs: round ${index + 1}/${rounds}: --jobs 1 ${(times[1]!.at(-1)! / 1000).toFixed(1)} s, --jobs 2 ${(times[2]!.at(-1)! / 1000).toFixed(1)} s`)
    }
  } catch (error) {
    return {files: files.length, rounds, jobs1Seconds: Number.NaN, jobs2Seconds: Number.NaN, speedup: Number.NaN, identicalOutput: false, error: error instanceof Error ? error.message : String(error)}
  }
  const one = median(times[1]!)
  const two = median(times[2]!)
  return {files: files.length, rounds, jobs1Seconds: round(one / 1000, 2), jobs2Seconds: round(two / 1000, 2), speedup: round(one / two, 3), identicalOutput: identical}
}
