/**
 * Pages for hostile-input tests: the repository's fixture pages, a template
 * article with one slot per place a field can come from, and encoders for
 * legacy charsets (Node has decoders only). Shared by test/hostile and
 * bench/fuzz.ts, so nothing here imports vitest.
 */
import {readFileSync, readdirSync} from 'node:fs'

/** The repository root (this file is test/hostile/page.ts). */
export const root = new URL('../../', import.meta.url)

/** Every fixture page (test/fixtures/<case>/source.html) and the sample article, by name. */
export const fixtures: ReadonlyMap<string, string> = loadFixtures()

function loadFixtures(): Map<string, string> {
  const pages = new Map<string, string>()
  pages.set('volunteer-fighters', readFileSync(new URL('examples/volunteer-fighters/article.html', root), 'utf8'))
  const dir = new URL('test/fixtures/', root)
  for (const name of readdirSync(dir).sort()) {
    try {
      pages.set(name, readFileSync(new URL(`${name}/source.html`, dir), 'utf8'))
    } catch {
      // Not a case folder (README.md).
    }
  }
  return pages
}

/**
 * The places of the template page a string can go, one per source a field
 * rule reads: headline, description, authors, dates, image, publisher,
 * language, keywords, section, URL, body, markup.
 */
export const slots = [
  'title', 'ogTitle', 'h1', 'ldHeadline',
  'metaDescription', 'ogDescription', 'dek', 'ldDescription',
  'metaAuthor', 'articleAuthor', 'byline', 'bylineLink', 'authorHref', 'ldAuthor', 'ldAuthorString', 'ldAuthorUrl', 'microdataAuthor',
  'metaPublished', 'metaModified', 'timeDatetime', 'timeText', 'dateText', 'ldDate', 'ldDateModified',
  'ogImage', 'imgSrc', 'srcset', 'imgAlt', 'ldImage', 'caption', 'credit',
  'siteName', 'twitterSite', 'copyright', 'ldPublisher',
  'lang', 'contentLanguage', 'keywords', 'ldKeywords', 'section',
  'canonical', 'ogUrl', 'ldId',
  'paragraph', 'className', 'ldType', 'ldContext', 'microdataName', 'rdfaName'
] as const

export type Slot = (typeof slots)[number]

/** How a string goes into its slot: escaped for its context (the page stays well formed), or raw (it may break out). */
export type Placement = 'escaped' | 'raw'

const defaults: Record<Slot, string> = {
  title: 'Volunteers from West Asia may join the fight | News Example',
  ogTitle: 'Volunteers from West Asia may join the fight',
  h1: 'Volunteers from West Asia may join the fight',
  ldHeadline: 'Volunteers from West Asia may join the fight',
  metaDescription: 'Moscow says thousands of volunteers are ready to fight',
  ogDescription: 'Moscow says thousands of volunteers are ready to fight',
  dek: 'Moscow says thousands of volunteers are ready to fight',
  ldDescription: 'Moscow says thousands of volunteers are ready to fight',
  metaAuthor: 'Jane Doe',
  articleAuthor: 'https://news.example/author/jane-doe/',
  byline: 'and John Roe - March 11 2022',
  bylineLink: 'Jane Doe',
  authorHref: '/author/jane-doe/',
  ldAuthor: 'Jane Doe',
  ldAuthorString: 'John Roe',
  ldAuthorUrl: 'https://news.example/author/jane-doe/',
  microdataAuthor: 'Jane Doe',
  metaPublished: '2022-03-11T09:30:00+03:00',
  metaModified: '2022-03-12T10:44:00+03:00',
  timeDatetime: '2022-03-11T09:30:00+03:00',
  timeText: 'March 11, 2022',
  dateText: 'Updated: 12.03.2022 10:44',
  ldDate: '2022-03-11T09:30:00+03:00',
  ldDateModified: '2022-03-12T10:44:00+03:00',
  ogImage: 'https://news.example/img/a.jpg',
  imgSrc: '/img/a.jpg',
  srcset: '/img/a-600.jpg 600w, /img/a-1200.jpg 1200w',
  imgAlt: 'Crowds in a city square',
  ldImage: 'https://news.example/img/a.jpg',
  caption: 'Crowds in Donetsk after the announcement.',
  credit: 'Photo credit: AP Photo/Alexei Alexandrov',
  siteName: 'News Example',
  twitterSite: '@newsexample',
  copyright: '© 2022 News Example. All rights reserved.',
  ldPublisher: 'News Example',
  lang: 'en',
  contentLanguage: 'en-GB',
  keywords: 'Russia, Ukraine, volunteers',
  ldKeywords: 'Russia, Ukraine',
  section: 'World',
  canonical: 'https://news.example/world/2022/03/11/volunteers',
  ogUrl: 'https://news.example/world/2022/03/11/volunteers',
  ldId: 'https://news.example/world/2022/03/11/volunteers#article',
  paragraph: 'Russian President Vladimir Putin announced on 11 March his approval to allow thousands of volunteer fighters from across West Asia to join the forces in Donetsk and Luhansk.',
  className: 'post entry-content',
  ldType: 'NewsArticle',
  ldContext: 'https://schema.org',
  microdataName: 'Jane Doe',
  rdfaName: 'Jane Doe'
}

