import {describe, expect, test} from 'vitest'
import {extractFields} from '../../src/extract/index.js'
import {readMarkup} from '../../src/markup/index.js'
import {parseHtml} from '../../src/parse/index.js'

/** Authors and the rule that found them, from a page built of a head and a body. */
function authorsOf(head: string, body = '', url = 'https://news.example/a/story') {
  const parsed = parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
  const result = extractFields(parsed.tree, readMarkup(parsed.tree, parsed.text), url)
  return {authors: result.fields.authors, rule: result.provenance.authors?.rule}
}

const jsonLd = (author: unknown, extra: object = {}) =>
  `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', author, ...extra})}</script>`
const names = (result: ReturnType<typeof authorsOf>) => result.authors?.map((author) => author.name)

describe('jsonld:author', () => {
  test('wins over meta and byline', () => {
    const result = authorsOf(`${jsonLd({'@type': 'Person', name: 'Jane Doe'})}<meta name="author" content="Meta Person">`, '<article><p class="byline">By Byline Person</p></article>')
    expect(result).toEqual({authors: [{name: 'Jane Doe', type: 'Person'}], rule: 'jsonld:author'})
  })
  test('a URL path is not a name: the page link to it names the author', () => {
    const result = authorsOf(jsonLd('/authors/will-leitch'), '<article><h1>T</h1><div class="author"><a href="/authors/will-leitch">Will Leitch</a></div></article>')
    expect(result).toEqual({authors: [{name: 'Will Leitch', type: 'Person', url: 'https://news.example/authors/will-leitch'}], rule: 'jsonld:author'})
  })
  test('a URL path with no link to it gives nothing: the next rule runs', () => {
    const result = authorsOf(jsonLd('/authors/will-leitch'), '<article><p>By Other Person</p></article>')
    expect(result.rule).toBe('byline')
    expect(names(result)).toEqual(['Other Person'])
  })
  test('a handle is named by the author page it is the slug of', () => {
    const result = authorsOf(jsonLd('CC7567'), '<article><a href="http://fandom.example/u/CC7567">James Akinaka</a></article>')
    expect(names(result)).toEqual(['James Akinaka'])
  })
  test('names with an agency or a list in brackets are cleaned', () => {
    expect(names(authorsOf(jsonLd({'@type': 'Person', name: ['Paul Wiseman', 'Fatima Hussein, The Associated Press']})))).toEqual(['Paul Wiseman', 'Fatima Hussein'])
    expect(names(authorsOf(jsonLd(['Martin Untersinger (avec Damien Leloup et Morgane Tual)', ''])))).toEqual(['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'])
  })
  test('an Organization keeps its name; an agency typed Person is an Organization', () => {
    expect(authorsOf(jsonLd({'@type': 'Organization', name: 'Contributors to Wikimedia projects'})).authors).toEqual([{name: 'Contributors to Wikimedia projects', type: 'Organization'}])
    expect(authorsOf(jsonLd([{'@type': 'Person', name: 'AFP'}])).authors).toEqual([{name: 'AFP', type: 'Organization'}])
  })
  test('only the publisher, while the byline names a person: the byline wins', () => {
    const result = authorsOf(jsonLd({'@type': 'Organization', name: 'Example News'}, {publisher: {'@type': 'Organization', name: 'Example News'}}), '<article><h1>T</h1><p class="byline">By Jane Doe</p></article>')
    expect(result).toEqual({authors: [{name: 'Jane Doe', type: 'Person'}], rule: 'byline'})
  })
  test('empty sameAs entries are dropped', () => {
    expect(authorsOf(jsonLd({'@type': 'Person', name: 'Jane Doe', sameAs: ['', 'https://x.example/jane']})).authors).toEqual([{name: 'Jane Doe', type: 'Person', sameAs: ['https://x.example/jane']}])
  })
})

