/**
 * The long hostile-input run: the properties of test/hostile/properties.ts
 * (the same arbitraries and checks `npx vitest run test/hostile` runs a few
 * times) with many runs, bigger inputs, and a time limit on every input.
 *
 *   npm run fuzz -- --runs 2000 [--seed S] [--property NAME] [--path P] [--jobs N]
 *                   [--time-limit MS] [--watchdog MS] [--sweep [--size N] [--hangs]]
 *
 * --runs N          runs per property (scaled by the property's weight; default 1000), every one made,
 *                   however long it takes: a property stops early only on a failure, and shrinking
 *                   that failure stops after 10 minutes (or 50 time limits) with the smallest input found
 * --seed=S          fast-check seed (default: random, printed); the same seed gives the same inputs
 *                   (write --seed=-123 with the = for a negative seed)
 * --property NAME   only properties whose name contains NAME
 * --path P          with --seed, replay one counterexample (fast-check's path, printed on failure)
 * --jobs N          run the properties in N worker threads at once, each taking the next property when it is
 *                   done (default 1: one thread, properties in order). Same seed, same inputs, same verdicts;
 *                   only the progress lines interleave. For long runs on a machine with spare cores.
 * --time-limit MS   an input that takes longer is a failure, "hang" (default 2000); counted in the CPU time of
 *                   the thread checking it where the system tells it (Linux), so other work on the machine
 *                   does not make a slow input of a fast one; else in wall time
 * --watchdog MS     an input still running after this long is stopped and reported as a hang (default 60000)
 * --sweep           instead: every worst-case alphabet in every field of the template page, --size characters
 * --size N          for --sweep (default 100000)
 * --hangs           for --sweep: include the known hangs (each takes minutes)
 *
 * The work runs in a worker thread so that an input that never returns can be
 * stopped: the main thread is the watchdog. Prints progress and a summary;
 * exits 1 on any failure, printing the counterexample, the seed and the path.
 */
import {openSync, readSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import fc from 'fast-check'
import {Violation, checkWorstCase, hostileProperties, isKnownHang, preview, worstCasePairs, type HostileProperty} from '../test/hostile/properties.js'

interface Options {
  runs: number
  seed: number
  property?: string
  path?: string
  jobs: number
  timeLimit: number
  watchdog: number
  sweep: boolean
  size: number
  hangs: boolean
}

/** Messages from the worker. */
type Message =
  | {type: 'begin'; task: string; index: number; total: number; input: string}
  | {type: 'end'; task: string; index: number; ms: number}
  | {type: 'result'; task: string; result: TaskResult}
  | {type: 'done'}

interface TaskResult {
  task: string
  runs: number
  failed: boolean
  /** Shrinking the failing input was stopped by its time limit: the counterexample is the smallest found by then. */
  interrupted?: boolean
  seed?: number
  path?: string
  counterexample?: string
  error?: string
  shrinks?: number
  /** Inputs skipped by a precondition (pages that would run into a known hang). */
  skipped?: number
  maxMs: number
  meanMs: number
}

if (isMainThread) await main()
else await work(workerData as Options & {skip: string[]})

// ---------------------------------------------------------------------------
// Main thread: arguments, the worker, the watchdog, the report.

async function main(): Promise<void> {
  const options = parseOptions()
  const mode = options.sweep ? `sweep of worst-case strings, ${options.size} characters` : `${options.runs} runs per property`
  console.log(`ldpress fuzz: ${mode}, seed ${options.seed}, time limit ${options.timeLimit} ms per input, watchdog ${options.watchdog} ms`)
  const started = performance.now()
  const results: TaskResult[] = []
  const record = (result: TaskResult) => results.push(result)

  if (options.sweep || options.jobs <= 1) {
    await runTasks(options, [], record)
  } else {
    // N lanes, each running one property per worker and then taking the next: the costly ones come first in the table.
    const names = hostileProperties('long').map((property) => property.name).filter((name) => options.property === undefined || name.includes(options.property))
    if (names.length === 0) throw new Error(`No property matches ${JSON.stringify(options.property)}`)
    const queue = [...names]
    const lane = async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) await runTasks(options, names.filter((other) => other !== name), record)
    }
    await Promise.all(Array.from({length: Math.min(options.jobs, names.length)}, lane))
    results.sort((a, b) => names.indexOf(a.task) - names.indexOf(b.task))
  }

  report(results, options, performance.now() - started)
  process.exitCode = results.some((result) => result.failed) ? 1 : 0
}

