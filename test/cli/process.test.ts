/**
 * `runProcess` sets a V8 flag for the whole process (./process.ts): checked
 * in a child process that this V8 knows it, since V8 only prints a warning
 * for a flag it does not know and carries on.
 */
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {regExpFlag} from '../../src/cli/process.js'

/** Everything a fresh Node prints when the flag is set at run time. */
function printed(flag: string): string {
  const child = spawnSync(process.execPath, ['-e', `require('node:v8').setFlagsFromString(${JSON.stringify(flag)}); console.log(/\\p{L}+/u.exec('é')[0])`], {encoding: 'utf8'})
  return `${child.stdout}${child.stderr}`
}

describe('runProcess: regular expressions compiled once', () => {
  it('this V8 knows the flag: nothing is printed but the program’s own output', () => {
    expect(printed(regExpFlag)).toBe('é\n')
  })

  it('a flag V8 does not know is printed (so the test above can fail)', () => {
    expect(printed(`${regExpFlag}-unknown`)).toContain('unrecognized flag')
  })
})
