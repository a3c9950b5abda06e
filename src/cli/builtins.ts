/**
 * Node built-ins that only some runs need, required on first use instead of
 * at start-up: `node:crypto` loads ~16 internal modules (~2.5 ms), and
 * `node:worker_threads` ~7 (~0.5 ms), for `--out-dir`, `inject`, SARIF
 * reports and `--jobs`; `node:v8` for long runs. (`import()` would do, but not in the code-cached CLI
 * bundle, a script without a module loader: ./launcher.ts.)
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

/** `node:crypto`. */
export const crypto = (): typeof import('node:crypto') => require('node:crypto') as typeof import('node:crypto')

/** `node:v8` (runs of many files tune the garbage collector: ./heap.ts). */
export const v8 = (): typeof import('node:v8') => require('node:v8') as typeof import('node:v8')

/** `node:worker_threads`. */
export const workerThreads = (): typeof import('node:worker_threads') => require('node:worker_threads') as typeof import('node:worker_threads')
