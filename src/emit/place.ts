/**
 * Where ldpress's script goes in a page, as string edits on the source.
 *
 * The insertion point is always a place where an HTML parser is in the "in head"
 * (or an earlier) insertion mode, so the script lands in `<head>` both for our
 * parser and for a browser: before an explicit `</head>`, after a properly closed
 * child of the head, after the `<head>` or `<html>` start tag, or after the doctype.
 * @see https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inhead
 */
import type {Element, Root} from 'hast'
import {parseToHast} from '../parse/hast.js'
import {isOurs} from './own.js'
import {childElement, tagPositions} from './page.js'
import {indentOf, lineStartIfBlank, lineBreakAt, lineBreakBefore} from './text.js'

/** Replace `source.slice(start, end)` with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** Elements with no end tag: closed by their start tag. */
const voidElements = new Set(['base', 'basefont', 'bgsound', 'link', 'meta'])

/** One indentation level, when the page gives nothing better to copy. */
function unitFor(indent: string): string {
  return indent.includes('\t') ? '\t' : '  '
}

/**
 * The edit that puts `tag` into the head of a page that has no script of ours yet.
 * Only ever after a `>` that ends a token (see `after`): a page that ends inside
 * its doctype (`<!doctype ht`, a truncated file) gets the script at its start,
 * where a parser puts it in the head all the same, and keeps every byte.
 */
export function insertion(source: string, tree: Root, tag: string): Edit {
  const edit = preferredInsertion(source, tree, tag)
  if (!mayReadDifferently(source) || landsInHead(source, edit)) return edit
  const doctype = tree.children.find((node) => node.type === 'doctype')
  return (doctype?.position && after(source, end(doctype.position), '', tag)) || {start: 0, end: 0, text: tag}
}

/**
 * Whether a browser may read the page differently from our parse near the
 * head: a `<noscript>` (raw text to a browser, which runs scripts; elements to
 * our parse) or a `<template>` anywhere. There the chosen place is checked by
 * parsing the edited page as a browser does; should the script not land in
 * the head (`</i><template><noscript></template>`: to a browser the template
 * never ends, and the script after it is inert), it goes first in the page,
 * after the doctype, where nothing is open yet.
 */
function mayReadDifferently(source: string): boolean {
  // In the source, not the tree: a template's content (where our parse does not walk) counts too.
  return /<(?:noscript|template)[\t\n\f\r />]/i.test(source)
}

/** Whether the edit puts a `data-ldpress` script into the head as a browser reads the page (there is none before the edit). */
function landsInHead(source: string, edit: Edit): boolean {
  const edited = parseToHast(source.slice(0, edit.start) + edit.text + source.slice(edit.end), {scripting: true, positions: 'openings'})
  const head = childElement(childElement(edited, 'html') ?? edited, 'head')
  return head?.children.some((node) => node.type === 'element' && node.tagName === 'script' && isOurs(node)) === true
}

function preferredInsertion(source: string, tree: Root, tag: string): Edit {
  const html = childElement(tree, 'html')
  const head = html && childElement(html, 'head')
  const inHead = head && insertionInHead(source, head, tag)
  if (inHead) return inHead

  const htmlStart = html && tagPositions(html).opening
  const afterHtml = htmlStart && after(source, end(htmlStart), indentOf(source, start(htmlStart)), tag)
  if (afterHtml) return afterHtml

  const doctype = tree.children.find((node) => node.type === 'doctype')
  const afterDoctype = doctype?.position && after(source, end(doctype.position), '', tag)
  if (afterDoctype) return afterDoctype

  return {start: 0, end: 0, text: tag}
}

/**
 * Inside a head that is in the source: before `</head>` when every child is
 * closed (an unclosed `<noscript>` reads differently with scripting on), else
 * after the last closed child, else after `<head>`.
 */
