/**
 * Known hard inputs, one test each: empty and binary files, UTF-16, legacy
 * encodings without a declaration, declarations that lie, stray NULs. Each
 * test states what ldpress does with it; tests of the desired behaviour that
 * ldpress does not have yet are `it.fails` with the fix they wait for (flip
 * them to `it` once src/ is fixed).
 */
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {extract, read, validate, validateHtml} from '../../src/index.js'
import {checkNoPollution, checkPage, checkReadAndValidateHtml, contractErrors} from './properties.js'
import {legacyEncoder, utf16} from './page.js'

const ruleIds = (diagnostics: ReadonlyArray<{ruleId: string}>) => diagnostics.map((diagnostic) => diagnostic.ruleId)

/** A short article in `language`, with an optional `<meta charset>`. */
function article(text: {headline: string; byline: string; body: string}, charset?: string): string {
  const declaration = charset === undefined ? '' : `<meta charset="${charset}">`
  return `<!doctype html><html><head>${declaration}<title>${text.headline}</title></head><body><article><h1>${text.headline}</h1>
<p class="byline">${text.byline}</p><p>${text.body}</p><p>${text.body}</p></article></body></html>`
}

const russian = {
  headline: 'Россия разрешит добровольцам из Западной Азии воевать на Украине',
  byline: 'Автор: Иван Петров',
  body: 'Президент России Владимир Путин одобрил предложение министра обороны Сергея Шойгу о привлечении добровольцев, которые хотят помочь жителям Донбасса.'
}

const japanese = {
  headline: '東京で大規模な地震訓練が行われました',
  byline: '記者：山田太郎',
  body: '東京都は十一日、首都直下地震を想定した大規模な訓練を実施し、約三千人の住民と消防隊員が参加した。訓練では避難所の開設や物資の輸送手順を確認した。'
}

const windows1251 = legacyEncoder('windows-1251')
const shiftJis = legacyEncoder('shift_jis')

/** Bytes from a fixed linear congruential sequence: "random", the same every run. */
function noise(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = seed
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) >>> 0
    bytes[index] = state >>> 24
  }
  return bytes
}

describe('empty input', () => {
  for (const [name, input] of [
    ['an empty string', ''],
    ['empty bytes', new Uint8Array()],
    ['white space only', ' \n\t\r\n '],
    ['a UTF-8 byte-order mark only', Uint8Array.of(0xef, 0xbb, 0xbf)],
    ['a UTF-16 byte-order mark only', Uint8Array.of(0xff, 0xfe)]
  ] as const) {
    it(`${name}: a result with parse/empty (error), never an exception`, () => {
      const result = extract(input)
      expect(ruleIds(result.diagnostics)).toContain('parse/empty')
      expect(result.article.headline).toBeUndefined()
      expect(validateHtml(input)).toMatchObject({valid: false, diagnostics: [{ruleId: 'parse/empty', severity: 'error'}]})
      checkReadAndValidateHtml(input)
    })
  }

  it('an empty page: the graph still satisfies the output contract (no headline, no ldpress/article error)', () => {
    expect(contractErrors(extract('').graph, {})).toEqual([])
  })
})

describe('binary input', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...noise(20_000)])
  const gzip = new Uint8Array(gzipSync(Buffer.from(article(russian).repeat(50))))
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...noise(5_000, 7)])

  for (const [name, input] of [
    ['a PNG header and random bytes', png],
    ['a gzip stream (an undecoded Content-Encoding)', gzip],
    ['a JPEG header and random bytes', jpeg],
    ['random bytes', noise(10_000, 3)]
  ] as const) {
    it(`${name}: parse/binary (error), nothing extracted, never an exception`, () => {
      const result = extract(input)
      expect(ruleIds(result.diagnostics)).toContain('parse/binary')
      expect(result.article.headline).toBeUndefined()
      expect(read(input).diagnostics).toMatchObject([{ruleId: 'parse/binary', severity: 'error'}])
      checkPage(input)
    })
  }
})

