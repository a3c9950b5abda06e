#!/usr/bin/env node
/**
 * docs/report.png, the README's picture of the HTML report: `ldpress report`
 * of two pages (the sample article's JSON-LD and a broken page), opened in
 * Chromium, the broken page's first node selected, the summary and that
 * page captured. Run with `npm run docs:screenshot` (it needs
 * /usr/bin/chromium, or $LDPRESS_CHROMIUM, and the sources: it runs under
 * tsx).
 */
import {existsSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'
import {main} from '../src/cli/main.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const executablePath = process.env.LDPRESS_CHROMIUM ?? '/usr/bin/chromium'
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const output = join(root, 'docs/report.png')

if (!existsSync(executablePath)) {
  console.error(`docs:screenshot: no Chromium at ${executablePath} (apt-get install chromium, or set LDPRESS_CHROMIUM)`)
  process.exit(1)
}

// Short, stable names in the report: the pages are copied into news/ of a temporary folder.
const folder = await mkdtemp(join(tmpdir(), 'ldpress-docs-'))
try {
  await mkdir(join(folder, 'news'))
  await copyFile(join(root, 'test/report/fixtures/broken-article.html'), join(folder, 'news/harbour-reopens.html'))
  await copyFile(join(root, 'examples/volunteer-fighters/expected.jsonld'), join(folder, 'news/volunteer-fighters.jsonld'))
  let stderr = ''
  // Errors only (--quiet), so the picture stays short.
  await main(['report', 'news', '--quiet', '-o', 'report.html'], {
    stdout: {write: () => true},
    stderr: {write: (chunk) => (stderr += chunk)},
    stdin: (async function* () {})(),
    cwd: folder
  })
  if (!existsSync(join(folder, 'report.html'))) throw new Error(`docs:screenshot: no report was written\n${stderr}`)

  const browser = await chromium.launch({executablePath, args})
  try {
    const page = await browser.newPage({viewport: {width: 1200, height: 900}})
    await page.goto(pathToFileURL(join(folder, 'report.html')).href)
    const section = page.locator('#page-1')
    await section.locator('svg a.node[data-node="1"]').click()
    await page.mouse.move(0, 0)
    // Clicking scrolled the node into view; measure from the top of the page.
    await page.evaluate(() => window.scrollTo(0, 0))
    const top = await page.locator('header').boundingBox()
    const bottom = await section.locator('.graph').boundingBox()
    await mkdir(dirname(output), {recursive: true})
    await page.screenshot({path: output, fullPage: true, clip: {x: 0, y: top.y, width: 1200, height: bottom.y + bottom.height + 16 - top.y}})
  } finally {
    await browser.close()
  }
  console.log(`docs:screenshot: wrote ${output}`)
} finally {
  await rm(folder, {recursive: true, force: true})
}
