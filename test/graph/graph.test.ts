import {describe, expect, test} from 'vitest'
import {buildGraph, type GraphInput} from '../../src/graph/index.js'
import {stableHash} from '../../src/graph/ids.js'

const input: GraphInput = {
  url: 'https://news.example/world/story',
  headline: 'Headline',
  authors: [
    {name: 'Jane Doe', type: 'Person'},
    {name: 'Jane Doe', type: 'Person'},
    {name: 'Example News', type: 'Organization'}
  ],
  publisher: {name: 'Example News'},
  image: {url: 'https://news.example/a.jpg', caption: 'c'},
  datePublished: '2022-03-11',
  wordCount: 10
}

type Node = {[key: string]: unknown}
const nodes = (graph: {'@graph': readonly unknown[]}) => graph['@graph'] as Node[]

describe('buildGraph', () => {
  test('links the article to one node per author, the publisher and the image by @id', () => {
    const graph = buildGraph(input)
    const [article, page] = nodes(graph)
    expect(article).toMatchObject({'@type': 'NewsArticle', '@id': 'https://news.example/world/story#article', mainEntityOfPage: {'@id': 'https://news.example/world/story#webpage'}})
    expect(page).toMatchObject({'@type': 'WebPage', url: 'https://news.example/world/story', primaryImageOfPage: {'@id': 'https://news.example/world/story#primaryimage'}})
    const ids = nodes(graph).map((node) => node['@id'])
    expect(new Set(ids).size).toBe(ids.length)
    // The publisher named as an author is the same node.
    expect(article!.author).toEqual([{'@id': `https://news.example/#/schema/person/${stableHash('Jane Doe')}`}, {'@id': 'https://news.example/#organization'}])
    expect(article!.author).toEqual(expect.arrayContaining([article!.publisher]))
  })

  test('the same author on two pages of a site has the same id', () => {
    const a = nodes(buildGraph(input)).find((node) => node.name === 'Jane Doe')
    const b = nodes(buildGraph({...input, url: 'https://news.example/other/page'})).find((node) => node.name === 'Jane Doe')
    expect(a?.['@id']).toBe(b?.['@id'])
  })

  test('deterministic: same input, same JSON', () => {
    expect(JSON.stringify(buildGraph(input))).toBe(JSON.stringify(buildGraph(structuredClone(input))))
  })

  test('without a URL, ids are document-relative', () => {
    const graph = buildGraph({...input, url: undefined})
    expect(nodes(graph)[0]!['@id']).toBe('#article')
    expect(nodes(graph).find((node) => node.name === 'Jane Doe')?.['@id']).toMatch(/^\/#\/schema\/person\//)
  })
})
