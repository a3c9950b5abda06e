/**
 * `--jobs N`: run a job (validate, inject) over files in N worker threads and
 * hand the results back in input order, so the output is byte-identical to
 * `--jobs 1`.
 *
 * Memory stays flat: at most `window` files are in flight or waiting to be
 * reported, whatever the number of files; workers read the files
 * themselves, so the main thread only routes paths and findings.
 */
import {availableParallelism} from 'node:os'
import {workerThreads} from './builtins.js'
import {runJob, type Job, type JobResult} from './check.js'
import {IoError} from './errors.js'
import {heapGovernor} from './heap.js'
import {readInput, type Input} from './inputs.js'
import type {Io} from './io.js'
import type {Library} from './library.js'
import type {Answer, Task} from './worker.js'

/** One input's result. */
export interface Done {
  input: Input
  result: JobResult
}

export interface RunAllOptions {
  /** Worker threads; 1 runs in this thread. */
  jobs: number
  job: Job
  /** The page address of an input (inject), computed here so workers need no configuration. */
  urlOf?: (input: Input) => string | undefined
  io: Io
  loadLibrary: () => Promise<Library>
}

/** Files queued per worker: enough to keep each busy while results travel. */
const perWorker = 4
/** Below this many files per worker, starting threads costs more than it saves. */
const minFilesPerWorker = 4

/** `--jobs` default: the cores this process may use. */
export function defaultJobs(): number {
  return availableParallelism()
}

/** Run the job on every input; yields in input order. */
export async function* runAll(inputs: readonly Input[], options: RunAllOptions): AsyncGenerator<Done> {
  const jobs = Math.min(options.jobs, Math.floor(inputs.length / minFilesPerWorker))
  if (jobs <= 1) {
    const library = inputs.length > 0 ? await options.loadLibrary() : undefined
    const heap = heapGovernor(inputs.length)
    for (const input of inputs) {
      const bytes = await readInput(input, options.io)
      yield {input, result: runJob(library!, input.name, bytes, options.job, options.urlOf?.(input))}
      heap.tick()
    }
    return
  }
  yield* inWorkers(inputs, jobs, options)
}

async function* inWorkers(inputs: readonly Input[], jobs: number, options: RunAllOptions): AsyncGenerator<Done> {
  // Standard input can be read once only, and here: workers get its bytes.
  const stdin = new Map<number, Uint8Array>()
  for (const [id, input] of inputs.entries()) if (input.path === undefined) stdin.set(id, await readInput(input, options.io))

  const url = import.meta.url.endsWith('.ts') ? new URL('./worker-dev.mjs', import.meta.url) : new URL('./worker.js', import.meta.url)
  const workers = Array.from({length: jobs}, () => ({worker: new (workerThreads().Worker)(url), busy: 0}))
  const waiting = new Map<number, {resolve: (answer: Answer) => void; reject: (error: unknown) => void}>()
  const answers = new Map<number, Promise<Answer>>()
  let failure: unknown
  let next = 0
  let reported = 0
  const failAll = (error: unknown) => {
    failure ??= error
    for (const {reject} of waiting.values()) reject(failure)
    waiting.clear()
  }

  /**
   * Keep every worker fed (`perWorker` files each), whatever order results
   * come back in: a slow page holds back only the report, not the other
   * workers. Results wait for their turn in `answers`, at most `ahead`.
   */
  const pump = () => {
    while (failure === undefined && next < inputs.length && next - reported < ahead) {
      const slot = workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least))
      if (slot.busy >= perWorker) return
      const id = next++
      const input = inputs[id]!
      const answer = new Promise<Answer>((resolve, reject) => waiting.set(id, {resolve, reject}))
      answer.catch(() => {}) // observed when its turn comes
      answers.set(id, answer)
      const url = options.urlOf?.(input)
      const task: Task = {id, name: input.name, job: options.job, ...(url === undefined ? {} : {url})}
      const bytes = stdin.get(id)
      if (bytes === undefined) task.path = input.path
      else task.bytes = bytes
      slot.busy++
      slot.worker.postMessage(task)
    }
  }

  for (const slot of workers) {
    slot.worker.on('message', (answer: Answer) => {
      slot.busy--
      waiting.get(answer.id)?.resolve(answer)
      waiting.delete(answer.id)
      pump()
    })
    slot.worker.on('error', failAll)
    slot.worker.on('exit', (code) => failAll(new Error(`a worker thread stopped (exit code ${code})`)))
  }

  const ahead = Math.max(64, jobs * perWorker * 8)
  try {
    pump()
    for (let id = 0; id < inputs.length; id++) {
      if (failure !== undefined) throw failure
      const answer = await answers.get(id)!
      answers.delete(id)
      reported++
      pump()
      if ('readError' in answer) throw new IoError('read', inputs[id]!.name, {code: answer.readError})
      yield {input: inputs[id]!, result: answer.result}
    }
  } finally {
    for (const {worker} of workers) worker.removeAllListeners('exit')
    await Promise.all(workers.map(({worker}) => worker.terminate()))
  }
}
