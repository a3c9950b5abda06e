import {describe, expect, it} from 'vitest'
import {validate} from '../../src/validate/index.js'
import {normalize} from '../../src/validate/normalize.js'

const ctx = 'https://schema.org'
const schemaOrg = (document: unknown) => validate(document, {profiles: ['schema.org']}).diagnostics
const rules = (document: unknown) => schemaOrg(document).map((d) => [d.ruleId, d.path])

describe('@reverse', () => {
  const document = {
    '@context': ctx,
    '@type': 'Person',
    name: 'Jane',
    '@reverse': {author: [{'@type': 'NewsArticle', headline: 'A'}, {'@id': 'https://other.example/b'}], publisher: {'@type': 'Book', name: 'B'}}
  }

  it('collects the nodes of a @reverse map with their pointers, and lists each reverse property', () => {
    const {nodes, reverse, references, diagnostics} = normalize(document)
    expect(nodes.map((n) => [n.pointer, n.types])).toEqual([
      ['', ['Person']],
      ['/@reverse/author/0', ['NewsArticle']],
      ['/@reverse/publisher', ['Book']]
    ])
    expect(reverse.map((r) => [r.property, r.pointer, r.object.pointer, r.subjects.map((s) => s.pointer)])).toEqual([
      ['author', '/@reverse/author', '', ['/@reverse/author/0']],
      ['publisher', '/@reverse/publisher', '', ['/@reverse/publisher']]
    ])
    expect(references.map((r) => r.pointer)).toEqual(['/@reverse/author/1'])
    expect(diagnostics).toEqual([])
  })

  it('does not take the @reverse map for a node, nor its properties for the outer node’s', () => {
    // `author` is not a property of Person: it is the NewsArticle's, pointing back at the Person.
    expect(schemaOrg(document)).toEqual([])
  })

  it('keeps document order when @reverse comes before other properties', () => {
    const {nodes} = normalize({'@context': ctx, '@type': 'Person', '@reverse': {author: {'@type': 'Article'}}, image: {'@type': 'ImageObject'}})
    expect(nodes.map((n) => n.pointer)).toEqual(['', '/@reverse/author', '/image'])
  })

  it('collects a node holding only @id and @reverse', () => {
    const {nodes, reverse} = normalize({'@context': ctx, '@id': '#jane', '@reverse': {author: {'@type': 'BlogPosting'}}})
    expect(nodes.map((n) => n.pointer)).toEqual(['', '/@reverse/author'])
    expect(reverse[0]!.object.pointer).toBe('')
  })

  it('checks a reverse property against the nested node’s types: `author` with a Place inside is a property-domain error', () => {
    const bad = {'@context': ctx, '@type': 'Person', '@reverse': {author: {'@type': 'Place', name: 'Somewhere'}}}
    expect(rules(bad)).toEqual([['schema.org/property-domain', '/@reverse/author']])
  })

  it('reports a misspelt reverse property name as schema.org/unknown-property', () => {
    const bad = {'@context': ctx, '@type': 'Person', '@reverse': {autor: {'@type': 'NewsArticle', headline: 'A'}}}
    const found = schemaOrg(bad)
    expect(found.map((d) => [d.ruleId, d.path])).toEqual([['schema.org/unknown-property', '/@reverse/autor']])
    expect(found[0]!.message).toMatch(/did you mean `author`/)
  })

  it('checks values inside @list against the property’s range', () => {
    const bad = {'@context': ctx, '@type': 'NewsArticle', datePublished: {'@list': ['2024-01-01', 'yesterday']}}
    expect(rules(bad)).toEqual([['schema.org/value-range', '/datePublished/@list/1']])
  })

  it('validates the nodes inside: a misspelt property is caught', () => {
    const bad = {'@context': ctx, '@type': 'Person', '@reverse': {author: {'@type': 'NewsArticle', headlin: 'A'}}}
    expect(rules(bad)).toEqual([['schema.org/unknown-property', '/@reverse/author/headlin']])
  })

  it('nests: a @reverse inside a nested node', () => {
    const nested = {'@context': ctx, '@type': 'WebPage', about: {'@type': 'Person', '@reverse': {author: {'@type': 'Article', nmae: 'x'}}}}
    expect(normalize(nested).reverse.map((r) => [r.pointer, r.object.pointer])).toEqual([['/about/@reverse/author', '/about']])
    expect(rules(nested)).toEqual([['schema.org/unknown-property', '/about/@reverse/author/nmae']])
  })

  it('reports a @reverse that is not an object, keywords in it and literal values (jsonld/invalid-reverse)', () => {
    const bad = (reverse: unknown) => normalize({'@context': ctx, '@type': 'Person', '@reverse': reverse}).diagnostics.map((d) => [d.ruleId, d.severity, d.path])
    expect(bad('author')).toEqual([['jsonld/invalid-reverse', 'error', '/@reverse']])
    expect(bad([{author: {}}])).toEqual([['jsonld/invalid-reverse', 'error', '/@reverse']])
    expect(bad({'@type': 'X'})).toEqual([['jsonld/invalid-reverse', 'error', '/@reverse/@type']])
    expect(bad({author: [1, {'@value': 'x'}, 'https://x.example/a', {'@list': [{}]}]})).toEqual([
      ['jsonld/invalid-reverse', 'error', '/@reverse/author/0'],
      ['jsonld/invalid-reverse', 'error', '/@reverse/author/1'],
      ['jsonld/invalid-reverse', 'warning', '/@reverse/author/2'],
      ['jsonld/invalid-reverse', 'error', '/@reverse/author/3']
    ])
  })

  it('places the diagnostic on the line of the @reverse value', () => {
    const text = '{\n  "@context": "https://schema.org",\n  "@type": "Person",\n  "@reverse": 7\n}'
    expect(validate(text, {profiles: []}).diagnostics).toMatchObject([{ruleId: 'jsonld/invalid-reverse', line: 4}])
  })
})

describe('@list and @set', () => {
  const list = (wrapper: '@list' | '@set', items: unknown[]) => ({
    '@context': ctx,
    '@type': 'ItemList',
    itemListElement: {[wrapper]: items}
  })

  it('collects the nodes inside, with pointers through the wrapper', () => {
    const {nodes} = normalize(list('@list', [{'@type': 'ListItem', position: 1}, 'text', {'@type': 'ListItem', position: 2}]))
    expect(nodes.map((n) => n.pointer)).toEqual(['', '/itemListElement/@list/0', '/itemListElement/@list/2'])
  })

  it('reports nothing on the wrapper (no unknown property @list, no value-range)', () => {
    for (const wrapper of ['@list', '@set'] as const) {
      expect(schemaOrg(list(wrapper, [{'@type': 'ListItem', position: 1, name: 'a'}]))).toEqual([])
      expect(schemaOrg({'@context': ctx, '@type': 'Article', headline: {[wrapper]: ['a', 'b']}})).toEqual([])
    }
  })

  it('validates the nodes inside: a misspelt property is caught', () => {
    expect(rules(list('@list', [{'@type': 'ListItem', postion: 1}]))).toEqual([['schema.org/unknown-property', '/itemListElement/@list/0/postion']])
    expect(rules(list('@set', [{'@type': 'ListItme'}]))).toEqual([['schema.org/unknown-type', '/itemListElement/@set/0/@type']])
  })
})
