import {describe, expect, test} from 'vitest'
import {parseDate} from '../../src/extract/dates.js'

describe('parseDate', () => {
  const cases: Array<[string, string | undefined]> = [
    ['2022-03-11', '2022-03-11'],
    ['2022-03-11T10:30:00Z', '2022-03-11T10:30:00Z'],
    ['2022-03-11T10:30:00+03:00', '2022-03-11T10:30:00+03:00'],
    ['2022-03-11T10:30:00.123-0500', '2022-03-11T10:30:00.123-05:00'],
    ['2022-03-11 10:30', '2022-03-11T10:30'],
    ['2022-03-11T10:30:00', '2022-03-11T10:30:00'],
    ['20220311', '2022-03-11'],
    ['Fri, 11 Mar 2022 10:00:00 GMT', '2022-03-11T10:00:00+00:00'],
    ['March 11 2022', '2022-03-11'],
    ['Mar. 11, 2022', '2022-03-11'],
    ['March 11th, 2022 at 3:45 pm', '2022-03-11T15:45'],
    ['11 March 2022', '2022-03-11'],
    ['11. März 2022', '2022-03-11'],
    ['le 11 mars 2022', '2022-03-11'],
    ['11 de marzo de 2022', '2022-03-11'],
    ['11.03.2022', '2022-03-11'],
    ['2022/03/11', '2022-03-11'],
    ['Updated: March 11, 2022 9:05 AM EST', '2022-03-11T09:05'],
    ['February 30 2022', undefined],
    ['2022-13-01', undefined],
    ['yesterday', undefined],
    ['', undefined]
  ]
  test.each(cases)('%s → %s', (input, expected) => {
    expect(parseDate(input)?.iso).toBe(expected)
  })

  test('never invents a zone: a date stays a date, a local time stays local', () => {
    expect(parseDate('2022-03-11')).toEqual({iso: '2022-03-11', hasTime: false, hasZone: false})
    expect(parseDate('2022-03-11T08:00')?.hasZone).toBe(false)
    expect(parseDate('2022-03-11T08:00Z')?.hasZone).toBe(true)
  })

  test('worst-case input is linear', () => {
    const text = '1'.repeat(100_000) + ' March '.repeat(10_000)
    const start = performance.now()
    parseDate(text.slice(0, 199))
    expect(performance.now() - start).toBeLessThan(1000)
  })
})