function insertionInHead(source: string, head: Element, tag: string): Edit | undefined {
  const firstUnclosed = head.children.findIndex((node) => node.type === 'element' && !isClosed(node))
  const closing = tagPositions(head).closing
  if (firstUnclosed === -1 && closing) return beforeClosingTag(source, head, start(closing), tag)

  const candidates = firstUnclosed === -1 ? head.children : head.children.slice(0, firstUnclosed)
  const anchor = findLast(candidates, (node): node is Element => node.type === 'element' && isClosed(node) && node.position !== undefined)
  const afterAnchor = anchor?.position && after(source, end(anchor.position), indentOf(source, start(anchor.position)), tag)
  if (afterAnchor) return afterAnchor

  const opening = tagPositions(head).opening
  if (!opening) return undefined
  const headIndent = indentOf(source, start(opening))
  return after(source, end(opening), headIndent + unitFor(headIndent), tag)
}

/** An element whose end the source states: an end tag of its own, or a void element. */
function isClosed(element: Element): boolean {
  if (voidElements.has(element.tagName)) return true
  const closing = tagPositions(element).closing
  return closing !== undefined && !closedWithin(element, start(closing))
}

/**
 * Whether the end tag at `offset` is a descendant's: parse5 records the end
 * tag of a nested element of the same name as an unclosed outer one's too
 * (`<template><template></template>`: both "end" there, the outer does not).
 * Only the last element at each level can end where its ancestor does.
 */
function closedWithin(element: Element, offset: number): boolean {
  for (let node = lastElementIn(element); node; node = lastElementIn(node)) {
    const closing = tagPositions(node).closing
    if (closing && start(closing) === offset) return true
  }
  return false
}

/** The last child element, in a template's content for a template. */
function lastElementIn(element: Element): Element | undefined {
  const children = element.tagName === 'template' && element.content ? element.content.children : element.children
  return findLast(children, (node): node is Element => node.type === 'element')
}

/**
 * Before `</head>`. When `</head>` starts its line, add a whole line indented
 * like the head's last child, with the page's own line break (CRLF stays CRLF).
 */
function beforeClosingTag(source: string, head: Element, closingStart: number, tag: string): Edit {
  const lineStart = lineStartIfBlank(source, closingStart)
  if (lineStart === undefined) return {start: closingStart, end: closingStart, text: tag}
  const last = findLast(head.children, (node) => node.type !== 'text' && node.position !== undefined && end(node.position) <= closingStart)
  const closingIndent = indentOf(source, closingStart)
  const indent = last?.position ? indentOf(source, start(last.position)) : closingIndent + unitFor(closingIndent)
  return {start: lineStart, end: lineStart, text: indent + tag + lineBreakBefore(source, lineStart)}
}

/**
 * Right after `offset`; on a new line with `indent` when a line break follows
 * there anyway. `undefined` unless a `>` ends the token there: a token the
 * page ends inside of (an unterminated doctype) would swallow the script.
 */
function after(source: string, offset: number, indent: string, tag: string): Edit | undefined {
  if (offset === 0 || source.charCodeAt(offset - 1) !== 62 /* > */) return undefined
  const lineBreak = lineBreakAt(source, offset)
  return {start: offset, end: offset, text: lineBreak ? lineBreak + indent + tag : tag}
}

/** The edit that removes a surplus script of ours, with its line when it stands alone on one. */
export function removal(source: string, script: Element): Edit {
  let {start: from, end: to} = rangeOf(script)
  const lineStart = lineStartIfBlank(source, from)
  const trailing = /^[ \t]*(\r\n|\n|\r)/.exec(source.slice(to, to + 256))
  if (lineStart !== undefined && trailing) {
    from = lineStart
    to += trailing[0].length
  }
  return {start: from, end: to, text: ''}
}

/** Source range of an element (its start tag through its end tag). */
export function rangeOf(element: Element): {start: number; end: number} {
  // parse5 ends an element the page ends in before it has any content (`<script data-ldpress>` and nothing after) where
  // it starts: the element spans its start tag at least.
  const opening = tagPositions(element).opening
  return {start: start(element.position!), end: Math.max(end(element.position!), opening ? end(opening) : 0)}
}

/** `Array#findLast`, which the ES2022 library typings lack. */
function findLast<T, S extends T>(items: readonly T[], test: (item: T) => item is S): S | undefined
function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined
function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let index = items.length - 1; index >= 0; index--) {
    if (test(items[index]!)) return items[index]
  }
  return undefined
}

function start(position: {start: {offset?: number}}): number {
  return position.start.offset ?? 0
}

function end(position: {end: {offset?: number}}): number {
  return position.end.offset ?? 0
}
