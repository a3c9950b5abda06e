/**
 * Small hast helpers every stage may use. Walks are iterative: hostile pages
 * nest deeper than the call stack.
 */
import type {Element, Nodes, Parents, Root} from 'hast'
import {collapse} from '../strings.js'
import type {Point} from '../types.js'

/** Visit every element in document order, with its ancestors (nearest last). Return `false` to skip its children. */
export function walkElements(tree: Root | Element, visit: (node: Element, ancestors: readonly Element[]) => boolean | void): void {
  const ancestors: Element[] = []
  const stack: Array<{parent: Parents; index: number}> = [{parent: tree, index: 0}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const child = frame.parent.children[frame.index++]
    if (!child) {
      stack.pop()
      if (frame.parent.type === 'element' && frame.parent !== tree) ancestors.pop()
      continue
    }
    if (child.type !== 'element') continue
    const descend = visit(child, ancestors)
    // <template> content lives in `child.content` and is inert: not walked.
    if (descend !== false && child.children.length > 0) {
      ancestors.push(child)
      stack.push({parent: child, index: 0})
    }
  }
}

/** Elements a browser lays out as blocks: their text never runs into a neighbour's. */
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'
])

/**
 * Text content of a node, like `Node.textContent`, except that block
 * elements and `<br>` are separated by a line break (as `innerText` would),
 * so "<p>a</p><p>b</p>" reads "a\nb", not "ab".
 */
export function textOf(node: Nodes, options: {skip?: (element: Element) => boolean} = {}): string {
  return collectText(node, options.skip)!
}

/**
 * The text of `node`'s descendants (see `textOf`); with `limit`, `undefined`
 * as soon as more than `limit` non-space characters, or more than
 * `256 + 2 × limit` elements, have been seen.
 */
function collectText(node: Nodes, skip: ((element: Element) => boolean) | undefined, limit?: number): string | undefined {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return ''
  let budget = limit === undefined ? Infinity : 256 + limit * 2
  let characters = 0
  let text = ''
  const stack: Array<Nodes | '\n'> = [...node.children].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current === '\n') {
      text += '\n'
    } else if (current.type === 'text') {
      text += current.value
      if (limit !== undefined) {
        for (let index = 0; index < current.value.length && characters <= limit; index++) if (current.value.charCodeAt(index) > 32) characters++
        if (characters > limit) return undefined
      }
    } else if (current.type === 'element') {
      if (--budget < 0) return undefined
      if (skip?.(current)) continue
      if (current.tagName === 'br') text += '\n'
      const block = blockTags.has(current.tagName)
      if (block) {
        text += '\n'
        stack.push('\n')
      }
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    }
  }
  return text
}

/** Visible text: like `textOf`, but without script, style, template and hidden elements. */
export function visibleText(node: Nodes): string {
  return textOf(node, {skip: isInvisible})
}

/**
 * Visible text, collapsed, when it is at most `limit` characters long;
 * `undefined` when it is longer, or when finding out takes more than a few
 * hundred elements. For signals that only want short texts (bylines,
 * deks, dates): a wrapper or a hostile chain of nested elements costs a
 * bounded walk, not its whole subtree once per level.
 */
export function shortVisibleText(node: Element, limit: number): string | undefined {
  const text = collectText(node, isInvisible, limit)
  if (text === undefined) return undefined
  const collapsed = collapse(text)
  return collapsed.length <= limit ? collapsed : undefined
}

/**
 * `ancestors.some(test)` for the ancestor lists of one walk, in constant
 * time per call on average: the answer is kept per level and reused while
 * the walk stays below that ancestor. Make one per walk.
 */
export function someAncestor(test: (element: Element) => boolean): (ancestors: readonly Element[]) => boolean {
  const levels: Element[] = []
  const answers: boolean[] = []
  return (ancestors) => {
    // An element fixes every level above it: find the deepest level still the same, recompute below it.
    let same = Math.min(levels.length, ancestors.length)
    while (same > 0 && levels[same - 1] !== ancestors[same - 1]) same--
    levels.length = same
    answers.length = same
    for (let index = same; index < ancestors.length; index++) {
      levels.push(ancestors[index]!)
      answers.push((index > 0 && answers[index - 1]!) || test(ancestors[index]!))
    }
    return ancestors.length > 0 && answers[ancestors.length - 1]!
  }
}

const invisibleTags = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'iframe', 'object'])

/** Elements a reader does not see. */
export function isInvisible(element: Element): boolean {
  return invisibleTags.has(element.tagName) || element.properties.hidden === true || element.properties.ariaHidden === 'true'
}

export {collapse}

/** An attribute as a string (hast stores `class` and some others as arrays). */
export function attr(element: Element, name: string): string | undefined {
  const value = element.properties[name]
  if (typeof value === 'string') return value
  if (value === undefined || value === null || value === false) return undefined
  if (Array.isArray(value)) return value.join(' ')
  return String(value)
}

/**
 * Where the parser leaves each element's `classAndId` as it makes the
 * element: every stage asks it of most elements, several times. A symbol,
 * and not enumerable: JSON, keys and deep equality do not see it.
 */
export const classAndIdKey: unique symbol = Symbol('ldpress.classAndId')

/** The `class` and `id` of an element as one lowercase string, for boilerplate tests. */
export function classAndId(element: Element): string {
  return (element as Element & {[classAndIdKey]?: string})[classAndIdKey] ?? readClassAndId(element)
}

/** `classAndId` from the element's properties. */
export function readClassAndId(element: Element): string {
  const {className, id} = element.properties
  // Most elements have neither.
  if (className === undefined && id === undefined) return ' '
  return `${attr(element, 'className') ?? ''} ${attr(element, 'id') ?? ''}`.toLowerCase()
}

/** Start of a node in the source, if the parser recorded it. */
export function pointOf(node: Nodes): Point | undefined {
  const start = node.position?.start
  if (!start) return undefined
  return start.offset === undefined ? {line: start.line, column: start.column} : {line: start.line, column: start.column, offset: start.offset}
}

export type {Element, Root}
