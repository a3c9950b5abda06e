/**
 * Parse a page for injection: a hast tree whose elements carry the source
 * offsets of their start and end tags (`verbose`), so edits can be made on the
 * original string and every other byte kept.
 *
 * rehype-parse (via hast-util-from-parse5) recurses once per nesting level and
 * overflows the stack on hostile pages (~1,800 levels). Injection only needs the
 * head, so when the whole page cannot be parsed we parse the shortest prefix
 * that still settles the head: HTML tree construction is online, so every token
 * that ends before the cut is handled exactly as in the whole page.
 */
import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'

export interface Page {
  tree: Root
  /** `false` when only a prefix (`length` characters) of the page was parsed. */
  complete: boolean
  length: number
}

type Position = NonNullable<Element['position']>

/** Source ranges of an element's start and end tags (hast-util-from-parse5's `verbose` data). */
export interface TagPositions {
  opening?: Position
  closing?: Position
}

const processor = unified().use(rehypeParse, {verbose: true}).freeze()

/** First prefix tried when the whole page fails; grown ×4, then bisected. */
const firstPrefix = 4096
/** Bound on prefix parses, so a page that never settles its head costs a few whole parses at most. */
const maxAttempts = 40

/** Parse the page, or the shortest prefix of it that settles the head; `undefined` when neither works. */
export function parsePage(html: string): Page | undefined {
  const tree = tryParse(html)
  if (tree) return {tree, complete: true, length: html.length}
  return parsePrefix(html)
}

/** Search for a prefix that parses and settles the head: grow until one fails, then bisect. */
function parsePrefix(html: string): Page | undefined {
  let low = 0
  let high = html.length
  let size = Math.min(firstPrefix, high - 1)
  for (let attempt = 0; attempt < maxAttempts && size > low && size < high; attempt++) {
    const tree = tryParse(html.slice(0, size))
    if (tree && headSettled(tree)) return {tree, complete: false, length: size}
    if (tree) low = size
    else high = size
    size = high === html.length ? Math.min(size * 4, high - 1) : low + Math.floor((high - low) / 2)
  }
  return undefined
}

function tryParse(html: string): Root | undefined {
  try {
    return processor.parse(html)
  } catch {
    // Stack overflow on hostile nesting: the caller falls back to a prefix.
    return undefined
  }
}

/**
 * Whether a token after the head has been seen: the head's own `</head>`, or
 * anything from the source placed after the head (body content, a comment).
 */
function headSettled(tree: Root): boolean {
  const html = childElement(tree, 'html')
  const head = html && childElement(html, 'head')
  if (!html || !head) return false
  if (tagPositions(head).closing) return true
  const after = html.children.slice(html.children.indexOf(head) + 1)
  return after.some((node) => node.position !== undefined || (node.type === 'element' && node.children.some((child) => child.position !== undefined)))
}

/** The first child element of `parent` with this tag name. */
export function childElement(parent: Root | Element, tagName: string): Element | undefined {
  for (const node of parent.children) {
    if (node.type === 'element' && node.tagName === tagName) return node
  }
  return undefined
}

/** Start- and end-tag ranges of an element, when the parser recorded them. */
export function tagPositions(element: Element): TagPositions {
  const data = element.data as {position?: TagPositions} | undefined
  return data?.position ?? {}
}
