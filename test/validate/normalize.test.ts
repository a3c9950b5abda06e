import {describe, expect, it} from 'vitest'
import {validate} from '../../src/validate/index.js'
import {normalize, shortName} from '../../src/validate/normalize.js'
import {ruleIds} from './helpers.js'

const jsonld = (document: unknown) => validate(document, {profiles: []}).diagnostics

describe('normalize: nodes', () => {
  it('finds the nodes of an @graph document, a top-level array and nesting, in document order', () => {
    const document = [
      {'@context': 'https://schema.org', '@graph': [{'@type': 'NewsArticle', '@id': '#a', author: {'@type': 'Person', name: 'J'}}, {'@type': 'WebPage', '@id': '#p'}]},
      {'@context': 'https://schema.org', '@type': 'Organization', logo: {'@type': 'ImageObject', url: 'https://x.example/l.png'}, address: {streetAddress: 'Main St 1'}}
    ]
    const {nodes, ids, diagnostics} = normalize(document)
    expect(nodes.map((n) => [n.pointer, n.types])).toEqual([
      ['/0/@graph/0', ['NewsArticle']],
      ['/0/@graph/0/author', ['Person']],
      ['/0/@graph/1', ['WebPage']],
      ['/1', ['Organization']],
      ['/1/logo', ['ImageObject']],
      ['/1/address', []]
    ])
    expect([...ids.keys()]).toEqual(['#a', '#p'])
    expect(diagnostics).toEqual([])
  })

  it('does not take value objects, references, @graph wrappers or @context for nodes', () => {
    const document = {'@context': {'@vocab': 'https://schema.org/', x: {'@id': 'https://x.example/x'}}, '@graph': [{'@id': '#a'}, {'@value': 'v', '@type': 'Date'}, {'@list': [{'@type': 'Thing'}]}]}
    expect(normalize(document).nodes.map((n) => n.pointer)).toEqual(['/@graph/2/@list/0'])
  })

  it('shortens schema.org type IRIs and compact IRIs', () => {
    expect(['schema:NewsArticle', 'https://schema.org/NewsArticle', 'http://schema.org/NewsArticle', 'NewsArticle'].map(shortName)).toEqual(Array(4).fill('NewsArticle'))
    expect(shortName('og:article')).toBe('og:article')
    expect(shortName('https://example.org/NewsArticle')).toBe('https://example.org/NewsArticle')
    const {nodes} = normalize({'@context': 'https://schema.org', '@type': ['schema:NewsArticle', 'http://schema.org/Thing', 7]})
    expect(nodes[0]!.types).toEqual(['NewsArticle', 'Thing'])
  })

  it('stops descending at maxDepth with one warning', () => {
    let deep: unknown = {'@type': 'Thing'}
    for (let i = 0; i < 50; i++) deep = {'@type': 'Thing', hasPart: deep}
    const result = normalize({'@context': 'https://schema.org', hasPart: deep}, {maxDepth: 10})
    expect(ruleIds(result.diagnostics)).toEqual(['jsonld/too-deep'])
    expect(result.nodes).toHaveLength(11) // depths 0 to 10
  })
})

