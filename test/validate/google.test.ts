import {describe, expect, it} from 'vitest'
import {validate} from '../../src/validate/index.js'
import {goodArticle, ruleIds} from './helpers.js'

const google = {profiles: ['google' as const]}
const DOCS = 'https://developers.google.com/search/docs/appearance/structured-data/article'

describe('google profile: Article rules', () => {
  it('passes a NewsArticle that follows the guidelines, with no diagnostics at all', () => {
    const result = validate(goodArticle())
    expect(result.diagnostics).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('reports a missing headline as an error on the article node', () => {
    const {headline: _, ...article} = goodArticle()
    const result = validate(article, google)
    expect(result.valid).toBe(false)
    expect(result.diagnostics).toEqual([
      {
        ruleId: 'google/article-headline-missing',
        severity: 'error',
        message: expect.stringContaining('`headline`'),
        path: '',
        source: 'google',
        url: `${DOCS}#structured-data-type-definitions`
      }
    ])
  })

  it('reports an empty or non-string headline, and warns about one over 110 characters', () => {
    expect(ruleIds(validate({...goodArticle(), headline: '  '}, google).diagnostics)).toEqual(['google/article-headline-type'])
    expect(ruleIds(validate({...goodArticle(), headline: ['a', 'b']}, google).diagnostics)).toEqual(['google/article-headline-type'])
    const long = validate({...goodArticle(), headline: 'x'.repeat(111)}, google)
    expect(long.valid).toBe(true)
    expect(long.diagnostics).toEqual([
      expect.objectContaining({ruleId: 'google/article-headline-length', severity: 'warning', path: '/headline', message: expect.stringContaining('111 characters')})
    ])
  })

  it('reports an author typed Thing as an error naming the type', () => {
    const article = {...goodArticle(), author: {'@type': 'Thing', name: 'Jane Doe', url: 'https://news.example/jane'}}
    const result = validate(article, google)
    expect(result.valid).toBe(false)
    expect(result.diagnostics).toEqual([
      {
        ruleId: 'google/article-author-type',
        severity: 'error',
        message: '`author` must be a Person or Organization, not Thing',
        path: '/author/@type',
        source: 'google',
        url: `${DOCS}#author-bp`
      }
    ])
  })

  it('accepts Organization subtypes and multi-typed authors, rejects an author without @type', () => {
    const ok = [{'@type': 'NewsMediaOrganization'}, {'@type': ['Person', 'Thing']}, {'@type': 'schema:Person'}, {'@type': 'https://schema.org/Organization'}]
    for (const author of ok) {
      expect(validate({...goodArticle(), author: {...author, name: 'A', url: 'https://a.example/'}}, google).diagnostics).toEqual([])
    }
    const untyped = validate({...goodArticle(), author: [{name: 'A', url: 'https://a.example/'}]}, google)
    expect(untyped.diagnostics).toEqual([
      expect.objectContaining({ruleId: 'google/article-author-type', path: '/author/0', message: '`author` must be a Person or Organization, not an object without `@type`'})
    ])
  })

  it('warns about an author given as a plain string', () => {
    const result = validate({...goodArticle(), author: 'Jane Doe'}, google)
    expect(result.valid).toBe(true)
    expect(result.diagnostics).toEqual([expect.objectContaining({ruleId: 'google/article-author-string', severity: 'warning', path: '/author'})])
  })

  it('warns about "By Jane Doe" (only the name belongs in name)', () => {
    const author = {'@type': 'Person', name: 'By Jane Doe', url: 'https://news.example/jane'}
    const result = validate({...goodArticle(), author: [author]}, google)
    expect(result.valid).toBe(true)
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ruleId: 'google/article-author-name-by', severity: 'warning', path: '/author/0/name', message: expect.stringContaining('"By Jane Doe"')})
    ])
    for (const name of ['by: Jane Doe', 'BY JANE DOE', 'Written by Jane Doe']) {
      expect(ruleIds(validate({...goodArticle(), author: [{...author, name}]}, google).diagnostics)).toEqual(['google/article-author-name-by'])
    }
    expect(validate({...goodArticle(), author: [{...author, name: 'Byron Bay'}]}, google).diagnostics).toEqual([])
  })

  it('reports several names in one author: as an array (error) or joined (warning)', () => {
    const base = {'@type': 'Person', url: 'https://news.example/staff'}
    expect(ruleIds(validate({...goodArticle(), author: {...base, name: ['Jane Doe', 'John Roe']}}, google).diagnostics)).toEqual(['google/article-author-name-type'])
    for (const name of ['Jane Doe and John Roe', 'Jane Doe, The Daily Example', 'Jane Doe & John Roe']) {
      expect(ruleIds(validate({...goodArticle(), author: {...base, name}}, google).diagnostics)).toEqual(['google/article-author-name-single'])
    }
    // Organisation names may contain "and" or commas.
    expect(validate({...goodArticle(), author: {'@type': 'Organization', name: 'Smith, Jones and Partners', url: 'https://sjp.example/'}}, google).diagnostics).toEqual([])
  })

  it('warns when an author has neither url nor sameAs, or no name', () => {
    const result = validate({...goodArticle(), author: [{'@type': 'Person', name: 'Jane Doe'}, {'@type': 'Person', sameAs: 'https://x.example/j'}]}, google)
    expect(result.valid).toBe(true)
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([
      ['google/article-author-url', 'warning', '/author/0'],
      ['google/article-author-name-missing', 'warning', '/author/1']
    ])
  })

  it('reports "March 11 2022" as a malformed date', () => {
    const result = validate({...goodArticle(), datePublished: 'March 11 2022'}, google)
    expect(result.valid).toBe(false)
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'google/article-date-format',
        severity: 'error',
        path: '/datePublished',
        message: expect.stringMatching(/^`datePublished` must be an ISO 8601 date or date-time .*, not "March 11 2022"$/)
      })
    ])
  })

  it.each([
    ['2022-03-11T08:00:00+03:00', []],
    ['2022-03-11T08:00:00.123Z', []],
    ['2022-03-11T08:00+0300', []],
    ['2022-03-11T08:00:00', ['google/article-date-timezone']],
    ['2022-03-11', ['google/article-date-time']],
    ['2022-03-11 08:00:00', ['google/article-date-format']],
    ['2022-13-11', ['google/article-date-format']],
    ['11/03/2022', ['google/article-date-format']],
    [20220311, ['google/article-date-format']]
  ])('dateModified %j → %j', (date, expected) => {
    expect(ruleIds(validate({...goodArticle(), dateModified: date}, google).diagnostics)).toEqual(expected)
  })

  it('gives the time-zone and date-only findings the severities warning and info', () => {
    const zone = validate({...goodArticle(), datePublished: '2022-03-11T08:00:00'}, google).diagnostics
    expect(zone).toEqual([expect.objectContaining({severity: 'warning', message: expect.stringContaining('no time zone')})])
    const dateOnly = validate({...goodArticle(), datePublished: '2022-03-11'}, google).diagnostics
    expect(dateOnly).toEqual([expect.objectContaining({severity: 'info', path: '/datePublished'})])
  })

  it('maps missing recommended properties to warnings (dateModified: info)', () => {
    const article = {'@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'Hello'}
    const result = validate(article, google)
    expect(result.valid).toBe(true)
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['google/article-author-missing', 'warning'],
      ['google/article-image-missing', 'warning'],
      ['google/article-date-published-missing', 'warning'],
      ['google/article-date-modified-missing', 'info']
    ])
  })

  it('checks images: URL strings, ImageObjects with url/contentUrl, arrays of them', () => {
    const images: Array<[unknown, string[]]> = [
      ['https://news.example/a.jpg', []],
      [{'@type': 'ImageObject', contentUrl: 'https://news.example/a.jpg'}, []],
      ['/a.jpg', ['google/article-image-url']],
      [{'@type': 'ImageObject', url: 'a.jpg'}, ['google/article-image-url']],
      [{'@type': 'ImageObject', caption: 'no URL'}, ['google/article-image-type']],
      [42, ['google/article-image-type']],
      [[], ['google/article-image-missing']],
      [['https://news.example/a.jpg', null], ['google/article-image-type']]
    ]
    for (const [image, expected] of images) {
      expect(ruleIds(validate({...goodArticle(), image}, google).diagnostics), JSON.stringify(image)).toEqual(expected)
    }
  })

  it('runs on every Article type, nested or in @graph, and not on other types', () => {
    for (const type of ['Article', 'BlogPosting', 'ReportageNewsArticle', 'OpinionNewsArticle', 'LiveBlogPosting', ['Thing', 'NewsArticle']]) {
      const article: Record<string, unknown> = {...goodArticle(), '@type': type}
      delete article['headline']
      expect(ruleIds(validate(article, google).diagnostics), JSON.stringify(type)).toEqual(['google/article-headline-missing'])
    }
    const nested = {'@context': 'https://schema.org', '@type': 'WebPage', mainEntity: {'@type': 'NewsArticle', author: 'x'}}
    expect(validate(nested, google).diagnostics.map((d) => d.path)).toContain('/mainEntity')
    expect(validate({'@context': 'https://schema.org', '@type': 'Recipe'}, google).diagnostics).toEqual([])
  })

  it('resolves @id references in an @graph, so a referenced author is checked as its node', () => {
    const {'@context': context, ...article} = goodArticle()
    const document = {
      '@context': context,
      '@graph': [
        {...article, '@id': '#article', author: [{'@id': '#jane'}, {'@id': '#desk'}], image: {'@id': '#image'}},
        {'@type': 'Person', '@id': '#jane', name: 'Jane Doe', url: 'https://news.example/staff/jane-doe'},
        {'@type': 'Thing', '@id': '#desk', name: 'News Desk', url: 'https://news.example/'},
        {'@type': 'ImageObject', '@id': '#image', url: 'https://news.example/a.jpg'}
      ]
    }
    const result = validate(document, google)
    // Only the Thing is wrong, and the finding points at the Thing's own node.
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ruleId: 'google/article-author-type', path: '/@graph/2/@type', message: '`author` must be a Person or Organization, not Thing'})
    ])
  })

  it('reports an author reference that resolves nowhere (and the dangling @id)', () => {
    const document = {...goodArticle(), author: [{'@id': '#nobody'}]}
    const result = validate(document, google)
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.path])).toEqual([
      ['jsonld/dangling-id', 'warning', '/author/0/@id'],
      ['google/article-author-unresolved', 'error', '/author/0']
    ])
  })

  it('reports a finding about an author shared by two articles once', () => {
    const document = {
      '@context': 'https://schema.org',
      '@graph': [
        {...goodArticle(), '@context': undefined, '@id': '#a', author: {'@id': '#x'}},
        {...goodArticle(), '@context': undefined, '@id': '#b', author: {'@id': '#x'}},
        {'@type': 'Thing', '@id': '#x', name: 'X', url: 'https://x.example/'}
      ].map((node) => JSON.parse(JSON.stringify(node)))
    }
    expect(ruleIds(validate(document, google).diagnostics)).toEqual(['google/article-author-type'])
  })
})

