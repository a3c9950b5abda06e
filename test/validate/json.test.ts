import {describe, expect, it} from 'vitest'
import {parseJson} from '../../src/validate/json.js'

describe('parseJson', () => {
  it('gives the same values as JSON.parse', () => {
    const samples = [
      '{"a": [1, -2.5e3, 0, true, false, null, "x\\u00e9\\n\\"\\\\\\/"], "b": {}, "c": []}',
      '  "just a string"  ',
      '-0',
      '[{"@context": "https://schema.org", "@type": "Thing"}]',
      '"\\ud83d\\ude00 and a lone \\ud800"'
    ]
    for (const text of samples) {
      const parsed = parseJson(text)
      expect(parsed.ok).toBe(true)
      expect(parsed.value).toEqual(JSON.parse(text))
      expect(parsed.diagnostics).toEqual([])
    }
  })

  it('locates values and member names by JSON pointer (1-based line and column)', () => {
    const text = '{\n  "a": [10,\n    {"b/c": "x", "d~e": 2}],\n  "f": null\n}'
    const {locate} = parseJson(text)
    expect(locate('')).toEqual({line: 1, column: 1, offset: 0})
    expect(locate('/a')).toMatchObject({line: 2, column: 8})
    expect(locate('/a', 'key')).toMatchObject({line: 2, column: 3})
    expect(locate('/a/1/b~1c')).toMatchObject({line: 3, column: 13})
    expect(locate('/a/1/d~0e', 'key')).toMatchObject({line: 3, column: 18})
    expect(locate('/f')).toMatchObject({line: 4, column: 8})
    // A pointer past the document resolves to the deepest existing ancestor.
    expect(locate('/a/1/missing')).toEqual(locate('/a/1'))
    expect(locate('/a/7')).toEqual(locate('/a'))
    expect(locate('no-slash')).toBeUndefined()
  })

  it('counts CRLF and CR line breaks once', () => {
    const {locate} = parseJson('{\r\n"a":\r1,\r\n  "b": 2}')
    expect(locate('/a')).toMatchObject({line: 3, column: 1})
    expect(locate('/b')).toMatchObject({line: 4, column: 8})
  })

  it('skips a byte order mark', () => {
    const parsed = parseJson('\uFEFF{"a": 1}')
    expect(parsed.value).toEqual({a: 1})
    expect(parsed.locate('/a')).toMatchObject({line: 1, column: 8})
  })

  it.each([
    ['{"a": 1,\n "b": }', 2, 7, 'Unexpected `}`, expected a JSON value'],
    ['{"a": 1,}', 1, 9, 'member name'],
    ['[1 2]', 1, 4, '`,` or `]`'],
    ['{"a" 1}', 1, 6, '`:`'],
    ['{"a": "b', 1, 7, 'Unterminated string'],
    ['"tab\there"', 1, 5, 'control characters'],
    ['"\\x"', 1, 2, 'Invalid escape'],
    ['"\\u12G4"', 1, 2, 'four hex digits'],
    ['{"a": 1} x', 1, 10, 'end of input'],
    ['01', 1, 2, 'end of input'],
    ['-', 1, 2, 'a digit'],
    ['1.', 1, 3, 'decimal point'],
    ['1e+', 1, 4, 'exponent'],
    ["{'a': 1}", 1, 2, 'member name'],
    ['tru', 1, 1, 'a JSON value'],
    ['', 1, 1, 'end of input'],
    ['[\n\n  ', 3, 3, 'end of input']
  ])('reports %j as json/syntax at %i:%i', (text, line, column, message) => {
    const parsed = parseJson(text)
    expect(parsed.ok).toBe(false)
    expect(parsed.value).toBeUndefined()
    expect(parsed.diagnostics[0]).toMatchObject({ruleId: 'json/syntax', severity: 'error', line, column, source: 'json'})
    expect(parsed.diagnostics[0]!.message).toContain(message)
    expect(() => JSON.parse(text)).toThrow()
  })

  it('keeps __proto__ as an own member without touching the prototype', () => {
    const parsed = parseJson('{"__proto__": {"polluted": true}, "a": 1}')
    const value = parsed.value as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.hasOwn(value, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(parsed.locate('/__proto__')).toMatchObject({line: 1, column: 15})
  })

  it('warns about duplicate member names and keeps the last value, like JSON.parse', () => {
    const parsed = parseJson('{"a": 1,\n "a": 2}')
    expect(parsed.value).toEqual({a: 2})
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ruleId: 'json/duplicate-key', severity: 'warning', line: 2, column: 2})
    ])
  })

  it('parses 100k-deep nesting without recursion', () => {
    const depth = 100_000
    const arrays = parseJson('['.repeat(depth) + ']'.repeat(depth))
    expect(arrays.ok).toBe(true)
    const objects = parseJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))
    expect(objects.ok).toBe(true)
    expect(objects.locate('/a/a/a')).toMatchObject({line: 1, column: 16})
    const broken = parseJson('['.repeat(depth))
    expect(broken.diagnostics[0]).toMatchObject({ruleId: 'json/syntax', line: 1, column: depth + 1})
  })
})
