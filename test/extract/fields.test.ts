import {describe, expect, test} from 'vitest'
import {extractFields} from '../../src/extract/index.js'
import {readMarkup} from '../../src/markup/index.js'
import {parseHtml} from '../../src/parse/index.js'

/** Extract from a page built of a head and a body. */
function fields(head: string, body = '', url = 'https://news.example/a/story') {
  const parsed = parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
  return extractFields(parsed.tree, readMarkup(parsed.tree, parsed.text), url)
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`

describe('headline', () => {
  const h1 = '<article><h1>Visible headline</h1></article>'
  test('JSON-LD wins over og:title, h1 and title', () => {
    const result = fields(`${jsonLd({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'From JSON-LD'})}<meta property="og:title" content="From OG"><title>From title</title>`, h1)
    expect(result.fields.headline).toBe('From JSON-LD')
    expect(result.provenance.headline?.rule).toBe('jsonld:headline')
  })
  test('og:title wins over h1', () => {
    expect(fields('<meta property="og:title" content="From OG"><title>x</title>', h1).fields.headline).toBe('From OG')
  })
  test('h1 in the article wins over title', () => {
    const result = fields('<title>Visible headline | Site</title>', h1)
    expect(result.fields.headline).toBe('Visible headline')
    expect(result.provenance.headline).toMatchObject({rule: 'h1', position: {line: 1}})
  })
  test('title without its site-name suffix', () => {
    expect(fields('<title>A story about things | The Daily Example</title><meta property="og:site_name" content="The Daily Example">').fields.headline).toBe('A story about things')
    expect(fields('<title>news.example - A story about things</title>').fields.headline).toBe('A story about things')
  })
  test('a hyphenated headline keeps its hyphen', () => {
    expect(fields('<title>Well-known facts</title>').fields.headline).toBe('Well-known facts')
  })
})

describe('authors', () => {
  test('JSON-LD authors, one per object, with type and url', () => {
    const result = fields(
      jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        author: [{'@type': 'Person', name: 'Jane Doe', url: '/by/jane'}, {'@type': 'Organization', name: 'Reuters'}]
      }),
      '<p class="byline">By Someone Else</p>'
    )
    expect(result.fields.authors).toEqual([
      {name: 'Jane Doe', type: 'Person', url: 'https://news.example/by/jane'},
      {name: 'Reuters', type: 'Organization'}
    ])
  })
  test('@id references to author nodes are resolved', () => {
    const result = fields(
      jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          {'@type': 'NewsArticle', headline: 'x', author: {'@id': '#jane'}},
          {'@type': 'Person', '@id': '#jane', name: 'Jane Doe'}
        ]
      })
    )
    expect(result.fields.authors).toEqual([{name: 'Jane Doe', type: 'Person'}])
  })
  test('meta author wins over the byline, and "By" is removed', () => {
    const result = fields('<meta name="author" content="By Jane Doe and John Roe">', '<p class="byline">By Other Person</p>')
    expect(result.fields.authors?.map((author) => author.name)).toEqual(['Jane Doe', 'John Roe'])
    expect(result.provenance.authors?.rule).toBe('meta:author')
  })
  test('a URL in meta author is not a name: the byline is used', () => {
    const result = fields('<meta property="article:author" content="https://facebook.com/jane">', '<article><p class="byline">By <a href="/author/jane">Jane Doe</a></p></article>')
    expect(result.fields.authors).toEqual([{name: 'Jane Doe', type: 'Person', url: 'https://news.example/author/jane'}])
  })
  test('bylines in navigation and sidebars are ignored', () => {
    expect(fields('', '<aside><p>By Sidebar Person</p></aside>').fields.authors).toBeUndefined()
  })
})

describe('datePublished', () => {
  test('JSON-LD, then meta, then <time>, then byline, then URL', () => {
    const ld = jsonLd({'@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2022-03-11T08:00:00+03:00'})
    const meta = '<meta property="article:published_time" content="2022-03-12T09:00:00Z">'
    const time = '<article><time datetime="2022-03-13">13 March</time><p class="byline">By X - March 14 2022</p></article>'
    expect(fields(ld + meta, time).fields.datePublished).toBe('2022-03-11T08:00:00+03:00')
    expect(fields(meta, time).fields.datePublished).toBe('2022-03-12T09:00:00Z')
    expect(fields('', time).fields.datePublished).toBe('2022-03-13')
    expect(fields('', '<article><p class="byline">By X - March 14 2022</p></article>').fields.datePublished).toBe('2022-03-14')
    expect(fields('', '', 'https://news.example/2022/03/15/story').fields.datePublished).toBe('2022-03-15')
  })
  test('a date that does not parse falls through to the next source', () => {
    const meta = '<meta property="article:published_time" content="soon">'
    expect(fields(meta, '<article><time datetime="2022-03-13">x</time></article>').fields.datePublished).toBe('2022-03-13')
  })
  test('conflicting trusted sources give a diagnostic', () => {
    const ld = jsonLd({'@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2021-03-11'})
    const result = fields(ld, '<article><p class="byline">By X - March 11 2022</p></article>')
    expect(result.fields.datePublished).toBe('2021-03-11')
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('extract/date-conflict')
  })
  test('dateModified from meta', () => {
    expect(fields('<meta property="article:modified_time" content="2022-03-12T10:00:00+01:00">').fields.dateModified).toBe('2022-03-12T10:00:00+01:00')
  })
})

describe('image', () => {
  const figure = '<article><figure><img src="/img/lead-1200x800.jpg" width="1200" height="800"><figcaption>People in a square. (Photo: AP Photo/Jane Roe)</figcaption></figure></article>'
  test('og:image wins over figures, borrowing the matching figure caption', () => {
    const result = fields('<meta property="og:image" content="https://cdn.example/img/lead.jpg">', figure)
    expect(result.fields.image).toEqual({url: 'https://cdn.example/img/lead.jpg', width: 1200, height: 800, caption: 'People in a square.', creditText: 'AP Photo/Jane Roe'})
  })
  test('the article figure when there are no tags, resolved against the URL', () => {
    expect(fields('', figure).fields.image?.url).toBe('https://news.example/img/lead-1200x800.jpg')
  })
  test('a credit element inside the caption', () => {
    const result = fields('', '<article><figure><img src="/a.jpg"><figcaption>Crowds. <span class="credit">Photo: Jane Roe</span></figcaption></figure></article>')
    expect(result.fields.image).toMatchObject({caption: 'Crowds.', creditText: 'Jane Roe'})
  })
  test('tracking pixels are not images', () => {
    expect(fields('', '<article><img src="/p.gif" width="1" height="1"></article>').fields.image).toBeUndefined()
    const ld = jsonLd({'@context': 'https://schema.org', '@type': 'NewsArticle', image: {'@type': 'ImageObject', url: '/p.gif', width: 1, height: 1}})
    expect(fields(ld, '<article><figure><img src="/real.jpg"></figure></article>').fields.image?.url).toBe('https://news.example/real.jpg')
  })
})

describe('description, publisher, language, section, keywords, url', () => {
  test('og:description wins over meta description and the dek', () => {
    const result = fields('<meta name="description" content="Meta description text"><meta property="og:description" content="OG description text">', '<article><h1>T</h1><p class="dek">The dek of the story</p></article>')
    expect(result.fields.description).toBe('OG description text')
  })
  test('the dek after the h1 when nothing else says', () => {
    expect(fields('', '<article><h1>Title</h1><h2>A subtitle that explains the story</h2><p>Body</p></article>').fields.description).toBe('A subtitle that explains the story')
  })
  test('publisher from og:site_name, else the title suffix', () => {
    expect(fields('<meta property="og:site_name" content="Example News">').fields.publisher).toEqual({name: 'Example News'})
    expect(fields('<title>Title | Example Times</title>', '<article><h1>Title</h1></article>').fields.publisher).toEqual({name: 'Example Times'})
  })
  test('language, section, keywords', () => {
    const result = fields('<meta property="article:section" content="World"><meta name="news_keywords" content="Russia, Ukraine, Russia">')
    expect(result.fields.inLanguage).toBe('en')
    expect(result.fields.section).toBe('World')
    expect(result.fields.keywords).toEqual(['Russia', 'Ukraine'])
  })
  test('canonical URL wins over the given URL and becomes the base', () => {
    const result = fields('<link rel="canonical" href="/canonical/path"><meta property="og:image" content="img.jpg">')
    expect(result.fields.url).toBe('https://news.example/canonical/path')
    expect(result.fields.image?.url).toBe('https://news.example/canonical/img.jpg')
  })
})

describe('publisher and language from the site and the text', () => {
  test('application-name that repeats the page title is not the publisher; the host is the last resort', () => {
    const result = fields('<title>This Is Your Brain On Sad Movies</title><meta name="application-name" content="This Is Your Brain On Sad Movies">')
    expect(result.fields.publisher).toEqual({name: 'news.example', url: 'https://news.example/'})
    expect(result.provenance.publisher?.rule).toBe('url:host')
  })
  test('the masthead h1 that <title> puts before the story names the site', () => {
    const result = fields('<title>Jane’s notes - Why caches fail</title>', '<h1>Jane’s notes</h1><h2>Why caches fail</h2>')
    expect(result.fields.publisher).toEqual({name: 'Jane’s notes'})
    expect(result.provenance.publisher?.rule).toBe('masthead')
  })
  test('inLanguage from the text when no tag states it', () => {
    const parse = (html: string) => {
      const parsed = parseHtml(html)
      return extractFields(parsed.tree, readMarkup(parsed.tree, parsed.text), undefined)
    }
    const german = '<p>Die Regierung hat am Montag beschlossen, dass die neuen Regeln für alle Bürger gelten, und das ist nicht das erste Mal, dass sich die Lage auch in den Städten ändert.</p>'
    expect(parse(`<html><head><title>Neue Regeln</title></head><body>${german}</body></html>`).fields.inLanguage).toBe('de')
    expect(parse('<html><head><title>東京で新しい美術館が開館しました</title></head><body><p>東京都内に新しい美術館が今日開館し、多くの人が訪れました。展示は来年まで続きます。</p></body></html>').fields.inLanguage).toBe('ja')
    // Too little text, or no clear winner: nothing.
    expect(parse('<html><head><title>Hello</title></head><body></body></html>').fields.inLanguage).toBeUndefined()
  })
})
