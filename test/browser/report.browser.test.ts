/**
 * The HTML report in a real browser (Debian's Chromium through
 * playwright-core): the numbers shown are the JSON report's, the drawings
 * have the expected nodes and links, a click (or Enter, or Space) on a node
 * shows its JSON, the page works without JavaScript and prints without its
 * interactive parts, and the Content-Security-Policy blocks nothing of its
 * own. Screenshots go to test-artifacts/ (git-ignored).
 *
 * Skipped, with a message, when there is no Chromium at /usr/bin/chromium
 * (or at $LDPRESS_CHROMIUM): `.ci/run` installs it when it can.
 */
import {existsSync} from 'node:fs'
import {copyFile, mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, run} from '../cli/run.js'

const executablePath = process.env.LDPRESS_CHROMIUM ?? '/usr/bin/chromium'
const available = existsSync(executablePath)
if (!available) {
  console.warn(`ldpress browser test SKIPPED: no Chromium at ${executablePath} (apt-get install chromium, or set LDPRESS_CHROMIUM to a Chromium binary)`)
}

/** The flags that work on this machine's Chromium (see ../shared/TOOLCHAIN.md). */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const artifacts = join(root, 'test-artifacts')
const sampleArticle = 'examples/volunteer-fighters/article.html'
const sampleJsonLd = 'examples/volunteer-fighters/expected.jsonld'
const brokenArticle = 'test/report/fixtures/broken-article.html'
const sampleUrl = 'https://news.example/world/russia-volunteer-fighters-west-asia'
/** The dev corpus, when this checkout sits beside it. */
const corpus = join(root, '../shared/corpus/dev')

