/**
 * `npm run bench` (node --import tsx bench/perf/run.ts): ldpress's speed
 * against the rehype-parse parse of the same pages (the floor) and against
 * peers, plus CLI cold start, peak RSS over many files and the --jobs 2
 * speed-up. Prints a table and writes every figure as JSON
 * (bench/perf/last-run.json by default). See bench/perf/README.md.
 */
import {execFileSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import {dirname, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import v8 from 'node:v8'
import {runInNewContext} from 'node:vm'
import {parseOptions, peerTools, usage, type ToolName} from './args.js'
import {cliPath, coldStart, jobsSpeedup, peakRss, type ColdStartRow, type JobsResult, type RssResult} from './cli-phases.js'
import {headToHead, linearity, runRounds, summarize, type Linearity, type PageFigure, type ToolSummary} from './inprocess.js'
import {defaultGlobs, findPages, loadPage, sample, type Page} from './pages.js'
import {median, round, sum} from './stats.js'
import {loadTools} from './tools.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const startedAt = new Date()
const started = performance.now()
const loadStart = os.loadavg()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`
const progress = (line: string) => process.stderr.write(`[${elapsed()}] ${line}\n`)

let options
try {
  options = parseOptions(process.argv.slice(2))
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
  process.exit(2)
}
if (options.help) {
  console.log(usage)
  process.exit(0)
}

// A full GC before the warm-up and after the in-process timing, when it can be had without a node flag. Never
// during timing: after a forced GC, V8 runs the next calls up to 10× slower (measured here) until it has settled.
let gc: (() => void) | undefined
try {
  v8.setFlagsFromString('--expose-gc')
  gc = runInNewContext('gc') as () => void
} catch {}

// ------------------------------------------------------------------ pages
const globs = options.pages.length > 0 ? {globs: options.pages, source: options.pages.join(' ')} : defaultGlobs(root)
const allFiles = findPages(globs.globs, process.cwd())
if (allFiles.length === 0) {
  console.error(`bench: no pages match ${globs.source}`)
  process.exit(2)
}
const sampleFiles = sample(allFiles, options.limit)
const sampleIds = new Set(sampleFiles.map((file) => file.id))
const bigFiles = [...allFiles].filter((file) => !sampleIds.has(file.id)).sort((a, b) => b.size - a.size || a.path.localeCompare(b.path)).slice(0, options.big)
progress(
  `${allFiles.length} pages match ${globs.source}; sample ${sampleFiles.length} (evenly spaced), peers on ${Math.min(options.peerLimit || sampleFiles.length, sampleFiles.length)} of them, ${bigFiles.length} biggest pages apart`
)

const coreTools: ToolName[] = ['parse', 'extract-ne', 'extract', 'validate']
const peers = new Set<ToolName>(peerTools)
if (options.dist && !cliPath(root)) {
  console.error('bench: --dist needs the build: run `npm run build` first')
  process.exit(2)
}
const tools = await loadTools(options.tools, {dist: options.dist})
const samplePages: Page[] = sampleFiles.map(loadPage)
const peerPages = new Set(sample(samplePages, options.peerLimit).map((page) => page.id))
const pageBytes = (pages: readonly {size: number}[]) => sum(pages.map((page) => page.size))

// ------------------------------------------------------------------ in process
let summaries: ToolSummary[] = []
let bigSummaries: ToolSummary[] = []
let bigPages: Page[] = []
let inProcess: Record<string, unknown> | undefined
let validateVsAdobe: ReturnType<typeof headToHead> | undefined
let validateVsAdobeCpu: ReturnType<typeof headToHead> | undefined
let linear: Linearity[] = []
let bigReport: Array<Record<string, unknown>> = []
if (tools.length > 0) {
  gc?.()
  const timings = await runRounds(
    {
      tools,
      pages: samplePages,
      // Warm-up on every other page of the sample (the peers on all of theirs): enough for the JIT, half the time.
      warmupPages: new Set(sample(samplePages, Math.ceil(samplePages.length / 2)).map((page) => page.id)),
      peerPages,
      peers,
      rounds: options.rounds,
      peerRounds: options.peerRounds,
      warmup: true,
      label: 'sample'
    },
    progress
  )
  summaries = summarize(timings, samplePages, tools)
  if (tools.some((tool) => tool.name === 'adobe') && tools.some((tool) => tool.name === 'validate')) {
    validateVsAdobe = headToHead(timings, samplePages.filter((page) => peerPages.has(page.id)), 'adobe', 'validate')
    validateVsAdobeCpu = headToHead(timings, samplePages.filter((page) => peerPages.has(page.id)), 'adobe', 'validate', 'cpu')
  }

  // The biggest pages, apart (parse and ldpress only): is anything super-linear?
  const bigTools = tools.filter((tool) => coreTools.includes(tool.name))
  if (bigFiles.length > 0 && bigTools.length > 1) {
    bigPages = bigFiles.map(loadPage)
    const bigTimings = await runRounds(
      {tools: bigTools, pages: bigPages, peerPages: new Set(), peers, rounds: Math.min(3, options.rounds), peerRounds: 0, warmup: false, label: 'biggest pages'},
      progress
    )
    bigSummaries = summarize(bigTimings, bigPages, bigTools)
    for (const page of bigPages) {
      const row: Record<string, unknown> = {id: page.id, sizeKB: round(page.size / 1024, 0)}
      for (const summary of bigSummaries) {
        const figure = summary.perPage.find((entry) => entry.id === page.id)
        if (!figure) continue
        if (summary.tool === 'parse') {
          row.parseMs = round(figure.ms, 1)
          row.parseUsPerKB = round((figure.ms * 1000) / (page.size / 1024), 1)
        } else {
          const sampleRatio = summaries.find((entry) => entry.tool === summary.tool)?.ratioTotal ?? Number.NaN
          row[summary.tool] = {ms: round(figure.ms, 1), ratioToParse: round(figure.ratio, 2), versusSampleRatio: round(figure.ratio / sampleRatio, 2)}
        }
      }
      bigReport.push(row)
    }
  }

  // Linearity: log(time) over log(size), per-page medians of the sample plus the biggest pages.
  const merged = (tool: ToolName, key: 'perPage' | 'cpuPerPage'): PageFigure[] => [
    ...(summaries.find((summary) => summary.tool === tool)?.[key] ?? []),
    ...(bigSummaries.find((summary) => summary.tool === tool)?.[key] ?? [])
  ]
  linear = linearity(tools.map((tool) => ({tool: tool.name, perPage: merged(tool.name, 'perPage'), cpuPerPage: merged(tool.name, 'cpuPerPage')})))

  gc?.()
  const parseSample = summaries.find((summary) => summary.tool === 'parse')
  const bigParseFigures = parseSample?.perPage.filter((figure) => figure.size >= 100 * 1024) ?? []
  inProcess = {
    pages: samplePages.length,
    bytes: pageBytes(samplePages),
    peerPages: [...peerPages],
    peerBytes: pageBytes(samplePages.filter((page) => peerPages.has(page.id))),
    rounds: options.rounds,
    peerRounds: options.peerRounds,
    warmupSeconds: round(timings.warmupSeconds, 1),
    roundSeconds: timings.roundSeconds.map((seconds) => round(seconds, 1)),
    roundLoad: timings.roundLoad.map((load) => round(load, 2)),
    gcBetweenPhases: gc !== undefined,
    parseUsPerKBMedianOver100KB: round(median(bigParseFigures.map((figure) => (figure.ms * 1000) / (figure.size / 1024))), 1),
    encodings: Object.fromEntries([...new Set(samplePages.map((page) => page.encoding))].map((encoding) => [encoding, samplePages.filter((page) => page.encoding === encoding).length]))
  }
}

// ------------------------------------------------------------------ CLI
const cli = cliPath(root)
let cold: ColdStartRow[] | undefined
let rss: ReturnType<typeof peakRss> | undefined
let jobs: JobsResult | undefined
const cliSkipped: string[] = []
if (options.phases.size > 0 && !cli) {
  cliSkipped.push(...options.phases)
  progress('dist/cli.js is missing: run `npm run build` first; skipping cold start, peak RSS and --jobs')
}
if (cli && options.phases.has('coldstart')) {
  cold = coldStart(root, cli, 'examples/volunteer-fighters/article.html', options.spawns, progress)
}
if (cli && options.phases.has('rss')) {
  try {
    rss = peakRss(
      root,
      cli,
      allFiles,
      {distinct: options.rssPages, counts: [options.rssBaseFiles, ...(options.rssMidFiles > 0 ? [options.rssMidFiles] : []), options.rssFiles], commands: ['validate', 'extract']},
      progress
    )
  } catch (error) {
    progress(`peak RSS: ${error instanceof Error ? error.message : String(error)}`)
  }
  gc?.()
}
if (cli && options.phases.has('jobs')) {
  jobs = jobsSpeedup(root, cli, sampleFiles.map((file) => file.path), options.jobsRounds, progress)
  progress(jobs.error ? `--jobs: failed: ${jobs.error}` : `--jobs: ${jobs.files} files, --jobs 1 ${jobs.jobs1Seconds} s, --jobs 2 ${jobs.jobs2Seconds} s, speed-up ${jobs.speedup}×`)
}

// ------------------------------------------------------------------ targets
interface Target {
  name: string
  value: number
  target: string
  met: boolean
  /** The same target on the per-page median ratio, where it applies. */
  metByMedianPage?: boolean
  note?: string
}
const targets: Target[] = []
const at = (tool: ToolName) => summaries.find((summary) => summary.tool === tool)
for (const [tool, limit] of [['extract-ne', 1.15], ['extract', 1.65], ['validate', 1.15]] as const) {
  const summary = at(tool)
  if (!summary || summary.pages === 0) continue
  targets.push({
    name: `${tool} / parse (total time)`,
    value: round(summary.ratioTotal, 3),
    target: `≤ ${limit}`,
    met: summary.ratioTotal <= limit,
    metByMedianPage: summary.ratioMedian <= limit,
    note: `per-page median ratio ${round(summary.ratioMedian, 3)}`
  })
}
if (validateVsAdobe && validateVsAdobe.pages > 0) {
  targets.push({
    name: 'Adobe extractor+validator / ldpress validate (total time)',
    value: round(validateVsAdobe.ratioTotal, 2),
    target: '≥ 5',
    met: validateVsAdobe.ratioTotal >= 5,
    metByMedianPage: validateVsAdobe.ratioMedian >= 5,
    note: `${validateVsAdobe.pages} pages; per-page median ratio ${round(validateVsAdobe.ratioMedian, 2)}`
  })
}
for (const row of cold ?? []) {
  if (row.ratio === undefined) continue
  targets.push({name: `cold start: ${row.name} / node -e 0`, value: row.ratio, target: '≤ 1.5', met: row.ratio <= 1.5, note: `${row.medianMs} ms vs ${cold![0]!.medianMs} ms`})
}
for (const result of rss?.results ?? []) {
  const first = result.runs[0]
  const last = result.runs.at(-1)
  targets.push({
    name: `peak RSS: ${result.command} ${last?.files ?? options.rssFiles} files / ${first?.files ?? options.rssBaseFiles} files`,
    value: result.ratio,
    target: '≤ 1.2',
    met: result.ratio <= 1.2,
    note: result.error ?? result.runs.map((run) => `${run.files} files ${run.peakRssMB} MB (heap retained ${run.retainedHeapMB} MB)`).join(', ')
  })
}

// ------------------------------------------------------------------ print
const fmt = (value: number | undefined, digits = 2) => (value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits))
const yes = (met: boolean | undefined) => (met === undefined ? '' : met ? 'yes' : 'NO')
const table = (header: string[], rows: string[][]) => {
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => (row[index] ?? '').length)))
  const line = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

const out: string[] = []
const peerCount = peerPages.size
out.push(
  `\nldpress bench — ${startedAt.toISOString()} — node ${process.version}, ${os.cpus().length} CPUs, load ${loadStart.map((value) => value.toFixed(2)).join(' ')} at start`
)
if (summaries.length > 0) {
  out.push(
    `In-process (ldpress from ${options.dist ? 'dist/index.js' : 'src/ via tsx'}): ${samplePages.length} pages (${(pageBytes(samplePages) / 1e6).toFixed(1)} MB, evenly spaced over ${allFiles.length}), warm-up + ${options.rounds} interleaved rounds; ` +
      `peers on ${peerCount} of those pages in the first ${options.peerRounds} rounds, each against the parse of the same pages and rounds.`
  )
  out.push(
    'ms/page = median over pages of the per-page median (wall); "total ×" = sum of per-page medians / the same sum for the parse (the headline); "median ×" = median over pages of the per-page ratio;\n' +
      '"CPU" = the same two ratios on process CPU time (user+system, robust to waiting for a core on a loaded machine). Targets are judged on wall time.\n'
  )
  const targetFor: Partial<Record<ToolName, [string, number]>> = {'extract-ne': ['≤ 1.15', 1.15], extract: ['≤ 1.65', 1.65], validate: ['≤ 1.15', 1.15]}
  const rows = summaries.map((summary) => {
    const goal = targetFor[summary.tool]
    return [
      summary.label,
      String(summary.pages),
      fmt(summary.medianMs, 1),
      fmt(summary.ratioTotal),
      fmt(summary.ratioMedian),
      fmt(summary.ratioP90),
      `${fmt(summary.cpuRatioTotal)} / ${fmt(summary.cpuRatioMedian)}`,
      summary.failures > 0 ? `${summary.failures} (${summary.failedPages.length} pages)` : '0',
      goal?.[0] ?? '',
      goal ? `${yes(summary.ratioTotal <= goal[1])} / ${yes(summary.ratioMedian <= goal[1])}` : ''
    ]
  })
  if (validateVsAdobe && validateVsAdobe.pages > 0) {
    rows.push([
      'Adobe ÷ ldpress validateHtml (same pages)',
      String(validateVsAdobe.pages),
      '',
      fmt(validateVsAdobe.ratioTotal),
      fmt(validateVsAdobe.ratioMedian),
      '',
      validateVsAdobeCpu ? `${fmt(validateVsAdobeCpu.ratioTotal)} / ${fmt(validateVsAdobeCpu.ratioMedian)}` : '',
      '',
      '≥ 5',
      `${yes(validateVsAdobe.ratioTotal >= 5)} / ${yes(validateVsAdobe.ratioMedian >= 5)}`
    ])
  }
  out.push(table(['tool', 'pages', 'ms/page', 'total ×', 'median ×', 'p90 ×', 'CPU: total / median ×', 'failures', 'target', 'met? (total / median)'], rows))
  const firstCalls = summaries.filter((summary) => summary.firstCallMs !== undefined)
  if (firstCalls.length > 0) {
    out.push(
      `\nFirst call in the process (includes lazy loading; × its median on that page): ${firstCalls.map((summary) => `${summary.tool} ${fmt(summary.firstCallMs, 0)} ms (${fmt(summary.firstCallFactor, 1)}×)`).join(', ')}` +
        `\nImport (${options.dist ? 'ldpress from dist/index.js' : "ldpress's src via tsx"}): ${[...new Map(summaries.map((summary) => [summary.importMs, summary.tool])).entries()].map(([ms, tool]) => `${tool} ${fmt(ms, 0)} ms`).join(', ')}`
    )
  }
  for (const summary of summaries.filter((entry) => entry.failures > 0)) {
    out.push(`failures: ${summary.tool} on ${summary.failedPages.join(', ')}: ${summary.firstError}`)
  }
  const worst = summaries.filter((summary) => ['extract-ne', 'extract', 'validate'].includes(summary.tool))
  for (const summary of worst) {
    const top = [...summary.perPage].sort((a, b) => b.ratio - a.ratio).slice(0, 3)
    out.push(`worst pages ${summary.tool}: ${top.map((figure) => `${figure.id} (${(figure.size / 1024).toFixed(0)} kB) ${figure.ratio.toFixed(2)}×`).join(', ')}`)
  }
}
if (linear.length > 0) {
  out.push(`\nLinearity: least-squares slope of log(ms) over log(bytes), sample + biggest pages (peers: their pages only); 1.0 = linear.`)
  out.push(
    table(
      ['tool', 'pages', 'slope', 'r²', 'slope − parse slope', 'CPU: slope', 'r²', '− parse slope'],
      linear.map((entry) => [
        entry.tool,
        String(entry.fit.n),
        fmt(entry.fit.slope, 3),
        fmt(entry.fit.r2, 3),
        entry.tool === 'parse' ? '' : fmt(entry.versusParse, 3),
        fmt(entry.cpuFit.slope, 3),
        fmt(entry.cpuFit.r2, 3),
        entry.tool === 'parse' ? '' : fmt(entry.cpuVersusParse, 3)
      ])
    )
  )
}
if (bigReport.length > 0) {
  out.push(`\nBiggest pages (${Math.min(3, options.rounds)} rounds, not in the sample): ratio to their parse, and that ratio over the sample's total ratio (> 1.5 would hint at super-linear cost).`)
  out.push(`Parse on sample pages ≥ 100 kB: median ${fmt(inProcess?.parseUsPerKBMedianOver100KB as number, 1)} µs/kB.`)
  out.push(
    table(
      ['page', 'kB', 'parse ms', 'parse µs/kB', ...bigSummaries.filter((summary) => summary.tool !== 'parse').map((summary) => `${summary.tool} × (vs sample)`)],
      bigReport.map((row) => [
        String(row.id),
        String(row.sizeKB),
        fmt(row.parseMs as number, 1),
        fmt(row.parseUsPerKB as number, 1),
        ...bigSummaries
          .filter((summary) => summary.tool !== 'parse')
          .map((summary) => {
            const cell = row[summary.tool] as {ratioToParse: number; versusSampleRatio: number} | undefined
            return cell ? `${fmt(cell.ratioToParse)} (${fmt(cell.versusSampleRatio)})` : '—'
          })
      ])
    )
  )
}
if (cliSkipped.length > 0) out.push(`\nCLI figures skipped (${cliSkipped.join(', ')}): dist/cli.js is missing — run \`npm run build\` first.`)
if (cold) {
  out.push(`\nCLI cold start (${options.spawns} spawns each, interleaved, after 2 warm-up spawns; wall ms):`)
  out.push(
    table(
      ['command', 'median ms', 'min', 'p90', '× node -e 0', 'target', 'met?'],
      cold.map((row) => [
        row.command + (row.failures ? ` (${row.failures} failed: ${row.error})` : ''),
        fmt(row.medianMs, 1),
        fmt(row.minMs, 1),
        fmt(row.p90Ms, 1),
        row.ratio === undefined ? '1.00' : fmt(row.ratio),
        row.ratio === undefined ? '' : '≤ 1.5',
        row.ratio === undefined ? '' : yes(row.ratio <= 1.5)
      ])
    )
  )
}
if (rss) {
  out.push(
    `\nPeak RSS (maxRSS of the CLI process; validate with --jobs 1): ${rss.pages.length} small real pages (${rss.pages.map((page) => `${(page.size / 1024).toFixed(0)}`).join('/')} kB) ` +
      `${rss.linked ? 'hard-linked' : 'copied'} over and over into a temp folder (removed afterwards).\n` +
      `Cells: peak RSS MB / V8 heap retained at exit after a full GC MB (seconds); the smallest count is the median of 3 runs.`
  )
  const counts = [...new Set(rss.results.flatMap((result) => result.runs.map((run) => run.files)))].sort((a, b) => a - b)
  out.push(
    table(
      ['command', ...counts.map((count) => `${count} files`), 'ratio', 'target', 'met?'],
      rss.results.map((result) => [
        result.error ? `${result.command} (failed: ${result.error.slice(0, 100)})` : result.argv,
        ...counts.map((count) => {
          const run = result.runs.find((entry) => entry.files === count)
          return run ? `${fmt(run.peakRssMB, 1)} / ${fmt(run.retainedHeapMB, 1)} (${fmt(run.seconds, 1)})` : '—'
        }),
        fmt(result.ratio, 3),
        '≤ 1.2',
        yes(result.ratio <= 1.2)
      ])
    )
  )
}
if (jobs) {
  out.push(
    jobs.error
      ? `\n--jobs 2: failed: ${jobs.error}`
      : `\nvalidate --jobs 2 vs --jobs 1 over the ${jobs.files} sample pages (${jobs.rounds} interleaved rounds, medians, ${os.cpus().length} CPUs): ${jobs.jobs1Seconds} s → ${jobs.jobs2Seconds} s, speed-up ${jobs.speedup}× (${jobs.identicalOutput ? 'identical output' : 'OUTPUT DIFFERS'})`
  )
}
const loadEnd = os.loadavg()
const durationSeconds = (performance.now() - started) / 1000
if (targets.length > 0) {
  out.push(`\nTargets: ${targets.filter((target) => target.met).length} of ${targets.length} met.`)
  for (const target of targets) out.push(`  ${target.met ? 'met ' : 'MISS'}  ${target.name} = ${target.value} (target ${target.target})${target.note ? ` — ${target.note}` : ''}`)
}
out.push(`\nRun time ${durationSeconds.toFixed(0)} s; load ${loadEnd.map((value) => value.toFixed(2)).join(' ')} at the end.`)

// ------------------------------------------------------------------ JSON
let head: string | undefined
try {
  head = execFileSync('git', ['rev-parse', 'HEAD'], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim()
} catch {}
const strip = (summary: ToolSummary) => ({
  ...summary,
  medianMs: round(summary.medianMs, 3),
  totalMs: round(summary.totalMs, 1),
  parseTotalMs: round(summary.parseTotalMs, 1),
  ratioMedian: round(summary.ratioMedian, 4),
  ratioP90: round(summary.ratioP90, 4),
  ratioTotal: round(summary.ratioTotal, 4),
  cpuRatioTotal: round(summary.cpuRatioTotal, 4),
  cpuRatioMedian: round(summary.cpuRatioMedian, 4),
  firstCallFactor: summary.firstCallFactor === undefined ? undefined : round(summary.firstCallFactor, 2),
  firstCallMs: summary.firstCallMs === undefined ? undefined : round(summary.firstCallMs, 1),
  importMs: round(summary.importMs, 1),
  perPage: summary.perPage.map((figure) => ({...figure, ms: round(figure.ms, 3), parseMs: round(figure.parseMs, 3), ratio: round(figure.ratio, 4)})),
  cpuPerPage: summary.cpuPerPage.map((figure) => ({id: figure.id, ms: round(figure.ms, 3), parseMs: round(figure.parseMs, 3), ratio: round(figure.ratio, 4)}))
})
const report = {
  timestamp: startedAt.toISOString(),
  durationSeconds: round(durationSeconds, 1),
  git: head,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    totalMemGB: round(os.totalmem() / 2 ** 30, 1),
    loadavgStart: loadStart.map((value) => round(value, 2)),
    loadavgEnd: loadEnd.map((value) => round(value, 2))
  },
  options: {...options, tools: [...options.tools], phases: [...options.phases]},
  pages: {
    globs: globs.source,
    found: allFiles.length,
    foundBytes: pageBytes(allFiles),
    sample: samplePages.map((page) => ({id: page.id, size: page.size, url: page.url})),
    peerPages: [...peerPages],
    biggest: bigPages.map((page) => ({id: page.id, size: page.size}))
  },
  statistic:
    'Per page: median time of each tool over the rounds it ran in. ratioTotal = sum over pages of those medians / the same sum for the rehype-parse parse over the same pages and rounds (headline); ratioMedian = median over pages of the per-page ratio.',
  inProcess: inProcess ? {...inProcess, tools: summaries.map(strip), validateVsAdobe, validateVsAdobeCpu} : undefined,
  biggestPages: bigPages.length > 0 ? {tools: bigSummaries.map(strip), report: bigReport} : undefined,
  linearity: linear,
  cli: {path: cli ? relative(root, cli) : undefined, skipped: cliSkipped, coldStart: cold, peakRss: rss, jobs},
  targets
}
const jsonPath = resolve(process.argv.some((arg) => arg === '--json' || arg.startsWith('--json=')) ? process.cwd() : root, options.json)
mkdirSync(dirname(jsonPath), {recursive: true})
writeFileSync(jsonPath, `${JSON.stringify(report, (key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`)
out.push(`Figures: ${relative(process.cwd(), jsonPath) || jsonPath}`)
console.log(out.join('\n'))
