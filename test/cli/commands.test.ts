import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {articlePage, brokenPage, goodJsonLd, misspelledJsonLd} from './fixtures.js'
import {run, temporaryFolder} from './run.js'

const sample = 'examples/volunteer-fighters/article.html'
const sampleUrl = 'https://news.example/world/russia-volunteer-fighters-west-asia'
const summary = /^\d+ errors?, \d+ warnings? in \d+ files?$/m

let folder: {path: string; remove: () => Promise<void>}
beforeEach(async () => {
  folder = await temporaryFolder()
})
afterEach(() => folder.remove())

async function write(files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(folder.path, name, '..'), {recursive: true})
    await writeFile(join(folder.path, name), text)
  }
}

/** Nodes of the `@graph` printed by extract. */
function nodesOf(stdout: string): Array<Record<string, unknown>> {
  const document = JSON.parse(stdout)
  expect(document['@context']).toBeDefined()
  expect(Array.isArray(document['@graph'])).toBe(true)
  return document['@graph']
}

const isArticle = (node: Record<string, unknown>) => ([] as unknown[]).concat(node['@type']).includes('NewsArticle')

describe('ldpress extract', () => {
  it('prints the sample article as a JSON-LD graph', async () => {
    const {code, stdout} = await run(['extract', sample, '--url', sampleUrl])
    expect(code).toBe(0)
    expect(stdout.endsWith('}\n')).toBe(true)
    const article = nodesOf(stdout).find(isArticle)
    expect(article?.['@id']).toBe(`${sampleUrl}#article`)
    expect(article?.datePublished).toBe('2022-03-11')
  })

  it('reads standard input for -', async () => {
    const {code, stdout} = await run(['extract', '-', '--url', 'https://news.example/world/rain'], {stdin: articlePage})
    expect(code).toBe(0)
    expect(nodesOf(stdout).find(isArticle)?.headline).toBe('Rain falls on the plain')
  })

  it('indents with --pretty, and prints one line without it', async () => {
    const compact = await run(['extract', '-'], {stdin: articlePage})
    const pretty = await run(['extract', '-', '--pretty'], {stdin: articlePage})
    expect(compact.stdout.trimEnd()).not.toContain('\n')
    expect(pretty.stdout).toContain('\n  "@graph": [')
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout))
  })

  it('reports extraction findings on stderr as file:line:column lines and still exits 0', async () => {
    await write({'bare.html': '<p>No article here.</p>'})
    const {code, stdout, stderr} = await run(['extract', 'bare.html'], {cwd: folder.path})
    expect(code).toBe(0)
    nodesOf(stdout)
    for (const line of stderr.split('\n').filter(Boolean)) {
      expect(line).toMatch(/^bare\.html(:\d+:\d+)? (error|warning) .+ \S+$/)
    }
  })

  it('writes one .jsonld per input with --out-dir, without clobbering equal names', async () => {
    await write({'a/index.html': articlePage, 'b/index.html': articlePage.replaceAll('Rain falls', 'Snow falls')})
    const {code, stdout} = await run(['extract', 'a/index.html', 'b/index.html', '--out-dir', 'out'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(stdout).toBe('out/a/index.jsonld\nout/b/index.jsonld\n')
    const first = nodesOf(await readFile(join(folder.path, 'out/a/index.jsonld'), 'utf8'))
    const second = nodesOf(await readFile(join(folder.path, 'out/b/index.jsonld'), 'utf8'))
    expect(first.find(isArticle)?.headline).toBe('Rain falls on the plain')
    expect(second.find(isArticle)?.headline).toBe('Snow falls on the plain')
  })

  it('walks a folder with --out-dir', async () => {
    await write({'site/news/one.html': articlePage, 'site/two.htm': articlePage, 'site/notes.txt': 'x'})
    const {code, stdout} = await run(['extract', 'site', '--out-dir', 'out'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(stdout).toBe('out/news/one.jsonld\nout/two.jsonld\n')
  })

  it('--out-dir with --quiet writes the files and prints nothing', async () => {
    await write({'site/one.html': articlePage})
    const {code, stdout} = await run(['extract', 'site', '--out-dir', 'out', '-q'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(nodesOf(await readFile(join(folder.path, 'out/one.jsonld'), 'utf8')).find(isArticle)?.headline).toBe('Rain falls on the plain')
  })

  it('needs --out-dir for several inputs, and --url names one page', async () => {
    await write({'a.html': articlePage, 'b.html': articlePage})
    const several = await run(['extract', 'a.html', 'b.html'], {cwd: folder.path})
    expect(several.code).toBe(2)
    expect(several.stderr).toMatch(/^ldpress: extract prints one document, .*--out-dir/)
    const url = await run(['extract', 'a.html', 'b.html', '--out-dir', 'out', '--url', 'https://x.example/'], {cwd: folder.path})
    expect(url.code).toBe(2)
  })
})

describe('ldpress validate', () => {
  it('exits 1 and points at the broken JSON-LD on the page', async () => {
    await write({'broken.html': brokenPage})
    const {code, stdout} = await run(['validate', 'broken.html', '-f', 'unix'], {cwd: folder.path})
    expect(code).toBe(1)
    expect(stdout).toMatch(/^broken\.html:4:\d+ error .+ \S+$/m)
    expect(stdout).toMatch(/^[1-9]\d* errors?, \d+ warnings? in 1 file$/m)
  })

  it('exits 0 for a good .jsonld document', async () => {
    await write({'good.jsonld': goodJsonLd})
    const {code, stdout, stderr} = await run(['validate', 'good.jsonld', '-f', 'unix'], {cwd: folder.path})
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^0 errors, \d+ warnings? in 1 file$/m)
    expect(code).toBe(0)
  })

  it('gives JSON findings the line and column in the file', async () => {
    await write({'bad.jsonld': misspelledJsonLd})
    const {code, stdout} = await run(['validate', 'bad.jsonld', '--profile', 'schema.org', '-f', 'unix'], {cwd: folder.path})
    expect(code).toBe(1)
    expect(stdout).toMatch(/^bad\.jsonld:4:3 error .*hedline/m)
  })

  it('walks folders in sorted order and counts every file', async () => {
    await write({'site/b.html': brokenPage, 'site/a/good.jsonld': goodJsonLd, 'site/node_modules/x.html': brokenPage, 'site/.git/y.html': brokenPage})
    const {code, stdout} = await run(['validate', 'site', '-f', 'unix'], {cwd: folder.path})
    expect(code).toBe(1)
    expect(stdout).toMatch(/ in 2 files\n$/)
    expect(stdout).not.toContain('node_modules')
    expect(stdout).not.toContain('.git')
  })

  it('--quiet prints errors only', async () => {
    await write({'broken.html': brokenPage, 'good.jsonld': goodJsonLd})
    const {stdout} = await run(['validate', 'broken.html', 'good.jsonld', '--quiet', '-f', 'unix'], {cwd: folder.path})
    const findings = stdout.split('\n').filter((line) => line && !summary.test(line))
    expect(findings.length).toBeGreaterThan(0)
    for (const line of findings) expect(line).toMatch(/^\S+:\d+:\d+ error |^\S+ error /)
  })

  it('--format json prints a parseable report', async () => {
    await write({'broken.html': brokenPage})
    const {code, stdout} = await run(['validate', 'broken.html', '--format', 'json'], {cwd: folder.path})
    expect(code).toBe(1)
    const [report, ...rest] = JSON.parse(stdout)
    expect(rest).toEqual([])
    expect(Object.keys(report)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount'])
    expect(report.filePath).toBe('broken.html')
    expect(report.errorCount).toBeGreaterThan(0)
    const messages: Array<Record<string, unknown>> = report.messages
    expect(report.errorCount).toBe(messages.filter((message) => message.severity === 2).length)
    expect(report.warningCount).toBe(messages.filter((message) => message.severity === 1).length)
    for (const message of messages) {
      for (const key of Object.keys(message)) expect(['ruleId', 'severity', 'message', 'line', 'column', 'path']).toContain(key)
      expect(typeof message.ruleId).toBe('string')
      expect([1, 2]).toContain(message.severity)
      expect(typeof message.message).toBe('string')
    }
    const syntax = messages.find((message) => message.ruleId === 'markup/json-syntax')
    expect(syntax).toMatchObject({severity: 2, line: 4, column: 81})
  })

  it('--format json exits 0 and prints an empty messages array for a clean file', async () => {
    await write({'good.jsonld': goodJsonLd})
    const {code, stdout} = await run(['validate', 'good.jsonld', '--format', 'json'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toStrictEqual([{filePath: 'good.jsonld', messages: [], errorCount: 0, warningCount: 0}])
  })

  it('reads standard input for -, sniffing JSON from HTML', async () => {
    const json = await run(['validate', '-'], {stdin: goodJsonLd})
    expect(json.code).toBe(0)
    const page = await run(['validate', '-', '-f', 'unix'], {stdin: brokenPage})
    expect(page.code).toBe(1)
    expect(page.stdout).toMatch(/^<stdin>:4:\d+ error /m)
  })
})
