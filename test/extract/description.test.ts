import {describe, expect, test} from 'vitest'
import {isStandfirst} from '../../src/extract/fields/description.js'
import {extractFields} from '../../src/extract/index.js'
import {readMarkup} from '../../src/markup/index.js'
import {parseHtml} from '../../src/parse/index.js'

function fields(head: string, body = '', url = 'https://news.example/a/story') {
  const parsed = parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
  return extractFields(parsed.tree, readMarkup(parsed.tree, parsed.text), url)
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`
const head = '<title>Lyft extends free scooter rides | Engadget</title><meta property="og:description" content="Lyft is giving healthcare workers another month of free rides.">'
const body = '<p>Body text of the story, long enough to be a paragraph of the article and more than eighty characters.</p>'

describe('description: the standfirst under the headline', () => {
  test('the block right after the confirmed h1 beats og:description', () => {
    const result = fields(head, `<article><h1>Lyft extends free scooter rides</h1><div class="t-d7">Emergency and transit workers won't need to pay.</div>${body}</article>`)
    expect(result.fields.description).toBe("Emergency and transit workers won't need to pay.")
    expect(result.provenance.description?.rule).toBe('dek:lead')
  })

  test('after the wrapper whose last element is the h1', () => {
    const result = fields(head, `<div class="hd"><div class="wrap"><h1>Lyft extends free scooter rides</h1></div><h2 class="x">Amid rising pressure, the city will decide today.</h2></div>${body}`)
    expect(result.fields.description).toBe('Amid rising pressure, the city will decide today.')
  })

  test('a standfirst class in the lead zone, BEM-style names included; not a caption', () => {
    const figure = '<figure><img src="/a.jpg"><figcaption class="lead-asset-caption">The minister at the airport on Tuesday morning.</figcaption></figure>'
    const result = fields(head, `<article><h1>Lyft extends free scooter rides</h1><span class="byline">By Jane</span>${figure}<div class="content__intro">Heads up, riders: the offer runs until May.</div>${body}</article>`)
    expect(result.fields.description).toBe('Heads up, riders: the offer runs until May.')
  })

  test('JSON-LD description still wins', () => {
    const ld = jsonLd({'@context': 'https://schema.org', '@type': 'NewsArticle', description: 'From JSON-LD, the summary.'})
    const result = fields(ld + head, `<article><h1>Lyft extends free scooter rides</h1><p>Emergency and transit workers won't need to pay.</p>${body}</article>`)
    expect(result.fields.description).toBe('From JSON-LD, the summary.')
  })

  test('a byline or date line after the h1 is not a standfirst', () => {
    for (const line of ['Wednesday January 18, 2017 10:44 am PST by Juli Clover', 'By: Paul Wiseman, The Associated Press', 'Written by Rob Ewaschuk Edited by Betsy Beyer', '2019/02/22 17:23 著者：後藤大地']) {
      const result = fields(head, `<article><h1>Lyft extends free scooter rides</h1><p>${line}</p>${body}</article>`)
      expect(result.provenance.description?.rule, line).toBe('meta:og:description')
    }
  })

  test('a list of links after the h1 is not a standfirst', () => {
    const links = '<div><a href="/a">Mark McQuillian</a> <a href="/b">Kate Davidson</a> <a href="/c">Ben White</a> and others</div>'
    expect(fields(head, `<article><h1>Lyft extends free scooter rides</h1>${links}${body}</article>`).provenance.description?.rule).toBe('meta:og:description')
  })

  test('after an h1 nothing confirms (a pop-up heading), og:description wins', () => {
    const result = fields(head, `<h1>Thanks for visiting</h1><p>We are no longer maintaining this page, sorry.</p>${body}`)
    expect(result.fields.description).toBe('Lyft is giving healthcare workers another month of free rides.')
  })
})

describe('description: meta tags and fallbacks', () => {
  test('meta description before twitter:description', () => {
    const result = fields('<meta name="twitter:description" content="Twitter text, cut short (...)"><meta name="description" content="The page description in full.">')
    expect(result.fields.description).toBe('The page description in full.')
  })

  test('the standfirst under an unconfirmed h1 comes after the meta tags', () => {
    expect(fields('<meta name="description" content="Meta description text">', '<article><h1>T</h1><h2>A subtitle that explains the story</h2></article>').fields.description).toBe('Meta description text')
    expect(fields('', '<article><h1>T</h1><h2>A subtitle that explains the story</h2></article>').provenance.description?.rule).toBe('dek:article')
  })

  test('the first paragraph of the body when nothing else says', () => {
    const result = fields('', '<div><p>Short.</p><p>In mathematics, a Hermitian matrix is a complex square matrix that is equal to its own conjugate transpose.</p></div>')
    expect(result.fields.description).toBe('In mathematics, a Hermitian matrix is a complex square matrix that is equal to its own conjugate transpose.')
    expect(result.provenance.description?.rule).toBe('paragraph')
  })

  test('numeric entities left in meta content are decoded', () => {
    expect(fields('<meta property="og:description" content="That&amp;#039;s what you&amp;#x27;re about to see.">').fields.description).toBe("That's what you're about to see.")
  })
})

describe('isStandfirst', () => {
  test.each([
    ['Emergency, healthcare and transit workers won’t need to pay.', true],
    ['The deal was struck by Google and Apple in secret.', true],
    ['Sarah Archer 1:39 PM ET', false],
    ['AFP 30 avril 2015 à 07:19', false],
    ['Le Monde | 04.05.2015 à 13h36', false],
    ['by: Laurie Oakes From: Herald Sun', false]
  ])('%s → %s', (text, expected) => {
    expect(isStandfirst(text, 0)).toBe(expected)
  })
  test('mostly links is not a standfirst', () => {
    expect(isStandfirst('Jane Doe Follow Unfollow Filed to: money, habits', 0.6)).toBe(false)
  })
})
