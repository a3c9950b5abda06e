/**
 * A progress line on standard error for long runs at a terminal:
 * `ldpress: 1,204/98,310 files (212/s)`, rewritten in place at most five
 * times a second and cleared at the end. Never in CI logs (`CI` set), never
 * when stderr is not a terminal, never with `--quiet`, and not for runs
 * that finish within two seconds.
 */
import type {Io} from './io.js'

export interface Progress {
  /** One more file done. */
  tick(): void
  /** Clear the line (call before the summary). */
  done(): void
}

const quiet: Progress = {tick: () => {}, done: () => {}}
const interval = 200
const delay = 2000

/** A progress reporter for `total` files, or a silent one where progress must not show. */
export function progress(io: Io, total: number, options: {quiet: boolean}, now: () => number = Date.now): Progress {
  if (options.quiet || io.stderr.isTTY !== true || io.env?.CI || total < 2) return quiet
  const started = now()
  let shown = 0
  let last = 0
  let done = 0
  let visible = false
  const format = new Intl.NumberFormat('en-US')
  return {
    tick() {
      done++
      const time = now()
      if (time - started < delay || time - last < interval) return
      last = time
      const rate = Math.round((done * 1000) / Math.max(1, time - started))
      const line = `ldpress: ${format.format(done)}/${format.format(total)} files (${format.format(rate)}/s)`
      io.stderr.write(`\r${line}${' '.repeat(Math.max(0, shown - line.length))}`)
      shown = line.length
      visible = true
    },
    done() {
      if (visible) io.stderr.write(`\r${' '.repeat(shown)}\r`)
      visible = false
    }
  }
}
