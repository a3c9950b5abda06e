/**
 * fast-check arbitraries for hostile and broken input: hostile strings,
 * mutated fixture pages, random tag soup, hostile JSON / JSON-LD values and
 * template pages with hostile strings in their slots. Shared by
 * test/hostile/*.test.ts (few runs) and bench/fuzz.ts (many runs); nothing
 * here imports vitest.
 */
import fc from 'fast-check'
import {roleNouns} from '../../src/extract/author-names.js'
import {fixtures, jsonString, slots, templatePage, type Placement, type Slot} from './page.js'

// ---------------------------------------------------------------------------
// Strings

/** Short strings that break HTML, JSON, JavaScript, regular expressions or field rules. */
export const hostileTokens = [
  '</script>', '</SCRIPT >', '<script>', '<!--', '-->', '--!>', '<![CDATA[', ']]>', '</noscript>', '</title>', '</textarea>', '<plaintext>', '</style>',
  '\u2028', '\u2029', '\u0000', '\r', '\r\n', '\n', '\t', '\f', '\u000b', '\u0085', '\u00a0', '\u3000', '\u200b', '\u200e', '\u202e', '\ufeff', '\ufffd', '\uffff',
  '\ud800', '\udfff', '\udbff\udfff', '\u{1f600}', '\u{1d400}', '\u{13144}', '\u{20000}', 'e\u0301', '\u0130', 'ß', 'ﬁ', 'İ', 'ǅ',
  '&amp;', '&lt;', '&#0;', '&#x0;', '&#xD800;', '&#1114112;', '&nbsp', '&', '&#', '"', "'", '`', '\\', '\\u', '\\u0000', '${', '{{', '%s', '%00', '%',
  '<', '>', '/', '//', '#', '?', '@', '|', ' | ', ' - ', ' — ', ':', '::', ',', ';', '(', ')', '[', ']', '{', '}', '.', '...', '…',
  'By ', 'by', 'BY:', 'Von ', 'Автор: ', 'and ', ' and ', ' & ', 'Photo: ', 'Credit:', 'Updated:', 'Published', 'Staff', 'AP', 'Reuters', 'Jr.', 'Dr.', 'de ',
  '2022-03-11', '2022-03-11T09:30:00+03:00', '11.03.2022', '03/11/2022', 'March 11, 2022', '11 März 2022', '2022年3月11日', '10:44', '0000-00-00', '9999-99-99T99:99', '-271821-04-20',
  '0', '-0', '1e400', 'NaN', 'Infinity', '0x1F', '１２', '٣',
  'http://', 'https://news.example/', 'javascript:alert(1)', 'data:text/html,<b>', '//evil.example', '/author/jane-doe', 'mailto:x@y', 'www.example.com',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '@context', '@type', '@id', '@graph',
  'Jane Doe', 'JOHN ROE', 'McDonald', "O'Brien", 'al-Hassan', 'José Martínez', 'Иван Петров', '山田太郎', '김민준', 'محمد', 'שלום', 'ไทย'
]

/** One unit of a hostile string: a hostile token, a printable ASCII character, any code point, or a lone surrogate. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  {arbitrary: fc.constantFrom(...hostileTokens), weight: 4},
  {arbitrary: fc.string({unit: 'grapheme-ascii', minLength: 1, maxLength: 1}), weight: 4},
  {arbitrary: fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}), weight: 1},
  {arbitrary: fc.string({unit: 'binary', minLength: 1, maxLength: 1}), weight: 1},
  {arbitrary: fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code)), weight: 1}
)

/** A hostile string of up to `maxLength` units. */
export function hostileString(maxLength = 40): fc.Arbitrary<string> {
  return fc.string({unit: hostileUnit, maxLength})
}

/**
 * Runs of the characters that make regular expressions backtrack (white space,
 * separators, punctuation a name trimmer strips, digits, dots, capitals): a
 * head, a repeated unit, a tail that makes the match fail at the end.
 */
