/**
 * A long run holds V8's young generation at a short run's size (heap.ts),
 * so peak memory does not grow with the number of files. Checked in a child
 * process: the V8 flags the governor sets are process-wide.
 */
import {execFileSync} from 'node:child_process'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {longRunFiles} from '../../src/cli/heap.js'
import {root} from './run.js'

const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
const heapModule = pathToFileURL(join(root, 'src/cli/heap.ts')).href

/** The young generation's committed size (MB) after a run-like allocation pattern over `files` files. */
function youngAfterRun(files: number): number {
  const script = `
    import {getHeapSpaceStatistics} from 'node:v8'
    import {heapGovernor} from ${JSON.stringify(heapModule)}
    const heap = await heapGovernor(${files})
    // Like a run: each "file" builds a working set that lives across a few files, then is garbage.
    const recent = []
    for (let file = 0; file < 3000; file++) {
      recent.push(Array.from({length: 2000}, (_, index) => ({file, index})))
      if (recent.length > 20) recent.shift()
      heap.tick()
    }
    console.log(getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20)
  `
  return Number(execFileSync(process.execPath, ['--import', tsxLoader, '--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'}).trim())
}

describe('heapGovernor', () => {
  it('stops the young generation of a long run at a short run’s size (peak RSS grew with the file count)', () => {
    const long = youngAfterRun(longRunFiles)
    const short = youngAfterRun(longRunFiles - 1)
    expect(long).toBeLessThanOrEqual(8)
    // The same work without the governor: V8 doubles it past that.
    expect(short).toBeGreaterThan(long)
  }, 60_000)
})
