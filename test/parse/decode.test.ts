import {describe, expect, test} from 'vitest'
import {decode} from '../../src/parse/index.js'
import {legacyEncoder} from '../hostile/page.js'

const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let index = 0; index < text.length; index++) {
    bytes[2 + index * 2] = text.charCodeAt(index) & 0xff
    bytes[3 + index * 2] = text.charCodeAt(index) >> 8
  }
  return bytes
}

/** Encode with a single-byte legacy table by inverting TextDecoder over all bytes. */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const table = new Map<string, number>()
  const decoded = new TextDecoder(encoding).decode(Uint8Array.from({length: 256}, (_, index) => index))
  for (let byte = 0; byte < 256; byte++) table.set(decoded[byte]!, byte)
  return Uint8Array.from([...text].map((char) => table.get(char) ?? 0x3f))
}

const russian = 'Россия готова разрешить добровольцам из Западной Азии участвовать в боевых действиях на Украине. '.repeat(4)

describe('decode', () => {
  test('a string passes through', () => {
    expect(decode('<p>é</p>')).toMatchObject({text: '<p>é</p>', via: 'string'})
  })
  test('UTF-8 BOM and UTF-16 BOM win', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toMatchObject({text: 'hi', encoding: 'utf-8', via: 'bom'})
    expect(decode(utf16le('<p>Привет</p>'))).toMatchObject({text: '<p>Привет</p>', encoding: 'utf-16le', via: 'bom'})
  })
  test('<meta charset> and http-equiv declare the encoding', () => {
    const body = encodeSingleByte(`<p>${russian}</p>`, 'windows-1251')
    const withCharset = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1251">'), ...body])
    expect(decode(withCharset)).toMatchObject({encoding: 'windows-1251', via: 'meta'})
    expect(decode(withCharset).text).toContain(russian)
    const httpEquiv = new Uint8Array([...new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'), ...body])
    expect(decode(httpEquiv).text).toContain(russian)
  })
  test('windows-1251 without a declaration is detected', () => {
    const result = decode(encodeSingleByte(`<html><body><p>${russian}</p></body></html>`, 'windows-1251'))
    expect(result.via).toBe('detected')
    expect(result.text).toContain(russian)
  })
  test('undeclared UTF-8 is read as UTF-8', () => {
    expect(decode(new TextEncoder().encode('<p>Grüße, 東京</p>'))).toMatchObject({text: '<p>Grüße, 東京</p>', encoding: 'utf-8'})
  })
  test('a declared UTF-8 page that is not UTF-8 gives a diagnostic and is detected instead', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="utf-8">'), ...encodeSingleByte(`<p>${russian}</p>`, 'windows-1251')])
    const result = decode(bytes)
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('parse/charset-mismatch')
    expect(result.text).toContain(russian)
  })
  test('a declared legacy charset over UTF-8 bytes is read as UTF-8, with a diagnostic', () => {
    const result = decode(new TextEncoder().encode('<meta charset="iso-8859-1"><p>Grüße aus Köln — “quoted”</p>'))
    expect(result.text).toContain('Grüße aus Köln — “quoted”')
    expect(result.diagnostics.map((d) => d.ruleId)).toContain('parse/charset-mismatch')
  })
  test('a real latin-1 page keeps its declared charset', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="iso-8859-1"><p>Gr'), 0xfc, 0xdf, 0x65, ...new TextEncoder().encode('</p>')])
    expect(decode(bytes)).toMatchObject({text: '<meta charset="iso-8859-1"><p>Grüße</p>', via: 'meta'})
  })
  test('an unknown charset label gives a diagnostic', () => {
    expect(decode(new TextEncoder().encode('<meta charset="x-nonsense"><p>hi</p>')).diagnostics.map((d) => d.ruleId)).toContain('parse/unknown-charset')
  })
})

describe('detection on big pages (chardet sees a sample of the non-ASCII runs)', () => {
  const scripts = `<script>${'var x = 1; // ascii filler\n'.repeat(5_000)}</script>`
  const cyrillic = 'Москва — новости дня. Правительство объявило о новых мерах поддержки. '.repeat(40)

  test('windows-1251 text after 130 KB of ASCII markup, no declaration: still windows-1251', () => {
    const bytes = encodeSingleByte(`<html><head>${scripts}</head><body><p>${cyrillic}</p></body></html>`, 'windows-1251')
    expect(bytes.length).toBeGreaterThan(130_000)
    const decoded = decode(bytes)
    expect(decoded.encoding).toBe('windows-1251')
    expect(decoded.text).toContain('Правительство объявило')
  })

  test('declared windows-1252, Shift_JIS text after 130 KB of ASCII: parse/charset-mismatch, decoded as Shift_JIS', () => {
    const japanese = '東京都は本日、新しい防災計画を発表しました。住民の安全を守るための取り組みです。'.repeat(40)
    const bytes = legacyEncoder('shift_jis')(`<html><head><meta charset="windows-1252">${scripts}</head><body><p>${japanese}</p></body></html>`)
    expect(bytes.length).toBeGreaterThan(130_000)
    const decoded = decode(bytes)
    expect(decoded.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('parse/charset-mismatch')
    expect(decoded.text).toContain('新しい防災計画')
  })
})