export const worstCaseAlphabets: ReadonlyArray<readonly [head: string, unit: string, tail: string]> = [
  ['', 'a', ''], ['', 'A', 'a'], ['', ' ', 'x'], ['', '\t ', 'x'], ['', '\n', 'x'], ['', '\r\n', 'x'], ['', '\u00a0', 'x'], ['', '\u3000', 'x'],
  ['', '-', 'x'], ['', ' - ', 'x'], ['', '1.', 'x'], ['', '1 ', 'x'], ['', '1', 'x'], ['', '1,', 'x'], ['', '1:', 'x'], ['', '1/', 'x'], ['', '10:44 ', 'x'],
  ['', 'By ', 'x'], ['', ' and', ' x'], ['', 'Aa ', 'x'], ['Aa', ' AA', 'a'], ['aa', 'A', 'a'], ['', 'A. ', 'x'], ['', 'a:', ''], ['', 'a.', ''],
  ['', '<', ''], ['', '"', 'x'], ['', '.', 'x'], ['', ' .', 'x'], ['', '.,', 'x'], ['', ', ', 'x'], ['', ' |', 'x'], ['', ' [', 'x'], ['', '·', 'x'],
  ['(', ', ', ''], ['(', ' a', 'x'], ['(AP', ' ', 'x'], ['Photo: ', ' ', 'x'], ['Jan', 'a', ''],
  ['x', '-author-', '/x'], ['http://', '/', 'x'], ['http://', 'a', ''], ['', 'www.', ''], ['', '@', ''], ['P', '1', 'x'], ['T', '1', 'x'],
  ['', '&#1', ''], ['', '\\', ''], ['', '日本', ''], ['', '\u{1f600}', ''], ['', '\ud800', '']
]

/** `size` characters of an alphabet: head, unit repeated, tail. */
export function worstCase([head, unit, tail]: readonly [string, string, string], size: number): string {
  return head + unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + tail
}

// ---------------------------------------------------------------------------
// Mutated fixture pages

/** Markup that changes how everything after it parses. */
export const snippets = [
  '<!--', '-->', '<script>', '</script>', '<script type="application/ld+json">', '<script type="application/ld+json" data-ldpress>{}</script>',
  '<noscript>', '</noscript>', '<template>', '</template>', '<plaintext>', '<textarea>', '<title>', '<style>', '<xmp>', '<iframe>', '<svg>', '<math>',
  '<table>', '<tr>', '<select>', '<frameset>', '<![CDATA[', '<?xml version="1.0"?>', '<!doctype html>', '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">',
  '<html>', '<head>', '</head>', '<body>', '</body>', '</html>', '<base href="javascript:alert(1)">', '<meta charset="shift_jis">', '<meta charset="utf-16">',
  '<link rel="canonical" href="//evil.example/">', '<link rel="canonical" href="javascript:alert(1)">', '<h1>', '</h1>', '<article>', '</article>', '<p>', '<div class="byline">By ',
  '<div itemscope itemtype="https://schema.org/NewsArticle">', '<span itemprop="headline">', '<div itemscope itemprop="author">', '<div vocab="https://schema.org/" typeof="NewsArticle">',
  '<span property="headline">', '<time datetime="2022-13-45">', '<img src="" srcset=",,, 1x">', '<a href="/author/">', '<', '<a', '</', '&', '&#x', '"', "'", '>'
]

export type Mutation =
  | {kind: 'truncate'; at: number}
  | {kind: 'delete'; at: number; length: number}
  | {kind: 'insert'; at: number; text: string}
  | {kind: 'snippet'; at: number; text: string}
  | {kind: 'duplicateTag'; which: number; at: number}
  | {kind: 'dropEndTags'; every: number}
  | {kind: 'giantAttribute'; which: number; unit: string; size: number}
  | {kind: 'flip'; at: number; bit: number}

export interface MutatedPage {
  fixture: string
  mutations: Mutation[]
  /** Hand the page over as bytes (flips always do). */
  bytes: boolean
}

