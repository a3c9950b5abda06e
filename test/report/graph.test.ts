import {describe, expect, it} from 'vitest'
import {attachFindings, displayJson, graphOf, shortTerm} from '../../src/report/graph.js'
import {snippetsOf} from '../../src/report/snippet.js'
import type {Diagnostic} from '../../src/types.js'

const article = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'NewsArticle',
      '@id': '#article',
      headline: 'Rain',
      author: [{'@type': 'Person', name: 'Jane Doe'}, {'@type': 'Person', name: 'Sam Lee'}],
      publisher: {'@id': '#org'},
      image: {'@id': '#missing'}
    },
    {'@type': 'Organization', '@id': '#org', name: 'News Example', logo: {'@type': 'ImageObject', url: 'https://news.example/logo.png'}}
  ]
}

const diagnostic = (path: string, severity: Diagnostic['severity'] = 'error', line?: number): Diagnostic => ({ruleId: 'x/y', severity, message: 'm', path, source: 'test', ...(line ? {line, column: 1} : {})})

describe('graphOf', () => {
  it('makes a node of every node object and an edge of every nesting and reference, in document order', () => {
    const graph = graphOf([{data: article}])
    expect(graph.nodes.map((node) => [node.types.join(), node.name])).toEqual([
      ['NewsArticle', 'Rain'],
      ['Person', 'Jane Doe'],
      ['Person', 'Sam Lee'],
      ['Organization', 'News Example'],
      ['ImageObject', 'https://news.example/logo.png'],
      ['', '#missing']
    ])
    expect(graph.edges.map((edge) => `${edge.from} ${edge.property} ${edge.to} ${edge.path}`)).toEqual([
      '0 author 1 /@graph/0/author/0',
      '0 author 2 /@graph/0/author/1',
      '3 logo 4 /@graph/1/logo',
      '0 publisher 3 /@graph/0/publisher',
      '0 image 5 /@graph/0/image'
    ])
    expect(graph.nodes[5]!.missing).toBe(true)
    expect(graph.omitted).toBe(0)
  })

  it('merges nodes written twice with the same @id, across blocks, and keeps every place', () => {
    const graph = graphOf([{data: {'@type': 'Organization', '@id': '#org', name: 'A'}}, {data: {'@type': 'WebPage', publisher: {'@id': '#org', url: 'https://a.example/'}}}])
    expect(graph.nodes).toHaveLength(2)
    expect(graph.nodes[0]!.places).toEqual([{block: 0, path: ''}, {block: 1, path: '/publisher'}])
    expect(graph.edges).toEqual([{from: 1, to: 0, property: 'publisher', block: 1, path: '/publisher'}])
  })

  it('reads full schema.org IRIs as short names, and leaves values and lists alone', () => {
    const graph = graphOf([{data: {'@type': 'http://schema.org/Person', 'https://schema.org/name': {'@value': 'Ann'}, knows: {'@list': [{'@type': 'schema:Person', name: 'Bo'}]}}}])
    expect(graph.nodes.map((node) => [node.types, node.name])).toEqual([[['Person'], 'Ann'], [['Person'], 'Bo']])
    expect(graph.edges[0]).toMatchObject({from: 0, to: 1, property: 'knows', path: '/knows/@list/0'})
    expect(shortTerm('https://example.org/x')).toBe('https://example.org/x')
  })

  it('takes node starts from the markup reader', () => {
    const graph = graphOf([{data: article}], {starts: [{block: 0, path: '/@graph/1', start: {line: 9, column: 3}}]})
    expect(graph.nodes[3]!.start).toEqual({line: 9, column: 3})
  })

  it('keeps at most maxNodes nodes and counts the rest', () => {
    const data = Array.from({length: 10}, (_, index) => ({'@type': 'Thing', name: `t${index}`}))
    const graph = graphOf([{data}], {maxNodes: 4})
    expect(graph.nodes).toHaveLength(4)
    expect(graph.omitted).toBe(6)
  })

  it('survives hostile data: __proto__ keys, deep nesting, huge strings', () => {
    const hostile = JSON.parse('{"@type": "Thing", "__proto__": {"@type": "Person", "name": "P"}, "constructor": "x"}')
    let deep: unknown = {'@type': 'Thing', name: 'bottom'}
    for (let level = 0; level < 5000; level++) deep = {'@type': 'Thing', part: deep}
    const graph = graphOf([{data: hostile}, {data: deep}, {data: {'@type': 'Thing', name: 'x'.repeat(100_000)}}])
    expect(graph.nodes[1]).toMatchObject({types: ['Person'], name: 'P'})
    expect(graph.edges[0]).toMatchObject({property: '__proto__'})
    expect(graph.nodes.at(-1)!.name!.length).toBeLessThanOrEqual(80)
    expect(graph.nodes.at(-1)!.json.length).toBeLessThan(1000)
    expect(({} as Record<string, unknown>).name).toBeUndefined()
  })

  it('shows a node as indented JSON with long strings shortened', () => {
    expect(displayJson({'@type': 'Thing', text: 'y'.repeat(1000)})).toMatch(/"text": "y{240}… \(1000 characters\)"/)
  })
})

describe('attachFindings', () => {
  const graph = graphOf([{data: article}])

  it('attaches a finding to the node whose place is the longest prefix of its JSON pointer', () => {
    const found = attachFindings(graph, [{line: 1, column: 1}], [diagnostic('/@graph/0/author/1/name'), diagnostic('/@graph/0/headline'), diagnostic('/@graph/1'), diagnostic('/@graph/10')])
    expect(found.nodeOf).toEqual([2, 0, 3, undefined])
  })

  it('marks the link of a finding about a linking property, not the links of a finding inside the linked node', () => {
    const found = attachFindings(graph, [{line: 1, column: 1}], [diagnostic('/@graph/0/image/@id', 'warning'), diagnostic('/@graph/0/author/0/name')])
    expect([...found.edges.keys()]).toEqual([4])
    expect(found.nodes.get(0)).toHaveLength(1)
    expect(found.nodes.get(1)).toHaveLength(1)
  })

  it('finds the block of a finding by its position on a page with several blocks', () => {
    const two = graphOf([{data: {'@type': 'A'}}, {data: {'@type': 'B'}}])
    const found = attachFindings(two, [{line: 3, column: 1}, {line: 10, column: 5}], [diagnostic('', 'error', 4), diagnostic('', 'error', 12), diagnostic('', 'error', 1)])
    expect(found.nodeOf).toEqual([0, 1, undefined])
  })
})

describe('snippetsOf', () => {
  it('gives the line of each point, with its column', () => {
    const snippets = snippetsOf('one\r\ntwo\rthree\nfour', [{line: 3, column: 2}, {line: 4}, {line: 9, column: 1}])
    expect(snippets).toEqual({
      '3:2': {line: 3, text: 'three', at: 1, cutBefore: false, cutAfter: false},
      '4:1': {line: 4, text: 'four', at: 0, cutBefore: false, cutAfter: false}
    })
  })

  it('cuts a long line to a window around the column', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`
    const snippet = snippetsOf(line, [{line: 1, column: 5001}])['1:5001']!
    expect(snippet.text[snippet.at]).toBe('X')
    expect(snippet.text.length).toBeLessThan(300)
    expect(snippet).toMatchObject({cutBefore: true, cutAfter: true})
  })
})
