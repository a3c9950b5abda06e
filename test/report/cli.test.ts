/**
 * The HTML report through the CLI: `validate --format html`, `report`,
 * `extract --format html`, `merge -f html`; its numbers are the JSON
 * report's; the CLI loads the renderer only when asked for.
 */
import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {parse, type DefaultTreeAdapterMap} from 'parse5'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {reportScript, reportStyle} from '../../src/report/assets.js'
import {brokenPage, goodJsonLd} from '../cli/fixtures.js'
import {root, run, temporaryFolder} from '../cli/run.js'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

function elements(node: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if ('tagName' in current && test(current)) found.push(current)
    stack.push(...('childNodes' in current ? current.childNodes : []))
  }
  return found
}
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value
const text = (node: Node): string => (node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : ('childNodes' in node ? node.childNodes : []).map(text).join(''))

/** The numbers an HTML report shows: totals, and errors and warnings per page. */
function numbers(html: string) {
  const document = parse(html)
  const totals = Object.fromEntries(elements(document, (element) => element.tagName === 'dd').map((dd) => [attribute(dd, 'data-count'), Number(text(dd))]))
  const pages = elements(document, (element) => element.tagName === 'section' && attribute(element, 'data-errors') !== undefined)
    .map((section) => ({name: text(elements(section, (element) => element.tagName === 'h2')[0]!), errors: Number(attribute(section, 'data-errors')), warnings: Number(attribute(section, 'data-warnings'))}))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
  const nodes = elements(document, (element) => element.tagName === 'a' && /^node\b/.test(attribute(element, 'class') ?? '')).length
  return {totals, pages, nodes, document}
}

const brokenArticle = join(root, 'test/report/fixtures/broken-article.html')
const sampleJsonLd = join(root, 'examples/volunteer-fighters/expected.jsonld')

let folder: Awaited<ReturnType<typeof temporaryFolder>>
beforeEach(async () => {
  folder = await temporaryFolder()
  // Inputs in site/, reports beside it (a report written into a walked folder would be read by the next run).
  await mkdir(join(folder.path, 'site'))
  await writeFile(join(folder.path, 'site/broken.html'), brokenPage)
  await writeFile(join(folder.path, 'site/good.jsonld'), goodJsonLd)
  await copyFile(brokenArticle, join(folder.path, 'site/article.html'))
  await copyFile(sampleJsonLd, join(folder.path, 'site/sample.jsonld'))
})
afterEach(async () => {
  await folder.remove()
})
const inFolder = (argv: string[]) => run(argv, {cwd: folder.path})
const read = (name: string) => readFile(join(folder.path, name), 'utf8')

describe('validate --format html', () => {
  it('writes one HTML file whose numbers are those of the JSON report', async () => {
    const {code, stdout, stderr} = await inFolder(['validate', 'site', '-f', 'html', '-o', 'r.html', '-f', 'json', '-o', 'r.json'])
    expect({code, stdout, stderr}).toEqual({code: 1, stdout: '', stderr: ''})
    const json = JSON.parse(await read('r.json')) as Array<{filePath: string; errorCount: number; warningCount: number}>
    const html = numbers(await read('r.html'))
    expect(html.totals).toEqual({
      pages: json.length,
      errors: json.reduce((sum, result) => sum + result.errorCount, 0),
      warnings: json.reduce((sum, result) => sum + result.warningCount, 0),
      'pages-with-errors': json.filter((result) => result.errorCount > 0).length
    })
    expect(html.pages).toEqual(json.map((result) => ({name: result.filePath, errors: result.errorCount, warnings: result.warningCount})))
    expect(html.totals.errors).toBeGreaterThan(0)
    // article.html: 8 nodes; sample.jsonld: 23; good.jsonld: 5; broken.html: none (its only block does not parse).
    expect(html.nodes).toBe(8 + 23 + 5)
  })

  it('regression: a second report gets the file indexes the first got (the JSON was "[," when written after another format)', async () => {
    await inFolder(['validate', 'site', '-f', 'html', '-o', 'r.html', '-f', 'json', '-o', 'r.json', '-f', 'junit', '-o', 'r.xml'])
    expect(JSON.parse(await read('r.json'))).toHaveLength(4)
  })

  it('takes --quiet and --verbose as the JSON report does', async () => {
    for (const flag of ['--quiet', '--verbose']) {
      await inFolder(['validate', 'site/article.html', flag, '-f', 'html', '-o', 'r.html', '-f', 'json', '-o', 'r.json'])
      const [json] = JSON.parse(await read('r.json')) as Array<{errorCount: number; warningCount: number}>
      expect(numbers(await read('r.html')).totals, flag).toMatchObject({errors: json!.errorCount, warnings: json!.warningCount})
    }
  })

  it('gives the same report with --jobs 2 (page graphs read in the workers)', async () => {
    for (let copy = 0; copy < 8; copy++) await copyFile(brokenArticle, join(folder.path, `site/copy-${copy}.html`))
    await inFolder(['validate', 'site', '--jobs', '1', '-f', 'html', '-o', 'one.html'])
    await inFolder(['validate', 'site', '--jobs', '2', '-f', 'html', '-o', 'two.html'])
    expect(await read('two.html')).toBe(await read('one.html'))
  }, 60_000)

  it('puts the hashes of its own style and script in the Content-Security-Policy', async () => {
    await inFolder(['validate', 'site/article.html', '-f', 'html', '-o', 'r.html'])
    const {document} = numbers(await read('r.html'))
    const policy = elements(document, (element) => element.tagName === 'meta' && attribute(element, 'http-equiv') === 'Content-Security-Policy')[0]!
    const digest = (text: string) => createHash('sha256').update(text).digest('base64')
    expect(attribute(policy, 'content')).toContain(`style-src 'sha256-${digest(reportStyle)}'; script-src 'sha256-${digest(reportScript)}'`)
  })

  it('shows the source line of each finding', async () => {
    await inFolder(['validate', 'site/article.html', '-f', 'html', '-o', 'r.html'])
    const {document} = numbers(await read('r.html'))
    const snippets = elements(document, (element) => element.tagName === 'pre' && attribute(element, 'class') === 'snippet').map(text)
    expect(snippets).toContain('10 │    "datepublished": "2024-05-01",')
  })
})

