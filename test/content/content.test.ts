import {readFileSync} from 'node:fs'
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