/** Run every task not in `skip`, in order, in a worker; when the watchdog stops it, a new one carries on after the hung task. */
async function runTasks(options: Options, skip: readonly string[], record: (result: TaskResult) => void): Promise<void> {
  const finished = new Set<string>(skip)
  for (;;) {
    const outcome = await runWorker(options, [...finished], (result) => {
      record(result)
      finished.add(result.task)
    })
    if (outcome.kind === 'done') return
    const {task, index, input, ms} = outcome
    record({task, runs: index + 1, failed: true, seed: options.seed, path: options.sweep ? undefined : String(index), counterexample: input, error: `hang: still running after ${ms} ms (stopped by the watchdog)`, maxMs: ms, meanMs: ms})
    finished.add(task)
  }
}

function parseOptions(): Options {
  const {values} = parseArgs({
    options: {
      runs: {type: 'string', default: '1000'},
      seed: {type: 'string'},
      property: {type: 'string'},
      path: {type: 'string'},
      jobs: {type: 'string', default: '1'},
      'time-limit': {type: 'string', default: '2000'},
      watchdog: {type: 'string', default: '60000'},
      sweep: {type: 'boolean', default: false},
      size: {type: 'string', default: '100000'},
      hangs: {type: 'boolean', default: false}
    }
  })
  const number = (name: string, text: string | undefined, fallback?: number): number => {
    const value = text === undefined ? fallback : Number(text)
    if (value === undefined || !Number.isFinite(value)) throw new TypeError(`--${name} needs a number, not ${JSON.stringify(text)}`)
    return value
  }
  return {
    runs: number('runs', values.runs),
    seed: number('seed', values.seed, Date.now() ^ (Math.random() * 0x100000000)),
    property: values.property,
    path: values.path,
    jobs: Math.max(1, Math.floor(number('jobs', values.jobs))),
    timeLimit: number('time-limit', values['time-limit']),
    watchdog: number('watchdog', values.watchdog),
    sweep: values.sweep ?? false,
    size: number('size', values.size),
    hangs: values.hangs ?? false
  }
}

type Outcome = {kind: 'done'} | {kind: 'hang'; task: string; index: number; input: string; ms: number}

function runWorker(options: Options, skip: string[], onResult: (result: TaskResult) => void): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    // A worker does not inherit tsx's loader: register it, then load this file (as src/cli/worker-dev.mjs does).
    const bootstrap = `import('tsx/esm/api').then(({register}) => { register(); return import(${JSON.stringify(import.meta.url)}) })`
    const worker = new Worker(bootstrap, {eval: true, workerData: {...options, skip}})
    let current: {task: string; index: number; total: number; input: string; since: number} | undefined
    let lastPrint = 0
    let settled = false
    let stopping = false
    const settle = (outcome: Outcome) => {
      if (settled) return
      settled = true
      clearInterval(timer)
      resolve(outcome)
    }
    const timer = setInterval(() => {
      if (!current) return
      const ms = performance.now() - current.since
      if (ms > options.watchdog) {
        const hung = current
        current = undefined
        stopping = true
        console.log(`  ${hung.task}: input ${hung.index + 1} still running after ${Math.round(ms)} ms: stopping it`)
        void worker.terminate().then(() => settle({kind: 'hang', task: hung.task, index: hung.index, input: hung.input, ms: Math.round(ms)}))
      }
    }, 1000)
    worker.on('message', (message: Message) => {
      if (message.type === 'begin') {
        current = {...message, since: performance.now()}
        const now = performance.now()
        if (now - lastPrint > 5000) {
          lastPrint = now
          console.log(`  ${message.task}: ${message.index}/${message.total}`)
        }
      } else if (message.type === 'end') {
        current = undefined
      } else if (message.type === 'result') {
        const {result} = message
        if (!options.sweep || result.failed) {
          console.log(`${result.failed ? 'FAIL' : 'ok  '} ${result.task}: ${result.runs} runs${result.skipped ? ` (+${result.skipped} skipped: known hangs)` : ''}, mean ${result.meanMs.toFixed(1)} ms, max ${Math.round(result.maxMs)} ms${result.interrupted ? ' (shrinking stopped by its time limit)' : ''}`)
          lastPrint = performance.now()
        }
        onResult(result)
      } else if (message.type === 'done') {
        settle({kind: 'done'})
      }
    })
    worker.on('error', (error) => {
      clearInterval(timer)
      if (!settled) reject(error)
    })
    worker.on('exit', (code) => {
      if (!settled && !stopping && code !== 0) {
        const hung = current
        if (hung) settle({kind: 'hang', task: hung.task, index: hung.index, input: `${hung.input}\n(the worker exited with code ${code}: out of memory?)`, ms: Math.round(performance.now() - hung.since)})
        else reject(new Error(`the fuzz worker exited with code ${code}`))
      }
    })
  })
}

