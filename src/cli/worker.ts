/**
 * A `validate --jobs N` worker thread: reads and validates the files the
 * main thread sends, one message per file, and answers with the findings.
 * Files are read here, so the main thread only routes paths and results.
 */
import {readFile} from 'node:fs/promises'
import {parentPort} from 'node:worker_threads'
import {errorCode} from './errors.js'
import {checkBytes} from './check.js'
import {loadLibrary} from './library.js'

/** A file to check: by path, or by bytes (standard input). */
export interface Task {
  id: number
  name: string
  path?: string
  bytes?: Uint8Array
  profiles?: readonly string[]
}

/** The findings of a task, or why its file could not be read. */
export type Answer = {id: number; diagnostics: import('../types.js').Diagnostic[]} | {id: number; readError: string}

const port = parentPort
if (port) {
  const library = loadLibrary()
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
    return {id: task.id, diagnostics: checkBytes(await library, task.name, bytes, task.profiles)}
  }
}
