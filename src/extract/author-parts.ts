/**
 * The structure of a byline element, read during the one signal walk.
 *
 * Flat text loses what the markup says: `<a><span>By</span>Travis Haney</a>`
 * reads "ByTravis Haney", and `<span>Howard Blume</span><span>Staff
 * Writer</span>` reads "Howard BlumeStaff Writer". Cut at element boundaries,
 * the same bylines are the parts "By" | "Travis Haney" and "Howard Blume" |
 * "Staff Writer", each with the link it sits in.
 */
import type {Element, Nodes} from 'hast'
import {attr, isInvisible} from '../parse/index.js'

/** A run of a byline's text between two element boundaries. */
export interface BylinePart {
  text: string
  /** `href` of the link the text sits in, if any. */
  href?: string | undefined
}

/** More parts than this is page chrome swallowed by a byline class, not a byline. */
const maxParts = 60

/** Text of `node` cut at every element boundary (and `<br>`), whitespace collapsed, empty runs dropped. */
export function bylineParts(node: Element): BylinePart[] {
  const parts: BylinePart[] = []
  let text = ''
  // A byline that is itself a link (`<a class="author" href>`) gives every part its href.
  let href: string | undefined = node.tagName === 'a' ? attr(node, 'href') : undefined
  const flush = () => {
    const value = text.replace(/\s+/g, ' ').trim()
    if (value !== '' && parts.length < maxParts) parts.push(href === undefined ? {text: value} : {text: value, href})
    text = ''
  }
  // Iterative walk: `exit` markers close an element (and restore the enclosing link).
  const stack: Array<Nodes | {exit: string | undefined}> = [...node.children].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if ('exit' in current) {
      flush()
      href = current.exit
      continue
    }
    if (current.type === 'text') {
      text += current.value
      continue
    }
    if (current.type !== 'element' || isInvisible(current)) continue
    flush()
    stack.push({exit: href})
    if (current.tagName === 'a') href = attr(current, 'href') ?? href
    for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
  }
  flush()
  return parts
}

/**
 * An author's own page: `/author/jane-doe`, `/people/jane-doe`, `/staff/…`,
 * `/contributors/…`, `/u/jane`, `author-Jane-Doe-123.cms`. A link there names
 * the author; a JSON-LD or meta author given as such a URL is resolved
 * through it.
 */
export function isAuthorHref(href: string): boolean {
  // "-author-" in the last path segment (tested on that segment: /[/-]author-[^/]*$/ restarts at every "-author-").
  return authorPath.test(href) || /[/-]author-/i.test(href.slice(Math.max(0, href.lastIndexOf('/'))))
}

const authorPath =
  /\/(?:authors?|autor(?:es|en)?|auteurs?|editors?|people|persons?|staff|writers?|contributors?|journalists?|journalistes?|columnists?|reporters?|profiles?|signataires|redacteurs?|redaktion\/autoren|by|byline|u|user|users|members?)\/[^/?#\s]+\/?(?:[?#].*)?$/i

/**
 * Stricter than `isAuthorHref`: a page that belongs to a writer (`/author/…`, `/staff/…`, `/u/…`), not a topic page
 * about a person (`/people/donald-trump`, `/category/person/…`) or an account feature (`/member/login`).
 */
export function isWriterHref(href: string): boolean {
  return writerPath.test(href) && !/\/(?:category|tag|topics?)\//i.test(href)
}

const writerPath =
  /\/(?:authors?|autor(?:es|en)?|auteurs?|writers?|contributors?|journalists?|journalistes?|columnists?|reporters?|staff|editors?|signataires|redacteurs?|u|users?)\/(?!(?:log-?in|sign-?in|sign-?up|register)\b)[^/?#\s]+/i
