import {describe, expect, test} from 'vitest'
import {extract, read, validateHtml} from '../src/index.js'

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0])
const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0, 0x86, 0xa6, 0x10, 0x36, 0x05, 0, 0, 0])
const ruleIds = (diagnostics: Array<{ruleId: string}>) => diagnostics.map((d) => d.ruleId)

describe('bad input gives diagnostics, never an exception', () => {
  test('empty string', () => {
    const result = extract('')
    expect(ruleIds(result.diagnostics)).toContain('parse/empty')
    expect(result.graph['@graph']).toHaveLength(2)
  })
  test.each([
    ['png', png],
    ['gzip', gzip]
  ])('binary bytes (%s)', (_, bytes) => {
    const result = extract(bytes, {url: 'https://example.com/x'})
    expect(ruleIds(result.diagnostics)).toContain('parse/binary')
    expect(result.article.headline).toBeUndefined()
  })
  test('a page with a broken JSON-LD block still extracts from the rest of the page', () => {
    const html = '<html><head><title>Real title</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",}</script></head><body><article><h1>Real title</h1><p class="byline">By Jane Doe</p></article></body></html>'
    const result = extract(html)
    expect(result.article.headline).toBe('Real title')
    expect(result.article.authors).toEqual([{name: 'Jane Doe', type: 'Person'}])
    const syntax = result.diagnostics.find((d) => d.ruleId === 'markup/json-syntax')
    expect(syntax).toMatchObject({severity: 'error', line: 1})
    expect(validateHtml(html).valid).toBe(false)
  })
  test('deeply nested markup: no stack overflow; past maxDepth the deep part is dropped with a warning, nothing else lost', () => {
    const html = `<title>Deep</title><p>${'Words of the story. '.repeat(20)}</p>${'<div>'.repeat(20_000)}text${'</div>'.repeat(20_000)}<p>after</p>`
    const result = extract(html)
    expect(result.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('parse/failed')
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ruleId: 'parse/max-depth', severity: 'warning'}))
    expect(result.article.headline).toBe('Deep')
    // 80 words of the paragraph and "after" behind the nesting; "text", 20,002 levels down, is past the default 10,000.
    expect(result.article.wordCount).toBe(81)
    // Read whole when the limit allows it.
    const whole = extract(html, {maxDepth: 30_000})
    expect(whole.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('parse/max-depth')
    expect(whole.article.wordCount).toBe(82)
  })
  test('misuse throws: a relative url, a non-string input', () => {
    expect(() => extract('<p>x</p>', {url: '/relative'})).toThrow(/absolute http\(s\) URL/)
    expect(() => extract(42 as unknown as string)).toThrow(TypeError)
  })
})

describe('read and validateHtml', () => {
  const page = `<!doctype html>
<html><head>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hi", "datePublished": "March 11 2022",
 "author": {"@type": "Thing", "name": "By Jane"}}
</script>
</head><body></body></html>`
  test('read finds the block with its page position', () => {
    const result = read(page)
    expect(result.blocks).toHaveLength(1)
    expect(result.blocks[0]!.start).toMatchObject({line: 4, column: 1})
    expect(result.nodes.map((node) => node.node['@type'])).toEqual(['NewsArticle', 'Thing'])
  })
  test('validateHtml reports with page lines', () => {
    const result = validateHtml(page)
    expect(result.valid).toBe(false)
    const date = result.diagnostics.find((d) => d.ruleId === 'google/article-date-format')
    expect(date).toMatchObject({severity: 'error', line: 4})
    const author = result.diagnostics.find((d) => d.ruleId === 'google/article-author-type')
    expect(author?.line).toBe(5)
  })
})

describe('the graph of a page with structured data', () => {
  test('JSON-LD fields, linked: one node per author, deterministic ids', () => {
    const html = `<html><head><link rel="canonical" href="https://site.example/a/story">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Story","datePublished":"2023-01-02T03:04:05+01:00",
"author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Jane Doe"}],"image":"https://site.example/i.jpg","publisher":{"@type":"Organization","name":"Site"}}</script></head><body></body></html>`
    const {graph, article} = extract(html)
    expect(article).toMatchObject({headline: 'Story', datePublished: '2023-01-02T03:04:05+01:00', url: 'https://site.example/a/story'})
    const nodes = graph['@graph'] as unknown as Array<{[key: string]: unknown}>
    expect(nodes.filter((node) => node.name === 'Jane Doe')).toHaveLength(1)
    expect(nodes[0]!['@id']).toBe('https://site.example/a/story#article')
  })
})

describe('explain', () => {
  test('records every candidate and its outcome, only when asked', () => {
    const html = '<html><head><meta property="og:title" content="OG title"><title>Title | Site</title></head><body><article><h1>Visible</h1></article></body></html>'
    expect(extract(html)).not.toHaveProperty('explanation')
    const {explanation} = extract(html, {explain: true})
    const headline = explanation?.headline ?? []
    expect(headline[0]).toEqual({rule: 'meta:og:title', outcome: 'won', value: 'OG title', position: {line: 1, column: 13, offset: 12}})
    expect(headline.slice(1).map((c) => c.outcome)).not.toContain('won')
    expect(headline.find((c) => c.rule === 'h1')).toMatchObject({outcome: 'lost', value: 'Visible'})
    const rejected = extract('<html><head><meta property="article:published_time" content="soon"></head></html>', {explain: true}).explanation?.datePublished
    expect(rejected?.[0]).toMatchObject({rule: 'meta:published', outcome: 'rejected', value: 'soon'})
  })
})

describe('pathological strings in every field', () => {
  // Each string is 100 KB of a regex's worst case; a super-linear pattern runs for minutes and hits the timeout.
  const strings = ['1.'.repeat(50_000), '1'.repeat(100_000), 'By '.repeat(30_000), '| '.repeat(50_000), 'A. '.repeat(30_000), '12:'.repeat(30_000), 'March '.repeat(15_000), '%20'.repeat(30_000)]
  test.each(strings.map((s) => [JSON.stringify(s.slice(0, 6)), s]))('%s', (_, s) => {
    const html = `<html><head><title>${s}</title><meta name="author" content="${s}"><meta property="article:published_time" content="${s}"><meta property="og:image" content="${s}"><meta name="description" content="${s}"></head><body><article><h1>${s}</h1><p class="byline">${s}</p><time>${s}</time><p>${s}</p><figure><img src="/a.jpg"><figcaption>${s}</figcaption></figure></article></body></html>`
    expect(() => extract(html, {url: 'https://x.example/'})).not.toThrow()
    // Linear cases take up to ~1 s of CPU here (10 fields × 100 KB); a super-linear one takes minutes.
  }, 15_000)
})
