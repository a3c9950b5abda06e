import {describe, expect, test} from 'vitest'
import {toJsonLd} from '../../src/emit/index.js'

/** `{a: {a: … {}}}`, `depth` levels, built without recursion. */
function nestedObject(depth: number): unknown {
  let value: unknown = {}
  for (let level = 0; level < depth; level++) value = {a: value}
  return value
}

function nestedArray(depth: number): unknown {
  let value: unknown = []
  for (let level = 0; level < depth; level++) value = [value]
  return value
}

describe('toJsonLd: round trip', () => {
  const values: Array<[string, unknown]> = [
    ['nested objects', {'@context': 'https://schema.org', '@graph': [{'@type': 'NewsArticle', author: {'@id': '#a', name: 'A'}}]}],
    ['arrays', [1, [2, [3, []]], {}, null, true, false, 0, -1.5, 1e21, '']],
    ['unicode', {'Ünïcödé 日本語 🎉': 'тест — «кавычки» \u{1F600} \u0000 \u001f \u007f \ufeff', 'лишь': ['\ud83d\ude00']}],
    ['lone surrogates', ['\ud800', '\udfff', 'a\ud800b']],
    ['escapable characters', {'<&>': '< > & \u2028 \u2029 </script> <!-- -->'}],
    ['text that looks like an escape', ['\\u003c', '\\\\u003c', '\\', '"\\"']],
    ['integer-like keys', {'2': 'b', '1': 'a', x: {'10': 1, '9': 2}}]
  ]
  test.each(values)('%s', (_, value) => {
    expect(JSON.parse(toJsonLd(value))).toEqual(value)
    expect(JSON.parse(toJsonLd(value, {space: 2}))).toEqual(value)
  })

  test('a `__proto__` key survives as an own key and pollutes nothing', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "b": [{"__proto__": 1}]}') as Record<string, unknown>
    const text = toJsonLd(value)
    expect(text).toBe('{"__proto__":{"polluted":true},"b":[{"__proto__":1}]}')
    const back = JSON.parse(text) as Record<string, unknown>
    expect(Object.keys(back)).toEqual(['__proto__', 'b'])
    expect(Object.getOwnPropertyDescriptor(back, '__proto__')?.value).toEqual({polluted: true})
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('toJsonLd: key order', () => {
  test('@context, @type, @id lead, in that order; other keys keep insertion order (not sorted)', () => {
    const value = {zeta: 1, '@id': '#x', alpha: 2, '@type': 'Thing', '@context': 'https://schema.org', mid: {b: 1, '@id': '#y', a: 2}}
    expect(toJsonLd(value)).toBe('{"@context":"https://schema.org","@type":"Thing","@id":"#x","zeta":1,"alpha":2,"mid":{"@id":"#y","b":1,"a":2}}')
  })

  test('the same graph built in a different keyword order gives the same bytes', () => {
    expect(toJsonLd({'@id': '#a', '@type': 'Person', name: 'A'})).toBe(toJsonLd({'@type': 'Person', '@id': '#a', name: 'A'}))
  })

  test('other @-keywords are not moved', () => {
    expect(toJsonLd({b: 1, '@graph': [], '@id': '#x'})).toBe('{"@id":"#x","b":1,"@graph":[]}')
  })
})

describe('toJsonLd: escaping', () => {
  test('<, >, &, U+2028 and U+2029 are written as \\u escapes, in keys and values', () => {
    expect(toJsonLd({'<a>&': '</script>\u2028\u2029'})).toBe('{"\\u003ca\\u003e\\u0026":"\\u003c/script\\u003e\\u2028\\u2029"}')
  })

  test('no raw <, >, &, U+2028 or U+2029 anywhere in the output', () => {
    const text = toJsonLd({'</script>': ['<!--', '-->', '&amp;', '\u2028', '\u2029', '<![CDATA[', ']]>']}, {space: '<&>'})
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
  })
})

describe('toJsonLd: JSON.stringify semantics', () => {
  const plain: unknown[] = [
    {b: 1, a: [1, 'two', null, {c: {}}, []], d: {}, e: []},
    [[[]], {}, [{}], 'x'],
    'string',
    42,
    null,
    true
  ]
  const spaces: Array<number | string | undefined> = [undefined, 0, 2, -1, 20, 2.7, '\t', '', 'abcdefghijklmno']
  test.each(spaces)('matches JSON.stringify without keywords, space %j', (space) => {
    for (const value of plain) expect(toJsonLd(value, {space})).toBe(JSON.stringify(value, null, space))
  })

  test('undefined, functions and symbols are dropped from objects and become null in arrays', () => {
    const value = {a: undefined, b: () => 1, c: Symbol('s'), d: 1, e: [undefined, () => 1, Symbol('s'), 2]}
    expect(toJsonLd(value)).toBe(JSON.stringify(value))
    expect(toJsonLd(value)).toBe('{"d":1,"e":[null,null,null,2]}')
  })

  test('NaN and infinities become null, -0 becomes 0', () => {
    expect(toJsonLd([NaN, Infinity, -Infinity, -0])).toBe('[null,null,null,0]')
  })

  test('toJSON is honoured (dates, URLs) and boxed primitives are unwrapped', () => {
    const value = {date: new Date(Date.UTC(2024, 0, 2)), url: new URL('https://news.example/a?b=1&c=2'), boxed: [Object(1), Object('s'), Object(false)]}
    expect(toJsonLd(value)).toBe('{"date":"2024-01-02T00:00:00.000Z","url":"https://news.example/a?b=1\\u0026c=2","boxed":[1,"s",false]}')
  })

  test('sparse arrays write their holes as null', () => {
    expect(toJsonLd([1, , 3])).toBe('[1,null,3]')
  })

  test('a value shared (not cyclic) is written each time it occurs', () => {
    const shared = {'@id': '#p'}
    expect(toJsonLd({author: shared, editor: shared})).toBe('{"author":{"@id":"#p"},"editor":{"@id":"#p"}}')
  })
})

describe('toJsonLd: misuse throws TypeError', () => {
  test('a cycle, naming where it closes', () => {
    const value: Record<string, unknown> = {'@graph': [{name: 'x'}]}
    ;(value['@graph'] as Array<Record<string, unknown>>)[0]!.self = value
    expect(() => toJsonLd(value)).toThrow(TypeError)
    expect(() => toJsonLd(value)).toThrow('/@graph/0/self')
  })

  test('a BigInt', () => {
    expect(() => toJsonLd({n: 1n})).toThrow(TypeError)
    expect(() => toJsonLd({n: Object(1n)})).toThrow(TypeError)
  })

  test('nothing serialisable at the top', () => {
    expect(() => toJsonLd(undefined)).toThrow(TypeError)
    expect(() => toJsonLd(() => 1)).toThrow(TypeError)
  })
})

describe('toJsonLd: deep input', () => {
  const depth = 100_000

  test('100,000 nested objects serialise without RangeError', () => {
    const text = toJsonLd(nestedObject(depth))
    expect(text).toBe('{"a":'.repeat(depth) + '{}' + '}'.repeat(depth))
  })

  test('100,000 nested arrays serialise without RangeError, and parse back to the same depth', () => {
    const text = toJsonLd(nestedArray(depth))
    expect(text).toBe('['.repeat(depth + 1) + ']'.repeat(depth + 1))
    let level = 0
    for (let value: unknown = JSON.parse(text); Array.isArray(value) && value.length > 0; value = value[0]) level++
    expect(level).toBe(depth)
  })

  test('deep input with indentation', () => {
    expect(toJsonLd(nestedObject(1000), {space: 1})).toBe(JSON.stringify(nestedObject(1000), null, 1))
  })
})
