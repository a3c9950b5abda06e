/**
 * From the winning container to the body text: the container and the
 * siblings that carry the same story, minus what inside them is chrome
 * (named chrome, link lists, short boilerplate lines, bylines).
 */
import {children, linkDensity, topCandidate, totals, vote, type Totals} from './score.js'
import {boilerplate} from './lines.js'
import type {Item, Page, Unit} from './walk.js'

export interface Body {
  /** Items whose text is the body, in document order. */
  roots: number[]
  paragraphs: string[]
  /** Characters other than white space in the paragraphs. */
  chars: number
}

/**
 * The body of a page. `trust`: chrome by class, id or role never votes;
 * otherwise names do not count for the vote (a layout wrapper named
 * `theiaStickySidebar`, `elementor-widget-wrap` or `paywall` around the
 * story), only for what is left out inside the body.
 */
export function assemble(page: Page, trust: boolean): Body {
  const {items, units} = page
  const muted = trust ? mute(items) : new Uint8Array(items.length)
  const sums = totals(items, units, muted)
  const scores = vote(items, units, sums, muted)
  const top = topCandidate(items, scores)
  if (top < 0) return {roots: [], paragraphs: [], chars: 0}
  const roots = widen(items, units, sums, scores, top)
  const dropped = dropItems(items, sums, roots)
  const paragraphs: string[] = []
  let chars = 0
  let root = 0
  for (const unit of units) {
    while (root < roots.length && unit.item > items[roots[root]!]!.end) root++
    if (root >= roots.length) break
    if (unit.item < roots[root]! || dropped[unit.item]) continue
    if (boilerplate(unit, items[unit.item]!.element.tagName)) continue
    paragraphs.push(unit.text)
    chars += unit.chars
  }
  return {roots, paragraphs, chars}
}

/** Items under chrome (named so by class, id or role): their text does not vote. */
function mute(items: readonly Item[]): Uint8Array {
  const muted = new Uint8Array(items.length)
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!
    if (item.chrome || (item.parent >= 0 && muted[item.parent])) muted[index] = 1
  }
  return muted
}

/** The best candidate and its siblings that score close to it, or read as paragraphs of the story (Readability). */
function widen(items: readonly Item[], units: readonly Unit[], sums: Totals, scores: Float64Array, top: number): number[] {
  const parent = items[top]!.parent
  if (parent < 0) return [top]
  // A sibling is judged by the best candidate inside it: a story split into sections has its votes deep in each.
  const inner = subtreeMax(items, scores)
  const best = inner[top]!
  const threshold = Math.max(10, best * 0.2)
  const topClass = String(items[top]!.element.properties.className ?? '')
  const roots: number[] = []
  for (const sibling of children(items, parent)) {
    if (sibling === top) {
      roots.push(sibling)
      continue
    }
    const item = items[sibling]!
    if (item.chrome) continue
    const bonus = topClass !== '' && String(item.element.properties.className ?? '') === topClass ? best * 0.2 : 0
    if ((inner[sibling]! > 0 && inner[sibling]! + bonus >= threshold) || readsAsParagraph(items, units, sums, sibling)) roots.push(sibling)
  }
  return roots
}

/** For each item, the best score in its subtree: one backward pass. */
function subtreeMax(items: readonly Item[], scores: Float64Array): Float64Array {
  const inner = Float64Array.from(scores)
  for (let index = items.length - 1; index >= 0; index--) {
    const parent = items[index]!.parent
    if (parent >= 0 && inner[index]! > inner[parent]!) inner[parent] = inner[index]!
  }
  return inner
}

/** A sibling paragraph: long with few links, or short, link-free and ending a sentence. */
function readsAsParagraph(items: readonly Item[], units: readonly Unit[], sums: Totals, index: number): boolean {
  if (items[index]!.element.tagName !== 'p') return false
  const chars = sums.chars[index]!
  const density = linkDensity(sums, index)
  if (chars > 80) return density < 0.25
  if (chars === 0 || density > 0) return false
  const own = units[items[index]!.firstUnit]
  return own !== undefined && /\.(?:\s|$)/.test(own.text)
}

/** Lists, tables and boxes that hold links rather than text. */
const boxTags = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'fieldset', 'center'])

/**
 * Items inside the roots whose text is not body: named chrome and link
 * boxes, with everything under them. A name cannot make chrome of most of
 * the story (`div.widget-container` around every paragraph).
 */
function dropItems(items: readonly Item[], sums: Totals, roots: readonly number[]): Uint8Array {
  const dropped = new Uint8Array(items.length)
  for (const root of roots) {
    const half = sums.chars[root]! / 2
    for (let index = root + 1; index <= items[root]!.end; index++) {
      const item = items[index]!
      if (dropped[item.parent] || (item.chrome && sums.chars[index]! <= half) || isLinkBox(item, sums, index)) dropped[index] = 1
    }
  }
  return dropped
}

/**
 * A box of links: mostly link text, or (Readability's weaker test) a quarter
 * links over several short lines with few commas, as a list of related
 * stories is. A box that holds prose (a paragraph of 80 characters with
 * few links) holds story: its link lines are judged one by one.
 */
function isLinkBox(item: Item, sums: Totals, index: number): boolean {
  if (!boxTags.has(item.element.tagName) || sums.prose[index]! > 0) return false
  const density = linkDensity(sums, index)
  if (density > 0.5) return true
  return density > 0.25 && sums.units[index]! >= 3 && sums.commas[index]! < 10 && item.weight < 25
}