/** Arbitrary mutations of a fixture page. `giant` bounds the giant attributes. */
export function mutatedPage(options: {giant?: number; maxMutations?: number} = {}): fc.Arbitrary<MutatedPage> {
  const giant = options.giant ?? 20_000
  const at = fc.nat()
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({kind: fc.constant('truncate' as const), at}),
    fc.record({kind: fc.constant('delete' as const), at, length: fc.integer({min: 1, max: 400})}),
    fc.record({kind: fc.constant('insert' as const), at, text: hostileString(30)}),
    fc.record({kind: fc.constant('snippet' as const), at, text: fc.constantFrom(...snippets)}),
    fc.record({kind: fc.constant('duplicateTag' as const), which: fc.nat(), at}),
    fc.record({kind: fc.constant('dropEndTags' as const), every: fc.integer({min: 1, max: 5})}),
    fc.record({kind: fc.constant('giantAttribute' as const), which: fc.nat(), unit: fc.constantFrom('a', ' ', '"', "'", '&amp;', '=', '<', '\u00e9', 'By '), size: fc.integer({min: 1, max: giant})}),
    fc.record({kind: fc.constant('flip' as const), at, bit: fc.integer({min: 0, max: 7})})
  )
  return fc.record({
    fixture: fc.constantFrom(...fixtures.keys()),
    mutations: fc.array(mutation, {minLength: 1, maxLength: options.maxMutations ?? 6}),
    bytes: fc.boolean()
  })
}

const tagPattern = /<[a-zA-Z][^<>]*>/g

/** Apply the mutations: a string, or bytes when asked or when a bit was flipped. */
export function applyMutations(page: MutatedPage): string | Uint8Array {
  let text = fixtures.get(page.fixture)!
  const flips: Array<{at: number; bit: number}> = []
  for (const mutation of page.mutations) {
    const position = (at: number) => (text.length === 0 ? 0 : at % (text.length + 1))
    switch (mutation.kind) {
      case 'truncate':
        text = text.slice(0, position(mutation.at))
        break
      case 'delete': {
        const from = position(mutation.at)
        text = text.slice(0, from) + text.slice(from + mutation.length)
        break
      }
      case 'insert':
      case 'snippet': {
        const from = position(mutation.at)
        text = text.slice(0, from) + mutation.text + text.slice(from)
        break
      }
      case 'duplicateTag': {
        const tags = text.match(tagPattern) ?? []
        if (tags.length === 0) break
        const from = position(mutation.at)
        text = text.slice(0, from) + tags[mutation.which % tags.length] + text.slice(from)
        break
      }
      case 'dropEndTags': {
        let count = 0
        text = text.replace(/<\/[a-zA-Z][^<>]*>/g, (tag) => (count++ % mutation.every === 0 ? '' : tag))
        break
      }
      case 'giantAttribute': {
        const tags = [...text.matchAll(tagPattern)]
        if (tags.length === 0) break
        const tag = tags[mutation.which % tags.length]!
        const end = tag.index! + tag[0].length - 1
        text = `${text.slice(0, end)} data-giant="${mutation.unit.repeat(Math.ceil(mutation.size / mutation.unit.length))}"${text.slice(end)}`
        break
      }
      case 'flip':
        flips.push({at: mutation.at, bit: mutation.bit})
        break
    }
  }
  if (!page.bytes && flips.length === 0) return text
  const bytes = new TextEncoder().encode(text)
  for (const flip of flips) if (bytes.length > 0) bytes[flip.at % bytes.length]! ^= 1 << flip.bit
  return bytes
}

// ---------------------------------------------------------------------------
// Random tag soup

const tagNames = [
  'html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'template', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'section',
  'div', 'span', 'p', 'a', 'h1', 'h2', 'h3', 'time', 'figure', 'figcaption', 'img', 'picture', 'source', 'ul', 'li', 'table', 'tr', 'td', 'br', 'b', 'i',
  'blockquote', 'svg', 'math', 'iframe', 'textarea', 'select', 'option', 'form', 'button', 'abbr', 'address', 'cite', 'frameset', 'plaintext', 'xmp'
]

