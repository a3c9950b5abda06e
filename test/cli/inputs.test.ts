import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {IoError, UsageError} from '../../src/cli/errors.js'
import {collectInputs, globBase, type CollectOptions} from '../../src/cli/inputs.js'
import {temporaryFolder, touch as touchFiles} from './run.js'

let folder: {path: string; remove: () => Promise<void>}
beforeEach(async () => {
  folder = await temporaryFolder()
})
afterEach(() => folder.remove())

const touch = (...paths: string[]) => touchFiles(folder.path, ...paths)

const html = ['.html', '.htm']

async function names(operands: string[], options: CollectOptions = {}): Promise<string[]> {
  return (await collectInputs(operands, folder.path, html, options)).map((input) => input.name)
}

describe('collectInputs: globs', () => {
  beforeEach(() => touch('public/index.html', 'public/news/a.html', 'public/news/b.htm', 'public/news/c.json', 'public/.hidden/x.html', 'public/node_modules/y.html', 'other/z.html'))

  it('expands a glob, keeping the command extensions and skipping dot-folders and node_modules', async () => {
    expect(await names(['public/**/*'])).toEqual(['public/index.html', 'public/news/a.html', 'public/news/b.htm'])
  })

  it('gives glob matches the static part of the pattern as their base', async () => {
    const inputs = await collectInputs(['public/**/*.html'], folder.path, html)
    expect(inputs.map((input) => input.base)).toEqual([join(folder.path, 'public'), join(folder.path, 'public')])
    expect(await globBase('*.html', '/site')).toBe('/site')
    expect(await globBase('a/b/{c,d}/*.html', '/site')).toBe('/site/a/b')
    expect(await globBase('/abs/x/**', '/site')).toBe('/abs/x')
  })

  it("fails like ESLint when a glob matches nothing", async () => {
    const error = await collectInputs(['drafts/**/*.html'], folder.path, html).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toBe('No files matching the pattern "drafts/**/*.html" were found (looked for .html, .htm files)')
  })

  it('fails when a glob matches only files of other extensions', async () => {
    await expect(names(['public/**/*.json'])).rejects.toThrow('No files matching the pattern "public/**/*.json" were found')
  })

  it('fails when every file a glob matches is ignored', async () => {
    await expect(names(['other/*.html'], {ignore: ['other/']})).rejects.toThrow('All files matched by "other/*.html" are ignored')
  })

  it('prefers an existing path over a glob reading of the same text', async () => {
    await touch('[id].html')
    expect(await names(['[id].html'])).toEqual(['[id].html'])
  })

  it('still names a missing plain path as unreadable', async () => {
    const error = await collectInputs(['nope/page.html'], folder.path, html).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(IoError)
    expect((error as Error).message).toBe("cannot read 'nope/page.html': ENOENT")
  })
})

describe('collectInputs: ignore patterns', () => {
  beforeEach(() => touch('site/a.html', 'site/drafts/b.html', 'site/news/drafts/c.html', 'site/keep.html', 'site/skip.html', 'site/news/d.html'))

  it('applies gitignore patterns to walked folders', async () => {
    expect(await names(['site'], {ignore: ['**/drafts/**']})).toEqual(['site/a.html', 'site/keep.html', 'site/news/d.html', 'site/skip.html'])
  })

  it('applies them to glob matches too', async () => {
    expect(await names(['site/**/*.html'], {ignore: ['**/drafts/**', 'site/news/']})).toEqual(['site/a.html', 'site/keep.html', 'site/skip.html'])
  })

  it('supports negation', async () => {
    expect(await names(['site'], {ignore: ['site/*.html', '!keep.html']})).toEqual([
      'site/drafts/b.html',
      'site/keep.html',
      'site/news/d.html',
      'site/news/drafts/c.html'
    ])
  })

  it('matches relative to cwd, so a root-anchored pattern names a path from there', async () => {
    expect(await names(['site'], {ignore: ['/site/news']})).toEqual(['site/a.html', 'site/drafts/b.html', 'site/keep.html', 'site/skip.html'])
    expect(await names(['site'], {ignore: ['/news']})).toHaveLength(6)
  })

  it('skips an explicitly named file that is ignored, with a warning', async () => {
    const warnings: string[] = []
    const result = await names(['site/skip.html', 'site/a.html'], {ignore: ['skip.html'], warn: (message) => warnings.push(message)})
    expect(result).toEqual(['site/a.html'])
    expect(warnings).toEqual(["'site/skip.html' skipped: it matches an ignore pattern"])
  })

  it('never ignores files outside cwd', async () => {
    const inner = join(folder.path, 'site')
    const inputs = await collectInputs(['../a.html', '.'], join(inner, 'news'), html, {ignore: ['*.html']})
    expect(inputs.map((input) => input.name)).toEqual(['../a.html'])
  })
})

describe('collectInputs: standard input', () => {
  it('names stdin <stdin> by default and --stdin-filename otherwise', async () => {
    expect(await names(['-'])).toEqual(['<stdin>'])
    const [input] = await collectInputs(['-'], folder.path, html, {stdinFilename: 'pages/story.jsonld'})
    expect(input).toEqual({name: 'pages/story.jsonld'})
  })

  it('skips stdin with a warning when its name is ignored', async () => {
    const warnings: string[] = []
    expect(await names(['-'], {stdinFilename: 'drafts/x.html', ignore: ['drafts/'], warn: (message) => warnings.push(message)})).toEqual([])
    expect(warnings).toEqual(["'drafts/x.html' skipped: it matches an ignore pattern"])
  })
})

describe('collectInputs: order and repeats', () => {
  it('sorts by path in code-unit order whatever the operand order, stdin last, each file once', async () => {
    await touch('b.html', 'a/z.html', 'a.html', 'B.html', 'a/y.htm')
    const result = await names(['-', 'b.html', 'a', '*.html', './b.html', 'a/z.html', 'a/**/*.htm', '-'])
    expect(result).toEqual(['B.html', 'a.html', 'a/y.htm', 'a/z.html', 'b.html', '<stdin>'])
  })

  it('keeps the name from the first operand that found a file', async () => {
    await touch('site/x.html')
    expect(await names(['site/x.html', 'site'])).toEqual(['site/x.html'])
    expect(await names(['./site/x.html', 'site'])).toEqual(['./site/x.html'])
  })
})
