/**
 * A `--jobs N` worker thread: reads the files the main thread sends, one
 * message per file, runs the job on each (validate, inject) and answers with
 * the result. Files are read here, so the main thread only routes paths and
 * results (and, for inject, writes the files in order).
 */
import {readFile} from 'node:fs/promises'
import {parentPort} from 'node:worker_threads'
import {errorCode} from './errors.js'
import {runJob, type Job, type JobResult} from './check.js'
import {loadLibrary, loadReportLibrary, type Library, type ReportLibrary} from './library.js'

/** A file to check: by path, or by bytes (standard input). */
export interface Task {
  id: number
  name: string
  path?: string
  bytes?: Uint8Array
  job: Job
  /** The page's address (inject). */
  url?: string
}

/** The result of a task, or why its file could not be read. */
export type Answer = {id: number; result: JobResult} | {id: number; readError: string}

const port = parentPort
if (port) {
  const library = loadLibrary()
  let reportLibrary: Promise<ReportLibrary> | undefined
  // `--format html` needs each page's graph too: the report library, loaded once, when first asked for.
  const libraryFor = (job: Job): Promise<Library> => (job.kind === 'validate' && job.details ? (reportLibrary ??= loadReportLibrary()) : library)
  port.on('message', (task: Task) => {
    void answer(task).then((message) => port.postMessage(message))
  })

  async function answer(task: Task): Promise<Answer> {
    let bytes: Uint8Array
    try {
      bytes = task.bytes ?? (await readFile(task.path!))
    } catch (error) {
      return {id: task.id, readError: errorCode(error)}
    }
    return {id: task.id, result: runJob(await libraryFor(task.job), task.name, bytes, task.job, task.url)}
  }
}
