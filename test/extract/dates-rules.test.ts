import {describe, expect, test} from 'vitest'
import {parseDate} from '../../src/extract/dates.js'
import {isUtcInstant, localForm, sameInstant} from '../../src/extract/date-local.js'
import {headlineOf} from '../../src/extract/date-signals.js'
import {visiblePublished} from '../../src/extract/date-visible.js'
import {collectSignals} from '../../src/extract/signals.js'
import {extractFields} from '../../src/extract/index.js'
import {readMarkup} from '../../src/markup/index.js'
import {parseHtml} from '../../src/parse/index.js'

/** A page in a language, with a head and a body; no URL unless given (as htmldate's pages). */
function page(head: string, body: string, lang = 'en-US') {
  return `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`
}
function published(html: string, url?: string) {
  const parsed = parseHtml(html)
  const {fields, provenance} = extractFields(parsed.tree, readMarkup(parsed.tree, parsed.text), url)
  return {value: fields.datePublished, rule: provenance.datePublished?.rule}
}
function signals(html: string) {
  return collectSignals(parseHtml(html).tree)
}
const jsonLd = (value: object) => `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Story', ...value})}</script>`
const body = '<p>First paragraph of the story, long enough to be body text for the detector.</p>'

describe('local day of a UTC timestamp (date-local)', () => {
  const utc = parseDate('2023-11-09T01:49:09Z')!
  test('UTC instants are recognised', () => {
    expect(isUtcInstant(utc)).toBe(true)
    expect(isUtcInstant(parseDate('2023-11-09T01:49:09+00:00')!)).toBe(true)
    expect(isUtcInstant(parseDate('2023-11-09T01:49:09-08:00')!)).toBe(false)
    expect(isUtcInstant(parseDate('2023-11-09')!)).toBe(false)
  })
  test('a shown clock fixes the offset: the same instant at the page offset', () => {
    expect(localForm(utc, parseDate('November 8, 2023 at 5:49 p.m.')!)).toBe('2023-11-08T17:49:09-08:00')
  })
  test('a shown date alone moves the day only when some real offset allows it', () => {
    expect(localForm(utc, parseDate('8. November 2023')!)).toBe('2023-11-08')
    // 13:01 UTC cannot be the previous day anywhere, and is the next day only east of UTC+11
    expect(localForm(parseDate('2023-10-30T13:01:18Z')!, parseDate('2023-10-29')!)).toBeUndefined()
    expect(localForm(parseDate('2023-10-30T13:01:18Z')!, parseDate('2023-10-31')!)).toBeUndefined()
  })
  test('nothing to fix on the same day; nothing to do two days away or with impossible clocks', () => {
    expect(localForm(utc, parseDate('2023-11-09')!)).toBeUndefined()
    expect(localForm(utc, parseDate('2023-11-07')!)).toBeUndefined()
    // 12:25 the day before is 13 hours 24 minutes behind: a different moment (an update), not an offset
    expect(localForm(parseDate('2020-01-20T09:49:32+00:00')!, parseDate('January 19, 2020 / 12:25 PM')!)).toBeUndefined()
  })
  test('a shown value with its own zone counts only when it is the same instant', () => {
    expect(sameInstant(utc, parseDate('2023-11-08T17:49:09-08:00')!)).toBe(true)
    expect(localForm(utc, parseDate('2023-11-08T17:49:09-08:00')!)).toBe('2023-11-08T17:49:09-08:00')
    expect(localForm(utc, parseDate('2023-11-08T11:00:00-08:00')!)).toBeUndefined()
  })
})

