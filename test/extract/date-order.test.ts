import {describe, expect, it} from 'vitest'
import {extract, validate} from '../../src/index.js'

const page = (modified: string, logo = '') => `<!doctype html><html><head>
<meta property="og:site_name" content="Harbour News">${logo}
<meta property="article:published_time" content="2023-10-31T09:00:00Z">
<meta property="article:modified_time" content="${modified}">
<title>Storm closes the harbour</title></head>
<body><article><h1>Storm closes the harbour</h1><p class="byline">By Ann Lee</p><p>The harbour closed on Monday as the storm arrived.</p></article></body></html>`

describe('extract: dateModified before datePublished', () => {
  it('leaves dateModified out, with extract/date-order, so the graph passes Google’s date-order rule', () => {
    const {article, graph, diagnostics} = extract(page('2023-10-10T13:21:37Z'), {url: 'https://news.example/storm'})
    expect(article.datePublished).toBe('2023-10-31T09:00:00Z')
    expect(article.dateModified).toBeUndefined()
    expect(diagnostics.map((d) => d.ruleId)).toContain('extract/date-order')
    expect(validate(graph, {profiles: ['google', 'ldpress']}).diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('keeps a later dateModified', () => {
    const {article, diagnostics} = extract(page('2023-11-02T08:00:00Z'), {url: 'https://news.example/storm'})
    expect(article.dateModified).toBe('2023-11-02T08:00:00Z')
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('extract/date-order')
  })
})

describe('ldpress contract: the publisher logo', () => {
  it('accepts the inline ImageObject extract writes for a logo', () => {
    const logo = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm closes the harbour","publisher":{"@type":"NewsMediaOrganization","name":"Harbour News","logo":{"@type":"ImageObject","url":"https://news.example/logo.png"}}}</script>'
    const {graph} = extract(page('2023-11-02T08:00:00Z', logo), {url: 'https://news.example/storm'})
    expect(JSON.stringify(graph)).toContain('"logo":{"@type":"ImageObject","url":"https://news.example/logo.png"}')
    expect(validate(graph, {profiles: ['ldpress']}).diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})
