import {readFileSync} from 'node:fs'
import type {Element} from 'hast'
import {describe, expect, test} from 'vitest'
import {countWords, detectContent} from '../../src/content/index.js'
import {parseHtml} from '../../src/parse/index.js'

const detect = (html: string) => detectContent(parseHtml(html).tree)
const paragraph = (n: number) => `<p>Paragraph ${n} of the story, with enough words, commas, and clauses to count as body text.</p>`

describe('detectContent', () => {
  test('the body is the container with the most paragraph text; chrome is not body', () => {
    const html = `<body><nav><p>Home, World, Politics, Economy, Opinion, Sports and more links here</p></nav>
      <article><h1>Title</h1><p class="byline">By Jane Doe</p><div class="body">${[1, 2, 3].map(paragraph).join('')}</div></article>
      <aside><h2>Most Popular</h2><p>Another story that people read a lot today, with many words in it</p></aside>
      <footer><p>Copyright, all rights reserved, terms of service, privacy policy</p></footer></body>`
    const content = detect(html)
    expect(content.paragraphs).toEqual([1, 2, 3].map((n) => `Paragraph ${n} of the story, with enough words, commas, and clauses to count as body text.`))
    expect(content.wordCount).toBe(3 * 16)
  })

  test('a "Most Popular" block outside aside, marked by class, is not body', () => {
    const html = `<article>${[1, 2].map(paragraph).join('')}<div class="most-popular"><p>Popular story one with plenty of words in its teaser text here</p></div></article>`
    expect(detect(html).paragraphs).toHaveLength(2)
  })

  test('captions are collected, not counted', () => {
    const html = `<article><figure><img src="a.jpg"><figcaption>A caption (Photo: X)</figcaption></figure>${paragraph(1)}</article>`
    const content = detect(html)
    expect(content.captions).toEqual(['A caption (Photo: X)'])
    expect(content.wordCount).toBe(16)
  })

  test('the sample article body is the ten paragraphs', () => {
    const content = detectContent(parseHtml(readFileSync('examples/volunteer-fighters/article.html')).tree)
    expect(content.paragraphs).toHaveLength(10)
    expect(content.paragraphs[0]).toMatch(/^Russian President Vladimir Putin/)
    expect(content.paragraphs.join(' ')).not.toMatch(/Most Popular|By News Desk|Subscribe/)
  })

  test('text in divs without <p>, separated by <br><br>, is body', () => {
    const text = (n: number) => `Sentence ${n} of a story told without paragraph tags, with commas, clauses, and enough words.`
    const html = `<body><div class="menu-links"><a href="/">Home</a></div><div class="story">${[1, 2, 3].map(text).join('<br><br>')}</div></body>`
    expect(detect(html).paragraphs).toEqual([1, 2, 3].map(text))
  })

  test('sub-headings, list items and blockquotes inside the body are kept; the h1 title is not', () => {
    const html = `<article><h1>Title</h1>${paragraph(1)}<h2>A sub-heading</h2>${paragraph(2)}<ul><li>First point of the list</li><li>Second point</li></ul>
      <blockquote>A quoted line from someone, with commas, words, and more.</blockquote>${paragraph(3)}</article>`
    const content = detect(html)
    expect(content.paragraphs).toContain('A sub-heading')
    expect(content.paragraphs).toContain('Second point')
    expect(content.paragraphs).toContain('A quoted line from someone, with commas, words, and more.')
    expect(content.paragraphs).not.toContain('Title')
  })

  test('a story split across sibling sections is read whole, each section deep in wrappers', () => {
    const section = (from: number) =>
      `<div class="part"><div><div><div><div><div class="text">${[from, from + 1, from + 2].map(paragraph).join('')}</div></div></div></div></div></div>`
    const html = `<body><div class="post">${section(1)}<div class="ad-slot"></div>${section(4)}${section(7)}</div>
      <div class="rail"><p>Teaser in the rail, with a comma, and some words to vote.</p></div></body>`
    const content = detect(html)
    expect(content.paragraphs).toHaveLength(9)
    expect(content.paragraphs.join(' ')).not.toMatch(/Teaser/)
  })

  test('a lead paragraph beside the body container is a sibling paragraph of the story', () => {
    const lead = '<p>The lead paragraph of the story stands outside the body container, long enough to read as prose.</p>'
    const html = `<body><div class="page">${lead}<div class="text">${[1, 2, 3, 4].map(paragraph).join('')}</div></div></body>`
    expect(detect(html).paragraphs[0]).toMatch(/^The lead paragraph/)
  })

  test('a list of links inside the body is left out; a paragraph with a long link is kept', () => {
    const related = '<ul><li><a href="/a">Another story headline</a></li><li><a href="/b">A second headline here</a></li><li><a href="/c">Third one</a></li></ul>'
    const linked = '<p>The inquiry was shelved in 2017 but <a href="/x">re-opened earlier this year after his eviction</a>.</p>'
    const content = detect(`<article>${paragraph(1)}${related}${linked}${paragraph(2)}</article>`)
    expect(content.paragraphs.join(' ')).not.toMatch(/headline/)
    expect(content.paragraphs).toContain('The inquiry was shelved in 2017 but re-opened earlier this year after his eviction.')
  })

  test('a box of short lines, a quarter or more of them links, is left out (Readability\'s weaker link test)', () => {
    const items = ['Storm hits coast', 'Markets fall again', 'Team wins final'].map((title) => `<li><a href="/x">${title}</a> — from our partners</li>`).join('')
    const content = detect(`<article>${[1, 2, 3].map(paragraph).join('')}<div class="more"><ul>${items}</ul></div></article>`)
    expect(content.paragraphs).toHaveLength(3)
  })

  test('a box that holds prose is not a link box, however many links follow the prose', () => {
    const links = [1, 2, 3, 4, 5].map((n) => `<li><a href="/${n}">A long headline of another story on the site, number ${n}</a></li>`).join('')
    const html = `<article>${[1, 2, 3].map(paragraph).join('')}<div><p>A paragraph of the story that sits in a box of its own, beside a list of links, and long enough to count as prose.</p><ul>${links}</ul></div></article>`
    const content = detect(html)
    expect(content.paragraphs).toContain('A paragraph of the story that sits in a box of its own, beside a list of links, and long enough to count as prose.')
    expect(content.paragraphs.join(' ')).not.toMatch(/headline/)
  })

  test('chrome named inside the body (share bar, author bio, newsletter box) is left out', () => {
    const html = `<article><div class="entry-content">${paragraph(1)}<div class="share-tools"><p>Share this story with your friends, family, and colleagues today</p></div>
      ${paragraph(2)}<div class="author-bio"><p>Jane writes about cities, transport, and housing for the paper since 2010.</p></div></div></article>`
    expect(detect(html).paragraphs).toEqual([1, 2].map((n) => `Paragraph ${n} of the story, with enough words, commas, and clauses to count as body text.`))
  })

  test('a layout wrapper named like chrome around every paragraph does not hide the story', () => {
    const html = `<body><div class="theme-sidebar-layout"><div class="widget-container">${[1, 2, 3, 4, 5, 6, 7].map(paragraph).join('')}</div></div>
      <div class="cookie-notice"><p>We use cookies, to improve, your experience on this site.</p></div></body>`
    const content = detect(html)
    expect(content.paragraphs).toHaveLength(7)
    expect(content.paragraphs.join(' ')).not.toMatch(/cookies/)
  })

  test('boilerplate lines inside the body are left out', () => {
    const html = `<article>${paragraph(1)}<p>Advertisement</p>${paragraph(2)}<p>Reporting by Jane Doe; Editing by John Roe</p></article>`
    expect(detect(html).paragraphs).toHaveLength(2)
  })

  test('a tree nested deeper than the call stack is read', () => {
    let node: Element = {type: 'element', tagName: 'div', properties: {}, children: [1, 2, 3].map((n) => ({type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: `Paragraph ${n}, deep in the tree, with words, commas, and clauses.`}]}))}
    for (let depth = 0; depth < 100000; depth++) node = {type: 'element', tagName: 'div', properties: {}, children: [node]}
    expect(detectContent({type: 'root', children: [node]}).paragraphs).toHaveLength(3)
  })

  test('a page without paragraphs has no body', () => {
    expect(detect('<div>just text</div>')).toEqual({paragraphs: [], captions: [], wordCount: 0})
  })
})

describe('countWords', () => {
  test.each([
    ['', 0],
    ['one two  three', 3],
    ['People’s well-known U.S. 16,000', 4],
    ['Ünïcödé wörds zählen', 3],
    ['日本語の文章', 6]
  ])('%s → %i', (text, count) => {
    expect(countWords(text)).toBe(count)
  })
})