/** `&` and `<` escaped: safe as element text. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

/** `&`, `"` and `<` escaped: safe in a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** A JSON string literal that cannot end its `<script>` (unless `raw`). */
export function jsonString(value: string, placement: Placement = 'escaped'): string {
  const json = JSON.stringify(value)
  return placement === 'raw' ? json : json.replace(/</g, '\\u003c')
}

/**
 * The template article with `values` in their slots (defaults elsewhere).
 * `escaped` keeps the page's structure whatever the strings; `raw` pastes them
 * as they are, so a string can close elements, open comments or end scripts.
 */
export function templatePage(values: Partial<Record<Slot, string>>, placement: Placement = 'escaped'): string {
  const raw = placement === 'raw'
  const value = (slot: Slot) => values[slot] ?? defaults[slot]
  const text = (slot: Slot) => (raw || values[slot] === undefined ? value(slot) : escapeText(value(slot)))
  const attr = (slot: Slot) => (raw || values[slot] === undefined ? value(slot) : escapeAttribute(value(slot)))
  const json = (slot: Slot) => jsonString(value(slot), placement)
  return `<!doctype html>
<html lang="${attr('lang')}">
<head>
<meta charset="utf-8">
<title>${text('title')}</title>
<meta property="og:title" content="${attr('ogTitle')}">
<meta name="description" content="${attr('metaDescription')}">
<meta property="og:description" content="${attr('ogDescription')}">
<meta name="author" content="${attr('metaAuthor')}">
<meta property="article:author" content="${attr('articleAuthor')}">
<meta property="article:published_time" content="${attr('metaPublished')}">
<meta property="article:modified_time" content="${attr('metaModified')}">
<meta property="article:section" content="${attr('section')}">
<meta property="og:image" content="${attr('ogImage')}">
<meta property="og:url" content="${attr('ogUrl')}">
<meta property="og:site_name" content="${attr('siteName')}">
<meta name="twitter:site" content="${attr('twitterSite')}">
<meta name="copyright" content="${attr('copyright')}">
<meta name="keywords" content="${attr('keywords')}">
<meta http-equiv="content-language" content="${attr('contentLanguage')}">
<link rel="canonical" href="${attr('canonical')}">
<script type="application/ld+json">
{"@context": ${json('ldContext')}, "@type": ${json('ldType')}, "@id": ${json('ldId')},
 "headline": ${json('ldHeadline')}, "description": ${json('ldDescription')},
 "author": [{"@type": "Person", "name": ${json('ldAuthor')}, "url": ${json('ldAuthorUrl')}}, ${json('ldAuthorString')}],
 "datePublished": ${json('ldDate')}, "dateModified": ${json('ldDateModified')},
 "image": ${json('ldImage')}, "keywords": ${json('ldKeywords')},
 "publisher": {"@type": "Organization", "name": ${json('ldPublisher')}}}
</script>
</head>
<body>
<article class="${attr('className')}">
<h1>${text('h1')}</h1>
<p class="dek">${text('dek')}</p>
<p class="byline">By <a href="${attr('authorHref')}" rel="author">${text('bylineLink')}</a> ${text('byline')}</p>
<time datetime="${attr('timeDatetime')}">${text('timeText')}</time>
<span class="date">${text('dateText')}</span>
<figure><img src="${attr('imgSrc')}" srcset="${attr('srcset')}" alt="${attr('imgAlt')}"><figcaption>${text('caption')} <span class="credit">${text('credit')}</span></figcaption></figure>
<p>${text('paragraph')}</p>
<p>The Kremlin said the fighters would come from the Middle East and join the forces in Donetsk and Luhansk within days.</p>
<div itemscope itemtype="https://schema.org/Person" itemprop="author"><span itemprop="name">${text('microdataAuthor')}</span></div>
<div itemscope itemtype="https://schema.org/Thing"><span itemprop="name">${text('microdataName')}</span></div>
<div vocab="https://schema.org/" typeof="Person"><span property="name">${text('rdfaName')}</span></div>
</article>
</body>
</html>
`
}

/**
 * An encoder for a legacy charset, built from Node's decoder (single bytes,
 * and for Shift_JIS the two-byte sequences). Throws on a character the charset
 * cannot carry.
 */
export function legacyEncoder(label: 'windows-1251' | 'shift_jis'): (text: string) => Uint8Array {
  const decoder = new TextDecoder(label)
  const table = new Map<string, number[]>()
  const add = (bytes: number[]) => {
    const text = decoder.decode(Uint8Array.from(bytes))
    if ([...text].length === 1 && text !== '\uFFFD' && !table.has(text)) table.set(text, bytes)
  }
  for (let byte = 0; byte < 0x100; byte++) add([byte])
  if (label === 'shift_jis') {
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue
      for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) add([lead, trail])
    }
  }
  return (text) => {
    const out: number[] = []
    for (const character of text) {
      const bytes = table.get(character)
      if (!bytes) throw new RangeError(`${label} cannot encode ${JSON.stringify(character)}`)
      out.push(...bytes)
    }
    return Uint8Array.from(out)
  }
}

/** UTF-16 with a byte order mark. */
export function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0xfeff, order === 'le')
  for (let index = 0; index < text.length; index++) view.setUint16(2 + index * 2, text.charCodeAt(index), order === 'le')
  return bytes
}