const attributeNames = [
  'class', 'id', 'href', 'src', 'srcset', 'content', 'name', 'property', 'rel', 'datetime', 'title', 'lang', 'charset', 'http-equiv', 'type', 'alt',
  'itemscope', 'itemtype', 'itemprop', 'itemid', 'itemref', 'vocab', 'typeof', 'resource', 'about', 'prefix', 'hidden', 'aria-hidden', 'style', 'data-ldpress'
]

const attributeValues = [
  'byline', 'author', 'dek', 'standfirst', 'headline', 'date published', 'updated', 'comments', 'related', 'nav', 'sidebar', 'credit', 'caption',
  'https://schema.org/NewsArticle', 'https://schema.org/Person', 'NewsArticle', 'Person', 'headline', 'author', 'name', 'datePublished', 'image',
  'og:title', 'og:image', 'article:published_time', 'author', 'description', 'canonical', 'application/ld+json', 'display:none', 'true', '', 'x'
]

const attribute: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...attributeNames), fc.oneof(fc.constantFrom(...attributeValues), hostileString(20)), fc.constantFrom('"', "'", ''))
  .map(([name, value, quote]) => (quote === '' ? ` ${name}=${value.replace(/[\s>]/g, '')}` : ` ${name}=${quote}${value.split(quote).join('')}${quote}`))

/** Random tag soup: elements from news pages, attributes field rules read, hostile text, unclosed and stray tags. */
export function tagSoup(maxDepth = 6): fc.Arbitrary<string> {
  const {node} = fc.letrec<{node: string}>((tie) => ({
    node: fc.oneof(
      {depthSize: 'small', withCrossShrink: true, maxDepth},
      hostileString(40),
      fc.constantFrom(...snippets),
      fc
        .tuple(fc.constantFrom(...tagNames), fc.array(attribute, {maxLength: 4}), fc.array(tie('node'), {maxLength: 5}), fc.constantFrom('close', 'close', 'close', 'open', 'stray'))
        .map(([name, attributes, children, end]) => {
          const start = `<${name}${attributes.join('')}>`
          if (end === 'open') return start + children.join('')
          if (end === 'stray') return `</${name}>${children.join('')}`
          return `${start}${children.join('')}</${name}>`
        })
    )
  }))
  return fc.array(node, {maxLength: 12}).map((nodes) => nodes.join(''))
}

// ---------------------------------------------------------------------------
// Deeply nested HTML

export interface DeepPage {
  depth: number
  tag: string
  /** Where the nesting goes: after the article, before its text, or left unclosed at the end. */
  where: 'after-article' | 'before-text' | 'unclosed'
}

/** The sample article with `depth` nested elements in it. */
export function deepPage(maxDepth: number): fc.Arbitrary<DeepPage> {
  return fc.record({
    depth: fc.integer({min: 1, max: maxDepth}),
    tag: fc.constantFrom('div', 'span', 'section', 'blockquote', 'b', 'i', 'font', 'a', 'p', 'li', 'table', 'svg', 'template', 'object'),
    where: fc.constantFrom<DeepPage['where']>('after-article', 'before-text', 'unclosed')
  })
}

export const deepSample = 'volunteer-fighters'

/** The page of a `DeepPage`. */
export function deepPageHtml({depth, tag, where}: DeepPage): string {
  const sample = fixtures.get(deepSample)!
  const open = `<${tag} class="deep">`.repeat(depth)
  if (where === 'unclosed') return sample.replace('</body>', `${open}text</body>`)
  const nested = `<div class="wrap">${open}text${`</${tag}>`.repeat(depth)}</div>`
  return where === 'before-text' ? sample.replace('<div class="entry-content">', `${nested}<div class="entry-content">`) : sample.replace('</body>', `${nested}</body>`)
}

// ---------------------------------------------------------------------------
// Hostile JSON and JSON-LD

