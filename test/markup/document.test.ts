import {describe, expect, it} from 'vitest'
import {toDocument} from '../../src/markup/document.js'
import type {MarkupBlock} from '../../src/markup/types.js'

const start = {line: 1, column: 1}
const block = (syntax: MarkupBlock['syntax'], data: unknown): MarkupBlock => ({syntax, data, start})

describe('toDocument', () => {
  it('merges top-level nodes of every block into one @graph, flattening arrays and @graph wrappers', () => {
    const blocks = [
      block('json-ld', [{'@context': 'https://schema.org', '@type': 'WebSite', name: 'A'}, {'@context': 'http://schema.org/', '@graph': [{'@type': 'Organization', name: 'B'}]}]),
      block('microdata', {'@context': 'https://schema.org', '@type': 'Person', name: 'C'}),
      block('rdfa', {'@context': 'https://schema.org', '@type': 'Event', name: 'D'})
    ]
    expect(toDocument(blocks)).toStrictEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'WebSite', name: 'A'},
        {'@type': 'Organization', name: 'B'},
        {'@type': 'Person', name: 'C'},
        {'@type': 'Event', name: 'D'}
      ]
    })
  })

  it('normalises http(s)://schema.org/X and schema:X types and properties, nested too', () => {
    const data = {
      '@context': {'@vocab': 'https://schema.org/'},
      '@type': ['http://schema.org/NewsArticle', 'schema:Article'],
      'https://schema.org/headline': 'H',
      'schema:author': {'@type': 'https://schema.org/Person', 'http://schema.org/name': 'N'}
    }
    expect(toDocument([block('json-ld', data)])['@graph']).toStrictEqual([
      {'@type': ['NewsArticle', 'Article'], headline: 'H', author: {'@type': 'Person', name: 'N'}}
    ])
  })

  it('keeps a context that is not schema.org, and a @graph document with its own @id as a node', () => {
    const foreign = {'@context': {og: 'http://ogp.me/ns#'}, '@type': 'og:article'}
    const named = {'@context': 'https://schema.org', '@id': '#g', '@graph': [{'@type': 'Thing'}]}
    expect(toDocument([block('json-ld', foreign), block('json-ld', named)])['@graph']).toStrictEqual([foreign, {'@id': '#g', '@graph': [{'@type': 'Thing'}]}])
  })

  it('keeps only the chosen syntaxes, and leaves the blocks unchanged', () => {
    const data = {'@context': 'https://schema.org', '@type': 'Person'}
    const blocks = [block('json-ld', {'@type': 'Thing'}), block('microdata', data)]
    expect(toDocument(blocks, {syntax: ['microdata']})['@graph']).toStrictEqual([{'@type': 'Person'}])
    expect(toDocument(blocks, {syntax: []})['@graph']).toHaveLength(2)
    expect(data).toStrictEqual({'@context': 'https://schema.org', '@type': 'Person'})
  })

  it('ignores scalars and null at the top level', () => {
    expect(toDocument([block('json-ld', null), block('json-ld', [1, 'x', {'@type': 'Thing'}])])['@graph']).toStrictEqual([{'@type': 'Thing'}])
  })
})
