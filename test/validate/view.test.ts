import {describe, expect, it} from 'vitest'
import {normalize} from '../../src/validate/normalize.js'
import {resolvedView} from '../../src/validate/view.js'

function viewOf(document: unknown, index = 0) {
  const normalized = normalize(document)
  return resolvedView(normalized.nodes[index]!, normalized.ids)
}

describe('resolvedView', () => {
  const document = {
    '@context': 'https://schema.org',
    '@graph': [
      {'@type': 'schema:NewsArticle', '@id': '#a', author: [{'@id': '#j'}, {'@id': '#none'}], publisher: {'@type': 'Organization', logo: {'@id': '#logo'}}},
      {'@type': 'https://schema.org/Person', '@id': '#j', name: 'Jane', image: {'@id': '#logo'}},
      {'@type': 'ImageObject', '@id': '#logo', url: 'https://x.example/l.png'}
    ]
  }

  it('shortens types and replaces references by their nodes, in the node and in its values', () => {
    const {value} = viewOf(document)
    expect(value['@type']).toBe('NewsArticle')
    const logo = {'@type': 'ImageObject', '@id': '#logo', url: 'https://x.example/l.png'}
    expect(value['author']).toEqual([{'@type': 'Person', '@id': '#j', name: 'Jane', image: logo}, {'@id': '#none'}])
    expect((value['publisher'] as Record<string, unknown>)['logo']).toEqual(logo)
  })

  it('maps pointers into the view back to the document, through references', () => {
    const view = viewOf(document)
    expect(view.toDocument('')).toBe('/@graph/0')
    expect(view.toDocument('/author/0/name')).toBe('/@graph/1/name')
    expect(view.toDocument('/author/1')).toBe('/@graph/0/author/1')
    expect(view.toDocument('/publisher/logo/url')).toBe('/@graph/2/url')
    expect(view.toDocument('/headline')).toBe('/@graph/0/headline')
  })

  it('does not change the document', () => {
    const copy = JSON.parse(JSON.stringify(document))
    viewOf(document)
    expect(document).toEqual(copy)
  })

  it('regression: arrays of arrays under an article do not recurse (stack overflow at 100k levels)', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000))
    expect(() => viewOf({'@context': 'https://schema.org', '@type': 'NewsArticle', about: deep})).not.toThrow()
  })

  it('keeps __proto__ members as data', () => {
    const node = JSON.parse('{"@context": "https://schema.org", "@type": "NewsArticle", "__proto__": {"@id": "#x"}}')
    const {value} = viewOf(node)
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.hasOwn(value, '__proto__')).toBe(true)
  })
})
