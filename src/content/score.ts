/**
 * Which container holds the article: Readability's vote, over the items and
 * units of one walk. A unit of paragraph text votes for the element around
 * its paragraph (full score), that element's parent (half) and a few more
 * ancestors (less); the element whose votes, class weight and low link
 * density add up highest wins, and is then widened to ancestors and siblings
 * that carry the same story.
 */
import type {Item, Unit} from './walk.js'

export interface Totals {
  /** Characters other than white space in the subtree. */
  chars: Float64Array
  /** Of those, inside links. */
  links: Float64Array
  /** Commas in the subtree. */
  commas: Float64Array
  /** Units in the subtree. */
  units: Float64Array
  /** Characters of prose in the subtree: paragraphs of 80 characters or more, under a quarter links. */
  prose: Float64Array
}

/** Tags whose text is not paragraph text, so it does not vote. */
const nonVoting = new Set(['li', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'caption', 'summary', 'legend', 'address', 'a', 'span', 'strong', 'b', 'em', 'i', 'small', 'time'])
/** Ancestors a unit's vote reaches, after the element it votes for. */
const reach = 4

/** Sum text, link text and commas over every subtree: one backward pass. Units of `muted` items are left out. */
export function totals(items: readonly Item[], units: readonly Unit[], muted?: Uint8Array): Totals {
  const chars = new Float64Array(items.length)
  const links = new Float64Array(items.length)
  const commas = new Float64Array(items.length)
  const count = new Float64Array(items.length)
  const prose = new Float64Array(items.length)
  for (const unit of units) {
    if (muted?.[unit.item]) continue
    chars[unit.item]! += unit.chars
    links[unit.item]! += unit.links
    commas[unit.item]! += countCommas(unit.text)
    count[unit.item]!++
    if (unit.chars >= 80 && unit.links < unit.chars / 4 && !nonVoting.has(items[unit.item]!.element.tagName)) prose[unit.item]! += unit.chars
  }
  for (let index = items.length - 1; index >= 0; index--) {
    const parent = items[index]!.parent
    if (parent < 0) continue
    chars[parent]! += chars[index]!
    links[parent]! += links[index]!
    commas[parent]! += commas[index]!
    count[parent]! += count[index]!
    prose[parent]! += prose[index]!
  }
  return {chars, links, commas, units: count, prose}
}

/** Link density: the share of an item's text inside links. */
export function linkDensity(sums: Totals, index: number): number {
  const chars = sums.chars[index]!
  return chars > 0 ? sums.links[index]! / chars : 0
}

/**
 * Scores of the candidate containers (0 for items nobody voted for).
 * Units of `muted` items (chrome) do not vote.
 */
export function vote(items: readonly Item[], units: readonly Unit[], sums: Totals, muted: Uint8Array): Float64Array {
  const votes = new Float64Array(items.length)
  const voted = new Uint8Array(items.length)
  for (const unit of units) {
    const owner = items[unit.item]!
    if (muted[unit.item]) continue
    if (unit.text.length < 25 || nonVoting.has(owner.element.tagName)) continue
    const density = unit.chars > 0 ? unit.links / unit.chars : 0
    if (density > 0.5) continue
    const score = (1 + countCommas(unit.text) + Math.min(Math.floor(unit.text.length / 100), 3)) * (1 - density)
    // A paragraph votes for its parent; loose text beside blocks (or in a cell) votes for the element that holds it.
    let target = owner.mixed || owner.units > 1 || owner.element.tagName === 'td' ? unit.item : owner.parent
    for (let level = 0; level <= reach && target >= 0; level++) {
      votes[target]! += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3)
      voted[target] = 1
      target = items[target]!.parent
    }
  }
  const scores = new Float64Array(items.length)
  for (let index = 0; index < items.length; index++) {
    if (voted[index]) scores[index] = (items[index]!.weight + votes[index]!) * (1 - linkDensity(sums, index))
  }
  return scores
}

/** The best candidate, widened as Readability widens it. −1 when nothing voted. */
export function topCandidate(items: readonly Item[], scores: Float64Array): number {
  let top = -1
  for (let index = 0; index < scores.length; index++) {
    if (scores[index]! > 0 && (top < 0 || scores[index]! > scores[top]!)) top = index
  }
  if (top < 0) return top
  top = shareAncestor(items, scores, top)
  top = climb(items, scores, top)
  // A lone child says no more than its parent: take the parent.
  for (let parent = items[top]!.parent; parent >= 0 && !isFrame(items[parent]!) && onlyChild(items, top); parent = items[top]!.parent) top = parent
  return top
}

/** When three of the next best candidates sit in one ancestor of the best, the story spans that ancestor. */
function shareAncestor(items: readonly Item[], scores: Float64Array, top: number): number {
  const best = scores[top]!
  // Readability looks at the five best candidates.
  const alternatives: number[] = []
  for (let index = 0; index < scores.length; index++) {
    if (index === top || scores[index]! < best * 0.75) continue
    alternatives.push(index)
    if (alternatives.length > 4) {
      alternatives.sort((a, b) => scores[b]! - scores[a]!)
      alternatives.pop()
    }
  }
  if (alternatives.length < 3) return top
  const within = (ancestor: number) => alternatives.filter((index) => index > ancestor && index <= items[ancestor]!.end).length
  for (let ancestor = items[top]!.parent; ancestor >= 0 && !isFrame(items[ancestor]!); ancestor = items[ancestor]!.parent) {
    // Alternatives inside the best itself are part of it already.
    if (within(ancestor) - within(top) >= 3) return ancestor
  }
  return top
}

/** Walk up while the parents' scores do not fall much; a parent that scores higher takes over. */
function climb(items: readonly Item[], scores: Float64Array, top: number): number {
  let last = scores[top]!
  const threshold = last / 3
  for (let parent = items[top]!.parent; parent >= 0 && !isFrame(items[parent]!); parent = items[parent]!.parent) {
    const score = scores[parent]!
    if (score === 0) continue
    if (score < threshold) break
    if (score > last) return parent
    last = score
  }
  return top
}

function onlyChild(items: readonly Item[], index: number): boolean {
  const parent = items[index]!.parent
  return index === parent + 1 && items[index]!.end === items[parent]!.end
}

function isFrame(item: Item): boolean {
  return item.element.tagName === 'body' || item.element.tagName === 'html'
}

/** The children of an item, in order. */
export function* children(items: readonly Item[], index: number): Generator<number> {
  const end = items[index]!.end
  for (let child = index + 1; child <= end; child = items[child]!.end + 1) yield child
}

function countCommas(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 44 || code === 0xff0c || code === 0x3001) count++
  }
  return count
}