/** Keys that are JSON-LD keywords, schema.org terms the extractor reads, or prototype names. */
export const hostileKeys = [
  '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'toJSON',
  '@context', '@type', '@id', '@graph', '@value', '@list', '@set', '@reverse', '@language', '@vocab', '@base', '@nest', '@included',
  'headline', 'name', 'alternativeHeadline', 'description', 'author', 'creator', 'publisher', 'datePublished', 'dateModified', 'dateCreated', 'image', 'url',
  'contentUrl', 'caption', 'logo', 'sameAs', 'mainEntityOfPage', 'mainEntity', 'itemListElement', 'keywords', 'articleSection', 'inLanguage', 'isPartOf',
  'about', 'mentions', 'wordCount', 'articleBody', 'polluted', '', ' ', 'schema:headline', 'https://schema.org/author', 'http://schema.org/name'
]

/** Leaves of the wrong type for every property: numbers as strings, dates that are not dates, URLs that are not URLs. */
export const jsonLeaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileString(30),
  fc.constantFrom('NewsArticle', 'Article', 'Person', 'Organization', 'ImageObject', 'WebPage', 'https://schema.org', 'http://schema.org/', 'schema:NewsArticle',
    '2022-03-11', '2022-03-11T09:30:00Z', 'yesterday', '42', '-0', '1e400', '', ' ', 'https://news.example/a.jpg', '#article', '_:b0', 'javascript:alert(1)'),
  fc.integer(),
  fc.double({noNaN: true, noDefaultInfinity: true}),
  fc.constantFrom(0, -1, 2 ** 53, 1e308, 5e-324),
  fc.boolean(),
  fc.constant(null)
)

/** Build an object the way `JSON.parse` does: every key an own data property, `__proto__` included. */
export function jsonObject(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (const [key, value] of entries) Object.defineProperty(object, key, {value, writable: true, enumerable: true, configurable: true})
  return object
}

/** Random JSON values with hostile keys and leaves. */
export function hostileJson(maxDepth = 5): fc.Arbitrary<unknown> {
  const key = fc.oneof({arbitrary: fc.constantFrom(...hostileKeys), weight: 3}, {arbitrary: hostileString(12), weight: 1})
  const {value} = fc.letrec<{value: unknown}>((tie) => ({
    value: fc.oneof(
      {depthSize: 'small', withCrossShrink: true, maxDepth},
      jsonLeaf,
      fc.array(tie('value'), {maxLength: 6}),
      fc.array(fc.tuple(key, tie('value')), {maxLength: 6}).map(jsonObject)
    )
  }))
  return value
}

/** A JSON-LD-shaped article whose every property may hold anything. */
export function hostileArticle(maxDepth = 4): fc.Arbitrary<unknown> {
  const any = hostileJson(maxDepth)
  const context = fc.oneof(
    fc.constantFrom<unknown>('https://schema.org', 'http://schema.org/', 'https://schema.org/', ['https://schema.org', {'@language': 'en'}], {'@vocab': 'https://schema.org/'}),
    any
  )
  const type = fc.oneof(fc.constantFrom<unknown>('NewsArticle', 'Article', ['NewsArticle', 'Article'], 'BlogPosting', 'WebPage', 'schema:NewsArticle', 'https://schema.org/NewsArticle'), any)
  const author = fc.oneof(
    any,
    fc.record({'@type': fc.constantFrom<unknown>('Person', 'Organization', ['Person'], 42), name: fc.oneof(hostileString(40), any), url: fc.oneof(hostileString(20), any)}),
    fc.array(fc.record({'@type': fc.constantFrom<unknown>('Person', 'Organization'), name: fc.oneof(hostileString(40), any)}), {maxLength: 4})
  )
  const article = fc
    .record(
      {
        '@context': context,
        '@type': type,
        '@id': fc.oneof(hostileString(20), any),
        headline: fc.oneof(hostileString(60), any),
        description: fc.oneof(hostileString(60), any),
        author,
        creator: any,
        publisher: fc.oneof(any, fc.record({'@type': fc.constant('Organization'), name: fc.oneof(hostileString(30), any), logo: any})),
        datePublished: fc.oneof(hostileString(30), any),
        dateModified: fc.oneof(hostileString(30), any),
        image: any,
        mainEntityOfPage: any,
        keywords: any,
        inLanguage: any,
        extra: fc.array(fc.tuple(fc.constantFrom(...hostileKeys), any), {maxLength: 4})
      },
      {requiredKeys: ['@context', '@type']}
    )
    .map(({extra, ...fields}) => jsonObject([...Object.entries(fields), ...(extra ?? [])]))
  return fc.oneof(
    {arbitrary: article, weight: 4},
    {arbitrary: article.map((node) => jsonObject([['@context', 'https://schema.org'], ['@graph', [node, node]]])), weight: 1},
    {arbitrary: fc.array(article, {maxLength: 3}), weight: 1},
    {arbitrary: any, weight: 1}
  )
}