describe('UTF-16', () => {
  for (const order of ['le', 'be'] as const) {
    it(`UTF-16 ${order.toUpperCase()} with a byte-order mark decodes`, () => {
      const result = extract(utf16(article(russian), order))
      expect(result.article.headline).toBe(russian.headline)
      expect(result.article.authors?.map((author) => author.name)).toEqual(['Иван Петров'])
      expect(ruleIds(result.diagnostics)).not.toContain('parse/binary')
      checkPage(utf16(article(russian), order))
    })
  }

  it('UTF-16 LE without a byte-order mark: parse/binary (error), as browsers do not sniff it either', () => {
    const bytes = utf16(article(russian), 'le').subarray(2)
    const result = extract(bytes)
    expect(ruleIds(result.diagnostics)).toContain('parse/binary')
    checkPage(bytes)
  })

  it('a UTF-16 page cut after an odd number of bytes decodes what is there', () => {
    const bytes = utf16(article(russian), 'le')
    const result = extract(bytes.subarray(0, bytes.length - 101))
    expect(result.article.headline).toBe(russian.headline)
  })
})

describe('legacy encodings without a charset declaration', () => {
  it('windows-1251: the Cyrillic headline and byline come out right', () => {
    const result = extract(windows1251(article(russian)))
    expect(result.article.headline).toBe(russian.headline)
    expect(result.article.authors?.map((author) => author.name)).toEqual(['Иван Петров'])
    expect(result.article.inLanguage).toBe('ru')
    checkPage(windows1251(article(russian)))
  })

  it('Shift_JIS: the Japanese headline and byline come out right', () => {
    const result = extract(shiftJis(article(japanese)))
    expect(result.article.headline).toBe(japanese.headline)
    expect(result.article.authors?.map((author) => author.name)).toEqual(['山田太郎'])
    expect(result.article.inLanguage).toBe('ja')
    checkPage(shiftJis(article(japanese)))
  })
})

describe('a declared charset that does not match the bytes', () => {
  it('declared utf-8, bytes windows-1251: parse/charset-mismatch (warning), text decoded by detection', () => {
    const result = extract(windows1251(article(russian, 'utf-8')))
    expect(result.article.headline).toBe(russian.headline)
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ruleId: 'parse/charset-mismatch', severity: 'warning'}))
  })

  it('declared windows-1251, bytes UTF-8: parse/charset-mismatch (warning), read as UTF-8', () => {
    const result = extract(new TextEncoder().encode(article(russian, 'windows-1251')))
    expect(result.article.headline).toBe(russian.headline)
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ruleId: 'parse/charset-mismatch', severity: 'warning'}))
  })

  it('an unknown charset label: parse/unknown-charset (warning), text decoded by detection', () => {
    const result = extract(windows1251(article(russian, 'x-no-such-charset')))
    expect(result.article.headline).toBe(russian.headline)
    expect(ruleIds(result.diagnostics)).toContain('parse/unknown-charset')
  })

  it('declared utf-16 in a meta (impossible for ASCII-compatible bytes): decoded as UTF-8', () => {
    const result = extract(new TextEncoder().encode(article(russian, 'utf-16')))
    expect(result.article.headline).toBe(russian.headline)
  })

  it('declared windows-1252, bytes Shift_JIS: parse/charset-mismatch and the Japanese headline', () => {
    const result = extract(shiftJis(article(japanese, 'windows-1252')))
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ruleId: 'parse/charset-mismatch'}))
    expect(result.article.headline).toBe(japanese.headline)
  })

  it('declared shift_jis, bytes windows-1251: parse/charset-mismatch and the Cyrillic headline', () => {
    const result = extract(windows1251(article(russian, 'shift_jis')))
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ruleId: 'parse/charset-mismatch'}))
    expect(result.article.headline).toBe(russian.headline)
  })

  it('both mismatches: a result that satisfies the contract, never an exception', () => {
    checkPage(windows1251(article(russian, 'shift_jis')))
    checkPage(shiftJis(article(japanese, 'windows-1252')))
  })
})

