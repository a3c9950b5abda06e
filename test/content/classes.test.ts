import type {Element} from 'hast'
import {describe, expect, test} from 'vitest'
import {classWeight, isChromeByName, isSkipped, tagWeight} from '../../src/content/classes.js'
import {classAndId} from '../../src/parse/index.js'

const element = (tagName: string, properties: Element['properties'] = {}): Element => ({type: 'element', tagName, properties, children: []})
const named = (className: string, tagName = 'div') => {
  const node = element(tagName, {className: className.split(' ')})
  return isChromeByName(node, classAndId(node))
}

describe('isChromeByName', () => {
  test.each(['comments-area', 'relatedPosts', 'share-bar', 'most-popular', 'newsletter-signup', 'author-bio', 'ad', 'post-tags', 'wp-caption-text', 'sidebar'])(
    '%s is chrome',
    (name) => {
      expect(named(name)).toBe(true)
    }
  )

  test.each(['story-body', 'content-with-sidebar-wrp', 'article-header', 'l-sidebar-fixed l-article-body-segment', 'entry-content', 'uploads', 'metadata-free', 'headline'])(
    '%s is not chrome (a content word, or a chrome word only inside another word)',
    (name) => {
      expect(named(name)).toBe(false)
    }
  )

  test('the page frame is never chrome by name: WordPress puts tag-* and category-* on <article> and <body>', () => {
    expect(named('post tag-news has-sidebar', 'article')).toBe(false)
    expect(named('one-sidebar sidebar-second', 'body')).toBe(false)
  })

  test('landmark roles name chrome', () => {
    expect(isChromeByName(element('div', {role: 'navigation'}), '')).toBe(true)
    expect(isChromeByName(element('div', {role: 'main'}), '')).toBe(false)
  })
})

describe('isSkipped', () => {
  test('navigation, asides, footers, headers and form controls are skipped; forms are not (ASP.NET wraps pages in one)', () => {
    for (const tag of ['nav', 'aside', 'footer', 'header', 'button', 'script', 'template']) expect(isSkipped(element(tag)), tag).toBe(true)
    expect(isSkipped(element('form'))).toBe(false)
  })

  test('hidden by attribute or inline style', () => {
    expect(isSkipped(element('div', {hidden: true}))).toBe(true)
    expect(isSkipped(element('div', {style: 'color: red; display:none'}))).toBe(true)
    expect(isSkipped(element('div', {style: 'visibility: hidden'}))).toBe(true)
    expect(isSkipped(element('div', {style: 'display: block'}))).toBe(false)
  })
})

describe('weights', () => {
  test('content names weigh +25, chrome names −25, both cancel', () => {
    expect(classWeight('article-body ')).toBe(25)
    expect(classWeight('widget ')).toBe(-25)
    expect(classWeight('post-comments ')).toBe(0)
    expect(classWeight(' ')).toBe(0)
  })

  test('a div starts as a likely container, a heading or a list as an unlikely one', () => {
    expect(tagWeight('div')).toBeGreaterThan(0)
    expect(tagWeight('h2')).toBeLessThan(0)
    expect(tagWeight('ul')).toBeLessThan(0)
    expect(tagWeight('span')).toBe(0)
  })
})
