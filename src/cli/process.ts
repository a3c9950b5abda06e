/**
 * What the `ldpress` executable does with its process: run `main()` on the
 * real streams and set the exit status. An unexpected crash is a bug: one
 * line on stderr (the stack with LDPRESS_DEBUG=1) and status 2. Shared by
 * `bin.ts` (run from source) and the code-cached bundle `dist/cli.js` loads
 * (./bundle.ts, ./launcher.ts).
 */
import * as builtins from './builtins.js'
import type {Io} from './io.js'
import {main} from './main.js'

/** Run `ldpress` with this process's arguments and streams; `io` adds to or replaces them (`importModule`). */
export async function runProcess(io: Partial<Io> = {}): Promise<void> {
  compileRegExpsOnce()
  // `ldpress … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })

  try {
    process.exitCode = await main(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      // Made on first use: creating process.stdin costs 1–6 ms, and only an input `-` reads it.
      get stdin() {
        return process.stdin
      },
      cwd: process.cwd(),
      env: process.env,
      ...io
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const detail = process.env.LDPRESS_DEBUG && error instanceof Error ? `\n${error.stack}` : ' (LDPRESS_DEBUG=1 shows the stack)'
    process.stderr.write(`ldpress: unexpected error: ${message}${detail}\n`)
    process.exitCode = 2
  }
}

/**
 * V8 compiles a regular expression on its first use to bytecode, and on its
 * second to machine code: each pattern the field rules run is compiled twice,
 * and patterns with Unicode classes (`\p{L}`, `/iu`) cost up to 1 ms each to
 * compile. This process-wide flag compiles each to machine code at once. A
 * run of one small page spends about 10% fewer instructions (callgrind:
 * 1,211 M → 1,101 M for `extract` of the sample article; `node -e 0` is 515 M); a
 * long run is unchanged, since there every pattern runs twice anyway. Only
 * when patterns compile changes, never what they match. (Checked on Node 20,
 * V8 11.3; an unknown flag would only print a warning, which
 * test/cli/process.test.ts would catch.)
 */
function compileRegExpsOnce(): void {
  builtins.v8().setFlagsFromString(regExpFlag)
}

/** The flag `runProcess` sets (exported for its test). */
export const regExpFlag = '--no-regexp-tier-up'