describe('date signals (collected in the one walk)', () => {
  test('itemprop dates on any element, hAtom titles, <time> with what it shows', () => {
    const s = signals(
      page(
        '',
        `<article><h1>Story</h1><span itemprop="datePublished" content="2022-03-11T08:00:00+01:00">11. März</span>
        <abbr class="published" title="2020-04-28T21:11:00+02:00">21:11</abbr><time datetime="2022-03-11T07:00:00Z">11 March 2022</time></article>`
      )
    )
    const items = s.dates.items.map(({value, source, role, shown}) => ({value, source, role, shown}))
    expect(items).toContainEqual({value: '2022-03-11T08:00:00+01:00', source: 'itemprop', role: 'published', shown: '11. März'})
    expect(items).toContainEqual({value: '2020-04-28T21:11:00+02:00', source: 'attribute', role: 'published', shown: undefined})
    expect(items).toContainEqual({value: '2022-03-11T07:00:00Z', source: 'time', role: 'unknown', shown: '11 March 2022'})
  })
  test('a <time> inside a "By …" line, which the walk reads whole, is still read', () => {
    const s = signals(page('', '<div><h1>Story</h1><div>By <a href="/a">A Writer</a> <time datetime="2023-11-08T21:11:03-05:00">Nov 8</time></div></div>'))
    expect(s.dates.items.map((item) => item.value)).toContain('2023-11-08T21:11:03-05:00')
    expect(s.dates.items.find((item) => item.source === 'time')?.inByline).toBe(true)
  })
  test('labels before a date set its role; sign-up and copyright dates are other', () => {
    const s = signals(page('', '<h1>Story</h1><p>Updated: <span>March 12, 2022</span></p><p>Joined <span class="join-date">March 1, 2010</span></p>'))
    const roles = Object.fromEntries(s.dates.items.map((item) => [item.value, item.role]))
    expect(roles['March 12, 2022']).toBe('modified')
    expect(roles['March 1, 2010']).toBe('other')
  })
  test('comments, related lists, navigation and the site header are asides; the headline container is not', () => {
    const s = signals(
      page(
        '<title>The story of the day</title>',
        `<header><span class="date">Mittwoch, 26.02.2020</span></header>
        <div class="layout right-sidebar"><h1>The story of the day</h1><span class="date">11.03.2022</span></div>
        <nav><span class="date">01.03.2022</span></nav>
        <div class="comment-list"><span class="comment_date">12.03.2022</span></div>
        <ul class="related-posts"><li><span class="date">02.03.2022</span></li></ul>`,
        'de'
      )
    )
    const aside = Object.fromEntries(s.dates.items.filter((item) => item.source === 'class').map((item) => [item.value, item.aside]))
    expect(aside).toEqual({'Mittwoch, 26.02.2020': true, '11.03.2022': false, '01.03.2022': true, '12.03.2022': true, '02.03.2022': true})
  })
  test('the headline is the heading that repeats the title, at any level', () => {
    const headings = [
      {level: 1, text: 'Site name', textPos: 0, inArticle: false},
      {level: 2, text: 'Messengerdienste sind kein rechtsfreier Raum', textPos: 100, inArticle: false}
    ]
    expect(headlineOf(headings, ['BKA - Pressemitteilungen - Messengerdienste sind kein rechtsfreier Raum'])).toBe(1)
    expect(headlineOf(headings, ['Something else entirely'])).toBe(0)
    expect(headlineOf([], ['x'])).toBeUndefined()
  })
})

describe('the visible date (date-visible)', () => {
  test('the date next to the headline, not the ones of other articles above or below', () => {
    const s = signals(
      page(
        '<title>Die Haubenfahrzeuge der Nachkriegszeit</title>',
        `<div class="news-list"><span class="date">01.11.2021</span></div><h1>Die Haubenfahrzeuge der Nachkriegszeit</h1>
        <em class="date">Dienstag, 2. November 2021</em><p>${'Text. '.repeat(200)}</p><span class="date">28.10.2021</span>`,
        'de'
      )
    )
    expect(visiblePublished(s)?.date.iso).toBe('2021-11-02')
  })
  test('a publication label beats an unlabelled date; a modification date is the last resort', () => {
    const labelled = signals(page('', '<h1>Story</h1><p>Updated March 12, 2022</p><p>Published March 11, 2022</p>'))
    expect(visiblePublished(labelled)?.date.iso).toBe('2022-03-11')
    const onlyUpdated = signals(page('', '<h1>Story</h1><p>Stand: 27.01.2022</p>', 'de'))
    expect(visiblePublished(onlyUpdated)?.date.iso).toBe('2022-01-27')
  })
  test('a date in the headline words is what the story is about, unless it is the only date shown', () => {
    const withDateline = signals(page('', '<h1>Tagung am 27.02.2015 in Wien</h1><span class="date">28. Januar 2015</span>', 'de'))
    expect(visiblePublished(withDateline)?.date.iso).toBe('2015-01-28')
    const alone = signals(page('', '<h1>08.11.2021 | Online-Fachtag</h1><p>Text</p>', 'de'))
    expect(visiblePublished(alone)?.date.iso).toBe('2021-11-08')
  })
  test('with no headline, only a page that shows one day gets a date', () => {
    expect(visiblePublished(signals(page('', '<p>2021-10-16 | Botschaft</p><p>Text</p>')))?.date.iso).toBe('2021-10-16')
    expect(visiblePublished(signals(page('', '<p>2021-10-16 | Botschaft</p><p>2021-10-11 | Andere</p>')))).toBeUndefined()
  })
})

