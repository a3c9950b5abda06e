import {describe, expect, it} from 'vitest'
import {at, offsetOf, read} from './helpers.js'

const article = {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Hello'}

function page(script: string, type = 'application/ld+json'): string {
  return `<!doctype html>\n<html><head>\n<title>t</title>\n  <script type="${type}">${script}</script>\n</head><body><p>x</p></body></html>`
}

describe('JSON-LD blocks', () => {
  it('reads a plain object with its text and start', () => {
    const json = JSON.stringify(article, null, 2)
    const {blocks, nodes, diagnostics, text} = read(page(`\n${json}\n`))
    expect(diagnostics).toEqual([])
    expect(blocks).toHaveLength(1)
    expect(blocks[0]).toMatchObject({syntax: 'json-ld', data: article, text: json})
    expect(blocks[0]!.start).toMatchObject({line: 5, column: 1})
    expect(at(text, blocks[0]!.start, json.length)).toBe(json)
    expect(blocks[0]!.start.offset).toBe(offsetOf(text, blocks[0]!.start))
    expect(nodes).toEqual([{node: article, block: 0, syntax: 'json-ld', start: blocks[0]!.start, path: ''}])
  })

  it('reads an array of nodes, each placed at its own brace', () => {
    const json = '[\n  {"@type": "NewsArticle", "headline": "A"},\n  {"@type": "WebPage", "name": "B"}\n]'
    const {blocks, nodes, text} = read(page(json))
    expect(blocks[0]!.data).toEqual([
      {'@type': 'NewsArticle', headline: 'A'},
      {'@type': 'WebPage', name: 'B'}
    ])
    expect(nodes.map((entry) => [entry.node['@type'], entry.path])).toEqual([
      ['NewsArticle', '/0'],
      ['WebPage', '/1']
    ])
    expect(at(text, nodes[0]!.start, 24)).toBe('{"@type": "NewsArticle",')
    expect(at(text, nodes[1]!.start, 21)).toBe('{"@type": "WebPage", ')
  })

  it('flattens @graph and nested nodes, skipping @context and typed literals', () => {
    const data = {
      '@context': {'@vocab': 'https://schema.org/', date: {'@id': 'dateCreated', '@type': 'Date'}},
      '@graph': [
        {'@type': 'NewsArticle', '@id': '#a', author: {'@type': 'Person', name: 'Ann'}, dateCreated: {'@value': '2020-01-01', '@type': 'Date'}},
        {'@type': ['WebPage', 'ItemPage'], '@id': '#p'}
      ]
    }
    const {nodes} = read(page(JSON.stringify(data)))
    expect(nodes.map((entry) => entry.path)).toEqual(['/@graph/0', '/@graph/0/author', '/@graph/1'])
    expect(nodes[1]!.node).toEqual({'@type': 'Person', name: 'Ann'})
  })

  it('unwraps //<![CDATA[ … //]]>', () => {
    const json = JSON.stringify(article)
    const {blocks, diagnostics, text} = read(page(`\n//<![CDATA[\n${json}\n//]]>\n`))
    expect(diagnostics).toEqual([])
    expect(blocks[0]).toMatchObject({data: article, text: json})
    expect(at(text, blocks[0]!.start, json.length)).toBe(json)
  })

  it('unwraps /*<![CDATA[*/ … /*]]>*/', () => {
    const json = JSON.stringify(article)
    const {blocks, diagnostics, text} = read(page(`/*<![CDATA[*/ ${json} /*]]>*/`))
    expect(diagnostics).toEqual([])
    expect(blocks[0]).toMatchObject({data: article, text: json})
    expect(at(text, blocks[0]!.start, json.length)).toBe(json)
  })

  it('unwraps an HTML comment', () => {
    const json = JSON.stringify(article)
    const {blocks, diagnostics, text} = read(page(`<!--\n${json}\n-->`))
    expect(diagnostics).toEqual([])
    expect(blocks[0]).toMatchObject({data: article, text: json})
    expect(at(text, blocks[0]!.start, json.length)).toBe(json)
  })

  it('skips a byte order mark and white space', () => {
    const json = JSON.stringify(article)
    const {blocks, diagnostics} = read(page(`\uFEFF \n ${json}`))
    expect(diagnostics).toEqual([])
    expect(blocks[0]!.text).toBe(json)
  })

  it('accepts the type case-insensitively, with parameters and white space', () => {
    for (const type of ['application/ld+json; charset=utf-8', ' Application/LD+JSON ', 'application/ld+json;profile=x']) {
      expect(read(page(JSON.stringify(article), type)).blocks).toHaveLength(1)
    }
  })

  it('ignores other script types', () => {
    for (const type of ['application/json', 'text/javascript', 'application/ld+json-x']) {
      expect(read(page(JSON.stringify(article), type)).blocks).toEqual([])
    }
  })

  it('reports broken JSON at its page line and column, without throwing', () => {
    const json = '{\n  "@type": "NewsArticle",\n  "headline": "A",\n}'
    const {blocks, diagnostics, text} = read(page(json))
    expect(blocks).toEqual([])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ruleId: 'markup/json-syntax', severity: 'error', source: 'markup', line: 7, column: 1})
    expect(at(text, diagnostics[0]!, 1)).toBe('}')
  })

  it('places errors V8 reports without a position (unexpected token)', () => {
    const json = "{\"@type\": \"NewsArticle\",\n \"headline\": 'single'}"
    const {diagnostics, text} = read(page(json))
    expect(diagnostics[0]).toMatchObject({ruleId: 'markup/json-syntax', line: 5})
    expect(at(text, diagnostics[0]!, 7)).toBe("'single")
    expect(diagnostics[0]!.message).not.toContain('NewsArticle",')
  })

  it('places an unexpected end of input at the end of the JSON', () => {
    const json = '{"@type": "NewsArticle"'
    const {diagnostics, text} = read(page(json))
    expect(diagnostics[0]).toMatchObject({ruleId: 'markup/json-syntax'})
    expect(offsetOf(text, diagnostics[0]!)).toBe(text.indexOf(json) + json.length)
  })

  it('reads concatenated values one by one, with an error', () => {
    const first = '{"@type": "NewsArticle"}'
    const second = '{"@type": "Person"}'
    const {blocks, diagnostics, text} = read(page(`${first}\n${second}`))
    expect(blocks.map((block) => block.text)).toEqual([first, second])
    expect(at(text, blocks[1]!.start, second.length)).toBe(second)
    expect(diagnostics).toMatchObject([{ruleId: 'markup/json-syntax', severity: 'error'}])
    expect(at(text, diagnostics[0]!, 1)).toBe('{')
  })

  it('reads comma-separated values one by one, with an error', () => {
    const {blocks, diagnostics} = read(page('{"@type": "A"},\n{"@type": "B"}'))
    expect(blocks.map((block) => block.data)).toEqual([{'@type': 'A'}, {'@type': 'B'}])
    expect(diagnostics).toMatchObject([{ruleId: 'markup/json-syntax', line: 5, column: 1}])
  })

  it('keeps the value before junk, and reports the junk', () => {
    const json = '{"@type": "NewsArticle", "author": {"@type": "Person"}}\n}'
    const {blocks, diagnostics, text} = read(page(json))
    expect(blocks.map((block) => block.data)).toEqual([{'@type': 'NewsArticle', author: {'@type': 'Person'}}])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ruleId: 'markup/json-syntax', severity: 'error', line: 5, column: 1})
    expect(diagnostics[0]!.message).not.toContain('Several')
    expect(at(text, diagnostics[0]!, 1)).toBe('}')
  })

  it('reports a JavaScript comment after a value at the comment', () => {
    const {diagnostics, text} = read(page('{"@type": "A"}, // more to come'))
    expect(diagnostics).toMatchObject([{ruleId: 'markup/json-syntax'}])
    expect(at(text, diagnostics[0]!, 2)).toBe('//')
  })

  it('does not quote the whole script in the message', () => {
    const long = `{"@type": "NewsArticle", "description": 'x${'y'.repeat(500)}'}`
    const {diagnostics} = read(page(long))
    expect(diagnostics[0]!.message).toMatch(/^JSON-LD is not valid JSON: Unexpected token ''' \(near /)
    expect(diagnostics[0]!.message.length).toBeLessThan(150)
  })

  it('strips a trailing semicolon with a warning', () => {
    const json = JSON.stringify(article)
    const {blocks, diagnostics} = read(page(`${json};\n`))
    expect(blocks[0]).toMatchObject({data: article, text: json})
    expect(diagnostics).toMatchObject([{ruleId: 'markup/jsonld-trailing-junk', severity: 'warning'}])
  })

  it('warns on an empty block', () => {
    const {blocks, diagnostics} = read(page('  \n '))
    expect(blocks).toEqual([])
    expect(diagnostics).toMatchObject([{ruleId: 'markup/empty-jsonld', severity: 'warning', line: 4, column: 3}])
    expect(read(page('')).diagnostics).toMatchObject([{ruleId: 'markup/empty-jsonld'}])
    expect(read(page('<!-- -->')).diagnostics).toMatchObject([{ruleId: 'markup/empty-jsonld'}])
  })

  it('warns on HTML character references inside the JSON', () => {
    const json = '{"@type": "NewsArticle",\n"headline": "Tom &amp; Jerry &#8211; &amp; more"}'
    const {blocks, diagnostics, text} = read(page(json))
    expect(blocks[0]!.data).toMatchObject({headline: 'Tom &amp; Jerry &#8211; &amp; more'})
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({ruleId: 'markup/html-entity-in-jsonld', severity: 'warning', line: 5, column: 18})
    expect(diagnostics[0]!.message).toContain('3 HTML character references')
    expect(at(text, diagnostics[0]!, 5)).toBe('&amp;')
  })

  it('keeps positions exact with CRLF line endings', () => {
    const json = '{\r\n  "@type": "NewsArticle",\r\n  "author": {"@type": "Person"}\r\n}'
    const html = page(json).replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n')
    const {blocks, nodes, text} = read(html)
    expect(blocks[0]!.text).toBe(json)
    expect(at(text, blocks[0]!.start, json.length)).toBe(json)
    expect(at(text, nodes[1]!.start, 19)).toBe('{"@type": "Person"}')
  })

  it('places a syntax error after CRLF lines', () => {
    const html = '<script type="application/ld+json">\r\n{\r\n"a": 1,\r\n"b": x\r\n}</script>'
    const {diagnostics, text} = read(html)
    expect(diagnostics[0]).toMatchObject({ruleId: 'markup/json-syntax', line: 4, column: 6})
    expect(at(text, diagnostics[0]!, 1)).toBe('x')
  })

  it('keeps a __proto__ key as data', () => {
    const {blocks, nodes} = read(page('{"@type": "Thing", "__proto__": {"@type": "Person", "polluted": true}}'))
    expect(Object.getPrototypeOf(blocks[0]!.data)).toBe(Object.prototype)
    expect(nodes.map((entry) => entry.path)).toEqual(['', '/__proto__'])
    expect(({} as {polluted?: boolean}).polluted).toBeUndefined()
  })

  it('reads every script of a page in document order', () => {
    const html = `<head><script type="application/ld+json">{"@type":"A"}</script></head><body><script type="application/ld+json">{"@type":"B"}</script></body>`
    const {blocks} = read(html)
    expect(blocks.map((block) => (block.data as {'@type': string})['@type'])).toEqual(['A', 'B'])
  })
})
