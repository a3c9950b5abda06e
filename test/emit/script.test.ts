import {describe, expect, test} from 'vitest'
import {toJsonLd, toScriptTag} from '../../src/emit/index.js'
import {elementsOf, scriptsOf} from './html.js'

/** Strings that end, reopen or confuse a script element, an HTML comment or a JS string. */
const nasty = [
  '</script>',
  '</script >',
  '</SCRIPT/x>',
  '</scRipt\t\n>',
  '</script\f',
  '<!--<script>',
  '<!--',
  '-->',
  '--!>',
  '<script>',
  '<script>alert(1)</script>',
  '<!--<script></script>-->',
  '<![CDATA[',
  ']]>',
  '<\\/script>',
  '\\u003c/script\\u003e',
  '&lt;/script&gt;',
  '&',
  '&amp;',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '\u2028',
  '\u2029',
  '\u0000',
  '\ud800',
  '\ufeff',
  '</head><body onload=alert(1)>',
  '</title></style></textarea></noscript>',
  '<svg><script>alert(1)</script></svg>',
  '${alert(1)}`',
  '\r\n\r',
  '🎉'
]

/** Parse the tag inside a page as a browser would and return what the one script holds. */
function readBack(tag: string): unknown {
  const html = `<!doctype html><html><head>${tag}</head><body></body></html>`
  const scripts = scriptsOf(html)
  expect(scripts).toHaveLength(1)
  expect(scripts[0]!.parent).toBe('head')
  expect(elementsOf(html).map((element) => element.tagName)).toEqual(['html', 'head', 'script', 'body'])
  return JSON.parse(scripts[0]!.text)
}

describe('toScriptTag', () => {
  test('writes ldpress’s marked ld+json script', () => {
    expect(toScriptTag({'@type': 'Thing', '@context': 'https://schema.org'})).toBe(
      '<script type="application/ld+json" data-ldpress>{"@context":"https://schema.org","@type":"Thing"}</script>'
    )
  })

  test('passes indentation through', () => {
    expect(toScriptTag({a: 1}, {space: 2})).toBe('<script type="application/ld+json" data-ldpress>{\n  "a": 1\n}</script>')
  })

  const breakouts: Array<[string, unknown]> = [
    ['</script> in a value', {headline: '</script><script>alert(1)</script>'}],
    ['</script > with a space', {headline: 'a</script >b'}],
    ['</SCRIPT/x> in capitals with junk', {headline: '</SCRIPT/x>'}],
    ['<!--<script> (the double-escaped state)', {headline: '<!--<script>'}],
    ['a payload in a key', {'</script><script>alert(1)</script>': 1}],
    ['a payload split across two values', ['</scr', 'ipt>']],
    ['a comment opener split across two values', ['<!--', '<script>']],
    ['U+2028 and U+2029', {text: 'a\u2028b\u2029c'}]
  ]
  test.each(breakouts)('survives %s', (_, graph) => {
    expect(readBack(toScriptTag(graph))).toEqual(graph)
  })

  test.each(nasty)('survives %j in keys and values', (text) => {
    const graph = {[text]: text, list: [text, text + text, {[text + '2']: [text]}], '@id': text}
    expect(readBack(toScriptTag(graph))).toEqual(graph)
    expect(readBack(toScriptTag(graph, {space: 2}))).toEqual(graph)
  })

  test('survives every nasty string split across two adjacent values', () => {
    for (const first of nasty) {
      for (const second of nasty) {
        const graph = [first, second, {[first]: second}]
        expect(toJsonLd(graph)).not.toMatch(/[<>&]/)
        expect(readBack(toScriptTag(graph))).toEqual(graph)
      }
    }
  })

  test('escapes attribute values', () => {
    const tag = toScriptTag({}, {attributes: {nonce: 'a"b<c>&d', id: 'x'}})
    expect(tag).toBe('<script type="application/ld+json" data-ldpress nonce="a&quot;b&lt;c>&amp;d" id="x">{}</script>')
    const html = `<!doctype html><html><head>${tag}</head><body></body></html>`
    expect(scriptsOf(html)).toEqual([{parent: 'head', attributes: {type: 'application/ld+json', 'data-ldpress': '', nonce: 'a"b<c>&d', id: 'x'}, text: '{}'}])
  })

  test.each(['x><script>', 'a b', 'a="1"', '', 'on/load', "x'"])('rejects the attribute name %j', (name) => {
    expect(() => toScriptTag({}, {attributes: {[name]: 'v'}})).toThrow(TypeError)
  })

  test.each(['type', 'TYPE', 'data-ldpress'])('rejects overriding %j', (name) => {
    expect(() => toScriptTag({}, {attributes: {[name]: 'v'}})).toThrow(TypeError)
  })
})
