/**
 * What the `ldpress` executable does with its process: run `main()` on the
 * real streams and set the exit status. An unexpected crash is a bug: one
 * line on stderr (the stack with LDPRESS_DEBUG=1) and status 2. Shared by
 * `bin.ts` (run from source) and the code-cached bundle `dist/cli.js` loads
 * (./bundle.ts, ./launcher.ts).
 */
import type {Io} from './io.js'
import {main} from './main.js'

/** Run `ldpress` with this process's arguments and streams; `io` adds to or replaces them (`importModule`). */
export async function runProcess(io: Partial<Io> = {}): Promise<void> {
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
