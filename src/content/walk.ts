/**
 * The one pass over the tree that main-text detection needs. It records
 * every element once (as an `Item`, in document order, with its parent and
 * the last of its descendants) and cuts the text into `Unit`s: runs of
 * inline content between block boundaries, so text in a `<div>` without
 * `<p>`, text after a `<br><br>`, list items, headings and table cells are
 * all units, each owned by its nearest block element. The walk is iterative:
 * hostile pages nest deeper than the call stack.
 */
import type {Element, Parents, Root} from 'hast'
import {classAndId, collapse, visibleText, walkElements} from '../parse/index.js'
import {classWeight, isChromeByName, isSkipped, tagWeight} from './classes.js'

export interface Item {
  element: Element
  /** Index of the parent item, −1 for the top. */
  parent: number
  /** Index of the last descendant (the item itself when it has none). */
  end: number
  /** Named as chrome by class, id or role. */
  chrome: boolean
  /** Has a block element among its children (through inline elements). */
  mixed: boolean
  /** Units owned directly. */
  units: number
  /** Index of the first unit owned directly, −1 if none. */
  firstUnit: number
  /** Class weight plus tag weight, Readability's starting score. */
  weight: number
}

export interface Unit {
  /** Item that owns the text: the nearest block (or chrome) element. */
  item: number
  /** Collapsed text; `<br>` line breaks kept as "\n". */
  text: string
  /** Characters other than white space. */
  chars: number
  /** Of those, characters inside links. */
  links: number
}

export interface Caption {
  text: string
  /** Item of the `<figure>`'s parent. */
  item: number
  inArticle: boolean
}

export interface Page {
  items: Item[]
  units: Unit[]
  captions: Caption[]
}

/** Elements whose start and end break a run of text. */
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'
])

/** A `<br>` in a run of text; the parser never leaves U+0000 in text, so it cannot clash. */
const lineBreak = '\u0000'

interface Frame {
  parent: Parents
  index: number
  /** Item of `parent`, −1 for the root. */
  item: number
  /** Item owning text read here. */
  container: number
  link: boolean
  block: boolean
  article: boolean
}

/** Read a page into items and text units, in one walk. */
export function walkPage(tree: Root): Page {
  const items: Item[] = []
  const units: Unit[] = []
  const captions: Caption[] = []
  let parts: string[] = []
  let chars = 0
  let links = 0
  let afterBreak = false

  const flush = (container: number) => {
    if (chars > 0 && container >= 0) {
      const text = parts.join('').split(lineBreak).map(collapse).filter(Boolean).join('\n')
      const owner = items[container]!
      if (owner.units++ === 0) owner.firstUnit = units.length
      units.push({item: container, text, chars, links})
    }
    parts = []
    chars = 0
    links = 0
    afterBreak = false
  }

  const stack: Frame[] = [{parent: tree, index: 0, item: -1, container: -1, link: false, block: true, article: false}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const child = frame.parent.children[frame.index++]
    if (!child) {
      stack.pop()
      if (frame.item >= 0) {
        if (frame.block) flush(frame.item)
        items[frame.item]!.end = items.length - 1
      }
      continue
    }
    if (child.type === 'text') {
      const solid = solidLength(child.value)
      if (solid === 0) {
        parts.push(' ')
        continue
      }
      parts.push(child.value)
      chars += solid
      if (frame.link) links += solid
      afterBreak = false
      continue
    }
    if (child.type !== 'element') continue
    if (child.tagName === 'br') {
      // Two line breaks in a row end a paragraph; one is a line break inside it.
      if (afterBreak) flush(frame.container)
      else {
        parts.push(lineBreak)
        afterBreak = true
      }
      continue
    }
    if (child.tagName === 'figure' || child.tagName === 'figcaption') {
      flush(frame.container)
      readCaptions(child, frame, captions)
      continue
    }
    if (isSkipped(child)) {
      if (blockTags.has(child.tagName)) flush(frame.container)
      continue
    }

    const names = classAndId(child)
    const chrome = isChromeByName(child, names)
    const index = items.length
    items.push({
      element: child,
      parent: frame.item,
      end: index,
      chrome,
      mixed: false,
      units: 0,
      firstUnit: -1,
      weight: classWeight(names) + tagWeight(child.tagName)
    })
    // Chrome named inline (`<span class="share">`) is cut out of the text around it like a block.
    const block = blockTags.has(child.tagName) || chrome
    if (block) {
      flush(frame.container)
      if (frame.container >= 0) items[frame.container]!.mixed = true
    }
    if (child.children.length === 0) {
      if (block) flush(index)
      continue
    }
    stack.push({
      parent: child,
      index: 0,
      item: index,
      container: block ? index : frame.container,
      link: frame.link || child.tagName === 'a',
      block,
      article: frame.article || child.tagName === 'article'
    })
  }
  return {items, units, captions}
}

function readCaptions(figure: Element, frame: Frame, captions: Caption[]): void {
  const read = (node: Element) => {
    const text = collapse(visibleText(node))
    if (text) captions.push({text, item: frame.item, inArticle: frame.article})
  }
  if (figure.tagName === 'figcaption') return read(figure)
  walkElements(figure, (node) => {
    if (node.tagName !== 'figcaption') return
    read(node)
    return false
  })
}

/** Characters other than white space. */
function solidLength(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code > 32 && code !== 160 && code !== 0x200b && code !== 0x3000) count++
  }
  return count
}
