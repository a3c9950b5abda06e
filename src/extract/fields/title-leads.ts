/**
 * What stands around the title, collected during the one walk of
 * `signals.ts`: the `<h2>`/`<h3>` headings (on blogs the `<h1>` is often the
 * site's name and the post's title an `<h2>`), the standfirst candidates
 * under each `<h1>` (the "lead zone" between the heading and the body text),
 * and the first paragraphs of the body (the summary of last resort).
 */
import {attr, classAndId, collapse, pointOf, shortVisibleText, someAncestor, visibleText, walkElements, type Element} from '../../parse/index.js'
import type {Located} from '../signals.js'

export interface Heading extends Located {
  level: 2 | 3
}

/** A block in the lead zone after an `<h1>`: a candidate standfirst. */
export interface Lead extends Located {
  /** Index of the `<h1>` it follows, in `Signals.h1`. */
  h1: number
  /** Why it is a candidate: right after the h1 (or its wrapper), or a dek-like class in the lead zone. */
  kind: 'next' | 'class'
  /** Share of its text inside links: a byline with profile links, a tag list, a list of names. */
  linkShare: number
}

export interface TitleLeads {
  headings: Heading[]
  leads: Lead[]
  /** The first paragraphs of body text (`<p>` of 80+ characters, 30+ in CJK), in document order. */
  paragraphs: Located[]
}

/** Class/id words of a standfirst. Read only in the lead zone, so broad words like "intro" are safe. */
const leadWords = /^(?:dek|deck|standfirst|subtitle|subtitulo|subheading|subheadline|subhead|strapline|intro|introduction|lede|leadin|summary|teaser|excerpt|abstract|description|descp|desc|chapo|chapeau|sapo|vorspann|speakable)$/
/** Blocks read before the lead zone closes. */
const zoneBlocks = 12
const headingLimit = 40
const paragraphLimit = 5
const leadTags = /^(?:p|h2|h3|div|span|header)$/

/** What the signals walk calls: `visit` for every element outside page chrome. */
export function titleLeadCollector(): {signals: TitleLeads; visit: (node: Element, ancestors: readonly Element[], inArticle: boolean) => void} {
  const signals: TitleLeads = {headings: [], leads: [], paragraphs: []}
  // Captions under the lead image are not the standfirst, whatever their class says ("lead-asset-caption").
  const underCaption = someAncestor((element) => element.tagName === 'figure' || element.tagName === 'figcaption')
  let h1Count = 0
  /** The lead zone: open after an h1, until body text starts or enough blocks were read. */
  let zone: {index: number; blocks: number} | undefined
  /**
   * Where the element right after the h1 will be: the h1's parent (its next
   * sibling), or the grandparent when the h1 ends its wrapper. The walk does
   * not enter an h1, so the next element it visits is that one or neither.
   */
  let after: {parent: Element | undefined; grandparent: Element | undefined} | undefined
  /** The last lead taken and its depth: its descendants are part of it. */
  let taken: {node: Element; depth: number} | undefined
  let articleParagraphs = 0
  let otherParagraphs = 0

  function visit(node: Element, ancestors: readonly Element[], inArticle: boolean): void {
    const tag = node.tagName
    const next = after !== undefined && (ancestors[ancestors.length - 1] === after.parent || ancestors[ancestors.length - 1] === after.grandparent)
    after = undefined
    if (tag === 'h1') {
      // Not empty (a hostile chain of nested h1s counts as not empty: the check is bounded).
      if (shortVisibleText(node, 0) !== '') {
        zone = {index: h1Count, blocks: 0}
        const parent = ancestors[ancestors.length - 1]
        after = {parent, grandparent: parent && lastElement(parent) === node ? ancestors[ancestors.length - 2] : undefined}
      }
      h1Count++
      return
    }
    if (taken && ancestors.length > taken.depth && ancestors[taken.depth] === taken.node) return
    if ((tag === 'h2' || tag === 'h3') && signals.headings.length < headingLimit) {
      const text = collapse(visibleText(node))
      if (text !== '') signals.headings.push({value: text, position: pointOf(node), inArticle, level: tag === 'h2' ? 2 : 3})
    }
    const wantParagraph = tag === 'p' && (inArticle ? articleParagraphs : otherParagraphs) < paragraphLimit
    const paragraph = tag === 'p' && (wantParagraph || zone) ? collapse(visibleText(node)) : undefined
    if (wantParagraph && paragraph !== undefined && isBodyText(paragraph)) {
      signals.paragraphs.push({value: paragraph, position: pointOf(node), inArticle})
      if (inArticle) articleParagraphs++
      else otherParagraphs++
    }
    if (!zone || !leadTags.test(tag)) return
    const kind = leadKind(node, next)
    if (kind !== undefined && !underCaption(ancestors)) {
      const text = shortVisibleText(node, 500)
      if (text !== undefined && isLeadText(text) && isSingleBlock(node)) {
        signals.leads.push({value: text, position: pointOf(node), inArticle, h1: zone.index, kind, linkShare: linkText(node).length / text.length})
        taken = {node, depth: ancestors.length}
      }
    }
    // Body text closes the zone: a long paragraph that is not itself the standfirst.
    if (paragraph !== undefined && taken?.node !== node && isBodyText(paragraph)) zone = undefined
    // Every candidate counts, taken or not, so the zone (and the work in it) stays small.
    else if (tag === 'p' || tag === 'h2' || tag === 'h3' || kind !== undefined) {
      zone.blocks++
      if (zone.blocks >= zoneBlocks) zone = undefined
    }
  }

  return {signals, visit}
}

/** `next`: the element right after the h1, or after the wrapper it ends. Else a standfirst class. */
function leadKind(node: Element, next: boolean): Lead['kind'] | undefined {
  if (next) return 'next'
  const words = classAndId(node).split(/[^a-z]+/)
  // Not "any h2 before the body": pages set body text and section titles in h2s too.
  return words.some((word) => leadWords.test(word)) || leadWords.test(attr(node, 'itemProp')?.toLowerCase() ?? '') ? 'class' : undefined
}

/** The last element child (scanning back past text). */
function lastElement(parent: Element): Element | undefined {
  for (let index = parent.children.length - 1; index >= 0; index--) {
    const child = parent.children[index]!
    if (child.type === 'element') return child
  }
  return undefined
}

/** One block of text: no headings, lists or figures inside, and at most one paragraph (a wrapper of the story is not its standfirst). */
function isSingleBlock(node: Element): boolean {
  let paragraphs = 0
  let single = true
  walkElements(node, (child) => {
    if (!single) return false
    if (child.tagName === 'p') paragraphs++
    if (paragraphs > 1 || /^(?:h[1-6]|ul|ol|dl|figure|table|blockquote|section|article)$/.test(child.tagName)) single = false
    return undefined
  })
  return single
}

/** A paragraph of body text: 80 characters, or 30 in scripts that write a word in a character or two. */
function isBodyText(text: string): boolean {
  return text.length >= 80 || (text.length >= 30 && (text.match(cjkLetters)?.length ?? 0) >= 30)
}

const cjkLetters = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu

/** Long enough for a sentence, short enough for a standfirst; the field decides the rest. */
function isLeadText(text: string): boolean {
  return text.length >= 20 && text.length <= 500
}

/** Text of the links inside an element. */
function linkText(node: Element): string {
  let text = ''
  walkElements(node, (child) => {
    if (child.tagName !== 'a') return
    text += collapse(visibleText(child))
    return false
  })
  return text
}
