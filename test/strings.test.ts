/** The allocation-free collapse helpers agree with `collapse` on any string. */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collapse, collapsedLength, collapsedTail, isWhiteSpace} from '../src/strings.js'

const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'
const text = fc.array(fc.oneof(fc.constantFrom(...spaces), fc.constantFrom('a', 'é', '1', '\u200b', '\u{1F600}'), fc.string({maxLength: 4})), {maxLength: 60}).map((parts) => parts.join(''))

describe('collapse helpers', () => {
  it('isWhiteSpace is exactly \\s', () => {
    for (let code = 0; code <= 0xffff; code++) expect(isWhiteSpace(code), code.toString(16)).toBe(/\s/.test(String.fromCharCode(code)))
  })

  it('collapsedLength is collapse(…).length', () => {
    fc.assert(fc.property(text, (value) => {
      expect(collapsedLength(value)).toBe(collapse(value).length)
    }), {numRuns: 2000, seed: 20_261_125})
  })

  it('collapsedTail is collapse(…).slice(-n)', () => {
    fc.assert(fc.property(text, fc.integer({min: 1, max: 50}), (value, count) => {
      expect(collapsedTail(value, count)).toBe(collapse(value).slice(-count))
    }), {numRuns: 2000, seed: 20_261_125})
    const long = `${'word '.repeat(10_000)}  end \n `
    expect(collapsedTail(long, 40)).toBe(collapse(long).slice(-40))
  })
})
