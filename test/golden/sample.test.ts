/**
 * The sample article: its page must give exactly `expected.jsonld`.
 * `UPDATE=1 npx vitest run test/golden` rewrites the expected file; review the diff like code.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {extract, injectJsonLd, toJsonLd, validate} from '../../src/index.js'

const dir = 'examples/volunteer-fighters'
const url = 'https://news.example/world/russia-volunteer-fighters-west-asia'
const page = readFileSync(`${dir}/article.html`)
const result = extract(page, {url})
type Node = {[key: string]: unknown}
const nodes = result.graph['@graph'] as unknown as Node[]
const byId = (ref: unknown) => nodes.find((node) => node['@id'] === (ref as Node)['@id'])
const article = nodes.find((node) => node['@type'] === 'NewsArticle')!

describe('sample article', () => {
  test('matches expected.jsonld', () => {
    const actual = `${toJsonLd(result.graph, {space: 2})}\n`
    if (process.env.UPDATE) writeFileSync(`${dir}/expected.jsonld`, actual)
    expect(actual).toBe(readFileSync(`${dir}/expected.jsonld`, 'utf8'))
  })

  test('has the fields the page shows', () => {
    expect(article.headline).toBe('Russia willing to allow ‘volunteer fighters’ from West Asia to join fight against Ukraine')
    expect(article.description).toBe("More than 16,000 foreign fighters have expressed their desire to join the 'liberation movement' of the Donetsk and Luhansk People’s Republics")
    expect(article.datePublished).toBe('2022-03-11')
    const authors = (article.author as Node[]).map(byId)
    expect(authors).toHaveLength(1)
    expect(authors[0]).toMatchObject({'@type': 'Organization', name: 'News Desk'})
    const image = byId((article.image as Node[])[0])
    expect(image).toMatchObject({
      '@type': 'ImageObject',
      caption: 'Celebrations in the Lugansk and Donetsk People’s Republics following Moscow’s recognition of their independence.',
      creditText: 'AP Photo/Alexei Alexandrov'
    })
    expect(article).toHaveProperty('about')
    expect(article).toHaveProperty('mentions')
  })

  test('wordCount counts the body only, not "Most Popular" or the byline', () => {
    // The ten body paragraphs of the article's text hold 356 words split on white space.
    const words = 356
    expect(article.wordCount).toBe(words)
  })

  test('every field says where it came from', () => {
    expect(result.provenance.headline).toMatchObject({rule: 'h1', position: {line: expect.any(Number), column: expect.any(Number)}})
    expect(result.provenance.authors?.rule).toBe('byline')
    expect(result.provenance.datePublished?.rule).toBe('byline')
    expect(result.provenance.image?.rule).toBe('figure')
  })

  test('validates with no errors', () => {
    const report = validate(result.graph)
    expect(report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
    expect(report.valid).toBe(true)
    // ldpress's own output contract holds too.
    expect(validate(result.graph, {profiles: ['ldpress']}).diagnostics).toEqual([])
  })

  test('is deterministic', () => {
    expect(toJsonLd(extract(page, {url}).graph)).toBe(toJsonLd(result.graph))
  })
})

describe('sample article, injected', () => {
  test('extracting a page that carries ldpress’s own script gives the same graph (inject is idempotent)', () => {
    const injected = injectJsonLd(page.toString('utf8'), result.graph)
    expect(injected.changed).toBe(true)
    const again = extract(injected.html, {url})
    expect(toJsonLd(again.graph)).toBe(toJsonLd(result.graph))
    expect(injectJsonLd(injected.html, again.graph)).toMatchObject({html: injected.html, changed: false})
  })
})
