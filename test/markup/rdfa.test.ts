import {describe, expect, it} from 'vitest'
import {validateHtml} from '../../src/index.js'
import {at, read} from './helpers.js'

describe('RDFa Lite', () => {
  it('reads an article with a nested author', () => {
    const {blocks, nodes, diagnostics, text} = read(`<!doctype html>
<html><head><meta property="og:title" content="Not a node"></head>
<body vocab="https://schema.org/">
<article typeof="NewsArticle" resource="#article">
  <h1 property="headline">Hello   world</h1>
  <span property="datePublished" content="2022-03-11">March 11</span>
  <time property="dateModified" datetime="2022-03-12">12 March</time>
  <img property="image" src="/a.jpg">
  <a property="url" href="https://news.example/a">link</a>
  <div property="author" typeof="Person" resource="/people/ann">
    <span property="name">Ann Lee</span>
    <link property="sameAs" href="https://x.example/ann">
  </div>
  <p property="keywords">war</p><p property="keywords">peace</p>
</article>
</body></html>`)
    expect(diagnostics).toEqual([])
    expect(blocks).toHaveLength(1)
    expect(blocks[0]!.syntax).toBe('rdfa')
    expect(blocks[0]!.data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': '#article',
      headline: 'Hello world',
      datePublished: '2022-03-11',
      dateModified: '2022-03-12',
      image: '/a.jpg',
      url: 'https://news.example/a',
      author: {'@type': 'Person', '@id': '/people/ann', name: 'Ann Lee', sameAs: 'https://x.example/ann'},
      keywords: ['war', 'peace']
    })
    expect(at(text, blocks[0]!.start, 29)).toBe('<article typeof="NewsArticle"')
    expect(nodes.map((entry) => [entry.node['@type'], entry.path, entry.syntax])).toEqual([
      ['NewsArticle', '', 'rdfa'],
      ['Person', '/author', 'rdfa']
    ])
    expect(at(text, nodes[1]!.start, 23)).toBe('<div property="author" ')
  })

  it('resolves prefixes, CURIEs and absolute IRIs', () => {
    const {blocks} = read(`<div prefix="dc: http://purl.org/dc/terms/ ex: https://example.org/ns#">
      <div typeof="schema:Article ex:Story"><span property="schema:headline dc:title">H</span><span property="http://schema.org/name">N</span></div>
    </div>`)
    expect(blocks[0]!.data).toEqual({
      '@context': 'https://schema.org',
      '@type': ['Article', 'https://example.org/ns#Story'],
      headline: 'H',
      'http://purl.org/dc/terms/title': 'H',
      name: 'N'
    })
  })

  it('reads a mixed-vocabulary typeof under the schema.org context, the other types kept as IRIs', () => {
    const {blocks} = read(`<div vocab="https://schema.org/" typeof="NewsArticle http://ogp.me/ns#article"><span property="headline">H</span></div>
      <div vocab="https://schema.org/" typeof="schema:Person foaf:Person"><span property="name">N</span></div>`)
    expect(blocks.map((block) => block.data)).toEqual([
      {'@context': 'https://schema.org', '@type': ['NewsArticle', 'http://ogp.me/ns#article'], headline: 'H'},
      {'@context': 'https://schema.org', '@type': ['Person', 'http://xmlns.com/foaf/0.1/Person'], name: 'N'}
    ])
    const diagnostics = validateHtml(
      `<div vocab="https://schema.org/" typeof="NewsArticle http://ogp.me/ns#article"><span property="headline">H</span></div>`,
      {profiles: ['schema.org']}
    ).diagnostics
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['schema.org/foreign-type', 'info']])
  })

  it('does not read a bare term outside schema.org under the schema.org context', () => {
    const {blocks} = read(`<div prefix="schema: https://schema.org/" typeof="schema:Person Agent"><span property="schema:name">N</span></div>`)
    expect(blocks[0]!.data).toEqual({'@type': ['Person', 'Agent'], name: 'N'})
  })

  it('copies the properties of an rdfa:Pattern into the node with rdfa:copy, and drops the copied pattern', () => {
    const {blocks} = read(`<div vocab="https://schema.org/">
      <p typeof="Organization"><span property="name">Acme</span><link property="rdfa:copy" href="#same"><link property="rdfa:copy" href="#nowhere"></p>
      <ul resource="#same" typeof="rdfa:Pattern"><li><a property="sameAs" href="https://x.example/acme">X</a></li><li><a property="sameAs" href="https://y.example/acme">Y</a></li></ul>
      <span resource="#unused" typeof="rdfa:Pattern">2015</span>
    </div>`)
    expect(blocks.map((block) => block.data)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: 'Acme',
        'http://www.w3.org/ns/rdfa#copy': '#nowhere',
        sameAs: ['https://x.example/acme', 'https://y.example/acme']
      },
      {'@type': 'http://www.w3.org/ns/rdfa#Pattern', '@id': '#unused'}
    ])
  })

  it('makes a typeof without property, or without an enclosing node, a block of its own', () => {
    const {blocks} = read(`<div vocab="http://schema.org/">
      <div typeof="WebPage"><span property="name">Page</span>
        <div typeof="Organization"><span property="name">Org</span></div>
      </div>
      <div property="orphan" typeof="Person"><span property="name">P</span></div>
    </div>`)
    expect(blocks.map((block) => block.data)).toEqual([
      {'@context': 'https://schema.org', '@type': 'WebPage', name: 'Page'},
      {'@context': 'https://schema.org', '@type': 'Organization', name: 'Org'},
      {'@context': 'https://schema.org', '@type': 'Person', name: 'P'}
    ])
  })

  it('resets the vocabulary with vocab=""', () => {
    const {blocks} = read(`<div vocab="https://schema.org/"><div vocab=""><div typeof="Thing"><span property="name">x</span></div></div></div>`)
    expect(blocks[0]!.data).toEqual({'@type': 'Thing', name: 'x'})
  })

  it('uses a non-schema.org vocabulary as an IRI prefix', () => {
    const {blocks} = read(`<div vocab="http://xmlns.com/foaf/0.1/" typeof="Person"><span property="name">x</span></div>`)
    expect(blocks[0]!.data).toEqual({'@type': 'http://xmlns.com/foaf/0.1/Person', 'http://xmlns.com/foaf/0.1/name': 'x'})
  })
})

