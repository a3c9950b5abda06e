import {describe, expect, test} from 'vitest'
import {looksLikeOrganization, parseByline} from '../../src/extract/byline.js'

describe('parseByline', () => {
  const cases: Array<[string, string[], string?]> = [
    ['By News Desk - March 11 2022', ['News Desk'], '2022-03-11'],
    ['By Jane Doe', ['Jane Doe']],
    ['BY JANE DOE', ['JANE DOE']],
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['By Jane Doe, John Smith and Ann Lee', ['Jane Doe', 'John Smith', 'Ann Lee']],
    ['By Jane Doe | Reuters', ['Jane Doe', 'Reuters']],
    ['By Jane Doe | Updated 3 hours ago', ['Jane Doe']],
    ['Von Max Mustermann und Erika Musterfrau', ['Max Mustermann', 'Erika Musterfrau']],
    ['By Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane Doe', ['Jane Doe']],
    ['By https://example.com/jane', []],
    ['Posted by Jane Doe on March 3, 2021', ['Jane Doe'], '2021-03-03']
  ]
  test.each(cases)('%s', (text, names, date) => {
    const byline = parseByline(text)
    expect(byline.names).toEqual(names)
    expect(byline.date).toBe(date)
  })
})

describe('looksLikeOrganization', () => {
  test.each(['News Desk', 'Reuters', 'Associated Press', 'AFP', 'Staff', 'Redaktion'])('%s is an organisation', (name) => {
    expect(looksLikeOrganization(name)).toBe(true)
  })
  test.each(['Jane Doe', 'Alexei Alexandrov', 'Apolline Newsome'])('%s is a person', (name) => {
    expect(looksLikeOrganization(name)).toBe(false)
  })
})
