#!/usr/bin/env node
/**
 * The `ldpress` executable: hand the process to `main()` and set the exit
 * status. An unexpected crash is a bug: one line on stderr (the stack with
 * LDPRESS_DEBUG=1) and status 2.
 */
import {main} from './main.js'

// `ldpress … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

try {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env
  })
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  const detail = process.env.LDPRESS_DEBUG && error instanceof Error ? `\n${error.stack}` : ' (LDPRESS_DEBUG=1 shows the stack)'
  process.stderr.write(`ldpress: unexpected error: ${message}${detail}\n`)
  process.exitCode = 2
}
