import {describe, expect, test} from 'vitest'
import {isMinorImage, isResized, isSiteImage, isSrcsetList, sameFile} from '../../src/extract/fields/image-urls.js'
import {splitCredit} from '../../src/extract/fields/images.js'
import {extractFields} from '../../src/extract/index.js'
import {readMarkup} from '../../src/markup/index.js'
import {parseHtml} from '../../src/parse/index.js'

function fields(head: string, body = '', url = 'https://news.example/a/story') {
  const parsed = parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`)
  return extractFields(parsed.tree, readMarkup(parsed.tree, parsed.text), url)
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`
const article = (image: unknown) => jsonLd({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', image})

describe('image', () => {
  test('a srcset list given as the JSON-LD image is not a URL: og:image is used', () => {
    const list = 'https://cdn.example/a.jpg%20940w,%20https://cdn.example/a-670x388.jpg%20670w'
    const result = fields(`${article(list)}<meta property="og:image" content="https://cdn.example/a-900x440.jpg">`)
    expect(result.fields.image?.url).toBe('https://cdn.example/a-900x440.jpg')
    expect(result.provenance.image?.rule).toBe('meta:og:image')
  })

  test('of two renditions of the JSON-LD image, the one without resize parameters', () => {
    const result = fields(`${article('https://news.example/img/cover.jpg?quality=80&w=970&strip')}<meta property="og:image" content="https://news.example/img/cover.jpg?quality=80&strip">`)
    expect(result.fields.image?.url).toBe('https://news.example/img/cover.jpg?quality=80&strip')
    expect(result.provenance.image?.rule).toBe('meta:og:image:full-size')
  })

  test('a resized JSON-LD image still wins over a different og:image', () => {
    const result = fields(`${article('https://news.example/img/cover.jpg?w=970')}<meta property="og:image" content="https://news.example/img/other.jpg">`)
    expect(result.fields.image?.url).toBe('https://news.example/img/cover.jpg?w=970')
  })

  test('a logo as og:image gives way to the article’s figure, and is kept when there is nothing else', () => {
    const logo = '<meta property="og:image" content="https://cdn.example/static/images/logo/logo-big.jpg">'
    const figure = '<article><figure><img src="/img/story.jpg" width="1200" height="800"></figure></article>'
    expect(fields(logo, figure).fields.image?.url).toBe('https://news.example/img/story.jpg')
    const alone = fields(logo)
    expect(alone.fields.image?.url).toBe('https://cdn.example/static/images/logo/logo-big.jpg')
    expect(alone.provenance.image?.rule).toBe('site-image')
  })

  test('small and banner-shaped page images are not lead images', () => {
    expect(fields('', '<article><figure><img src="/img/thumb.jpg" width="170" height="120"></figure></article>').fields.image).toBeUndefined()
    expect(fields('', '<article><figure><img src="/img/banner.jpg" width="850" height="120"></figure></article>').fields.image).toBeUndefined()
    expect(fields('', '<article><figure><img src="/img/lead.jpg"></figure></article>').fields.image?.url).toBe('https://news.example/img/lead.jpg')
  })

  test('lazy images: data-src past a data: placeholder; protocol-relative og:image; the first of several', () => {
    expect(fields('', '<article><figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/lazy.jpg"></figure></article>').fields.image?.url).toBe('https://news.example/img/lazy.jpg')
    expect(fields('<meta property="og:image" content="//cdn.example/a.jpg"><meta property="og:image" content="//cdn.example/b.jpg">').fields.image?.url).toBe('https://cdn.example/a.jpg')
  })

  test('a caption that is only a credit, its hidden label run into the name', () => {
    const result = fields('', '<article><figure><img src="/img/a.jpg"><figcaption><span><span class="visually-hidden">Credit</span>Kevin Frayer/Getty Images</span></figcaption></figure></article>')
    expect(result.fields.image).toEqual({url: 'https://news.example/img/a.jpg', creditText: 'Kevin Frayer/Getty Images'})
  })
})

describe('image URL helpers', () => {
  test('isSrcsetList', () => {
    expect(isSrcsetList('a.jpg 940w, b.jpg 670w')).toBe(true)
    expect(isSrcsetList('a.jpg%20940w,%20b.jpg%20670w')).toBe(true)
    expect(isSrcsetList('https://t2.example/unsafe/128x128/a.jpg%202x')).toBe(true)
    expect(isSrcsetList('https://cdn.example/a-940x545.jpg')).toBe(false)
  })
  test('isResized and sameFile', () => {
    expect(isResized('https://x.example/a.jpg?quality=80&w=970')).toBe(true)
    expect(isResized('https://x.example/a.jpg?quality=80&strip')).toBe(false)
    expect(sameFile('https://x.example/a.jpg?w=1', 'https://x.example/a.jpg')).toBe(true)
    expect(sameFile('https://x.example/a.jpg', 'https://y.example/a.jpg')).toBe(false)
  })
  test('isSiteImage', () => {
    for (const url of ['https://x.example/logo-big.jpg', 'https://x.example/favicon.ico', 'https://x.example/img/opengraph_default.jpg', 'https://x.example/icons/defaultPromoCrop.png', 'https://x.example/spacer.gif']) {
      expect(isSiteImage(url), url).toBe(true)
    }
    for (const url of ['https://i.ytimg.com/vi/x/maxresdefault.jpg', 'https://x.example/2016/12/silicone-valley.jpg', 'https://x.example/%E0%A4%A.jpg']) {
      expect(isSiteImage(url), url).toBe(false)
    }
  })
  test('isMinorImage', () => {
    expect(isMinorImage(40, 40)).toBe(true)
    expect(isMinorImage(850, 120)).toBe(true)
    expect(isMinorImage(undefined, undefined)).toBe(false)
    expect(isMinorImage(1200, 800)).toBe(false)
  })
  test('splitCredit keeps a caption that merely starts with a credit-like word', () => {
    expect(splitCredit('Credited with saving the day, the firefighters rest.', undefined)).toEqual({caption: 'Credited with saving the day, the firefighters rest.'})
    expect(splitCredit('Photo credit: Jane Roe', undefined)).toEqual({credit: 'Jane Roe'})
  })
})