describe('rel (RDFa 1.1, as schema.org examples use it)', () => {
  it('links a typed node through rel, and takes resource through rel without href', () => {
    const {blocks} = read(`<div vocab="https://schema.org/" typeof="Course">
  <span property="name">Maps</span>
  <div rel="hasCourseInstance" typeof="CourseInstance"><meta property="courseMode" content="online"></div>
  <span rel="url" resource="http://example.org/maps"></span>
  <a rel="nofollow" href="http://example.org/elsewhere">elsewhere</a>
</div>`)
    expect(blocks).toHaveLength(1)
    expect(blocks[0]?.data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Maps',
      hasCourseInstance: {'@type': 'CourseInstance', courseMode: 'online'},
      url: 'http://example.org/maps'
    })
  })
})

describe('RDFa rdf:type', () => {
  it('reads rel="rdf:type" and property="rdf:type" as types, not properties', () => {
    const {blocks, diagnostics} = read(`<div vocab="https://schema.org/" typeof="ListItem">
  <div rel="rdf:type" resource="https://schema.org/ItemList"></div>
  <meta property="http://www.w3.org/1999/02/22-rdf-syntax-ns#type" content="Thing ListItem">
  <div property="numberOfItems" content="3"></div>
</div>`)
    expect(diagnostics).toEqual([])
    expect(blocks.map((block) => block.data)).toEqual([
      {'@context': 'https://schema.org', '@type': ['ListItem', 'ItemList', 'Thing'], numberOfItems: '3'}
    ])
  })
})
