import {describe, expect, test} from 'vitest'
import {extractFields} from '../../src/extract/index.js'
import {containment, stripSiteName, titleSegments, tokens} from '../../src/extract/fields/text.js'
import {isEdgeLabel} from '../../src/extract/fields/title-agreement.js'
import {readMarkup} from '../../src/markup/index.js'
import {parseHtml} from '../../src/parse/index.js'

function fields(head: string, body = '', url = 'https://news.example/a/story') {
  const parsed = parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
  return extractFields(parsed.tree, readMarkup(parsed.tree, parsed.text), url)
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`

describe('headline: the visible h1 confirmed by another source', () => {
  test('a confirmed h1 beats a rewritten og:title', () => {
    const result = fields(
      '<meta property="og:title" content="Schrödinger’s Hack"><title>Hacking, Cryptography, and the Countdown to Quantum Computing | The New Yorker</title>',
      '<article><h1>Hacking, Cryptography, and the Countdown to Quantum Computing</h1></article>'
    )
    expect(result.fields.headline).toBe('Hacking, Cryptography, and the Countdown to Quantum Computing')
    expect(result.provenance.headline?.rule).toBe('h1')
  })

  test('a confirmed h1 beats a JSON-LD headline that is a summary', () => {
    const ld = jsonLd({'@context': 'https://schema.org', '@type': 'Article', headline: 'matrix equal to its conjugate-transpose'})
    expect(fields(`${ld}<title>Hermitian matrix - Wikipedia</title>`, '<h1>Hermitian matrix</h1>').fields.headline).toBe('Hermitian matrix')
  })

  test('the h1 wins when it shares most of its words with the title, though they differ', () => {
    const result = fields(
      '<meta property="og:title" content="An Ode to the Rosetta Spacecraft As It Plummets To Its Death">',
      '<article><h1>An Ode to the Rosetta Spacecraft as It Flings Itself Into a Comet</h1></article>'
    )
    expect(result.fields.headline).toBe('An Ode to the Rosetta Spacecraft as It Flings Itself Into a Comet')
  })

  test('an h1 nothing confirms (a masthead, a section name) loses to og:title', () => {
    const result = fields('<meta property="og:title" content="Babies who eat peanuts early may avoid allergy">', '<h1>Allergies Health Center</h1>')
    expect(result.fields.headline).toBe('Babies who eat peanuts early may avoid allergy')
    expect(result.provenance.headline?.rule).toBe('meta:og:title')
  })

  test('an h1 equal to the site name is not confirmed by the title that carries it', () => {
    const result = fields('<meta property="og:site_name" content="Example Times"><title>Fed raises rates | Example Times</title>', '<h1>Example Times</h1>')
    expect(result.fields.headline).toBe('Fed raises rates')
  })

  test('when og:title is the h1 plus more words, og:title is the full title', () => {
    expect(fields('<meta property="og:title" content="Lust for Youth: Lust for Youth">', '<article><h1>Lust for Youth</h1></article>').fields.headline).toBe(
      'Lust for Youth: Lust for Youth'
    )
    // …but not when the rest is a site name or a bracketed note.
    expect(fields('<meta property="og:title" content="Nikki Haley to Resign (Published 2018)">', '<article><h1>Nikki Haley to Resign</h1></article>').fields.headline).toBe(
      'Nikki Haley to Resign'
    )
  })

  test('of several h1s, the one the title confirms', () => {
    const result = fields('<title>From Metrorail to bike paths, this is what CEOs think - Herald</title>', '<h1>Business Monday</h1><h1>From Metrorail to bike paths, this is what CEOs think</h1><h1>Comments</h1>')
    expect(result.fields.headline).toBe('From Metrorail to bike paths, this is what CEOs think')
  })
})

describe('headline: agreement, headings and the title', () => {
  test('two sources that agree outvote og:title alone', () => {
    const result = fields(
      '<meta property="og:title" content="BREAKING: Hunt For Suspect Comes To Bloody End"><meta name="twitter:title" content="Suspect Shot Dead In Milan"><title>Suspect Shot Dead In Milan</title>'
    )
    expect(result.fields.headline).toBe('Suspect Shot Dead In Milan')
    expect(result.provenance.headline?.rule).toBe('agreement')
  })

  test('an h2 that repeats the title, when the h1 is the blog’s name', () => {
    const result = fields('<title>Jane’s notes - Why caches fail</title>', '<h1>Jane’s notes</h1><h2>■ Why caches fail at scale</h2><p>Text</p>')
    expect(result.fields.headline).toBe('■ Why caches fail at scale')
    expect(result.provenance.headline?.rule).toBe('heading')
  })

  test('a masthead h1 is stripped from the title ("Site - Story")', () => {
    const result = fields('<title>Kenji’s diary - The revised law causes a small uproar about default passwords</title>', '<h1>Kenji’s diary</h1>')
    expect(result.fields.headline).toBe('The revised law causes a small uproar about default passwords')
    expect(result.fields.publisher).toEqual({name: 'Kenji’s diary'})
  })

  test('the author’s name is stripped from a blog title', () => {
    const ld = jsonLd({'@context': 'https://schema.org', '@type': 'BlogPosting', author: {'@type': 'Person', name: 'Nicolas Perriault'}})
    expect(fields(`${ld}<title>Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault</title>`).fields.headline).toBe('Get your Frontend JavaScript Code Covered | Code')
  })

  test('dc.title before the h1 outside the article and the title', () => {
    expect(fields('<meta name="DC.Title" content="remoteStorage"><title>draft-dejong-remotestorage-04 - remoteStorage</title>').fields.headline).toBe('remoteStorage')
  })

  test('a URL is not a headline (microdata itemprop=headline on a link gives its href)', () => {
    const body = '<article itemscope itemtype="https://schema.org/BlogPosting"><h2><a itemprop="headline" href="/code/2013/story/">Story</a></h2></article>'
    const result = fields('<title>A story about caches</title>', body)
    expect(result.fields.headline).toBe('A story about caches')
  })

  test('the site name alone is not a headline', () => {
    expect(fields('<meta property="og:site_name" content="Example News"><meta property="og:title" content="Example News"><title>Example News</title>').fields.headline).toBeUndefined()
  })

  test('entities written twice-escaped in meta content are decoded', () => {
    expect(fields('<meta property="og:title" content="That&amp;#039;s it &amp;rsquo;n&amp;rsquo; more">').fields.headline).toBe('That\'s it ’n’ more')
  })
})

describe('title text helpers', () => {
  test('separators: full-width bar, spaced colon, a bracketed last segment', () => {
    expect(stripSiteName('指紋認証マウスを発売。｜サンワサプライ', ['サンワサプライ'])).toBe('指紋認証マウスを発売。')
    expect(stripSiteName('バルセロナ、先勝 : スポーツ : 読売新聞', ['読売新聞'], 'バルセロナ、先勝')).toBe('バルセロナ、先勝')
    expect(titleSegments('Weekly Edition for March 26 [LWN.net]')).toEqual(['Weekly Edition for March 26', ' [', 'LWN.net]'])
    expect(stripSiteName('Weekly Edition for March 26 [LWN.net]', [])).toBe('Weekly Edition for March 26')
    // A colon inside the headline is not a separator.
    expect(stripSiteName('Breaking: Houston hires coach', ['Breaking'])).toBe('Breaking: Houston hires coach')
  })

  test('tokens: CJK one character each, Latin words with a final "s" dropped', () => {
    expect(tokens('ＣＬ準々決勝 Compliments')).toEqual(['cl', '準', '々', '決', '勝', 'compliment'])
    expect(containment('The Transformative Power Of Feminist Compliments', '13 Ways To Compliment Women In The Most Transformative Way')).toBe(0.5)
  })

  test('an edge label: a short segment at one end, the story at the other', () => {
    expect(isEdgeLabel('The Verge', 'Apple sues Google over patents - The Verge')).toBe(true)
    expect(isEdgeLabel('Kenji’s diary', 'Kenji’s diary - The revised law causes a small uproar about default passwords')).toBe(true)
    // "Story | Site" is the common order: a short story first is not a label.
    expect(isEdgeLabel('Title', 'Title | Example Times')).toBe(false)
  })
})
