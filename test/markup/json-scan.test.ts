import {describe, expect, it} from 'vitest'
import {scanJson} from '../../src/markup/json-scan.js'

const broken = [
  '{"a":1,}',
  '{a:1}',
  '{"a":1 "b":2}',
  '{"a":"x\ny"}',
  '{"a":1',
  '{"a":"\\q"}',
  '{"a":01}',
  '[1,2,]',
  "{'a':1}",
  '{"a":tru}',
  '{"a": NaN}',
  '{"a":-}',
  '{"a":1.}',
  '{"a":"\\u12G4"}',
  '',
  '   ',
  '{"a" 1}',
  '[1 2]'
]

function v8Position(text: string): number | undefined {
  try {
    JSON.parse(text)
  } catch (error) {
    const match = /at position (\d+)/.exec((error as Error).message)
    return match ? Number(match[1]) : undefined
  }
  throw new Error(`${text} parsed`)
}

describe('scanJson', () => {
  it.each(broken)('agrees with JSON.parse that %j is broken, at the same position when V8 gives one', (text) => {
    const scan = scanJson(text)
    const position = v8Position(text)
    if (scan.ok) throw new Error(`scanned ${JSON.stringify(text)} as valid`)
    if (position !== undefined) expect(scan.offset).toBe(position)
    expect(scan.offset).toBeGreaterThanOrEqual(0)
    expect(scan.offset).toBeLessThanOrEqual(text.length)
  })

  it('finds where the first of concatenated values ends', () => {
    expect(scanJson('{"a":1} {"b":2}')).toMatchObject({ok: true, end: 7})
  })

  it('records the offset of each object by JSON pointer, decoding escaped keys', () => {
    const text = '{"a~b/c": {"x": [{}, {"\\u0079": {}}]}}'
    const scan = scanJson(text)
    if (!scan.ok) throw new Error('not ok')
    expect(Object.fromEntries(scan.objects)).toEqual({'': 0, '/a~0b~1c': 10, '/a~0b~1c/x/0': 17, '/a~0b~1c/x/1': 21, '/a~0b~1c/x/1/y': 32})
  })

  it('accepts every valid JSON value JSON.parse accepts', () => {
    for (const text of ['0', '-0.5e+10', '"\\u00e9\\n"', 'true', 'null', '[]', '{}', ' [1, {"a": [null, false]}] ', JSON.stringify({deep: [[[{x: 'y'}]]]})]) {
      expect(scanJson(text)).toMatchObject({ok: true, end: text.trimEnd().length})
    }
  })
})
