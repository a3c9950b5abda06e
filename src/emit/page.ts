/**
 * Parse a page for injection: a hast tree whose elements carry the source
 * offsets of their start and end tags (`verbose`), so edits can be made on the
 * original string and every other byte kept. Any nesting depth parses
 * (src/parse/hast.ts converts without recursion).
 */
import type {Element, Root} from 'hast'
import {parseToHast} from '../parse/hast.js'

export interface Page {
  tree: Root
}

type Position = NonNullable<Element['position']>

/** Source ranges of an element's start and end tags (hast-util-from-parse5's `verbose` data). */
export interface TagPositions {
  opening?: Position
  closing?: Position
}

/** Parse the page with tag positions; `undefined` only if parsing fails outright (never expected). */
export function parsePage(html: string): Page | undefined {
  try {
    return {tree: parseToHast(html, {verbose: true})}
  } catch {
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