function report(results: readonly TaskResult[], options: Options, ms: number): void {
  const failures = results.filter((result) => result.failed)
  console.log('')
  console.log(`Summary: ${results.length} ${options.sweep ? 'cases' : 'properties'}, ${failures.length} failed, ${results.reduce((sum, result) => sum + result.runs, 0)} inputs in ${(ms / 1000).toFixed(1)} s (seed ${options.seed})`)
  if (!options.sweep) {
    for (const result of results) {
      console.log(`  ${result.failed ? 'FAIL' : 'ok  '} ${result.task.padEnd(78)} ${String(result.runs).padStart(6)} runs ${String(result.skipped ?? 0).padStart(4)} skipped  mean ${result.meanMs.toFixed(1).padStart(7)} ms  max ${String(Math.round(result.maxMs)).padStart(6)} ms`)
    }
  } else {
    const slowest = [...results].sort((a, b) => b.maxMs - a.maxMs).slice(0, 10)
    console.log('  slowest cases:')
    for (const result of slowest) console.log(`    ${String(Math.round(result.maxMs)).padStart(6)} ms  ${result.task}`)
  }
  for (const failure of failures) {
    console.log('')
    console.log(`FAILED: ${failure.task}`)
    if (failure.seed !== undefined && !options.sweep) console.log(`  seed ${failure.seed}${failure.path ? `, path ${failure.path}` : ''}${failure.shrinks ? ` (after ${failure.shrinks} shrinks)` : ''}`)
    if (failure.path) console.log(`  replay: node --import tsx bench/fuzz.ts --property ${JSON.stringify(failure.task)} --seed=${failure.seed} --path=${failure.path}`)
    console.log(`  error: ${failure.error}`)
    console.log(`  counterexample: ${failure.counterexample}`)
  }
}

// ---------------------------------------------------------------------------
// Worker: the properties (or the sweep), each input timed.

async function work(options: Options & {skip: string[]}): Promise<void> {
  const post = (message: Message) => parentPort!.postMessage(message)
  if (options.sweep) sweep(options, post)
  else fuzz(options, post)
  post({type: 'done'})
}

interface Stats {
  /** Inputs the property will run (for progress). */
  runs: number
  calls: number
  total: number
  max: number
}

/**
 * The CPU time of the calling thread in milliseconds, where Linux gives it
 * (`/proc/thread-self/schedstat`, nanoseconds on the CPU; Node 20 has no
 * per-thread CPU clock): an input slowed down by other work on the machine
 * is not a hang. Else the wall clock.
 */
function threadClock(): {now: () => number; kind: 'CPU' | 'wall'} {
  let fd: number
  try {
    fd = openSync('/proc/thread-self/schedstat', 'r')
  } catch {
    return {now: () => performance.now(), kind: 'wall'}
  }
  const buffer = Buffer.alloc(128)
  const now = () => Number(buffer.toString('latin1', 0, readSync(fd, buffer, 0, buffer.length, 0)).split(' ')[0]) / 1e6
  return Number.isFinite(now()) ? {now, kind: 'CPU'} : {now: () => performance.now(), kind: 'wall'}
}

/** Run `check` on `value`, telling the watchdog when it begins and ends; a slow input is a Violation ("hang"). */
function timed<T>(task: string, check: (value: T) => void, options: Options, post: (message: Message) => void, stats: Stats): (value: T) => void {
  const clock = threadClock()
  return (value: T): void => {
    const index = stats.calls++
    post({type: 'begin', task, index, total: stats.runs, input: preview(value, 4000)})
    const start = performance.now()
    const used = clock.now()
    try {
      check(value)
    } finally {
      const ms = performance.now() - start
      post({type: 'end', task, index, ms})
      stats.total += ms
      stats.max = Math.max(stats.max, ms)
    }
    const ms = clock.now() - used
    if (ms <= options.timeLimit) return
    // A stall (a long GC; without a CPU clock, other jobs) can slow one run: a slow input counts when a second run is slow too.
    post({type: 'begin', task, index, total: stats.runs, input: preview(value, 4000)})
    const again = performance.now()
    const usedAgain = clock.now()
    check(value)
    const second = clock.now() - usedAgain
    post({type: 'end', task, index, ms: performance.now() - again})
    if (second > options.timeLimit) throw new Violation(`hang: took ${Math.round(ms)} ms, then ${Math.round(second)} ms of ${clock.kind} time (limit ${options.timeLimit} ms)`)
  }
}

