/**
 * Run `main()` in-process with string streams.
 */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {main} from '../../src/cli/main.js'

/** What one run printed and returned. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/** The repository root (operands in tests are relative to it unless a `cwd` is given). */
export const root = fileURLToPath(new URL('../..', import.meta.url))

/** Run `ldpress ...argv` with `stdin` as standard input. */
export async function run(argv: string[], {cwd = root, stdin = ''}: {cwd?: string; stdin?: string | Uint8Array} = {}): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk)},
    stdin: (async function* () {
      yield typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin
    })(),
    cwd
  })
  return {code, stdout, stderr}
}

/** A fresh temporary folder, and a function that removes it. */
export async function temporaryFolder(): Promise<{path: string; remove: () => Promise<void>}> {
  const path = await mkdtemp(join(tmpdir(), 'ldpress-cli-'))
  return {path, remove: () => rm(path, {recursive: true, force: true})}
}

/** Create empty files (and their folders) at `paths` under `root`. */
export async function touch(root: string, ...paths: string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(join(root, path, '..'), {recursive: true})
    await writeFile(join(root, path), '')
  }
}
