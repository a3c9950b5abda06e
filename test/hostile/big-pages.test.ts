/**
 * Big and deep pages: a 50 MB page, 100,000-deep nesting. (JSON-LD blocks by
 * the thousand and by the megabyte: big-jsonld.test.ts.) Nothing here asserts
 * a time: an input that hangs runs into the per-test timeout. The slowest
 * full-size variants run with LDPRESS_HOSTILE_FULL=1 (test/hostile/modes.ts).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extract, injectJsonLd, validateHtml} from '../../src/index.js'
import {itFull} from './modes.js'
import {checkDiagnostics, contractErrors, sampleHeadline as headline} from './properties.js'
import {root} from './page.js'

const sample = readFileSync(new URL('examples/volunteer-fighters/article.html', root), 'utf8')
const ruleIds = (diagnostics: ReadonlyArray<{ruleId: string}>) => diagnostics.map((diagnostic) => diagnostic.ruleId)

/** The sample article with `html` put before `</body>` (after the article), before its text, or into the head. */
function withExtra(html: string, where: 'after-article' | 'before-text' | 'head' = 'after-article'): string {
  if (where === 'head') return sample.replace('</head>', `${html}</head>`)
  if (where === 'before-text') return sample.replace('<div class="entry-content">', `${html}<div class="entry-content">`)
  return sample.replace('</body>', `${html}</body>`)
}

/** `depth` nested divs around a word, closed. */
const nested = (depth: number) => `<div class="wrap">${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</div>`

const articleBlock =
  '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The JSON-LD headline", "datePublished": "2022-03-11"}</script>'

/** The sample article's fields came through, and the graph keeps the output contract. */
function expectSampleArticle(result: ReturnType<typeof extract>): void {
  expect(result.article.headline).toBe(headline)
  expect(result.article.authors?.map((author) => author.name)).toEqual(['News Desk'])
  expect(result.article.datePublished).toBe('2022-03-11')
  expect(result.article.wordCount).toBeGreaterThan(300)
  checkDiagnostics(result.diagnostics)
  expect(ruleIds(result.diagnostics)).not.toContain('parse/failed')
  expect(contractErrors(result.graph)).toEqual([])
}

describe('a 50 MB page', () => {
  // A realistic shape: a framework's inline state (`__NEXT_DATA__`-like) after the article. With parse5 8 called
  // directly this takes 2-3 s and ~400 MB resident; through rehype-parse (parse5 7) it took ~18 s.
  it('the article comes through (a 50 MB inline script after it)', {timeout: 180_000}, () => {
    const filler = 50_000_000 - sample.length - 60
    const page = withExtra(`<script>window.__STATE__ = "${'a'.repeat(filler)}"</script>`)
    expect(page.length).toBeGreaterThanOrEqual(49_999_900)
    const result = extract(page)
    expectSampleArticle(result)
    expect(ruleIds(result.diagnostics)).not.toContain('parse/max-bytes')
  })

  // Minified pages put everything on one line: a step that looks for the next line break from each of a hundred
  // thousand short runs (tags, attribute values, script text) is quadratic there, ~25 s at this size.
  it('a page on one line, 13 MB of short tags, attributes and scripts, comes through', {timeout: 20_000}, () => {
    const page = withExtra(`<div class="a b c" data-x='y'><script>var a=1;</script><style>p{}</style>t</div>`.repeat(160_000)).replaceAll('\n', ' ')
    expect(page.length).toBeGreaterThan(12_800_000)
    const result = extract(page)
    expect(result.article.headline).toBe(headline)
    expect(contractErrors(result.graph)).toEqual([])
  })

  it('past maxBytes: the first maxBytes are read, with parse/max-bytes (warning)', () => {
    const page = withExtra(`<p>${'More text. '.repeat(5_000)}</p>`)
    const result = extract(page, {maxBytes: 30_000})
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ruleId: 'parse/max-bytes', severity: 'warning'}))
    expect(result.article.headline).toBe(headline)
  })
})

describe('100,000-deep nesting', () => {
  // History: through rehype-parse, hast-util-from-parse5 recursed per level and overflowed the stack at ~2,000 levels:
  // parse/failed (error), an empty tree, everything lost (JSON-LD in the head too). With src/parse/hast.ts
  // (iterative) the tree is whole; then collectSignals was O(depth²) (10,000 levels: 40 s) until it was bounded.
  // Then (b72a224) extract took ~7 s at 100,000 levels, linear (25k 2.8 s, 50k 4.6 s), mostly shortVisibleText
  // and isInvisible called from collectSignals. Now the tree is cut at `maxDepth` (default 10,000, src/limits.ts)
  // right after the parse, with parse/max-depth: ~1 s at 100,000 levels, and the article always comes through.
  it('validateHtml (read): a JSON-LD block in the head is read and validated, without parsing the page', {timeout: 60_000}, () => {
    const page = withExtra(articleBlock, 'head').replace('</body>', `${nested(100_000)}</body>`)
    const report = validateHtml(page)
    expect(ruleIds(report.diagnostics)).not.toContain('parse/failed')
    // Google's rules ran on the block: it was read.
    expect(ruleIds(report.diagnostics)).toContain('google/article-author-missing')
    // JSON-LD only: the scan found the script, no tree was built, nothing was cut.
    expect(ruleIds(report.diagnostics)).not.toContain('parse/max-depth')
  })

  it('validateHtml (read) with microdata too: the page is parsed and cut at maxDepth, once', {timeout: 60_000}, () => {
    const item = '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann</span></div>'
    const page = withExtra(articleBlock, 'head').replace('</body>', `${item}${nested(100_000)}</body>`)
    const report = validateHtml(page)
    expect(ruleIds(report.diagnostics)).toContain('google/article-author-missing')
    // Elements past the default maxDepth (10,000) were dropped, and the result says so, once: html, body and the
    // wrapper take 3 levels, so 90,003 of the 100,000 divs go.
    expect(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'parse/max-depth')).toEqual([
      expect.objectContaining({severity: 'warning', message: expect.stringContaining('deeper than 10000 levels (`maxDepth`): the 90003 elements')})
    ])
  })

  it('extract: 20,000 levels after the article: the article comes through, the nesting cut at maxDepth', {timeout: 60_000}, () => {
    const result = extract(withExtra(nested(20_000)))
    expectSampleArticle(result)
    expect(ruleIds(result.diagnostics)).toContain('parse/max-depth')
  })

  itFull('extract: 100,000 levels after the article: the article comes through', {timeout: 180_000}, () => {
    expectSampleArticle(extract(withExtra(nested(100_000))))
  })

  itFull('extract: 100,000 levels before the article text: the article comes through', {timeout: 180_000}, () => {
    expectSampleArticle(extract(withExtra(nested(100_000), 'before-text')))
  })

  itFull('extract: 100,000 unclosed <div>s after the article: the article comes through', {timeout: 180_000}, () => {
    expectSampleArticle(extract(withExtra('<div>'.repeat(100_000))))
  })

  itFull('injectJsonLd: the script goes into the head', {timeout: 60_000}, () => {
    const page = withExtra(nested(100_000))
    const result = injectJsonLd(page, {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x'})
    expect(result.changed).toBe(true)
    expect(result.html.indexOf('data-ldpress')).toBeLessThan(result.html.indexOf('<body'))
  })
})