function fuzz(options: Options & {skip: string[]}, post: (message: Message) => void): void {
  const chosen = hostileProperties('long').filter((property) => (options.property === undefined || property.name.includes(options.property)) && !options.skip.includes(property.name))
  if (chosen.length === 0 && options.skip.length === 0) throw new Error(`No property matches ${JSON.stringify(options.property)}`)
  for (const property of chosen) post({type: 'result', task: property.name, result: runProperty(property, options, post)})
}

function runProperty(property: HostileProperty, options: Options, post: (message: Message) => void): TaskResult {
  const runs = options.path ? 1 : Math.max(1, Math.round(options.runs * property.weight))
  const stats: Stats = {runs, calls: 0, total: 0, max: 0}
  const check = timed(property.name, property.check, options, post, stats)
  // Every run, without a time limit: a run of N inputs checks N inputs, however long they take.
  const searched = fc.check(fc.property(property.arbitrary, check), {numRuns: runs, seed: options.seed, ...(options.path ? {path: options.path} : {}), endOnFailure: true})
  // Shrinking a slow input reruns it many times: only that is bounded. It starts again from the failing input
  // (its path), and when stopped reports the smallest failing input found so far.
  const details = searched.failed
    ? fc.check(fc.property(property.arbitrary, check), {
        numRuns: runs,
        seed: options.seed,
        path: searched.counterexamplePath ?? undefined,
        interruptAfterTimeLimit: Math.max(10 * 60_000, options.timeLimit * 50),
        markInterruptAsFailure: false
      })
    : searched
  // Should the failure not come back (a stall that made an input time out), the search's own failure stands.
  const failure = details.failed ? details : searched
  const error = failure.errorInstance
  return {
    task: property.name,
    runs: searched.numRuns,
    failed: searched.failed,
    interrupted: details !== searched && details.interrupted,
    seed: failure.seed,
    path: failure.counterexamplePath ?? undefined,
    counterexample: failure.counterexample ? preview(failure.counterexample.length === 1 ? failure.counterexample[0] : failure.counterexample, 4000) : undefined,
    error: error instanceof Error ? `${error.name}: ${error.message}${error instanceof Violation ? '' : `\n${error.stack ?? ''}`}`.slice(0, 6000) : error === undefined ? undefined : String(error),
    shrinks: failure.numShrinks,
    skipped: searched.numSkips,
    maxMs: stats.max,
    meanMs: stats.calls === 0 ? 0 : stats.total / stats.calls
  }
}

function sweep(options: Options & {skip: string[]}, post: (message: Message) => void): void {
  const pairs = worstCasePairs({hangs: options.hangs}).filter(({alphabet, slot}) => !options.skip.includes(taskOf(alphabet, slot)))
  const clock = threadClock()
  let index = 0
  for (const {alphabet, slot} of pairs) {
    const task = taskOf(alphabet, slot)
    if (options.property !== undefined && !task.includes(options.property)) continue
    const input = `${JSON.stringify(alphabet)} × ${options.size} in ${slot}${isKnownHang(alphabet, slot) ? ' (known hang)' : ''}`
    post({type: 'begin', task, index: index++, total: pairs.length, input})
    const start = performance.now()
    const used = clock.now()
    let error: string | undefined
    try {
      checkWorstCase(alphabet, slot, options.size)
    } catch (caught) {
      error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught)
    }
    let ms = clock.now() - used
    post({type: 'end', task, index, ms: performance.now() - start})
    if (error === undefined && ms > options.timeLimit) {
      // Retime once: a stall can slow one run.
      post({type: 'begin', task, index: index - 1, total: pairs.length, input})
      const again = performance.now()
      const usedAgain = clock.now()
      checkWorstCase(alphabet, slot, options.size)
      ms = Math.min(ms, clock.now() - usedAgain)
      post({type: 'end', task, index: index - 1, ms: performance.now() - again})
      if (ms > options.timeLimit) error = `hang: took ${Math.round(ms)} ms of ${clock.kind} time twice (limit ${options.timeLimit} ms)`
    }
    post({type: 'result', task, result: {task, runs: 1, failed: error !== undefined, counterexample: input, error, maxMs: ms, meanMs: ms}})
  }
}

function taskOf(alphabet: readonly [string, string, string], slot: string): string {
  return `${slot} ← ${JSON.stringify(alphabet)}`
}
