/**
 * In-process timing: a warm-up pass, then interleaved rounds. In each round
 * every page is visited once and every tool that applies to it runs on it,
 * in an order rotated by round and page, so drift (other load on the
 * machine, GC, thermal) hits all tools alike. A tool that throws on a page is
 * a failure for that page, never the end of the run.
 */
import {loadavg} from 'node:os'
import type {ToolName} from './args.js'
import type {Page} from './pages.js'
import {logLogFit, median, quantile, round, sum, type Fit} from './stats.js'
import type {Tool} from './tools.js'

export interface Failure {
  count: number
  pages: string[]
  firstError: string
}

export type Metric = 'wall' | 'cpu'

export interface Timings {
  /** tool → page id → wall time in ms per round (undefined: did not run or failed). */
  times: Map<ToolName, Map<string, Array<number | undefined>>>
  /** The same for the process's CPU time (user + system, all threads: includes V8's helper threads, excludes waiting for a core). */
  cpu: Map<ToolName, Map<string, Array<number | undefined>>>
  failures: Map<ToolName, Failure>
  /** The first call of each tool in the process (warm-up), ms. */
  firstCall: Map<ToolName, {page: string; ms: number}>
  /** Wall time of the warm-up pass and of each round, s. */
  warmupSeconds: number
  roundSeconds: number[]
  /** 1-minute load average after each round. */
  roundLoad: number[]
}

export interface Plan {
  tools: Tool[]
  pages: Page[]
  /** Pages of the warm-up pass (the peers warm up on their own pages). */
  warmupPages?: ReadonlySet<string>
  /** Ids of pages the peers run on. */
  peerPages: ReadonlySet<string>
  peers: ReadonlySet<ToolName>
  rounds: number
  peerRounds: number
  warmup: boolean
  label: string
}

let sink: unknown

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return []
  const start = by % items.length
  return [...items.slice(start), ...items.slice(0, start)]
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.slice(0, 200)
}

export async function runRounds(plan: Plan, progress: (line: string) => void): Promise<Timings> {
  const timings: Timings = {times: new Map(), cpu: new Map(), failures: new Map(), firstCall: new Map(), warmupSeconds: 0, roundSeconds: [], roundLoad: []}
  for (const tool of plan.tools) {
    timings.times.set(tool.name, new Map(plan.pages.map((page) => [page.id, new Array<number | undefined>(plan.rounds).fill(undefined)])))
    timings.cpu.set(tool.name, new Map(plan.pages.map((page) => [page.id, new Array<number | undefined>(plan.rounds).fill(undefined)])))
  }

  const toolsFor = (page: Page, roundIndex: number) =>
    plan.tools.filter((tool) => !plan.peers.has(tool.name) || (plan.peerPages.has(page.id) && roundIndex < plan.peerRounds))

  const once = async (tool: Tool, page: Page, roundIndex: number) => {
    let ms: number | undefined
    let cpuMs: number | undefined
    try {
      const cpuStarted = process.cpuUsage()
      const started = performance.now()
      const result = tool.run(page)
      sink = tool.async ? await result : result
      ms = performance.now() - started
      const cpu = process.cpuUsage(cpuStarted)
      cpuMs = (cpu.user + cpu.system) / 1000
    } catch (error) {
      const failure = timings.failures.get(tool.name) ?? {count: 0, pages: [], firstError: describe(error)}
      failure.count++
      if (!failure.pages.includes(page.id)) failure.pages.push(page.id)
      timings.failures.set(tool.name, failure)
    }
    if (roundIndex < 0) {
      if (ms !== undefined && !timings.firstCall.has(tool.name)) timings.firstCall.set(tool.name, {page: page.id, ms})
    } else {
      timings.times.get(tool.name)!.get(page.id)![roundIndex] = ms
      timings.cpu.get(tool.name)!.get(page.id)![roundIndex] = cpuMs
    }
  }

  if (plan.warmup) {
    const started = performance.now()
    for (const [pageIndex, page] of plan.pages.entries()) {
      const tools = toolsFor(page, 0).filter((tool) => !plan.warmupPages || plan.warmupPages.has(page.id) || plan.peers.has(tool.name))
      for (const tool of rotate(tools, pageIndex)) await once(tool, page, -1)
    }
    timings.warmupSeconds = (performance.now() - started) / 1000
    progress(`${plan.label}: warm-up ${timings.warmupSeconds.toFixed(1)} s`)
  }
  for (let roundIndex = 0; roundIndex < plan.rounds; roundIndex++) {
    const started = performance.now()
    for (const [pageIndex, page] of plan.pages.entries()) {
      for (const tool of rotate(toolsFor(page, roundIndex), roundIndex + pageIndex)) await once(tool, page, roundIndex)
    }
    timings.roundSeconds.push((performance.now() - started) / 1000)
    timings.roundLoad.push(loadavg()[0]!)
    progress(`${plan.label}: round ${roundIndex + 1}/${plan.rounds} ${timings.roundSeconds.at(-1)!.toFixed(1)} s (load ${timings.roundLoad.at(-1)!.toFixed(2)})`)
  }
  if (sink === Symbol.for('never')) console.log(sink)
  return timings
}

export interface PageFigure {
  id: string
  size: number
  /** Median ms of the tool over the rounds it ran in. */
  ms: number
  /** Median ms of the parse over the same rounds. */
  parseMs: number
  ratio: number
}

