import {describe, expect, it} from 'vitest'
import {validateHtml} from '../../src/validation.js'
import {validate} from '../../src/validate/index.js'
import {goodArticle, positionOf, ruleIds} from './helpers.js'

describe('validate: JSON text', () => {
  it('reports a syntax error with line and column, and nothing else', () => {
    const text = '{\n  "@context": "https://schema.org",\n  "@type": "NewsArticle",\n  "headline": "A",\n}'
    const result = validate(text)
    expect(result.valid).toBe(false)
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ruleId: 'json/syntax', severity: 'error', line: 5, column: 1, source: 'json', message: expect.stringContaining('member name')})
    ])
  })

  it('puts the line and column of the offending value on every diagnostic', () => {
    const text = `{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "Russia willing to allow volunteer fighters",
  "datePublished": "March 11 2022",
  "dateModified": "2022-03-11T09:20:00+03:00",
  "image": "https://news.example/a.jpg",
  "datepublished": "2022-03-11",
  "author": {"@type": "Thing", "name": "By Jane Doe"}
}`
    const result = validate(text)
    const at = (ruleId: string) => {
      const found = result.diagnostics.find((d) => d.ruleId === ruleId)
      return found && {line: found.line, column: found.column}
    }
    expect(at('google/article-date-format')).toEqual(positionOf(text, '"March 11 2022"'))
    // Property-name findings point at the name.
    expect(at('schema.org/unknown-property')).toEqual(positionOf(text, '"datepublished"'))
    expect(at('google/article-author-type')).toEqual(positionOf(text, '"Thing"'))
    expect(at('google/article-author-name-by')).toEqual(positionOf(text, '"By Jane Doe"'))
    // A missing property: the object that lacks it.
    expect(at('google/article-author-url')).toEqual(positionOf(text, '{"@type": "Thing"'))
    expect(result.diagnostics.every((d) => typeof d.line === 'number' && typeof d.column === 'number')).toBe(true)
  })

  it('shifts positions by `start` (column only on the first line)', () => {
    const text = '{"@context": "https://schema.org", "@type": "NewsArticle",\n "headline": 7}'
    const plain = validate(text, {profiles: ['google']}).diagnostics.find((d) => d.ruleId === 'google/article-headline-type')!
    expect(plain).toMatchObject({line: 2, column: 14})
    const shifted = validate(text, {profiles: ['google'], start: {line: 40, column: 12}}).diagnostics
    expect(shifted.find((d) => d.ruleId === 'google/article-headline-type')).toMatchObject({line: 41, column: 14})
    // A finding on the first line moves right as well as down.
    const first = validate('{"@type": "Thing"}', {start: {line: 3, column: 5}}).diagnostics[0]!
    expect(first).toMatchObject({ruleId: 'jsonld/missing-context', line: 3, column: 5})
    const syntax = validate('{"a" 1}', {start: {line: 10, column: 30}}).diagnostics[0]!
    expect(syntax).toMatchObject({ruleId: 'json/syntax', line: 10, column: 35})
  })

  it('gives values passed as objects no line and column', () => {
    const result = validate({...goodArticle(), headline: 7})
    expect(result.diagnostics.length).toBeGreaterThan(0)
    for (const d of result.diagnostics) {
      expect(d).not.toHaveProperty('line')
      expect(d).not.toHaveProperty('column')
    }
  })

  it('does not throw on 100k-deep JSON, and reports that it stopped descending', () => {
    const depth = 100_000
    const text = '{"@context": "https://schema.org", "@type": "Thing", "hasPart": ' + '['.repeat(depth) + ']'.repeat(depth) + '}'
    const result = validate(text, {profiles: ['schema.org', 'google', 'ldpress']})
    expect(ruleIds(result.diagnostics)).toContain('jsonld/too-deep')
    const objects = '{"a":'.repeat(depth) + '{}' + '}'.repeat(depth)
    expect(() => validate(objects)).not.toThrow()
    const deepArticle = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A", "about": ' + '['.repeat(depth) + ']'.repeat(depth) + ', "author": ' + '['.repeat(depth) + ']'.repeat(depth) + '}'
    expect(() => validate(deepArticle, {profiles: ['schema.org', 'google', 'ldpress']})).not.toThrow()
    expect(() => validate(JSON.parse('['.repeat(5000) + ']'.repeat(5000)))).not.toThrow()
  })

  it('never throws on hostile but valid JSON', () => {
    const inputs = ['null', '42', '"text"', '[]', '[1, "a", null]', '{"__proto__": {"@type": "Thing"}}', '{"@context": null, "@graph": {}}', '{"@context": [], "@type": [[]], "@id": {}}', '\u0000']
    for (const input of inputs) expect(() => validate(input, {profiles: ['schema.org', 'google', 'ldpress']})).not.toThrow()
    expect(ruleIds(validate('42').diagnostics)).toEqual(['jsonld/invalid-document'])
  })
})