/** Shapes that stress size rather than content: deep nesting and huge arrays, as JSON text. */
export interface BigJson {
  kind: 'deep-array' | 'deep-object' | 'deep-mixed' | 'deep-unclosed' | 'huge-array' | 'huge-string' | 'many-keys'
  size: number
}

export function bigJson(maxSize: number): fc.Arbitrary<BigJson> {
  return fc.record({
    kind: fc.constantFrom('deep-array', 'deep-object', 'deep-mixed', 'deep-unclosed', 'huge-array', 'huge-string', 'many-keys'),
    size: fc.integer({min: 1, max: maxSize})
  })
}

/** The JSON text of a big shape, wrapped in a schema.org article where it can be. */
export function bigJsonText({kind, size}: BigJson): string {
  const article = (inner: string) => `{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Big", "author": ${inner}}`
  switch (kind) {
    case 'deep-array':
      return article(`${'['.repeat(size)}{"@type": "Person", "name": "Jane Doe"}${']'.repeat(size)}`)
    case 'deep-object':
      return article(`${'{"@type": "Person", "name": "Jane Doe", "knows": '.repeat(size)}null${'}'.repeat(size)}`)
    case 'deep-mixed':
      return article(`${'[{"a": '.repeat(size)}1${'}]'.repeat(size)}`)
    case 'deep-unclosed':
      return article('['.repeat(size))
    case 'huge-array':
      return article(`[${Array.from({length: size}, (_, index) => `{"@type": "Person", "name": "Person ${index}"}`).join(',')}]`)
    case 'huge-string':
      return article(jsonString('Jane Doe ' + 'x'.repeat(size)))
    case 'many-keys':
      return `{"@context": "https://schema.org", "@type": "NewsArticle", ${Array.from({length: size}, (_, index) => `"k${index % 50}": ${index}`).join(', ')}}`
  }
}

/** Where a JSON-LD block's text can go wrong on its way into a page. */
export type Wrapping = 'plain' | 'comment' | 'cdata' | 'truncated' | 'trailing-comma' | 'two-values' | 'raw-script-end'

/** A page carrying `texts` as JSON-LD blocks (in head and body), wrapped as asked. */
export function pageWithJsonLd(texts: readonly string[], wrapping: Wrapping = 'plain'): string {
  const wrap = (text: string): string => {
    switch (wrapping) {
      case 'plain':
        return text.replace(/<\/(script)/gi, '<\\/$1')
      case 'comment':
        return `<!--\n${text.replace(/<\/(script)/gi, '<\\/$1')}\n-->`
      case 'cdata':
        return `//<![CDATA[\n${text.replace(/<\/(script)/gi, '<\\/$1')}\n//]]>`
      case 'truncated':
        return text.slice(0, Math.floor(text.length / 2))
      case 'trailing-comma':
        return text.replace(/}\s*$/, ',}')
      case 'two-values':
        return `${text}\n${text}`
      case 'raw-script-end':
        return text
    }
  }
  const blocks = texts.map((text) => `<script type="application/ld+json">${wrap(text)}</script>`)
  const half = Math.ceil(blocks.length / 2)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A story | News Example</title>${blocks.slice(0, half).join('\n')}</head>
