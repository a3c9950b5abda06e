/**
 * Put ldpress's JSON-LD into an HTML page by editing the source string, not by
 * re-serialising a tree: every byte outside our own script element stays as it
 * was (formatting, comments, attribute quoting, CRLF), so the diff a build step
 * produces is exactly the structured data, and a second run changes nothing.
 */
import type {Root} from 'hast'
import type {Element} from 'hast'
import {walkElements} from '../parse/index.js'
import type {Diagnostic, Point} from '../types.js'
import {ownScripts} from './own.js'
import {parsePage} from './page.js'
import {insertion, rangeOf, removal, type Edit} from './place.js'
import {toScriptTag} from './script.js'

export interface InjectOptions {
  /** Indentation of the JSON, as for `JSON.stringify`. Default: none (one line). */
  space?: number | string
  /**
   * Write every non-ASCII character of the JSON as a `\uXXXX` escape, so the
   * element is plain ASCII: for editing a page in a legacy encoding
   * (windows-1252, Shift_JIS…) byte for byte. Default `false`.
   */
  asciiOnly?: boolean
  /**
   * Other JSON-LD scripts to remove, each given by where its JSON text starts
   * (`MarkupBlock.start` from `read()` of the page without its byte-order
   * mark): `inject --existing replace` takes the publisher's article blocks
   * out before putting ldpress's in.
   */
  remove?: readonly Point[]
}

export interface InjectResult {
  /** The page with ldpress's script inserted or replaced. */
  html: string
  /** Whether `html` differs from the input (`false` on a second run with the same graph). */
  changed: boolean
  diagnostics: Diagnostic[]
}

/**
 * Insert ldpress's `<script type="application/ld+json" data-ldpress>` into the
 * `<head>` of a page, or replace the one a previous run put there.
 *
 * Why by offsets: build steps run this over whole sites, and a tree round trip
 * would rewrite markup the author owns. Positions come from a real HTML parser
 * (rehype-parse), so a `data-ldpress` inside a comment, another script or a
 * `<noscript>` is not mistaken for ours. Content problems (duplicate scripts,
 * pages too deep to parse whole) become diagnostics; the page is never lost.
 *
 * @throws {TypeError} when `html` is not a string or the graph cannot be serialised.
 * @see https://developers.google.com/search/docs/appearance/structured-data/generate-structured-data-with-javascript
 */
export function injectJsonLd(html: string, graph: unknown, options: InjectOptions = {}): InjectResult {
  if (typeof html !== 'string') {
    throw new TypeError(`injectJsonLd: expected the page as a string, got ${html === null ? 'null' : typeof html}`)
  }
  const tag = toScriptTag(graph, {space: options.space})
  return edit(html, options.asciiOnly ? toAscii(tag) : tag, options.remove ?? [])
}

/**
 * Take ldpress's script (from an earlier run) out of a page, byte for byte:
 * for `inject` on a page that now carries its own article markup.
 */
export function removeJsonLd(html: string): InjectResult {
  if (typeof html !== 'string') {
    throw new TypeError(`removeJsonLd: expected the page as a string, got ${html === null ? 'null' : typeof html}`)
  }
  return edit(html, undefined, [])
}

/** Non-ASCII characters as JSON `\uXXXX` escapes (the tag's markup is ASCII; these occur only inside JSON strings). */
function toAscii(tag: string): string {
  return tag.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function edit(html: string, tag: string | undefined, remove: readonly Point[]): InjectResult {
  // A byte-order mark is not content: a browser's decoder drops it, but a parser
  // given a string reads it as body text (and then ignores the doctype and <head>).
  const bom = html.startsWith('\uFEFF') ? '\uFEFF' : ''
  const result = editWithoutBom(html.slice(bom.length), tag, remove)
  return {...result, html: bom + result.html}
}

function editWithoutBom(html: string, tag: string | undefined, remove: readonly Point[]): InjectResult {
  const diagnostics: Diagnostic[] = []
  const page = parsePage(html)
  if (!page) {
    diagnostics.push(diagnostic('emit/unparseable', 'error', 'The page could not be parsed: it was left unchanged'))
    return {html, changed: false, diagnostics}
  }
  const edits = [...planEdits(html, page.tree, tag, diagnostics), ...removals(html, page.tree, remove)]
  const output = applyEdits(html, edits)
  return {html: output, changed: output !== html, diagnostics}
}

/** Replace our first script and remove any others; insert one when there is none. Without a tag, remove them all. */
function planEdits(html: string, tree: Root, tag: string | undefined, diagnostics: Diagnostic[]): Edit[] {
  const [first, ...extra] = ownScripts(html, tree)
  if (tag === undefined) return first ? [first, ...extra].map((script) => removal(html, script)) : []
  if (!first) return [insertion(html, tree, tag)]
  for (const script of extra) {
    const place = script.position!.start
    diagnostics.push({
      ...diagnostic('emit/duplicate-script', 'warning', 'The page had more than one data-ldpress script: the first was replaced, this one removed'),
      line: place.line,
      column: place.column
    })
  }
  return [{...rangeOf(first), text: tag}, ...extra.map((script) => removal(html, script))]
}

/** Removal of the script elements whose text starts at one of `points`. */
function removals(html: string, tree: Root, points: readonly Point[]): Edit[] {
  if (points.length === 0) return []
  const wanted = new Set(points.map((point) => `${point.line}:${point.column}`))
  const scripts: Element[] = []
  walkElements(tree, (element) => {
    if (element.tagName !== 'script' || !element.position) return undefined
    const text = element.children[0]
    const at = text?.position?.start
    if (at && wanted.has(`${at.line}:${at.column}`)) scripts.push(element)
    return false
  })
  return scripts.map((script) => removal(html, script))
}

/** Apply non-overlapping edits, last first so earlier offsets stay valid. */
function applyEdits(source: string, edits: readonly Edit[]): string {
  let output = source
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end)
  }
  return output
}

function diagnostic(ruleId: string, severity: Diagnostic['severity'], message: string): Diagnostic {
  return {ruleId, severity, message, source: 'emit'}
}
