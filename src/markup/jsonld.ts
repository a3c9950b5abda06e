/**
 * `<script type="application/ld+json">` blocks → JSON-LD values with page
 * positions. Script content is raw text, so the JSON is read from the page
 * itself (offsets stay exact, `\r\n` included); legacy wrappers (CDATA,
 * HTML comments) and trailing semicolons are stripped first.
 * https://www.w3.org/TR/json-ld11/#embedding-json-ld-in-html-documents
 */
import type {Element} from 'hast'
import {attr, pointOf} from '../parse/index.js'
import type {Diagnostic, Point} from '../types.js'
import {scanJson, skipWhiteSpace} from './json-scan.js'
import {locator, type Locate} from '../parse/lines.js'
import type {SourcedBlock} from './sourced.js'
import type {MarkupBlock} from './types.js'

/** At most this many values concatenated in one script are recovered. */
const maxValuesPerScript = 100

const wrapperStart = /\s+|\uFEFF|<!--|<!\[CDATA\[|\/\/[ \t]*<!\[CDATA\[|\/\*[ \t]*<!\[CDATA\[[ \t]*\*\//y
const entityPattern = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/g

/** Whether an element is a JSON-LD script: the MIME type compared case-insensitively, parameters ignored. */
export function isJsonLdScript(element: Element): boolean {
  if (element.tagName !== 'script') return false
  const type = attr(element, 'type')
  return type !== undefined && type.split(';')[0]!.trim().toLowerCase() === 'application/ld+json'
}

/**
 * Read one JSON-LD script. Usually one block; none when the script is empty
 * or broken (with a diagnostic); several when values are concatenated (an
 * error, but each value is still recovered with its own text and start).
 */
export function readJsonLdScript(script: Element, page: string, diagnostics: Diagnostic[]): SourcedBlock[] {
  const {raw, base} = scriptText(script, page)
  const locate = locator(base, raw)
  const {from, to, junk} = unwrap(raw)
  if (junk !== undefined) {
    diagnostics.push(diagnostic('markup/jsonld-trailing-junk', 'warning', `Ignored ${JSON.stringify(junk)} after the JSON-LD: it is not JSON and strict parsers reject it`, locate(to)))
  }
  if (from >= to) {
    diagnostics.push(diagnostic('markup/empty-jsonld', 'warning', 'Empty JSON-LD script', pointOf(script) ?? base))
    return []
  }
  const json = raw.slice(from, to)
  const at: Locate = (offset) => locate(from + offset)
  warnEntities(json, at, diagnostics)
  const blocks = parseValues(json, at, diagnostics)
  if (script.properties.dataLdpress !== undefined) for (const sourced of blocks) sourced.block.own = true
  return blocks
}

/** The script's text as it stands in the page, and where it starts. */
function scriptText(script: Element, page: string): {raw: string; base: Point} {
  const child = script.children[0]
  const fallback = pointOf(script) ?? {line: 1, column: 1}
  if (!child || child.type !== 'text') return {raw: '', base: fallback}
  const start = child.position?.start
  const end = child.position?.end
  if (start?.offset !== undefined && end?.offset !== undefined) {
    const raw = page.slice(start.offset, end.offset)
    // The tree must come from this page: parse5 normalises newlines and NULs in the node value.
    if (raw.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD') === child.value) {
      return {raw, base: {line: start.line, column: start.column, offset: start.offset}}
    }
  }
  const opened = child.position ? undefined : openingEnd(script, page)
  if (opened) {
    const raw = page.slice(opened.offset, scriptEnd(page, opened.offset))
    if (raw.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD') === child.value) return {raw, base: opened}
  }
  return {raw: child.value, base: start ? {line: start.line, column: start.column} : fallback}
}

/**
 * In a tree parsed with `positions: 'openings'`, a script's `position.end` is
 * the end of its opening tag, where its text starts. (In a full tree the
 * element's span holds its closing tag too, so it is not taken for one.)
 */
function openingEnd(script: Element, page: string): Required<Point> | undefined {
  const {start, end} = script.position ?? {}
  if (start?.offset === undefined || end?.offset === undefined) return undefined
  const tag = page.slice(start.offset, end.offset)
  if (!/^<script[\t\n\f\r />]/i.test(tag) || !tag.endsWith('>') || /<\/script/i.test(tag)) return undefined
  return {line: end.line, column: end.column, offset: end.offset}
}

/** Where script data starts to close: the first `</script` followed by white space, `/` or `>` (or the end of the page). */
function scriptEnd(page: string, from: number): number {
  scriptClose.lastIndex = from
  return scriptClose.exec(page)?.index ?? page.length
}

const scriptClose = /<\/script[\t\n\f\r />]/gi

/** Offsets of the JSON inside the script, without CDATA / comment wrappers, BOM, white space and trailing semicolons. */
export function unwrap(raw: string): {from: number; to: number; junk?: string} {
  let from = 0
  for (;;) {
    wrapperStart.lastIndex = from
    const match = wrapperStart.exec(raw)
    if (!match || match[0].length === 0) break
    from += match[0].length
  }
  let to = raw.length
  let junk: string | undefined
  for (;;) {
    const before = trimWrapperEnd(raw, from, to)
    if (before < to) {
      to = before
      continue
    }
    if (to > from && raw[to - 1] === ';') {
      junk = ';'
      to--
      continue
    }
    break
  }
  return junk === undefined ? {from, to} : {from, to, junk}
}

/** One step of stripping from the end: white space, BOM, `-->`, `]]>`, `//]]>`, `/*]]>*\/`. */
function trimWrapperEnd(raw: string, from: number, to: number): number {
  const last = raw[to - 1]
  if (to <= from || last === undefined) return to
  if (/\s|\uFEFF/.test(last)) return to - 1
  if (raw.endsWith('-->', to) && to - 3 >= from) return to - 3
  if (raw.endsWith(']]>', to) && to - 3 >= from) return stripCommentOpener(raw, from, to - 3, '//')
  if (raw.endsWith('*/', to)) {
    const inner = skipBlanksBack(raw, from, to - 2)
    if (raw.endsWith(']]>', inner) && inner - 3 >= from) {
      const opener = stripCommentOpener(raw, from, inner - 3, '/*')
      if (opener < inner - 3) return opener
    }
  }
  return to
}

/** Drop an optional `//` or `/*` (and blanks) just before `to`. */
function stripCommentOpener(raw: string, from: number, to: number, opener: string): number {
  const end = skipBlanksBack(raw, from, to)
  return raw.endsWith(opener, end) && end - opener.length >= from ? end - opener.length : to
}

function skipBlanksBack(raw: string, from: number, to: number): number {
  while (to > from && (raw[to - 1] === ' ' || raw[to - 1] === '\t')) to--
  return to
}

/**
 * Parse the JSON: one value normally. Values one after another (`{…}{…}` or
 * `{…},{…}`) are an error, but each is still read as its own block; anything
 * else after a value is an error, and the value before it is kept.
 */
function parseValues(json: string, at: Locate, diagnostics: Diagnostic[]): SourcedBlock[] {
  const blocks: SourcedBlock[] = []
  let offset = 0
  while (blocks.length < maxValuesPerScript) {
    const scan = scanJson(json, offset)
    const end = scan.ok ? scan.end : json.length
    const attempt = tryParse(json.slice(offset, end))
    if (!attempt.ok) {
      // V8's position is exact when given; the scanner covers "Unexpected token" and other engines.
      const failure = attempt.position === undefined ? (scan.ok ? offset : scan.offset) : offset + attempt.position
      diagnostics.push(syntaxError(json, failure, attempt.message, at))
      break
    }
    blocks.push(toBlock(json.slice(offset, end), attempt.value, scan.ok ? scan.objects : new Map(), at(offset), at))
    const next = nextValue(json, end)
    if (next === undefined) break
    if (typeof next === 'object') {
      diagnostics.push(syntaxError(json, next.error, `Unexpected ${JSON.stringify(json[next.error])} after the JSON value`, at))
      break
    }
    if (blocks.length === 1) {
      diagnostics.push(
        diagnostic('markup/json-syntax', 'error', 'Several JSON values one after another in one script: wrap them in an array or use one script each', at(next))
      )
    }
    offset = next
  }
  return blocks
}

/** After a value: nothing (`undefined`), the start of another object or array, or the offset of junk. */
function nextValue(json: string, end: number): number | {error: number} | undefined {
  const after = skipWhiteSpace(json, end)
  if (after >= json.length) return undefined
  const next = json[after] === ',' ? skipWhiteSpace(json, after + 1) : after
  const char = json[next]
  if (char === '{' || char === '[') return next
  return {error: char === undefined ? after : next}
}

function tryParse(text: string): {ok: true; value: unknown} | {ok: false; message: string; position?: number} {
  try {
    return {ok: true, value: JSON.parse(text)}
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const match = /at position (\d+)/.exec(message)
    // V8 quotes the whole input in "Unexpected token" messages: keep only the reason.
    const reason = message.replace(/^(Unexpected token '[^]{1,2}?'), [^]*$/, '$1').replace(/ in JSON at position \d+[^]*$/, '')
    return match ? {ok: false, message: reason, position: Number(match[1])} : {ok: false, message: reason}
  }
}

function syntaxError(json: string, offset: number, reason: string, at: Locate): Diagnostic {
  const point = at(offset)
  const near = json.slice(Math.max(0, offset - 20), offset + 20).replace(/\s+/g, ' ')
  return diagnostic('markup/json-syntax', 'error', `JSON-LD is not valid JSON: ${reason} (near ${JSON.stringify(near)})`, point)
}

/** `objects` holds offsets in the whole script JSON, which `at` maps to the page. */
function toBlock(text: string, value: unknown, objects: Map<string, number>, start: Point, at: Locate): SourcedBlock {
  const block: MarkupBlock = {syntax: 'json-ld', data: value, text, start}
  return {
    block,
    pointOf: (_node, path) => {
      const offset = objects.get(path)
      return offset === undefined ? undefined : at(offset)
    }
  }
}

/**
 * Script content is raw text: `&amp;` is not decoded, so the value really
 * contains the five characters. Almost always an HTML escaping mistake.
 */
function warnEntities(json: string, at: Locate, diagnostics: Diagnostic[]): void {
  const found = json.match(entityPattern)
  if (!found) return
  const count = found.length
  const names = [...new Set(found)].slice(0, 5).join(', ')
  diagnostics.push(
    diagnostic(
      'markup/html-entity-in-jsonld',
      'warning',
      `JSON-LD contains ${count} HTML character reference${count === 1 ? '' : 's'} (${names}): script content is not HTML-decoded, so the value keeps them literally`,
      at(json.indexOf(found[0]!))
    )
  )
}

function diagnostic(ruleId: string, severity: Diagnostic['severity'], message: string, point: Point): Diagnostic {
  return {ruleId, severity, message, line: point.line, column: point.column, source: 'markup'}
}