<body><article><h1>A story</h1><p class="byline">By Jane Doe - March 11 2022</p><p>The body of the story, long enough to count as body text for the detector.</p>
${blocks.slice(half).join('\n')}</article></body></html>`
}

/** JSON text of a value, or `null` text when it has none. */
export function jsonText(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space) ?? 'null'
}

/** Hostile JSON-LD pages: hostile articles and JSON values, as blocks that may be broken on the way in. */
export function jsonLdPage(): fc.Arbitrary<{values: unknown[]; wrapping: Wrapping; space: number}> {
  return fc.record({
    values: fc.array(fc.oneof({arbitrary: hostileArticle(), weight: 3}, {arbitrary: hostileJson(), weight: 1}), {minLength: 1, maxLength: 3}),
    wrapping: fc.constantFrom<Wrapping>('plain', 'plain', 'plain', 'comment', 'cdata', 'truncated', 'trailing-comma', 'two-values', 'raw-script-end'),
    space: fc.constantFrom(0, 2)
  })
}

// ---------------------------------------------------------------------------
// Template pages with hostile strings in their slots

export interface SlotPage {
  values: Partial<Record<Slot, string>>
  placement: Placement
}

/** The template page with hostile strings in some of its slots, escaped or pasted raw. */
export function slotPage(maxLength = 60): fc.Arbitrary<SlotPage> {
  const value = fc.oneof(
    {arbitrary: hostileString(maxLength), weight: 6},
    {arbitrary: fc.constantFrom(...worstCaseAlphabets).chain((alphabet) => fc.integer({min: 1, max: 300}).map((size) => worstCase(alphabet, size))), weight: 1}
  )
  return fc.record({
    values: fc.dictionary(fc.constantFrom(...slots), value, {maxKeys: 8}).map((values) => values as Partial<Record<Slot, string>>),
    placement: fc.constantFrom<Placement>('escaped', 'escaped', 'escaped', 'raw')
  })
}

/** A name a headline rule keeps as it is: letters and digits in words, no separators or brackets. */
export function plainTitle(): fc.Arbitrary<string> {
  const word = fc.string({unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzàéöçñ'), minLength: 2, maxLength: 9})
  const capitalised = word.map((text) => text[0]!.toUpperCase() + text.slice(1))
  return fc.array(fc.oneof(word, capitalised, fc.constantFrom('2022', 'Ukraine', 'Russia', 'the', 'of')), {minLength: 4, maxLength: 12}).map((words) => {
    const [first, ...rest] = words
    return [first![0]!.toUpperCase() + first!.slice(1), ...rest].join(' ')
  })
}

/**
 * Words the byline grammar reads as something other than a name: conjunctions it splits on or strips ("And Aaa"
 * gives "Aaa", by design), particles, articles, roles.
 */
const notNames = new Set([
  ...['and', 'und', 'och', 'von', 'van', 'der', 'den', 'del', 'des', 'les', 'los', 'las', 'the', 'die', 'das', 'bin', 'ibn', 'abu', 'bint', 'por', 'par', 'von', 'with', 'for', 'via', 'from', 'staff', 'desk', 'team', 'news', 'wire', 'press', 'media', 'group'],
  // What opens a byline ("Door Jan Smit", "Author: …") and what ends one: publication notes, share bars, ad slots
  // ("Share Aaa" ends at the share bar, as a byline should).
  ...['door', 'przez', 'author', 'auteur', 'published', 'publié', 'publiée', 'publicado', 'publicada', 'pubblicato', 'updated', 'share', 'follow'],
  ...['sponsored', 'promoted', 'subscribe', 'login', 'podcast', 'newsletter', 'recommended'],
  // Job titles a byline may open with ("Anchor Jane Doe"): the role is not part of the name (found by the long run,
  // seed 1224809816: "Anchor Aaa Aaa" was taken as the anchor Aaa Aaa).
  ...roleNouns
])

/** A person's name: two or three capitalised words. */
export function personName(): fc.Arbitrary<string> {
  const part = fc
    .tuple(fc.constantFrom(...'ABCDEFGHIJKLMNOPRSTVWZ'), fc.string({unit: fc.constantFrom(...'abcdefghiklmnoprstuvyzéö'), minLength: 2, maxLength: 8}))
    .map(([initial, rest]) => initial + rest)
    .filter((word) => !notNames.has(word.toLowerCase()))
  return fc.array(part, {minLength: 2, maxLength: 3}).map((parts) => parts.join(' '))
}