describe('google profile: every finding maps to a rule', () => {
  it('never falls back to the catch-all google/schema rule', () => {
    const bad: unknown[] = [null, 0, -1, true, '', ' ', 'x', 'By x', [], [null], [1, 'a'], {}, {'@id': 7}, {'@type': 7}, {'@type': []}, {'@type': 'Person', name: ['a']}, {url: 5, contentUrl: {}}, {'@id': '#a'}]
    const properties = ['headline', 'image', 'datePublished', 'dateModified', 'author']
    for (const property of properties) {
      for (const value of bad) {
        const found = validate({...goodArticle(), [property]: value}, google).diagnostics
        for (const d of found) expect(d.ruleId, `${property}: ${JSON.stringify(value)}`).toMatch(/^(google\/article-|jsonld\/)/)
      }
    }
    for (const value of bad) {
      const found = validate({...goodArticle(), author: [{'@type': 'Person', name: value, url: value, sameAs: value}]}, google).diagnostics
      for (const d of found) expect(d.ruleId, JSON.stringify(value)).toMatch(/^(google\/article-|jsonld\/)/)
    }
  })

  it('runs on a type written as a compact or full IRI', () => {
    for (const type of ['schema:NewsArticle', 'https://schema.org/BlogPosting']) {
      const article: Record<string, unknown> = {...goodArticle(), '@type': type}
      delete article['headline']
      expect(ruleIds(validate(article, google).diagnostics)).toEqual(['google/article-headline-missing'])
    }
  })
})
