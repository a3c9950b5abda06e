import {describe, expect, test} from 'vitest'
import {dayFirstFor, findDateInText, parseDate} from '../../src/extract/dates.js'
import {monthNumber} from '../../src/extract/date-months.js'

describe('parseDate', () => {
  const cases: Array<[string, string | undefined]> = [
    ['2022-03-11', '2022-03-11'],
    ['2022-03-11T10:30:00Z', '2022-03-11T10:30:00Z'],
    ['2022-03-11T10:30:00+03:00', '2022-03-11T10:30:00+03:00'],
    ['2022-03-11T10:30:00.123-0500', '2022-03-11T10:30:00.123-05:00'],
    ['2022-03-11 10:30', '2022-03-11T10:30'],
    ['2022-03-11T10:30:00', '2022-03-11T10:30:00'],
    ['2022-1-26T14:32:06+02:00', '2022-01-26T14:32:06+02:00'],
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
    ['Updated: March 11, 2022 9:05 AM EST', '2022-03-11T09:05-05:00'],
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
})

describe('parseDate: machine formats pages print', () => {
  const cases: Array<[string, string | undefined]> = [
    // compact ISO 8601, with and without separators in the time
    ['20200316T13:00:00Z', '2020-03-16T13:00:00Z'],
    ['20200316T130000Z', '2020-03-16T13:00:00Z'],
    ['20200316T1300+0100', '2020-03-16T13:00+01:00'],
    // a zone abbreviation with one fixed offset is an offset; an ambiguous one is no zone
    ['2020-09-25T16:02:50CDT', '2020-09-25T16:02:50-05:00'],
    ['2020-09-29T00:30:00PDT', '2020-09-29T00:30:00-07:00'],
    ['2020-09-25 16:02 CST', '2020-09-25T16:02'],
    ['2020-09-25 16:02 IST', '2020-09-25T16:02'],
    // Java's and JavaScript's Date#toString
    ['Tue Jul 30 09:35:14 CEST 2019', '2019-07-30T09:35:14+02:00'],
    ['Mon Jan 20 09:49:32 UTC 2020', '2020-01-20T09:49:32+00:00'],
    ['Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)', '2020-08-25T00:23:33+00:00'],
    ['Fri Sep 30 15:13:45 UTC+0000 2016', '2016-09-30T15:13:45+00:00'],
    // Dublin Core with a pipe and French hours
    ['2020-08-25|00h23', '2020-08-25T00:23'],
    // an offset beyond ±14 hours is no offset: the local time stays, without a zone
    ['2022-03-11T10:30:00+1900', '2022-03-11T10:30:00'],
    // so is one with 60 minutes or more (a flipped bit, found by npm run fuzz), written with or without the colon
    ['2017-05-01T17:05:00+02:80', '2017-05-01T17:05:00'],
    ['11 Mar 2022 10:00:00 +0160', '2022-03-11T10:00:00'],
    ['2017-05-01T17:05:00+02:59', '2017-05-01T17:05:00+02:59'],
    // a clock that cannot be read keeps the day only: hour 24, minute 60, a leap second (outside the output contract)
    ['2016-12-31T24:00:00Z', '2016-12-31'],
    ['2016-12-31T23:60:00Z', '2016-12-31'],
    ['2016-12-31T23:59:60Z', '2016-12-31'],
    ['20161231T235960Z', '2016-12-31'],
    ['31 Dec 2016 23:59:60 +0000', '2016-12-31'],
    ['March 11, 2022 10:30:75', '2022-03-11'],
    ['March 11, 2022 10:30:45', '2022-03-11T10:30:45']
  ]
  test.each(cases)('%s → %s', (input, expected) => {
    expect(parseDate(input)?.iso).toBe(expected)
  })
})

describe('parseDate: month names in many languages', () => {
  const cases: Array<[string, string]> = [
    ['Dienstag, 2. November 2021', '2021-11-02'],
    ['Samstag, 5. Oktober 2013', '2013-10-05'],
    ['06. Mär. 2023', '2023-03-06'],
    ['21. Jänner 2022', '2022-01-21'],
    ['jeudi 13 juin 2019', '2019-06-13'],
    ['1er juin 2019', '2019-06-01'],
    ['martes 17 de marzo de 2020', '2020-03-17'],
    ['17 de Febrero 2020', '2020-02-17'],
    ['17 de março de 2020', '2020-03-17'],
    ['17 marzo 2020', '2020-03-17'],
    ['17 maart 2020', '2020-03-17'],
    ['17 Mart 2020 Salı', '2020-03-17'],
    ['17 Ağustos 2020', '2020-08-17'],
    ['15 августа 2016, 13:43', '2016-08-15T13:43'],
    ['15 серпня 2016', '2016-08-15'],
    ['17 marca 2020 r.', '2020-03-17'],
    ['17. března 2020', '2020-03-17'],
    ['17 Οκτωβρίου 2020', '2020-10-17'],
    ['الأربعاء، 07 أكتوبر 2020', '2020-10-07'],
    ['17. maaliskuuta 2020', '2020-03-17'],
    ['2020. június 4.', '2020-06-04'],
    ['2020年7月11日(土)', '2020-07-11'],
    ['2020년 3월 4일', '2020-03-04'],
    ['Juli 12, 2017', '2017-07-12'],
    ['December 29th 2019', '2019-12-29'],
    ['Sunday, July 05, 2020', '2020-07-05']
  ]
  test.each(cases)('%s → %s', (input, expected) => {
    expect(parseDate(input)?.iso).toBe(expected)
  })

  test('month table: names, genitives and abbreviations; unknown words are no months', () => {
    expect(monthNumber('Oktober')).toBe(10)
    expect(monthNumber('октября')).toBe(10)
    expect(monthNumber('Sept.')).toBe(9)
    expect(monthNumber('Dienstag')).toBeUndefined()
  })
})

describe('parseDate: numeric dates and the page language', () => {
  test('day-first numeric dates need a day above 12 or a day-first language', () => {
    expect(parseDate('17/03/2020')?.iso).toBe('2020-03-17')
    expect(parseDate('03/17/2020')?.iso).toBe('2020-03-17')
    expect(parseDate('03/04/2020')).toBeUndefined()
    expect(parseDate('03/04/2020', {dayFirst: true})?.iso).toBe('2020-04-03')
    expect(parseDate('03/04/2020', {dayFirst: false})?.iso).toBe('2020-03-04')
    expect(parseDate('01-11-2023 10:29', {dayFirst: true})?.iso).toBe('2023-11-01T10:29')
  })
  test('dotted dates are day first everywhere', () => {
    expect(parseDate('03.04.2020')?.iso).toBe('2020-04-03')
    expect(parseDate('4. 2. 2022.')?.iso).toBe('2022-02-04')
    expect(parseDate('08:22, 24.11.2020')?.iso).toBe('2020-11-24')
  })
  test('two-digit years only where the text is known to be a date line', () => {
    expect(parseDate('Party, 30.10.23')).toBeUndefined()
    expect(parseDate('Party, 30.10.23', {shortYear: true})?.iso).toBe('2023-10-30')
    expect(parseDate('Version v1.2.13', {shortYear: true})).toBeUndefined()
  })
  test('the language decides the order', () => {
    expect(dayFirstFor('de-DE')).toBe(true)
    expect(dayFirstFor('fr')).toBe(true)
    expect(dayFirstFor('en-GB')).toBe(true)
    expect(dayFirstFor('en-US')).toBe(false)
    expect(dayFirstFor('en')).toBeUndefined()
    expect(dayFirstFor('ja')).toBeUndefined()
    expect(dayFirstFor(undefined)).toBeUndefined()
  })
})

describe('parseDate: clocks and zones after a written date', () => {
  test('a clock right after the date, with am/pm and a zone', () => {
    expect(parseDate('Nov 8, 2023 / 10:35 PM PST')?.iso).toBe('2023-11-08T22:35-08:00')
    expect(parseDate('Feb 16, 2020 at 3:02pm PST')?.iso).toBe('2020-02-16T15:02-08:00')
    expect(parseDate('Stand: 28.04.2020 18:00 Uhr')?.iso).toBe('2020-04-28T18:00')
    expect(parseDate('12 mars 2020 à 10h30')?.iso).toBe('2020-03-12T10:30')
    expect(parseDate('November 8, 2023 at 5:49 p.m.')?.iso).toBe('2023-11-08T17:49')
  })
  test('relative dates are not dates', () => {
    expect(parseDate('vor 2 Stunden')).toBeUndefined()
    expect(parseDate('4 hours ago')).toBeUndefined()
    expect(parseDate('Le 28 juin à 21:26')).toBeUndefined()
    expect(parseDate('Copyright 2019')).toBeUndefined()
  })
})

describe('findDateInText', () => {
  test('the first date in the text, with where it stands', () => {
    const text = 'Von Heike Buchter – 19. Oktober 2019, aktualisiert 20. Oktober 2019'
    expect(findDateInText(text)).toEqual({iso: '2019-10-19', start: 20, end: 36})
  })
  test('a month word that is no month does not hide a date after it', () => {
    expect(findDateInText('Teil 12 Bilder 2020, am 3. März 2020')?.iso).toBe('2020-03-03')
  })
  test('numbers inside other numbers and URLs are not dates', () => {
    expect(findDateInText('id 120200622120908039')).toBeUndefined()
    expect(findDateInText('/2020/01/13/slug')).toBeUndefined()
  })
})

describe('worst cases are linear', () => {
  const inputs = [
    '1'.repeat(100_000),
    ' March '.repeat(15_000),
    '11.'.repeat(35_000),
    '2020-'.repeat(20_000),
    '1 de '.repeat(20_000),
    'a'.repeat(100_000),
    '12:'.repeat(35_000),
    'März 1, '.repeat(12_000)
  ]
  // Super-linear backtracking on these would run for minutes and hit the test timeout; speed itself is measured in bench/, not here.
  test.each(inputs.map((input) => [input.slice(0, 12), input]))('findDateInText(%s…) finishes', (_, input) => {
    expect(() => findDateInText(input)).not.toThrow()
  }, 5000)
  test('parseDate rejects long input', () => {
    expect(parseDate('1'.repeat(100_000))).toBeUndefined()
  })
})