describe('control characters in a text page', () => {
  const page = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>
<p class="byline">By Jane Doe</p><p>Russian President Vladimir Putin announced on 11 March his approval to allow volunteer fighters to join.</p></article></body></html>`

  it('a NUL in a page: the article is still extracted', () => {
    const result = extract(page('Volunteers\u0000 may join the fight'))
    expect(result.article.headline).toMatch(/^Volunteers.? may join the fight$/)
  })

  it('other C0 controls (below 5 % of the text) are read as text', () => {
    const result = extract(page('Volunteers\u0001\u0002 may join the fight'))
    expect(result.article.headline).toMatch(/Volunteers/)
    checkPage(page('Volunteers\u0001\u0002 may join the fight'))
  })
})

describe('prototype keys in structured data', () => {
  const block = (json: string) => `<script type="application/ld+json">${json}</script>`
  const page = `<!doctype html><html><head><title>A story</title>
${block('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A story", "__proto__": {"polluted": true, "headline": "Evil"}, "author": {"@type": "Person", "name": "Jane Doe", "constructor": {"prototype": {"polluted": true}}}}')}
${block('[{"__proto__": {"@type": "NewsArticle"}}, {"constructor": {"prototype": {"polluted": true}}, "@type": "Thing"}]')}
${block('{"@context": {"__proto__": {"polluted": true}, "@vocab": "https://schema.org/"}, "@type": "Thing", "prototype": {"polluted": true}}')}
</head><body><article><h1>A story</h1>
<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="__proto__">polluted</span><span itemprop="constructor">x</span><meta itemprop="headline" content="A story"></div>
<div vocab="https://schema.org/" typeof="NewsArticle"><span property="__proto__">polluted</span><span property="prototype">x</span></div>
<p>Some body text that is long enough to be the body of the article here.</p></article></body></html>`

  it('extract, read, validateHtml and validate leave the built-in prototypes alone', () => {
    checkPage(page)
    for (const item of read(page).blocks) validate(item.data)
    checkNoPollution()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('a JSON-LD `__proto__` key is kept as data (an own property, as JSON.parse makes it), not lost or obeyed', () => {
    const data = read(page).blocks[0]!.data as Record<string, unknown>
    expect(Object.hasOwn(data, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype)
    expect(extract(page).article.headline).toBe('A story')
  })

  it('microdata and RDFa `__proto__` properties are kept as own properties', () => {
    const items = read(page).blocks.filter((item) => item.syntax !== 'json-ld')
    expect(items).toHaveLength(2)
    for (const item of items) {
      expect(Object.getPrototypeOf(item.data)).toBe(Object.prototype)
      expect(Object.hasOwn(item.data as object, '__proto__')).toBe(true)
    }
  })
})

describe('values only JavaScript callers can pass to validate', () => {
  it('undefined, NaN, a function, a symbol, a cyclic graph: diagnostics, never an exception', () => {
    const cyclic: Record<string, unknown> = {'@context': 'https://schema.org', '@type': 'NewsArticle'}
    cyclic.author = cyclic
    for (const value of [undefined, NaN, () => 1, Symbol('x'), cyclic, {'@context': 'https://schema.org', '@type': 'NewsArticle', wordCount: Infinity}]) {
      expect(() => validate(value)).not.toThrow()
    }
  })

  // Was: `TypeError: .for is not iterable`. `document.map(...)` (normalize.ts checkTopLevel) and `value.map(...)`
  // (vocab-checks.ts checkRange) kept the holes of a sparse array, and the `for (const [item, path] of …)` that
  // followed destructured `undefined`. JSON never has holes, but `validate` takes JS values and promises diagnostics,
  // not exceptions. Both now use `Array.from`: holes are `undefined` items, reported like any other non-object.
  it('a sparse array (top level, or as a property value): diagnostics, never an exception', () => {
    // eslint-disable-next-line no-sparse-arrays
    const top = validate([, , {'@context': 'https://schema.org', '@type': 'Thing'}])
    expect(top.valid).toBe(false)
    expect(top.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'jsonld/invalid-document').map((diagnostic) => diagnostic.path)).toEqual(['/0', '/1'])
    // eslint-disable-next-line no-sparse-arrays
    const property = validate({'@context': 'https://schema.org', '@type': 'NewsArticle', author: [, {'@type': 'Person', name: 'Jane Doe'}]})
    expect(property.diagnostics.some((diagnostic) => diagnostic.path === '/author/0')).toBe(true)
  })
})

describe('JSON-LD values that do not convert to strings', () => {
  it('an author whose @type is an object with toString: false: no crash, the page still reads (found by npm run fuzz)', () => {
    const page = `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A headline',
      creator: [{'@type': {toString: false}, name: 'Ann Lee'}],
      author: [{'@type': {valueOf: null, toString: null}, name: 'Bo Chen'}]
    })}</script></head><body><h1>A headline</h1></body></html>`
    const result = checkPage(page)
    expect(result.article.headline).toBe('A headline')
  })
})