describe('validate: options and result', () => {
  it('runs the schema.org and google profiles by default', () => {
    const sources = new Set(validate({'@context': 'https://schema.org', '@type': 'NewsArticle', headlin: 'x'}).diagnostics.map((d) => d.source))
    expect(sources).toEqual(new Set(['schema.org', 'google']))
  })

  it('runs only the profiles asked for (JSON-LD checks always)', () => {
    const document = {'@type': 'NewsArticle', headlin: 'x'}
    expect(new Set(validate(document, {profiles: ['schema.org']}).diagnostics.map((d) => d.source))).toEqual(new Set(['jsonld', 'schema.org']))
    expect(new Set(validate(document, {profiles: []}).diagnostics.map((d) => d.source))).toEqual(new Set(['jsonld']))
  })

  it('throws on an unknown profile name (misuse, not content)', () => {
    // @ts-expect-error not a profile
    expect(() => validate({}, {profiles: ['bing']})).toThrow(/Unknown validation profile "bing"/)
  })

  it('is valid with warnings only', () => {
    const result = validate({...goodArticle(), dateModified: '2022-03-11T09:20:00'})
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['warning'])
    expect(result.valid).toBe(true)
  })

  it('gives diagnostics a stable key order', () => {
    const [first] = validate('{"@type": "Thing"}').diagnostics
    expect(Object.keys(first!)).toEqual(['ruleId', 'severity', 'message', 'path', 'line', 'column', 'source', 'url'])
  })

  it('gives the same diagnostics on every run', () => {
    const text = JSON.stringify({...goodArticle(), author: {'@type': 'Thing'}, headline: 7, foo: 1})
    expect(validate(text)).toEqual(validate(text))
  })
})

describe('validate: objects passed in', () => {
  it('visits a shared or cyclic object once', () => {
    const person: Record<string, unknown> = {'@type': 'Person', name: 'Jane', url: 'https://j.example/'}
    person['knows'] = person
    let shared: Record<string, unknown> = {'@type': 'CreativeWork', name: 'leaf'}
    for (let i = 0; i < 60; i++) shared = {'@type': 'CreativeWork', name: `level ${i}`, hasPart: [shared, shared]}
    const article = {...goodArticle(), author: [person, person], about: shared}
    // 2^60 paths if shared objects were walked again; the cycle would never end.
    const result = validate(article, {profiles: ['schema.org', 'google', 'ldpress']})
    expect(result.diagnostics.filter((d) => d.source !== 'ldpress')).toEqual([])
  })
})

describe('validate: volume', () => {
  it('handles documents with hundreds of thousands of findings', () => {
    const types = Array.from({length: 200_000}, (_, i) => `Nope${i}`)
    const strings = Array.from({length: 200_000}, () => 'a &amp; b')
    const result = validate({'@context': 'https://schema.org', '@type': types, description: strings}, {profiles: ['schema.org']})
    expect(result.diagnostics.length).toBe(400_000)
  })
})

describe('references across the blocks of a page', () => {
  const article = (author: string) =>
    `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "@id": "https://news.example/a#article", "headline": "A", "author": {"@id": "${author}"}}</script>`
  const person = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Person", "@id": "https://news.example/a#ann", "name": "Ann"}</script>'
  const microdata = '<div itemscope itemtype="https://schema.org/Person" itemid="https://news.example/a#bo"><span itemprop="name">Bo</span></div>'
  const dangling = (html: string) => validateHtml(`<!doctype html><html><head>${html}</head><body></body></html>`).diagnostics.filter((d) => d.ruleId === 'jsonld/dangling-id')

  it('a reference to a node another JSON-LD block defines is not dangling', () => {
    expect(dangling(article('https://news.example/a#ann') + person)).toEqual([])
  })

  it('nor to a microdata item with that itemid', () => {
    expect(dangling(`${article('https://news.example/a#bo')}</head><body>${microdata}`)).toEqual([])
  })

  it('a reference to a node no block defines still is', () => {
    expect(dangling(article('https://news.example/a#cy') + person)).toEqual([expect.objectContaining({message: expect.stringContaining('#cy')})])
  })
})