export interface ToolSummary {
  tool: ToolName
  label: string
  pages: number
  rounds: number
  /** Median over pages of the per-page median, ms. */
  medianMs: number
  /** Sum over pages of the per-page medians, ms. */
  totalMs: number
  /** The same sum for the parse over the same pages and rounds. */
  parseTotalMs: number
  /** Median over pages of (tool / parse), per-page medians. */
  ratioMedian: number
  ratioP90: number
  /** Sum of tool medians / sum of parse medians over the same pages: the headline. */
  ratioTotal: number
  /** The same two ratios on process CPU time instead of wall time. */
  cpuRatioTotal: number
  cpuRatioMedian: number
  failures: number
  failedPages: string[]
  firstError?: string
  firstCallMs?: number
  /** The first call over the tool's median on that page. */
  firstCallFactor?: number
  importMs: number
  perPage: PageFigure[]
  cpuPerPage: PageFigure[]
}

/** Per-page figures of `tool` against the parse over the same rounds (pages where the tool never succeeded are left out). */
export function perPage(timings: Timings, pages: readonly Page[], tool: ToolName, baseline: ToolName = 'parse', metric: Metric = 'wall'): PageFigure[] {
  const figures: PageFigure[] = []
  const table = metric === 'wall' ? timings.times : timings.cpu
  for (const page of pages) {
    const own = table.get(tool)?.get(page.id)
    const base = table.get(baseline)?.get(page.id)
    if (!own || !base) continue
    const rounds = own.flatMap((ms, index) => (ms !== undefined && base[index] !== undefined ? [index] : []))
    if (rounds.length === 0) continue
    const ms = median(rounds.map((index) => own[index]!))
    const parseMs = median(rounds.map((index) => base[index]!))
    figures.push({id: page.id, size: page.size, ms, parseMs, ratio: ms / parseMs})
  }
  return figures
}

export function summarize(timings: Timings, pages: readonly Page[], tools: readonly Tool[]): ToolSummary[] {
  return tools.map((tool) => {
    const figures = perPage(timings, pages, tool.name)
    const cpuFigures = perPage(timings, pages, tool.name, 'parse', 'cpu')
    const first = timings.firstCall.get(tool.name)
    const firstMedian = figures.find((figure) => figure.id === first?.page)?.ms
    const failure = timings.failures.get(tool.name)
    const roundsRun = Math.max(0, ...[...(timings.times.get(tool.name)?.values() ?? [])].map((list) => list.filter((ms) => ms !== undefined).length))
    return {
      tool: tool.name,
      label: tool.label,
      pages: figures.length,
      rounds: roundsRun,
      medianMs: median(figures.map((figure) => figure.ms)),
      totalMs: sum(figures.map((figure) => figure.ms)),
      parseTotalMs: sum(figures.map((figure) => figure.parseMs)),
      ratioMedian: median(figures.map((figure) => figure.ratio)),
      ratioP90: quantile(figures.map((figure) => figure.ratio), 0.9),
      ratioTotal: sum(figures.map((figure) => figure.ms)) / sum(figures.map((figure) => figure.parseMs)),
      cpuRatioTotal: sum(cpuFigures.map((figure) => figure.ms)) / sum(cpuFigures.map((figure) => figure.parseMs)),
      cpuRatioMedian: median(cpuFigures.map((figure) => figure.ratio)),
      failures: failure?.count ?? 0,
      failedPages: failure?.pages ?? [],
      ...(failure ? {firstError: failure.firstError} : {}),
      ...(first ? {firstCallMs: first.ms} : {}),
      ...(first && firstMedian ? {firstCallFactor: first.ms / firstMedian} : {}),
      importMs: tool.importMs,
      perPage: figures,
      cpuPerPage: cpuFigures
    }
  })
}

/** `slow` over `fast` on the pages and rounds both ran: ratio of totals and median per-page ratio. */
export function headToHead(
  timings: Timings,
  pages: readonly Page[],
  slow: ToolName,
  fast: ToolName,
  metric: Metric = 'wall'
): {pages: number; ratioTotal: number; ratioMedian: number; slowTotalMs: number; fastTotalMs: number} {
  const figures = perPage(timings, pages, slow, fast, metric)
  const slowTotalMs = sum(figures.map((figure) => figure.ms))
  const fastTotalMs = sum(figures.map((figure) => figure.parseMs))
  return {pages: figures.length, ratioTotal: slowTotalMs / fastTotalMs, ratioMedian: median(figures.map((figure) => figure.ratio)), slowTotalMs, fastTotalMs}
}

export interface Linearity {
  tool: ToolName
  /** Fit on wall time. */
  fit: Fit
  /** Slope minus the parse's slope over the same pages (wall). */
  versusParse: number
  /** Fit on CPU time. */
  cpuFit: Fit
  cpuVersusParse: number
}

function fitOf(figures: readonly PageFigure[]): {fit: Fit; versusParse: number} {
  const fit = logLogFit(figures.map((figure) => [figure.size, figure.ms]))
  const parseFit = logLogFit(figures.map((figure) => [figure.size, figure.parseMs]))
  return {fit: {...fit, slope: round(fit.slope, 3), intercept: round(fit.intercept, 3), r2: round(fit.r2, 3)}, versusParse: round(fit.slope - parseFit.slope, 3)}
}

export function linearity(summaries: ReadonlyArray<{tool: ToolName; perPage: PageFigure[]; cpuPerPage: PageFigure[]}>): Linearity[] {
  return summaries.map(({tool, perPage: figures, cpuPerPage}) => {
    const wall = fitOf(figures)
    const cpu = fitOf(cpuPerPage)
    return {tool, fit: wall.fit, versusParse: wall.versusParse, cpuFit: cpu.fit, cpuVersusParse: cpu.versusParse}
  })
}