describe('datePublished rules', () => {
  test('UTC metadata with the local day shown: the instant at the page offset (local-day)', () => {
    const html = page(jsonLd({datePublished: '2023-11-09T01:49:09Z'}), `<article><h1>Story</h1><p class="time">Published: November 8, 2023 at 5:49 p.m.</p>${body}</article>`)
    expect(published(html)).toEqual({value: '2023-11-08T17:49:09-08:00', rule: 'local-day'})
  })
  test('UTC metadata and the same instant with an offset elsewhere in the page: the page offset (local-day)', () => {
    const html = page(`<meta property="article:published_time" content="2022-01-21T13:00:00+00:00">`, `<article><h1>Story</h1><time itemprop="datePublished" datetime="2022-01-21T14:00:00+01:00">21.01.2022</time>${body}</article>`, 'de')
    expect(published(html)).toEqual({value: '2022-01-21T14:00:00+01:00', rule: 'local-day'})
  })
  test('UTC metadata on the shown day is kept as written', () => {
    const html = page(jsonLd({datePublished: '2023-11-08T15:00:00Z'}), `<article><h1>Story</h1><p class="date">November 8, 2023</p>${body}</article>`)
    expect(published(html)).toEqual({value: '2023-11-08T15:00:00Z', rule: 'jsonld:datePublished'})
  })
  test('metadata that disagree: the value that agrees with the shown date (agrees-with-visible)', () => {
    const html = page(
      `${jsonLd({datePublished: '2023-11-03T10:25:56+00:00'})}<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">`,
      `<article><h1>Story</h1><span class="date">06.11.2023, 15:25</span>${body}</article>`,
      'de'
    )
    expect(published(html)).toEqual({value: '2023-11-06T14:25:00+00:00', rule: 'agrees-with-visible'})
  })
  test('JSON-LD datePublished that is the stated modification time: the earlier publication (published-not-modified)', () => {
    const html = page(
      `${jsonLd({datePublished: '2016-05-08T10:11:51+01:00'})}<meta property="article:published_time" content="2015-09-17T16:57:43+01:00"><meta property="article:modified_time" content="2016-05-08T10:11:51+01:00">`,
      `<article><h1>Story</h1>${body}</article>`
    )
    expect(published(html)).toEqual({value: '2015-09-17T16:57:43+01:00', rule: 'published-not-modified'})
  })
  test('a generic "date" meta (often the last change) comes after the date shown', () => {
    const html = page('<meta name="date" content="2020-02-12">', `<article><h1>Story</h1><div class="news-single-timedata">05.02.2020</div>${body}</article>`, 'de')
    expect(published(html)).toEqual({value: '2020-02-05', rule: 'visible'})
    expect(published(page('<meta name="date" content="2020-02-12">', `<article><h1>Story</h1>${body}</article>`))).toEqual({value: '2020-02-12', rule: 'meta:date'})
  })
  test('the date in the byline under the headline is reported as byline', () => {
    expect(published(page('', `<article><h1>Story</h1><p class="byline">By News Desk - March 11 2022</p>${body}</article>`))).toMatchObject({value: '2022-03-11', rule: 'byline'})
  })
  test('numeric dates are read by the page language', () => {
    expect(published(page('', `<article><h1>Story</h1><span class="date">03/04/2020</span>${body}</article>`, 'fr')).value).toBe('2020-04-03')
    expect(published(page('', `<article><h1>Story</h1><span class="date">03/04/2020</span>${body}</article>`, 'en-US')).value).toBe('2020-03-04')
    expect(published(page('', `<article><h1>Story</h1><span class="date">03/04/2020</span>${body}</article>`, 'en')).value).toBeUndefined()
  })
  test('a date in the page own canonical URL, compact or with slashes', () => {
    expect(published(page('<link rel="canonical" href="https://news.example/world/megablaze-20200113">', body))).toEqual({value: '2020-01-13', rule: 'url'})
    expect(published(page('<meta property="og:url" content="https://news.example/2020/02/19/story">', body))).toEqual({value: '2020-02-19', rule: 'url'})
    expect(published(page('<link rel="canonical" href="https://news.example/story/12345678">', body)).value).toBeUndefined()
  })
  test('placeholder years are no publication dates', () => {
    expect(published(page('<meta property="article:published_time" content="1970-01-01T00:00:00Z">', body)).value).toBeUndefined()
  })
})
