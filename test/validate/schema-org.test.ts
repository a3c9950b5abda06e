import {describe, expect, it} from 'vitest'
import {validate} from '../../src/validate/index.js'
import {suggest} from '../../src/validate/vocabulary.js'

const schemaOrg = (document: unknown) => validate(document, {profiles: ['schema.org']}).diagnostics
const doc = (node: Record<string, unknown>) => ({'@context': 'https://schema.org', ...node})

describe('schema.org profile', () => {
  it('accepts known types and properties, however the type is written', () => {
    for (const type of ['NewsArticle', 'schema:NewsArticle', 'https://schema.org/NewsArticle', 'http://schema.org/NewsArticle', ['NewsArticle', 'schema:Thing']]) {
      expect(schemaOrg(doc({'@type': type, headline: 'A', 'schema:author': {'@type': 'Person', name: 'J'}, 'https://schema.org/datePublished': '2022-03-11'}))).toEqual([])
    }
  })

  it('reports an unknown property with a "did you mean" suggestion, on the property name', () => {
    expect(schemaOrg(doc({'@type': 'NewsArticle', datepublished: '2022-03-11'}))).toEqual([
      {
        ruleId: 'schema.org/unknown-property',
        severity: 'error',
        message: '`datepublished` is not a schema.org property; did you mean `datePublished`?',
        path: '/datepublished',
        source: 'schema.org',
        url: 'https://schema.org/datePublished'
      }
    ])
    const text = JSON.stringify(doc({'@type': 'NewsArticle', headlien: 'A'}), null, 2)
    expect(validate(text, {profiles: ['schema.org']}).diagnostics[0]).toMatchObject({message: expect.stringContaining('did you mean `headline`?'), line: 4, column: 3})
  })

  it('reports an unknown type with a suggestion', () => {
    expect(schemaOrg(doc({'@type': ['Thing', 'Webpage']}))).toEqual([
      expect.objectContaining({ruleId: 'schema.org/unknown-type', severity: 'error', path: '/@type/1', message: '`Webpage` is not a schema.org type; did you mean `WebPage`?'})
    ])
    expect(schemaOrg(doc({'@type': 'Blurb'}))[0]!.message).toBe('`Blurb` is not a schema.org type')
  })

  it('suggests by case first, then by edit distance ≤ 2 (1 for short names)', () => {
    expect(suggest('property', 'DATEPUBLISHED')).toBe('datePublished')
    expect(suggest('property', 'autor')).toBe('author')
    expect(suggest('property', 'headlnie')).toBe('headline')
    expect(suggest('property', 'xyzzy-plugh')).toBeUndefined()
    expect(suggest('class', 'NewsArtcle')).toBe('NewsArticle')
    expect(suggest('property', 'x'.repeat(500))).toBeUndefined()
  })

  it('notes terms of other vocabularies (info) instead of checking them', () => {
    const found = schemaOrg(doc({'@type': ['Thing', 'og:article'], 'og:title': 'A', 'http://purl.org/dc/terms/title': 'B'}))
    expect(found.map((d) => [d.ruleId, d.severity, d.path])).toEqual([
      ['schema.org/foreign-type', 'info', '/@type/1'],
      ['schema.org/foreign-property', 'info', '/og:title'],
      ['schema.org/foreign-property', 'info', '/http:~1~1purl.org~1dc~1terms~1title']
    ])
  })

  it('skips terms a @context defines, and notes unknown terms under contexts it does not load', () => {
    expect(schemaOrg({'@context': ['https://schema.org', {myTerm: 'https://x.example/myTerm'}], '@type': 'Thing', myTerm: 1})).toEqual([])
    const vc = schemaOrg({'@context': ['https://schema.org', 'https://www.w3.org/ns/credentials/v2'], '@type': 'VerifiableCredential', issuer: 'x'})
    expect(vc.map((d) => [d.ruleId, d.severity])).toEqual([
      ['schema.org/unchecked-term', 'info'],
      ['schema.org/unchecked-term', 'info']
    ])
  })

  it('warns about superseded terms', () => {
    expect(schemaOrg(doc({'@type': 'Organization', members: []}))).toEqual([
      expect.objectContaining({ruleId: 'schema.org/superseded', severity: 'warning', message: '`members` is superseded by `member`'})
    ])
  })

  it('checks the shape of @type and @id', () => {
    expect(schemaOrg(doc({'@type': 7, '@id': {}, name: 'x'})).map((d) => [d.ruleId, d.path, d.message])).toEqual([
      ['schema.org/type-value', '/@type', '`@type` must be a type name or an array of type names, not 7'],
      ['schema.org/id-value', '/@id', '`@id` must be a string (an IRI, a #fragment or a blank node id), not {}']
    ])
    expect(schemaOrg(doc({'@type': [], name: 'x'})).map((d) => d.ruleId)).toEqual(['schema.org/type-value'])
    expect(schemaOrg(doc({'@id': '', '@type': 'Thing'}))).toEqual([])
  })

  it('allows the Google extension query-input on a SearchAction', () => {
    const site = doc({'@type': 'WebSite', potentialAction: {'@type': 'SearchAction', target: 'https://x.example/?q={q}', 'query-input': 'required name=q'}})
    expect(schemaOrg(site)).toEqual([])
  })
})
