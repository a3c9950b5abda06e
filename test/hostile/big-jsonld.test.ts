/**
 * Many and huge JSON-LD blocks: 10,000 blocks in one page, one 20 MB block.
 * validateHtml reads and validates every block; extract's pass over the same
 * pages runs with LDPRESS_HOSTILE_FULL=1 (test/hostile/modes.ts).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {extract, validateHtml} from '../../src/index.js'
import {itFull} from './modes.js'
import {checkDiagnostics, contractErrors, sampleHeadline as headline} from './properties.js'
import {root} from './page.js'

const sample = readFileSync(new URL('examples/volunteer-fighters/article.html', root), 'utf8')
const withHead = (html: string) => sample.replace('</head>', `${html}</head>`)
const ruleIds = (diagnostics: ReadonlyArray<{ruleId: string}>) => diagnostics.map((diagnostic) => diagnostic.ruleId)

describe('many and huge JSON-LD blocks', () => {
  const blocks = Array.from(
    {length: 10_000},
    (_, index) => `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Block ${index}"}</script>`
  ).join('\n')

  itFull('10,000 JSON-LD blocks: extract keeps the page’s article', {timeout: 60_000}, () => {
    const page = withHead(blocks)
    const result = extract(page)
    expect(result.article.headline).toBe(headline)
    checkDiagnostics(result.diagnostics)
    expect(contractErrors(result.graph)).toEqual([])
  })

  it('10,000 JSON-LD blocks, maxJsonLdBlocks 10,000: validateHtml (read) reports on every block, never an exception', {timeout: 60_000}, () => {
    const report = validateHtml(withHead(blocks), {maxJsonLdBlocks: 10_000})
    expect(report.valid).toBe(true)
    // Four Google recommendations (author, image, two dates) for each block: all 10,000 were read.
    expect(report.diagnostics).toHaveLength(40_000)
  })

  it('10,000 JSON-LD blocks by default: the first 1,000 are read, the rest ignored with markup/max-jsonld-blocks', {timeout: 60_000}, () => {
    const report = validateHtml(withHead(blocks))
    expect(report.valid).toBe(true)
    expect(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'markup/max-jsonld-blocks')).toEqual([
      expect.objectContaining({severity: 'warning', message: expect.stringContaining('9000 more were ignored')})
    ])
    expect(report.diagnostics).toHaveLength(4_001)
  })

  /** One article whose `mentions` hold ~20 MB of nodes (19,000 of them). */
  const huge = () => {
    const item = JSON.stringify({'@type': 'Thing', name: 'x'.repeat(100), description: 'y'.repeat(900)})
    const count = Math.ceil(20_000_000 / (item.length + 1))
    return `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "The JSON-LD headline", "mentions": [${Array(count).fill(item).join(',')}]}</script>`
  }

  it('a 20 MB JSON-LD block: validateHtml (read), with markup/max-nodes (warning) past 10,000 typed nodes', {timeout: 90_000}, () => {
    const block = huge()
    expect(block.length).toBeGreaterThan(20_000_000)
    const report = validateHtml(withHead(block))
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ruleId: 'markup/max-nodes', severity: 'warning'}))
    expect(ruleIds(report.diagnostics)).not.toContain('markup/json-syntax')
    expect(ruleIds(report.diagnostics)).toContain('google/article-author-missing')
  })

  itFull('a 20 MB JSON-LD block: extract keeps the page’s article', {timeout: 90_000}, () => {
    const result = extract(withHead(huge()))
    expect(result.article.headline).toBe(headline)
    expect(contractErrors(result.graph)).toEqual([])
  })
})