describe('ldpress report', () => {
  it('writes ldpress-report.html by default and says so; exits as validate does', async () => {
    const {code, stdout, stderr} = await inFolder(['report', 'site/article.html', 'site/good.jsonld'])
    expect({code, stdout, stderr}).toEqual({code: 1, stdout: '', stderr: 'ldpress: report written to ldpress-report.html\n'})
    expect(numbers(await read('ldpress-report.html')).totals.pages).toBe(2)
    expect((await inFolder(['report', 'site/good.jsonld', '-o', 'clean.html'])).code).toBe(0)
    expect(await read('clean.html')).toMatch(/^<!doctype html>/)
  })

  it("takes validate's flags, and other formats beside the HTML", async () => {
    const {code} = await inFolder(['report', 'site', '--profile', 'schema.org', '-f', 'html', '-o', 'r.html', '-f', 'json', '-o', 'r.json', '--jobs', '1'])
    expect(code).toBe(1)
    expect(JSON.parse(await read('r.json'))).toHaveLength(4)
    const help = await inFolder(['report', '--help'])
    expect(help.stdout).toMatch(/^Usage: ldpress report /)
    expect(help.stdout).toContain('--max-warnings')
    expect((await inFolder(['report', 'x.html', '--url', 'https://a.example/'])).code).toBe(2)
  })
})

describe('extract --format html', () => {
  it('prints the drawing of the extracted graph beside the provenance of each field', async () => {
    const {code, stdout} = await run(['extract', 'examples/volunteer-fighters/article.html', '--url', 'https://news.example/world/russia-volunteer-fighters-west-asia', '--format', 'html'])
    expect(code).toBe(0)
    const expected = JSON.parse(await readFile(sampleJsonLd, 'utf8')) as {'@graph': unknown[]}
    const {document, nodes} = numbers(stdout)
    expect(nodes).toBe(expected['@graph'].length)
    const provenance = elements(document, (element) => element.tagName === 'table' && attribute(element, 'class') === 'provenance')[0]!
    expect(text(provenance)).toMatch(/headline.*h1.*61:13/s)
  })

  it('takes html only, and not with --out-dir', async () => {
    expect(await inFolder(['extract', 'site/article.html', '-f', 'json'])).toMatchObject({code: 2, stderr: "ldpress: extract --format takes 'html' once (the default output is the JSON-LD)\n"})
    expect((await inFolder(['extract', 'site/article.html', '-f', 'html', '--out-dir', 'out'])).code).toBe(2)
  })
})

describe('merge -f html', () => {
  it('writes the report of merged JSON reports, without drawings', async () => {
    await inFolder(['validate', 'site', '-f', 'json', '-o', 'r.json'])
    const {code, stdout} = await inFolder(['merge', 'r.json', '-f', 'html'])
    expect(code).toBe(1)
    const merged = numbers(stdout)
    expect(merged.totals.pages).toBe(4)
    expect(merged.nodes).toBe(0)
    expect(stdout).toContain('The graph is not known')
  })
})

describe('start-up cost', () => {
  /** The source files `entry` imports statically, directly or not (type-only imports left out). */
  async function reachedFrom(entry: string): Promise<Set<string>> {
    const reached = new Set<string>()
    const queue = [entry]
    while (queue.length > 0) {
      const file = queue.shift()!
      if (reached.has(file)) continue
      reached.add(file)
      const source = await readFile(join(root, file), 'utf8')
      for (const match of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
        const target = join(file, '..', match[1]!)
        // Sources are TypeScript, except generated data modules written as JavaScript.
        const typescript = target.replace(/\.js$/, '.ts')
        queue.push(existsSync(join(root, typescript)) ? typescript : target)
      }
    }
    return reached
  }

  it('the CLI entry does not import the report renderer or the report library statically', async () => {
    const reached = await reachedFrom('src/cli/bin.ts')
    expect(reached.has('src/cli/main.ts')).toBe(true)
    expect(reached.has('src/cli/formats/index.ts')).toBe(true)
    for (const lazy of ['src/report/html.ts', 'src/report/svg.ts', 'src/cli/formats/html.ts', 'src/cli/report-library.ts', 'src/cli/extract-html.ts']) {
      expect(reached.has(lazy), lazy).toBe(false)
    }
  })

  it('what extract loads leaves out the validators and the JSON-LD scan (htmlparser2)', async () => {
    const reached = await reachedFrom('src/cli/extraction.ts')
    expect(reached.has('src/pipeline.ts')).toBe(true)
    for (const other of ['src/parse/scan.ts', 'src/reading.ts', 'src/validation.ts', 'src/validate/index.ts']) expect(reached.has(other), other).toBe(false)
    expect(await reachedFrom('src/cli/reading.ts')).toContain('src/parse/scan.ts')
  })
})
