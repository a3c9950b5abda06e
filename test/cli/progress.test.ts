import {describe, expect, it} from 'vitest'
import type {Io} from '../../src/cli/io.js'
import {progress} from '../../src/cli/progress.js'

function terminal(env: Record<string, string> = {}) {
  let text = ''
  const io = {stdout: {write: () => {}}, stderr: {write: (chunk: string) => (text += chunk), isTTY: true}, stdin: (async function* () {})(), cwd: '/', env} as Io
  return {io, text: () => text}
}

describe('progress line', () => {
  it('shows files done, total and rate on a terminal after two seconds, and clears itself', () => {
    const {io, text} = terminal()
    let time = 0
    const meter = progress(io, 1000, {quiet: false}, () => time)
    for (let i = 0; i < 10; i++) meter.tick()
    expect(text()).toBe('')
    time = 2500
    meter.tick()
    expect(text()).toBe('\rldpress: 11/1,000 files (4/s)')
    meter.done()
    expect(text().endsWith('\r')).toBe(true)
  })

  it('stays silent in CI, off a terminal, and with --quiet', () => {
    for (const [io, quiet] of [[terminal({CI: 'true'}).io, false], [{...terminal().io, stderr: {write: () => {}}}, false], [terminal().io, true]] as const) {
      let written = false
      const sink = {...io, stderr: {...io.stderr, write: () => (written = true)}}
      let time = 0
      const meter = progress(sink, 1000, {quiet}, () => time)
      time = 5000
      meter.tick()
      meter.done()
      expect(written).toBe(false)
    }
  })
})
