/**
 * `ldpress merge`: the reports of `validate --shard I/N` runs combine into
 * the report of one run.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {root, run, temporaryFolder} from './run.js'

const corpus = [join(root, 'test/fixtures'), join(root, 'examples')]
let folder: {path: string; remove: () => Promise<void>}
beforeEach(async () => {
  folder = await temporaryFolder()
})
afterEach(async () => {
  await folder.remove()
})

/** Run `validate` over the corpus, once whole and in 3 shards, writing `format` reports into the temp folder. */
async function shardReports(format: 'json' | 'sarif'): Promise<{whole: string; shards: string[]}> {
  const whole = join(folder.path, `whole.${format}`)
  await run(['validate', ...corpus, '-f', format, '-o', whole, '--jobs', '1'], {cwd: root})
  const shards: string[] = []
  for (let index = 1; index <= 3; index++) {
    const file = join(folder.path, `shard-${index}.${format}`)
    await run(['validate', ...corpus, '-f', format, '-o', file, '--jobs', '1', '--shard', `${index}/3`], {cwd: root})
    shards.push(file)
  }
  return {whole, shards}
}

describe('ldpress merge', () => {
  it('JSON shard reports merge into exactly the single run’s JSON report, and exit 1 on errors', async () => {
    const {whole, shards} = await shardReports('json')
    const merged = await run(['merge', ...shards.reverse()], {cwd: root})
    expect(merged.code).toBe(1)
    expect(merged.stdout).toBe(await readFile(whole, 'utf8'))
  }, 60_000)

  it('writes JSON to -o FILE when no format is named', async () => {
    const {whole, shards} = await shardReports('json')
    const out = join(folder.path, 'merged.json')
    await run(['merge', ...shards, '-o', out], {cwd: root})
    expect(await readFile(out, 'utf8')).toBe(await readFile(whole, 'utf8'))
  }, 60_000)

  it('writes the merged findings in another format: github annotations, as one run prints them', async () => {
    const {shards} = await shardReports('json')
    const single = await run(['validate', ...corpus, '-f', 'github', '--jobs', '1'], {cwd: root})
    const merged = await run(['merge', ...shards, '-f', 'github'], {cwd: root})
    // ESLint JSON has no info level, and validate shows none by default: the two agree line for line.
    expect(merged.stdout).toBe(single.stdout)
  }, 60_000)

  it('SARIF shard reports merge into one run with every result, fingerprints kept, rule indexes pointing at the right rule', async () => {
    const {whole, shards} = await shardReports('sarif')
    const merged = await run(['merge', ...shards], {cwd: root})
    expect(merged.code).toBe(1)
    type Log = {version: string; runs: Array<{tool: {driver: {rules: Array<{id: string}>}}; results: Array<{ruleId: string; ruleIndex: number; partialFingerprints: Record<string, string>}>}>}
    const log = JSON.parse(merged.stdout) as Log
    const single = JSON.parse(await readFile(whole, 'utf8')) as Log
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const [run0] = log.runs
    for (const result of run0!.results) expect(run0!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId)
    // The same log a single run writes: results in path order, rules in first-use order, fingerprints kept.
    expect(log).toEqual(single)
  }, 60_000)

  it('refuses mixed kinds, a shard given twice, and files that are not reports (exit 2)', async () => {
    const {shards} = await shardReports('json')
    const sarif = join(folder.path, 'one.sarif')
    await run(['validate', join(root, 'examples'), '-f', 'sarif', '-o', sarif, '--jobs', '1'], {cwd: root})
    expect((await run(['merge', shards[0]!, sarif], {cwd: root})).code).toBe(2)
    const twice = await run(['merge', shards[0]!, shards[0]!], {cwd: root})
    expect(twice.code).toBe(2)
    expect(twice.stderr).toMatch(/in two reports/)
    const notReport = await run(['merge', join(root, 'package.json')], {cwd: root})
    expect(notReport.code).toBe(2)
    expect(notReport.stderr).toMatch(/neither/)
  }, 60_000)
})