describe.skipIf(!available)('the HTML report in Chromium', () => {
  let browser: Browser
  let reportUrl: string
  let extractUrl: string
  let json: Array<{filePath: string; errorCount: number; warningCount: number}>

  beforeAll(async () => {
    await mkdir(artifacts, {recursive: true})
    const reportFile = join(artifacts, 'report.html')
    const jsonFile = join(artifacts, 'report.json')
    // The sample article (no structured data of its own), its expected JSON-LD, and a broken page.
    const validated = await run(['validate', sampleArticle, sampleJsonLd, brokenArticle, '-f', 'html', '-o', reportFile, '-f', 'json', '-o', jsonFile])
    expect(validated.stderr).toBe('')
    json = JSON.parse(await readFile(jsonFile, 'utf8'))
    reportUrl = pathToFileURL(reportFile).href
    const extracted = await run(['extract', sampleArticle, '--url', sampleUrl, '--format', 'html'])
    expect(extracted.code).toBe(0)
    const extractFile = join(artifacts, 'extract.html')
    await writeFile(extractFile, extracted.stdout)
    extractUrl = pathToFileURL(extractFile).href
    const {chromium} = await import('playwright-core')
    browser = await chromium.launch({executablePath, args: chromiumArgs})
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  /** A page with every console error and page error collected (a CSP violation is a console error). */
  async function open(url: string, options: {javaScriptEnabled?: boolean} = {}): Promise<{page: Page; problems: string[]}> {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, ...options})
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) problems.push(`network request: ${request.url()}`)
    })
    await page.goto(url)
    return {page, problems}
  }

  it('shows the numbers of the JSON report, in total and per page', async () => {
    const {page, problems} = await open(reportUrl)
    const count = async (key: string) => Number(await page.locator(`dd[data-count="${key}"]`).textContent())
    expect(await count('pages')).toBe(json.length)
    expect(await count('errors')).toBe(json.reduce((sum, result) => sum + result.errorCount, 0))
    expect(await count('warnings')).toBe(json.reduce((sum, result) => sum + result.warningCount, 0))
    expect(await count('pages-with-errors')).toBe(json.filter((result) => result.errorCount > 0).length)
    const pages = await page.locator('section.page').evaluateAll((sections) =>
      sections.map((section) => ({
        filePath: section.querySelector('h2')!.textContent,
        errorCount: Number(section.getAttribute('data-errors')),
        warningCount: Number(section.getAttribute('data-warnings'))
      }))
    )
    expect(pages).toEqual(json.map(({filePath, errorCount, warningCount}) => ({filePath, errorCount, warningCount})))
    expect(problems).toEqual([])
    await page.screenshot({path: join(artifacts, 'report.png'), fullPage: true})
  })

  it.skipIf(!existsSync(corpus))('a folder of 40 dev corpus pages: the numbers match the JSON report, every drawing is there', {timeout: 120_000}, async () => {
    // Every 20th page of the sorted dev corpus: the same pages every run.
    const folder = join(artifacts, 'corpus-pages')
    await rm(folder, {recursive: true, force: true})
    await mkdir(folder, {recursive: true})
    const names = (await readdir(corpus)).sort().filter((_, index) => index % 20 === 0).slice(0, 40)
    for (const name of names) await copyFile(join(corpus, name, 'source.html'), join(folder, `${name}.html`))
    const reportFile = join(artifacts, 'corpus-report.html')
    const jsonFile = join(artifacts, 'corpus-report.json')
    await run(['validate', folder, '-f', 'html', '-o', reportFile, '-f', 'json', '-o', jsonFile])
    const results = JSON.parse(await readFile(jsonFile, 'utf8')) as typeof json
    expect(results).toHaveLength(names.length)
    const {page, problems} = await open(pathToFileURL(reportFile).href)
    const count = async (key: string) => Number(await page.locator(`dd[data-count="${key}"]`).textContent())
    expect(await count('pages')).toBe(results.length)
    expect(await count('errors')).toBe(results.reduce((sum, result) => sum + result.errorCount, 0))
    expect(await count('warnings')).toBe(results.reduce((sum, result) => sum + result.warningCount, 0))
    expect(await page.locator('section.page').count()).toBe(results.length)
    // A page with structured data has a drawing with at least one node.
    const drawn = await page.locator('section.page svg a.node').count()
    expect(drawn).toBeGreaterThan(names.length)
    expect(problems).toEqual([])
    await page.screenshot({path: join(artifacts, 'corpus-report.png'), fullPage: false})
  })

  it("draws the broken page's graph: its nodes, its links, the broken ones marked", async () => {
    const {page} = await open(reportUrl)
    const section = page.locator('section.page', {has: page.locator('h2', {hasText: 'broken-article.html'})})
    const nodes = await section.locator('svg a.node').evaluateAll((links) =>
      links.map((link) => ({type: link.querySelector('.type')!.textContent, label: link.getAttribute('aria-label'), classes: link.getAttribute('class')}))
    )
    expect(nodes.map((node) => node.type)).toEqual(['NewsArticle', 'Person', 'Place', 'NewsMediaOrganization', 'ImageObject', 'WebPage', 'Person', '(missing node)'])
    // Hostile names are text, not markup.
    expect(nodes[0]!.label).toBe('NewsArticle “Harbour reopens <script>alert(1)</script> after storm”, line 8: 2 errors, 2 warnings')
    expect(nodes[2]!.label).toBe('Place “Harbour </svg><b>x</b>”, line 14')
    expect(await section.locator('b').count()).toBe(0)
    expect(nodes.filter((node) => node.classes!.includes('sev-error')).map((node) => node.type)).toEqual(['NewsArticle', 'Person', 'WebPage', 'Person'])
    const edges = await section.locator('svg path.edge').evaluateAll((paths) =>
      paths.map((path) => `${path.getAttribute('data-from')} ${path.getAttribute('data-property')} ${path.getAttribute('data-to')}${path.classList.contains('sev-error') ? ' (error)' : ''}`)
    )
    expect(edges.sort()).toEqual(['0 about 2', '0 author 1', '0 image 7 (error)', '0 publisher 3', '3 logo 4', '5 mainEntity 0'])
    await section.locator('.graph').screenshot({path: join(artifacts, 'report-graph.png')})
  })

  it('shows the JSON of a node on a click, on Enter and on Space', async () => {
    const {page, problems} = await open(reportUrl)
    const section = page.locator('section.page', {has: page.locator('h2', {hasText: 'broken-article.html'})})
    const panel = section.locator('.node-panel')
    await expect.poll(() => panel.isVisible()).toBe(true)
    await section.locator('svg a.node[data-node="1"]').click()
    expect(await panel.locator('.node-panel-title').textContent()).toMatch(/^Person “By Jane "JD" Doe”, line 11: 1 error, 2 warnings$/)
    const shown = JSON.parse((await panel.locator('pre.json').textContent())!)
    expect(shown).toEqual({'@type': 'Person', name: 'By Jane "JD" Doe', jobTitel: 'Reporter'})
    expect(await panel.locator('.node-findings li').count()).toBe(3)
    expect(await section.locator('svg a.node[data-node="1"]').getAttribute('aria-pressed')).toBe('true')

    // Keyboard: nodes are focusable buttons.
    const organization = section.locator('svg a.node[data-node="3"]')
    expect(await organization.getAttribute('role')).toBe('button')
    await organization.focus()
    await page.keyboard.press('Enter')
    expect(JSON.parse((await panel.locator('pre.json').textContent())!)).toMatchObject({'@type': 'NewsMediaOrganization', name: 'News Example'})
    await section.locator('svg a.node[data-node="7"]').focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press(' ')
    expect(JSON.parse((await panel.locator('pre.json').textContent())!)).toEqual({'@id': 'https://news.example/harbour#image'})
    expect(await section.locator('svg a.node[aria-pressed="true"]').count()).toBe(1)
    expect(new URL(page.url()).hash).toBe('')
    expect(problems).toEqual([])
    await section.screenshot({path: join(artifacts, 'report-node-selected.png')})
  })

  it('works without JavaScript: the summary and findings are there, a node leads to its JSON', async () => {
    const {page} = await open(reportUrl, {javaScriptEnabled: false})
    expect(await page.locator('dd[data-count="pages"]').textContent()).toBe(String(json.length))
    expect(await page.locator('table.findings tr.sev-error').count()).toBe(json.reduce((sum, result) => sum + result.errorCount, 0))
    const section = page.locator('section.page', {has: page.locator('h2', {hasText: 'broken-article.html'})})
    expect(await section.locator('.node-panel').isVisible()).toBe(false)
    const json1 = section.locator('.node-body').nth(1).locator('pre.json')
    expect(await json1.isVisible()).toBe(false)
    await section.locator('svg a.node[data-node="1"]').click()
    // The browser follows the link and opens the <details> around its target.
    await expect.poll(() => json1.isVisible()).toBe(true)
    expect(await json1.textContent()).toContain('"jobTitel": "Reporter"')
  })

  it('prints the summary, findings and drawings without the interactive parts', async () => {
    const {page} = await open(reportUrl)
    await page.emulateMedia({media: 'print'})
    expect(await page.locator('#summary').isVisible()).toBe(true)
    expect(await page.locator('table.findings').first().isVisible()).toBe(true)
    expect(await page.locator('svg.graph-svg').first().isVisible()).toBe(true)
    expect(await page.locator('.node-panel').first().isVisible()).toBe(false)
    expect(await page.locator('.node-list').first().isVisible()).toBe(false)
    // A drawing fits the printed width.
    const widths = await page.locator('svg.graph-svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width <= svg.ownerDocument.body.clientWidth))
    expect(widths.every(Boolean)).toBe(true)
  })

  it('extract --format html: the sample article\'s graph, clickable, beside the provenance of each field', async () => {
    const {page, problems} = await open(extractUrl)
    const expected = JSON.parse(await readFile(join(root, sampleJsonLd), 'utf8')) as {'@graph': Array<{'@type': string}>}
    const labels = await page.locator('svg a.node').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')!))
    expect(labels.map((label) => label.split(' ')[0])).toEqual(expected['@graph'].map((node) => node['@type']))
    expect(await page.locator('dd[data-count="nodes"]').textContent()).toBe(String(expected['@graph'].length))
    const properties = await page.locator('svg path.edge').evaluateAll((paths) => paths.map((path) => path.getAttribute('data-property')))
    expect(properties).toEqual(expect.arrayContaining(['author', 'publisher', 'image', 'mainEntityOfPage', 'about', 'mentions']))
    await page.locator('svg a.node.root').click()
    expect(JSON.parse((await page.locator('.node-panel pre.json').textContent())!)).toMatchObject({'@type': 'NewsArticle', datePublished: '2022-03-11'})
    expect(await page.locator('table.provenance tr', {hasText: 'datePublished'}).textContent()).toMatch(/2022-03-11.*byline.*63:13/)
    expect(problems).toEqual([])
    await page.screenshot({path: join(artifacts, 'extract.png'), fullPage: true})
  })
})