describe('normalize: @context', () => {
  it.each([
    'https://schema.org',
    'https://schema.org/',
    'http://schema.org',
    'http://schema.org/',
    'https://schema.org/docs/jsonldcontext.jsonld',
    {'@vocab': 'https://schema.org/'},
    {'@vocab': 'http://schema.org/', '@language': 'en'},
    ['https://schema.org', {'@language': 'de'}],
    [{'@language': 'de'}, 'http://schema.org/'],
    {schema: 'https://schema.org/'}
  ])('accepts %j', (context) => {
    expect(jsonld({'@context': context, '@type': 'Thing'})).toEqual([])
  })

  it('warns about an @vocab without its trailing slash', () => {
    expect(jsonld({'@context': {'@vocab': 'https://schema.org'}, '@type': 'Thing'})).toEqual([
      expect.objectContaining({ruleId: 'jsonld/context-vocab', severity: 'warning', path: '/@context/@vocab'})
    ])
  })

  it.each(['https://example.org/context.jsonld', 'schema.org', {'@vocab': 'https://example.org/'}, [], null])('warns about the unknown context %j', (context) => {
    expect(jsonld({'@context': context, '@type': 'Thing'})).toEqual([
      expect.objectContaining({ruleId: 'jsonld/unknown-context', severity: 'warning', path: '/@context'})
    ])
  })

  it('reports a top-level node without @context as an error, for each item of a top-level array', () => {
    expect(jsonld({'@type': 'NewsArticle'})).toEqual([expect.objectContaining({ruleId: 'jsonld/missing-context', severity: 'error', path: ''})])
    expect(jsonld([{'@context': 'https://schema.org', '@type': 'Thing'}, {'@type': 'Thing'}]).map((d) => [d.ruleId, d.path])).toEqual([['jsonld/missing-context', '/1']])
    // An @graph wrapper may leave the context to its items.
    expect(jsonld({'@graph': [{'@context': 'https://schema.org', '@type': 'Thing'}]})).toEqual([])
    expect(ruleIds(jsonld({'@graph': [{'@context': 'https://schema.org', '@type': 'Thing'}, {'@type': 'Thing'}]}))).toEqual(['jsonld/missing-context'])
    // Nested nodes inherit the context.
    expect(jsonld({'@context': 'https://schema.org', '@graph': [{'@type': 'Thing', subjectOf: {'@type': 'Thing'}}]})).toEqual([])
  })

  it('reports a document that is not an object or array', () => {
    expect(jsonld('"text"')).toEqual([expect.objectContaining({ruleId: 'jsonld/invalid-document', severity: 'error'})])
    expect(ruleIds(jsonld([1]))).toEqual(['jsonld/invalid-document'])
  })

  it('warns about the schema.org context aliases type and id', () => {
    const result = validate({'@context': 'https://schema.org', type: 'Audiobook', id: '#b', name: 'Alice'}, {profiles: ['schema.org']})
    expect(result.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
      ['jsonld/keyword-alias', '/type'],
      ['jsonld/keyword-alias', '/id']
    ])
  })
})

describe('normalize: @id references', () => {
  it('warns about a reference to an @id the document does not define', () => {
    const document = {'@context': 'https://schema.org', '@graph': [{'@type': 'NewsArticle', '@id': '#a', publisher: {'@id': '#org'}, author: {'@id': '_:b0'}}]}
    expect(jsonld(document)).toEqual([
      expect.objectContaining({ruleId: 'jsonld/dangling-id', severity: 'warning', path: '/@graph/0/publisher/@id', message: expect.stringContaining('"#org"')}),
      expect.objectContaining({ruleId: 'jsonld/dangling-id', path: '/@graph/0/author/@id'})
    ])
  })

  it('does not warn about references to outside resources', () => {
    const document = {
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'Organization', '@id': 'https://news.example/#org', sameAs: {'@id': 'http://www.wikidata.org/entity/Q1916402'}, hasMerchantReturnPolicy: {'@id': 'https://shop.example/returns#policy'}},
        {'@type': 'WebSite', '@id': 'https://news.example/#website', publisher: {'@id': 'https://news.example/#org'}, about: {'@id': 'https://news.example/#missing'}}
      ]
    }
    expect(jsonld(document).map((d) => [d.ruleId, d.path])).toEqual([['jsonld/dangling-id', '/@graph/1/about/@id']])
  })

  it('warns about one @id defined twice with different values', () => {
    const document = {'@context': 'https://schema.org', '@graph': [{'@type': 'Person', '@id': '#j', name: 'Jane'}, {'@type': 'Person', '@id': '#j', name: 'John'}, {'@id': '#j', url: 'https://j.example/'}]}
    expect(jsonld(document)).toEqual([expect.objectContaining({ruleId: 'jsonld/conflicting-id', path: '/@graph/1/@id', message: expect.stringContaining('`name`')})])
  })
})

describe('normalize: strings', () => {
  it('warns about HTML character references in values', () => {
    const document = {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Tom &amp; Jerry', description: 'It&#8217;s', url: 'https://x.example/?a=1&b=2'}
    expect(jsonld(document).map((d) => [d.ruleId, d.path])).toEqual([
      ['jsonld/html-entity', '/headline'],
      ['jsonld/html-entity', '/description']
    ])
  })
})

describe('nodes written in IRIs need no context', () => {
  it('RDFa in another vocabulary (absolute and compact IRIs) is not a missing-context error', () => {
    const node = {'@type': ['sioc:Item', 'http://xmlns.com/foaf/0.1/Document'], 'http://purl.org/dc/terms/title': 'T', 'content:encoded': 'x'}
    expect(validate(node).diagnostics.map((d) => d.ruleId)).not.toContain('jsonld/missing-context')
    expect(validate({'@type': 'NewsArticle', headline: 'x'}).diagnostics.map((d) => d.ruleId)).toContain('jsonld/missing-context')
  })
})
