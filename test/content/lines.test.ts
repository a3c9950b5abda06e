import {describe, expect, test} from 'vitest'
import {boilerplate, lineRules} from '../../src/content/lines.js'
import type {Unit} from '../../src/content/walk.js'

const solid = (text: string) => text.replace(/\s/g, '').length
const line = (text: string, links = 0): Unit => ({item: 0, text, chars: solid(text), links})
const rule = (text: string, tag = 'p', links = 0) => boilerplate(line(text, links), tag)

describe('boilerplate lines', () => {
  test('every rule has a unique id', () => {
    expect(new Set(lineRules.map((r) => r.id)).size).toBe(lineRules.length)
  })

  test.each([
    ['Advertisement', 'advert'],
    ['ADVERTISEMENT', 'advert'],
    ['Iklan', 'advert'],
    ['Comments', 'label'],
    ['You may also like...', 'label'],
    ['More Great WIRED Stories', 'label'],
    ['Popular on IndieWire', 'label'],
    ['1 of 6', 'label'],
    ['November 20, 2019', 'date'],
    ['| Nov. 18, 2019 12:01 PM', 'date'],
    ['20/11/2019 às 10:13', 'date'],
    ['By Jane Doe', 'byline'],
    ['Reporting by Jane Doe; Editing by John Roe', 'credit'],
    ['Keith Bradsher contributed reporting from Hong Kong.', 'credit'],
    ['Associated Press writers A and B contributed to this report.', 'credit'],
    ['Subscribe to WIRED and stay smart.', 'promo'],
    ['There is more. Sign up for the free daily newsletter.', 'promo'],
    ['Like this story? Share it with a friend!', 'promo'],
    ['Filed under: Politics |', 'filed'],
    ['jane.doe@paper.example', 'address'],
    ['twitter.com/janedoe', 'address']
  ])('%s → %s', (text, id) => {
    expect(rule(text)).toBe(id)
  })

  // The `label` rule's pattern was split in three (cheaper to compile): what the one pattern matched, they match.
  test('the label rule matches what its single pattern did', () => {
    const single =
      /^(?:comments?|\d+ comments?|leave a (?:comment|reply)|share(?: this(?: article| story)?)?|subscribe|sign up|log ?in|text size|print|email|highlights|more|read more|related(?: articles| stories| posts)?|you (?:may|might) also like|recommended(?: for you)?|more (?:great )?[\p{L}\p{N} ]{0,30} stories|popular on [\p{L}\p{N} ]{1,30}|follow (?:me|us)(?: on)?|check out|\d+ of \d+|this slideshow requires javascript|tell us what you think)\W*$/iu
    const words = ['More', 'more ', 'MORE ', 'more great ', 'More Great ', 'Popular on ', 'popular on', 'ſtories', 'stories', ' stories', 'Stories!', 'WIRED ', 'Ünïcode ', '東京 ', '42 ', 'a'.repeat(29), 'b'.repeat(31), ' ', '—', '...', 'share', 'Comments', 'read more', '\u212Aelvin ', '']
    const texts = new Set<string>()
    for (const a of words) for (const b of words) for (const c of words) texts.add(a + b + c)
    const labelRule = lineRules.find((r) => r.id === 'label')!
    for (const text of texts) expect(labelRule.test(text, 'p', line(text)), JSON.stringify(text)).toBe(text.length <= 60 && single.test(text))
  })

  test('the page title in an <h1> inside the body is not body', () => {
    expect(rule('Story title', 'h1')).toBe('title')
    expect(rule('A sub-heading', 'h2')).toBeUndefined()
  })

  test.each([
    'Eat every 2–3 hours',
    'Buy Now',
    'Defensive Line',
    'By taking off the top half of the bread, you save 100 calories.',
    '— The Nigerian Senate (@NGRSenate) October 9, 2018',
    'The summit opened on November 20, 2019 in Hanoi, with leaders from ten countries attending the talks.',
    'Read the comments policy before you post anything here: it explains what moderators remove and why.'
  ])('story line kept: %s', (text) => {
    expect(rule(text)).toBeUndefined()
  })

  test('a line that is mostly a link is not body, unless it is a sentence with words of its own', () => {
    expect(rule('Related: Seven strange signs of an allergy', 'p', 32)).toBe('links')
    const sentence = 'The inquiry had been shelved in 2017 but was re-opened earlier this year following his eviction.'
    expect(rule(sentence, 'p', Math.round(solid(sentence) * 0.55))).toBeUndefined()
    expect(rule(sentence, 'p', Math.round(solid(sentence) * 0.9))).toBe('links')
  })
})
