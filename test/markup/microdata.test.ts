import {describe, expect, it} from 'vitest'
import {at, read} from './helpers.js'

const articlePage = `<!doctype html>
<html><body>
<article itemscope itemtype="https://schema.org/NewsArticle" itemid="https://news.example/a#article" itemref="publisher">
  <h1 itemprop="headline">  Russia   willing
    to allow volunteers </h1>
  <meta itemprop="datePublished" content="2022-03-11">
  <time itemprop="dateModified" datetime="2022-03-12T10:00:00Z">March 12</time>
  <time itemprop="dateCreated">2022-03-10</time>
  <img itemprop="image" src="/img/a.jpg" alt="">
  <link itemprop="mainEntityOfPage" href="https://news.example/a">
  <p>By
    <span itemprop="author" itemscope itemtype="http://schema.org/Person">
      <a itemprop="url" href="/people/ann"><span itemprop="name">Ann Lee</span></a>
    </span>
    and
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Bo Chan</span></span>
  </p>
  <data itemprop="wordCount" value="812">812 words</data>
  <div itemprop="articleBody">Body <script>var x = 1</script>text.</div>
</article>
<footer>
  <div id="publisher" itemprop="publisher" itemscope itemtype="https://schema.org/NewsMediaOrganization">
    <span itemprop="name">News Example</span>
    <div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="/logo.png"></div>
  </div>
</footer>
</body></html>`

describe('microdata', () => {
  it('reads an article with nested authors and an itemref publisher', () => {
    const {blocks, diagnostics} = read(articlePage)
    expect(diagnostics).toEqual([])
    expect(blocks).toHaveLength(1)
    expect(blocks[0]!.syntax).toBe('microdata')
    expect(blocks[0]!.data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://news.example/a#article',
      headline: 'Russia willing to allow volunteers',
      datePublished: '2022-03-11',
      dateModified: '2022-03-12T10:00:00Z',
      dateCreated: '2022-03-10',
      image: '/img/a.jpg',
      mainEntityOfPage: 'https://news.example/a',
      author: [
        {'@type': 'Person', url: '/people/ann', name: 'Ann Lee'},
        {'@type': 'Person', name: 'Bo Chan'}
      ],
      wordCount: '812',
      articleBody: 'Body text.',
      publisher: {'@type': 'NewsMediaOrganization', name: 'News Example', logo: {'@type': 'ImageObject', url: '/logo.png'}}
    })
  })

  it('places the block and every nested node at its element', () => {
    const {blocks, nodes, text} = read(articlePage)
    expect(at(text, blocks[0]!.start, 9)).toBe('<article ')
    expect(nodes.map((entry) => [entry.node['@type'], entry.path])).toEqual([
      ['NewsArticle', ''],
      ['Person', '/author/0'],
      ['Person', '/author/1'],
      ['NewsMediaOrganization', '/publisher'],
      ['ImageObject', '/publisher/logo']
    ])
    expect(at(text, nodes[1]!.start, 20)).toBe('<span itemprop="auth')
    expect(at(text, nodes[3]!.start, 19)).toBe('<div id="publisher"')
    expect(nodes.every((entry) => entry.syntax === 'microdata' && entry.block === 0)).toBe(true)
  })

  it('gives several types as an array and keeps other vocabularies as full IRIs', () => {
    const {blocks} = read(
      `<div itemscope itemtype="https://schema.org/NewsArticle https://schema.org/Report"><span itemprop="headline">H</span></div>` +
        `<div itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><span itemprop="title">T</span></div>` +
        `<div itemscope><span itemprop="https://schema.org/name">untyped</span></div>`
    )
    expect(blocks.map((block) => block.data)).toEqual([
      {'@context': 'https://schema.org', '@type': ['NewsArticle', 'Report'], headline: 'H'},
      {'@type': 'http://data-vocabulary.org/Breadcrumb', title: 'T'},
      {name: 'untyped'}
    ])
  })

  it('gives one value to every name of a multi-name itemprop, in tree order across itemref', () => {
    const {blocks} = read(
      `<p id="late"><span itemprop="alternativeHeadline">second</span></p>` +
        `<div itemscope itemtype="https://schema.org/Article" itemref="late"><h1 itemprop="headline name">first</h1></div>`
    )
    expect(blocks[0]!.data).toEqual({'@context': 'https://schema.org', '@type': 'Article', alternativeHeadline: 'second', headline: 'first', name: 'first'})
  })

  it('uses the value attribute of each element kind', () => {
    const {blocks} = read(`<div itemscope itemtype="https://schema.org/Thing">
      <a itemprop="a" href="/a">text</a><area itemprop="area" href="/area"><audio itemprop="audio" src="/au"></audio>
      <embed itemprop="embed" src="/em"><iframe itemprop="iframe" src="/if"></iframe><object itemprop="object" data="/ob"></object>
      <source itemprop="source" src="/so"><track itemprop="track" src="/tr"><video itemprop="video" src="/vi"></video>
      <meter itemprop="meter" value="0.5">half</meter><meta itemprop="empty"><a itemprop="nohref">text</a>
    </div>`)
    expect(blocks[0]!.data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Thing',
      a: '/a',
      area: '/area',
      audio: '/au',
      embed: '/em',
      iframe: '/if',
      object: '/ob',
      source: '/so',
      track: '/tr',
      video: '/vi',
      meter: '0.5',
      empty: '',
      nohref: ''
    })
  })

  it('warns about an itemref to a missing id', () => {
    const {blocks, diagnostics} = read(`<div itemscope itemtype="https://schema.org/Thing" itemref="nowhere"><span itemprop="name">x</span></div>`)
    expect(blocks[0]!.data).toMatchObject({name: 'x'})
    expect(diagnostics).toMatchObject([{ruleId: 'markup/itemref-missing', severity: 'warning', line: 1, column: 1, source: 'markup'}])
  })

  it('cuts an itemref cycle', () => {
    const {blocks, diagnostics} = read(
      `<div itemscope itemtype="https://schema.org/Thing"><div id="loop" itemprop="part" itemscope itemtype="https://schema.org/Thing" itemref="loop2"></div></div>` +
        `<div id="loop2"><div itemprop="again" itemscope itemref="loop"></div></div>`
    )
    expect(blocks).toHaveLength(1)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('markup/itemref-cycle')
  })

  it('does not let itemprop="__proto__" change a prototype', () => {
    const {blocks} = read(`<div itemscope itemtype="https://schema.org/Thing"><span itemprop="__proto__">x</span><span itemprop="@type">Evil</span></div>`)
    const data = blocks[0]!.data as Record<string, unknown>
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(Object.hasOwn(data, '__proto__')).toBe(true)
    expect(data['@type']).toBe('Thing')
  })

  it('ignores items inside <template>', () => {
    expect(read(`<template><div itemscope itemtype="https://schema.org/Thing"></div></template>`).blocks).toEqual([])
  })
})

describe('content attributes', () => {
  it('a content attribute wins on any element, as Google and schema.org read it', () => {
    const {blocks} = read(`<div itemscope itemtype="https://schema.org/Event">
  <span itemprop="startDate" content="2014-10-12T21:00">starts 10/12/2014 9:00PM</span>
  <link itemprop="eventStatus" content="https://schema.org/EventScheduled">
  <time itemprop="endDate" content="2014-10-12T21:30" datetime="2014-10-12">ends</time>
  <span itemprop="name">Show</span>
</div>`)
    expect(blocks[0]?.data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      startDate: '2014-10-12T21:00',
      eventStatus: 'https://schema.org/EventScheduled',
      endDate: '2014-10-12T21:30',
      name: 'Show'
    })
  })
})
