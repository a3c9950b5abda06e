/**
 * `validate --jobs N`: check files in N worker threads and hand the results
 * back in input order, so the report is byte-identical to `--jobs 1`.
 *
 * Memory stays flat: at most `window` files are in flight or waiting to be
 * reported, whatever the number of files; workers read the files
 * themselves, so the main thread only routes paths and findings.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Diagnostic} from '../types.js'
import {checkBytes} from './check.js'
import {IoError} from './errors.js'
import {readInput, type Input} from './inputs.js'
import type {Io} from './io.js'
import type {Library} from './library.js'
import type {Answer, Task} from './worker.js'

/** One input's findings. */
export interface Checked {
  input: Input
  diagnostics: Diagnostic[]
}

export interface CheckAllOptions {
  /** Worker threads; 1 checks in this thread. */
  jobs: number
  profiles: readonly string[] | undefined
  io: Io
  loadLibrary: () => Promise<Library>
}

/** Files in flight per worker: enough to keep each busy while results travel. */
const perWorker = 8
/** Below this many files per worker, starting threads costs more than it saves. */
const minFilesPerWorker = 4

/** `--jobs` default: the cores this process may use. */
export function defaultJobs(): number {
  return availableParallelism()
}

/** Check every input; yields in input order. */
export async function* checkAll(inputs: readonly Input[], options: CheckAllOptions): AsyncGenerator<Checked> {
  const jobs = Math.min(options.jobs, Math.floor(inputs.length / minFilesPerWorker))
  if (jobs <= 1) {
    const library = inputs.length > 0 ? await options.loadLibrary() : undefined
    for (const input of inputs) {
      const bytes = await readInput(input, options.io)
      yield {input, diagnostics: checkBytes(library!, input.name, bytes, options.profiles)}
    }
    return
  }
  yield* inWorkers(inputs, jobs, options)
}

async function* inWorkers(inputs: readonly Input[], jobs: number, options: CheckAllOptions): AsyncGenerator<Checked> {
  const url = import.meta.url.endsWith('.ts') ? new URL('./worker-dev.mjs', import.meta.url) : new URL('./worker.js', import.meta.url)
  const workers = Array.from({length: jobs}, () => ({worker: new Worker(url), busy: 0}))
  const waiting = new Map<number, {resolve: (answer: Answer) => void; reject: (error: unknown) => void}>()
  const answers = new Map<number, Promise<Answer>>()
  let failure: unknown
  const failAll = (error: unknown) => {
    failure ??= error
    for (const {reject} of waiting.values()) reject(failure)
    waiting.clear()
  }
  for (const slot of workers) {
    slot.worker.on('message', (answer: Answer) => {
      slot.busy--
      waiting.get(answer.id)?.resolve(answer)
      waiting.delete(answer.id)
    })
    slot.worker.on('error', failAll)
    slot.worker.on('exit', (code) => failAll(new Error(`a validate worker stopped (exit code ${code})`)))
  }

  const send = async (id: number): Promise<void> => {
    const input = inputs[id]!
    const answer = new Promise<Answer>((resolve, reject) => (failure === undefined ? waiting.set(id, {resolve, reject}) : reject(failure)))
    answer.catch(() => {}) // observed when its turn comes
    answers.set(id, answer)
    const task: Task = {id, name: input.name, ...(options.profiles === undefined ? {} : {profiles: options.profiles})}
    if (input.path === undefined) task.bytes = await readInput(input, options.io)
    else task.path = input.path
    const slot = workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least))
    slot.busy++
    slot.worker.postMessage(task)
  }

  const window = jobs * perWorker
  let next = 0
  try {
    for (let id = 0; id < inputs.length; id++) {
      while (next < inputs.length && next < id + window) await send(next++)
      const answer = await answers.get(id)!
      answers.delete(id)
      if ('readError' in answer) throw new IoError('read', inputs[id]!.name, {code: answer.readError})
      yield {input: inputs[id]!, diagnostics: answer.diagnostics}
    }
  } finally {
    for (const {worker} of workers) worker.removeAllListeners('exit')
    await Promise.all(workers.map(({worker}) => worker.terminate()))
  }
}