describe('meta:author', () => {
  test('the publisher in meta author loses to the article:author the byline agrees with', () => {
    const head = '<meta name="author" content="Condé Nast"><meta property="article:author" content="Alex Hutchinson"><meta name="copyright" content="Copyright (c) Condé Nast 2022">'
    const result = authorsOf(head, '<article><h1>T</h1><p class="byline">By <a href="/contributors/alex-hutchinson">Alex Hutchinson</a></p></article>')
    expect(result).toEqual({authors: [{name: 'Alex Hutchinson', type: 'Person'}], rule: 'meta:author'})
  })
  test('the site name is no author when the byline names a person', () => {
    const result = authorsOf('<meta name="author" content="ABC News"><meta property="og:site_name" content="ABC News">', '<article><h1>T</h1><p>by JOSH HASKELL and DAVID CAPLAN</p></article>')
    expect(result).toEqual({authors: [{name: 'JOSH HASKELL', type: 'Person'}, {name: 'DAVID CAPLAN', type: 'Person'}], rule: 'byline'})
  })
  test('the site name is the author of a personal site where nothing else says otherwise', () => {
    expect(names(authorsOf('<meta name="author" content="Mattias Geniar"><meta name="twitter:site" content="@mattiasgeniar">'))).toEqual(['Mattias Geniar'])
  })
  test('a handle takes the spelling of the byline', () => {
    const result = authorsOf('<meta name="sailthru.author" content="mikecason">', '<article><h1>T</h1><p class="byline">By Mike Cason | mcason@al.com</p></article>')
    expect(result).toEqual({authors: [{name: 'Mike Cason', type: 'Person'}], rule: 'meta:author'})
  })
  test('a handle nothing spells out is no author', () => {
    expect(authorsOf('<meta name="author" content="mikecason">').authors).toBeUndefined()
  })
  test('repeated article:author URLs make one list, named through the byline links', () => {
    const head = '<meta property="article:author" content="https://news.example/by/marc-santora"><meta property="article:author" content="https://news.example/by/al-baker">'
    const body = '<article><h1>T</h1><p class="byline">By <a href="https://news.example/by/marc-santora">Marc Santora</a> and <a href="https://news.example/by/al-baker">Al Baker</a></p></article>'
    expect(authorsOf(head, body)).toEqual({
      authors: [
        {name: 'Marc Santora', type: 'Person', url: 'https://news.example/by/marc-santora'},
        {name: 'Al Baker', type: 'Person', url: 'https://news.example/by/al-baker'}
      ],
      rule: 'meta:author'
    })
  })
  test('an author URL is named by an author-page link spelling its last segment', () => {
    const body = '<div class="meta"><a href="https://news.example/about/editors/jon-fingas/">Jon Fingas</a></div>'
    expect(names(authorsOf('<meta property="article:author" content="https://news.example/editors/jon-fingas">', body))).toEqual(['Jon Fingas'])
  })
})

describe('rel-author', () => {
  test('credentials are dropped from the link text', () => {
    expect(authorsOf('', '<p><a rel="author" href="/brenda-goodman">Brenda Goodman, MA</a></p>').authors).toEqual([{name: 'Brenda Goodman', type: 'Person', url: 'https://news.example/brenda-goodman'}])
  })
  test('a rel=author link in the article footer counts', () => {
    const result = authorsOf('', '<article><h1>T</h1><p>Body.</p><footer><p class="post-author"><a rel="author" href="/author/mnegishi/">Masafumi Negishi</a></p></footer></article>')
    expect(result.rule).toBe('rel-author')
    expect(names(result)).toEqual(['Masafumi Negishi'])
  })
})

describe('byline', () => {
  test('the byline nearest the headline wins over related-story bylines', () => {
    const body = '<article><p class="byline">By Related Writer</p><h1>T</h1><p class="byline">By Real Author</p><p>Text</p><p class="byline">By Other Writer</p></article>'
    expect(names(authorsOf('', body))).toEqual(['Real Author'])
  })
  test('a dateline in a byline class is skipped', () => {
    const body = '<article><h1>T</h1><span class="dateline">CAIRO —</span></article><div class="byline">By <a href="/people/erin">Erin Cunningham</a> March 18</div>'
    expect(authorsOf('', body).authors).toEqual([{name: 'Erin Cunningham', type: 'Person', url: 'https://news.example/people/erin'}])
  })
  test('a byline class joined by an underscore (BEM) counts', () => {
    expect(names(authorsOf('', '<article><h1>T</h1><a class="article-cnt__author" href="/User/TravisHaney/"><span>By</span>Travis Haney</a></article>'))).toEqual(['Travis Haney'])
  })
  test('a byline inside a summary block counts', () => {
    expect(names(authorsOf('', '<article><h1>T</h1><div class="summary"><p>Short summary of the story for readers.</p><footer class="meta"><p class="byline">By <a href="/staff/kate">KATE DAVIDSON</a></p></footer></div></article>'))).toEqual(['KATE DAVIDSON'])
  })
  test('a list of stories (many bylines, no headline) has no author', () => {
    const body = ['Ann One', 'Ben Two', 'Cy Three', 'Di Four', 'Ed Five'].map((name) => `<article><h2>Story</h2><p class="byline">By ${name}</p></article>`).join('')
    expect(authorsOf('', body).authors).toBeUndefined()
  })
})

describe('author-link', () => {
  test('the one writer page linked is the author when nothing else names one', () => {
    const result = authorsOf('', '<div class="info"><h1>Paste</h1><div class="username"><a href="/u/EvilSpark">EvilSpark</a></div></div>')
    expect(result).toEqual({authors: [{name: 'EvilSpark', type: 'Person', url: 'https://news.example/u/EvilSpark'}], rule: 'author-link'})
  })
  test('links to two different writers are no evidence', () => {
    expect(authorsOf('', '<div><a href="/author/ann">Ann One</a> <a href="/author/ben">Ben Two</a></div>').authors).toBeUndefined()
  })
  test('topic pages about a person and profiles on other sites are ignored', () => {
    expect(authorsOf('', '<div><a href="/person/donald-trump">Donald Trump</a></div>').authors).toBeUndefined()
    expect(authorsOf('', '<div><a href="https://music.example/user/c1ph4">ListenBrainz</a></div>').authors).toBeUndefined()
  })
})
