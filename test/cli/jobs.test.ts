/**
 * `validate --jobs N` gives byte-identical output to `--jobs 1`, and
 * `--shard I/N` splits the file list into disjoint parts that cover it.
 */
import {describe, expect, it} from 'vitest'
import {shardOf} from '../../src/cli/session.js'
import {run} from './run.js'

/** Pages with real structured data and real problems, in many files (enough for workers to start). */
const corpus = ['test/fixtures', 'examples']

describe('validate --jobs', () => {
  it('reports exactly what --jobs 1 reports, in the same order, for every format', async () => {
    for (const format of ['json', 'sarif']) {
      const one = await run(['validate', ...corpus, '-f', format, '--jobs', '1'])
      expect(one.stdout.length).toBeGreaterThan(1000)
      for (const jobs of format === 'json' ? ['2', '3'] : ['2']) {
        const many = await run(['validate', ...corpus, '-f', format, '--jobs', jobs])
        expect(many.code).toBe(one.code)
        expect(many.stderr).toBe(one.stderr)
        expect(many.stdout).toBe(one.stdout)
      }
    }
  }, 120_000)

  it('rejects a --jobs that is not a positive number', async () => {
    for (const jobs of ['0', '-1', 'two', '1.5']) {
      const {code, stderr} = await run(['validate', 'examples', '--jobs', jobs])
      expect(code).toBe(2)
      expect(stderr).toMatch(/--jobs/)
    }
  })
})

describe('validate --shard', () => {
  it('splits the files into disjoint parts that together are all of them, for several N', async () => {
    const all = JSON.parse((await run(['validate', ...corpus, '-f', 'json', '--jobs', '1'])).stdout) as Array<{filePath: string}>
    const names = all.map((result) => result.filePath)
    expect(names.length).toBeGreaterThan(30)
    for (const count of [1, 2, 3, 5]) {
      const parts: string[][] = []
      for (let index = 1; index <= count; index++) {
        const {stdout} = await run(['validate', ...corpus, '-f', 'json', '--jobs', '1', '--shard', `${index}/${count}`])
        parts.push((JSON.parse(stdout) as Array<{filePath: string}>).map((result) => result.filePath))
      }
      expect(parts.flat().sort()).toEqual([...names].sort())
      expect(new Set(parts.flat()).size).toBe(names.length)
      if (count > 1) expect(parts.every((part) => part.length < names.length)).toBe(true)
    }
  }, 120_000)

  it('puts a file in the same part whatever else is in the list', () => {
    const names = Array.from({length: 200}, (_, i) => ({name: `site/page-${i}.html`}))
    const before = shardOf(names, {index: 2, count: 4}).map((input) => input.name)
    const after = shardOf([...names, {name: 'site/new.html'}], {index: 2, count: 4}).map((input) => input.name)
    expect(after.filter((name) => name !== 'site/new.html')).toEqual(before)
    // Roughly balanced: a quarter each, give or take.
    expect(before.length).toBeGreaterThan(30)
    expect(before.length).toBeLessThan(70)
  })

  it('rejects malformed shards', async () => {
    for (const shard of ['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3']) {
      const {code, stderr} = await run(['validate', 'examples', '--shard', shard])
      expect(code, shard).toBe(2)
      expect(stderr).toMatch(/--shard/)
    }
  })
})
