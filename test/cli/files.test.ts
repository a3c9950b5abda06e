import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {collectInputs} from '../../src/cli/inputs.js'
import {planOutputs} from '../../src/cli/output.js'
import {closest} from '../../src/cli/suggest.js'
import {temporaryFolder, touch as touchFiles} from './run.js'

let folder: {path: string; remove: () => Promise<void>}
beforeEach(async () => {
  folder = await temporaryFolder()
})
afterEach(() => folder.remove())

const touch = (...paths: string[]) => touchFiles(folder.path, ...paths)

describe('collectInputs', () => {
  it('walks folders in sorted order, skipping node_modules, dot-folders and other extensions', async () => {
    await touch('site/b.html', 'site/a/z.jsonld', 'site/a.htm', 'site/c.txt', 'site/node_modules/x.html', 'site/.cache/y.html', 'site/A.JSON')
    const inputs = await collectInputs(['site'], folder.path, ['.html', '.htm', '.json', '.jsonld'])
    expect(inputs.map((input) => input.name)).toEqual(['site/A.JSON', 'site/a.htm', 'site/a/z.jsonld', 'site/b.html'])
  })

  it('takes files as given, stdin as -, and drops repeats', async () => {
    await touch('page.txt')
    const inputs = await collectInputs(['page.txt', '-', './page.txt', '-'], folder.path, ['.html'])
    expect(inputs.map((input) => input.name)).toEqual(['page.txt', '<stdin>'])
  })

  it('fails with the operand named when it does not exist', async () => {
    await expect(collectInputs(['missing.html'], folder.path, ['.html'])).rejects.toThrow("cannot read 'missing.html': ENOENT")
  })
})

describe('planOutputs', () => {
  const plan = async (operands: string[]) =>
    [...planOutputs(await collectInputs(operands, folder.path, ['.html', '.htm']), 'out', folder.path)].map((output) => output.shown)

  it('uses the basename for inputs in one folder', async () => {
    await touch('one.html', 'two.htm')
    expect(await plan(['one.html', 'two.htm'])).toEqual(['out/one.jsonld', 'out/two.jsonld'])
  })

  it('keeps sub-folders so equal basenames do not clobber', async () => {
    await touch('a/index.html', 'b/index.html')
    expect(await plan(['a/index.html', 'b/index.html'])).toEqual(['out/a/index.jsonld', 'out/b/index.jsonld'])
  })

  it('is relative to a walked folder', async () => {
    await touch('site/news/x.html')
    expect(await plan(['site'])).toEqual(['out/news/x.jsonld'])
  })

  it('adds a suffix when names still clash, and names stdin', async () => {
    await touch('x.html', 'x.htm')
    expect(await plan(['x.html', 'x.htm', '-'])).toEqual(['out/x.jsonld', 'out/x-2.jsonld', 'out/stdin.jsonld'])
  })
})

describe('closest', () => {
  it('finds typos and prefixes, not unrelated words', () => {
    expect(closest('valdate', ['extract', 'validate'])).toBe('validate')
    expect(closest('ext', ['extract', 'validate'])).toBe('extract')
    expect(closest('zzz', ['extract', 'validate'])).toBeUndefined()
  })
})
