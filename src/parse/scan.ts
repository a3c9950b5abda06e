/**
 * The JSON-LD scripts of a page without building its tree, for readers that
 * need nothing else (`read`, `validateHtml`): htmlparser2's tokenizer finds
 * the tags at about a twentieth of the cost of the parse, and the scripts come
 * back as a root holding just them, shaped as `parseToHast(text, {positions:
 * 'openings'})` shapes them (placed by their opening tag; the text as parse5
 * gives it), so the markup stage reads them exactly as from the whole tree.
 *
 * Only when the page gives no reason for doubt. The tokenizer does not build
 * the tree a browser builds, so `undefined` (parse the page) when:
 * - the page has microdata or RDFa nodes to read (an `itemscope` or `typeof`
 *   attribute);
 * - the HTML parser could read a script or raw text differently: inside
 *   `<svg>`, `<math>`, `<template>` or `<select>` (where raw-text elements
 *   may hold markup or be dropped); after `<plaintext>` or `<frameset>`; an
 *   `<iframe>`, `<noembed>` or `<noframes>` with content (raw text to the
 *   parser, not to the tokenizer); a raw-text element written `<style/>` (the tokenizer reads on as markup), a script with `<!--` then
 *   `<script` in its text (the script-data escape states), or with a character
 *   reference or NUL in an attribute value; raw text holding `</tag/` (an
 *   end tag to the parser, not to the tokenizer); a JSON-LD script inside a
 *   `<table>` (foster parenting may change the order of scripts);
 * - the page has a comment the two tokenizers end in different places
 *   (`<!-->`, `<!--->`, `--!>`, `<![CDATA[`), or `</` and white space before a tag name;
 * - the page holds U+001C or U+000F, which the tokenizer reads as `<` or `/`
 *   in the end tag of raw text (`<title>t\u001c/title>` ends the title for it).
 */
import type {Element, Properties, Root} from 'hast'
import {Tokenizer, type TokenizerCallbacks} from 'htmlparser2'
import {find, html} from 'property-information'
import {locator} from './lines.js'

/** Elements that change how the HTML parser reads raw-text elements inside them; a script or raw-text element inside one is left to the parser. */
const doubtful = new Set(['svg', 'math', 'template', 'select'])

/** Counted too: inside a table, the HTML parser moves (foster-parents) content, so scripts may change order. */
const counted = new Set([...doubtful, 'table'])

/** Raw text to the HTML parser, not to the tokenizer: only empty ones (`<iframe …></iframe>`) are read alike. */
const unknownRawText = new Map([
  ['iframe', /^<\/iframe[\t\n\f\r />]/i],
  ['noembed', /^<\/noembed[\t\n\f\r />]/i],
  ['noframes', /^<\/noframes[\t\n\f\r />]/i]
])

/** Elements whose content the tokenizer reads as text. */
const rawText = new Set(['script', 'style', 'title', 'textarea', 'xmp'])

/** Per raw-text tag, where the HTML parser ends its text: `</tag` and white space, `/` or `>` (the tokenizer does not end at `/`). */
const rawTextClose = new Map([...rawText].map((tag) => [tag, new RegExp(`</${tag}[\\t\\n\\f\\r />]`, 'gi')]))

/** Whether `text` has a `<` between `from` and `to`. */
function hasTag(text: string, from: number, to: number): boolean {
  const at = text.indexOf('<', from)
  return at !== -1 && at < to
}

/**
 * Where the HTML parser would end the raw text of `tag` starting at `from`
 * (the page's length when nowhere). The search stops at the tokenizer's own
 * end at the latest, which always matches.
 */
function rawTextEnd(text: string, tag: string, from: number): number {
  const close = rawTextClose.get(tag)!
  close.lastIndex = from
  return close.exec(text)?.index ?? text.length
}

interface Attribute {
  name: string
  value: string
}

interface OpenScript {
  start: number
  attributes: Attribute[]
}

interface FoundScript extends OpenScript {
  /** Offset just after the opening tag's `>`. */
  openingEnd: number
  /** Where the script's text ends: its closing tag, or the end of the page. */
  textEnd: number
}

/** The JSON-LD scripts of `text` as a root of script elements, or `undefined` when the page must be parsed. */
export function scanJsonLd(text: string): Root | undefined {
  const scan = findScripts(text)
  return 'doubt' in scan ? undefined : toTree(text, scan.scripts)
}

/** Why `scanJsonLd` leaves a page to the parser (`undefined`: it does not). For benchmarks and debugging. */
export function scanDoubt(text: string): string | undefined {
  const scan = findScripts(text)
  return 'doubt' in scan ? scan.doubt : undefined
}

function toTree(text: string, scripts: readonly FoundScript[]): Root {
  const root: Root = {type: 'root', children: []}
  if (scripts.length === 0) return root
  const at = locator({line: 1, column: 1, offset: 0}, text)
  for (const script of scripts) {
    const raw = text.slice(script.openingEnd, script.textEnd)
    const element: Element = {
      type: 'element',
      tagName: 'script',
      properties: properties(script.attributes),
      children: raw === '' ? [] : [{type: 'text', value: raw.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD')}],
      position: {start: at(script.start), end: at(script.openingEnd)}
    }
    root.children.push(element)
  }
  return root
}

/** Every `<script>` whose type may be JSON-LD, in page order; or the first reason for doubt. */
function findScripts(text: string): {scripts: FoundScript[]} | {doubt: string} {
  // The tokenizer matches end tags of raw text as `c | 0x20`: U+001C reads as `<`, U+000F as `/`.
  if (text.includes('\u001c') || text.includes('\u000f')) return {doubt: 'U+001C or U+000F (read as < or / in end tags)'}
  const found: FoundScript[] = []
  const open = new Map<string, number>()
  let doubt: string | undefined
  let tag = ''
  let tagStart = 0
  let attributes: Attribute[] = []
  let attributeName = ''
  let attributeValue = ''
  let script: FoundScript | undefined
  /** The raw-text element being read, where its text starts, and whether it is inside SVG, MathML, a template or a select. */
  let raw: {tag: string; start: number; inside: string | undefined} | undefined
  const endScript = (ended: FoundScript) => {
    if (doubleEscape(text, ended)) doubt ??= 'script-data escape'
    else if (mayBeJsonLd(ended.attributes)) {
      if (open.get('table')) doubt ??= 'JSON-LD in a table'
      found.push(ended)
    }
  }
  const inside = () => {
    for (const [name, count] of open) if (count > 0 && name !== 'table') return name
    return undefined
  }
  // Raw text inside SVG, MathML, a template or a select is markup (or dropped) to the parser: alike only without tags, and never a JSON-LD script.
  const endRaw = (end: number) => {
    if (!raw) return
    if (raw.inside && (hasTag(text, raw.start, end) || (raw.tag === 'script' && script && mayBeJsonLd(script.attributes)))) doubt ??= `<${raw.tag}> in <${raw.inside}>`
    if (rawTextEnd(text, raw.tag, raw.start) < end) doubt ??= `</${raw.tag}/ in raw text`
    raw = undefined
  }
  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tag = text.slice(start, end).toLowerCase()
      tagStart = start - 1
      attributes = []
      // After <plaintext> all is text; after <frameset> scripts are dropped.
      if (tag === 'plaintext' || tag === 'frameset') doubt ??= `<${tag}>`
      // In SVG and MathML these hold markup; in a select some are dropped, so their text is markup.
      if (counted.has(tag)) open.set(tag, (open.get(tag) ?? 0) + 1)
    },
    onattribname(start, end) {
      attributeName = text.slice(start, end).toLowerCase()
      attributeValue = ''
      if (attributeName === 'itemscope' || attributeName === 'typeof') doubt ??= attributeName === 'itemscope' ? 'microdata' : 'RDFa'
    },
    onattribdata(start, end) {
      attributeValue += text.slice(start, end)
    },
    onattribentity() {
      doubt ??= 'character reference'
    },
    onattribend() {
      if (tag !== 'script') return
      // What the markup stage reads of a script: its type, and whether ldpress wrote it.
      if (attributeName !== 'type' && attributeName !== 'data-ldpress') return
      if (attributeValue.includes('&') || attributeValue.includes('\0')) doubt ??= 'reference or NUL in a script type'
      // The first of two same-named attributes wins, as in the HTML parser.
      if (!attributes.some((attribute) => attribute.name === attributeName)) attributes.push({name: attributeName, value: attributeValue})
    },
    onopentagend(end) {
      const close = unknownRawText.get(tag)
      if (close && !close.test(text.slice(end + 1, end + 12))) doubt ??= `<${tag}> with content`
      if (rawText.has(tag)) raw = {tag, start: end + 1, inside: inside()}
      if (tag !== 'script') return
      script = {start: tagStart, attributes, openingEnd: end + 1, textEnd: text.length}
    },
    onselfclosingtag() {
      if (rawText.has(tag)) doubt ??= `<${tag}/>`
    },
    onclosetag(start, end) {
      // `</ x>` is a closing tag to the tokenizer, a comment to the HTML parser.
      if (text.charCodeAt(start - 1) !== 47) doubt ??= '</ and white space'
      const name = text.slice(start, end).toLowerCase()
      if (raw?.tag === name) endRaw(start - 2)
      if (name === 'script' && script) {
        script.textEnd = start - 2
        endScript(script)
        script = undefined
      } else if (open.get(name)) {
        open.set(name, open.get(name)! - 1)
      }
    },
    ontext() {},
    ontextentity() {},
    oncomment(start, end) {
      // The HTML parser ends `<!-->` and `<!--->` at once, and a comment at `--!>`; the tokenizer only at `-->`.
      const comment = text.slice(start, end)
      if (comment.startsWith('>') || comment.startsWith('->') || comment.includes('--!>')) doubt ??= 'abrupt comment'
    },
    oncdata(start, end) {
      // A bogus comment to the HTML parser (outside SVG and MathML): it ends at the first `>`.
      if (text.slice(start, end).includes('>')) doubt ??= 'CDATA section with >'
    },
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      // A script still open runs to the end of the page.
      endRaw(text.length)
      if (script) endScript(script)
    }
  }
  const tokenizer = new Tokenizer({decodeEntities: false}, callbacks)
  tokenizer.write(text)
  tokenizer.end()
  return doubt === undefined ? {scripts: found} : {doubt}
}

/**
 * `<!--` then `<script` in a script's text: the HTML parser's script-data
 * escape states, where `</script>` may not end the script. (Just `<!--` …
 * `-->`, the old way of hiding scripts, ends where the tokenizer ends it.)
 */
function doubleEscape(text: string, script: FoundScript): boolean {
  const comment = text.indexOf('<!--', script.openingEnd)
  if (comment === -1 || comment >= script.textEnd) return false
  scriptOpen.lastIndex = comment
  const open = scriptOpen.exec(text)
  return open !== null && open.index < script.textEnd
}

const scriptOpen = /<script[\t\n\f\r />]/gi

function mayBeJsonLd(attributes: readonly Attribute[]): boolean {
  return attributes.some((attribute) => attribute.name === 'type' && attribute.value.toLowerCase().includes('ld+json'))
}

/** Attribute names → hast property names (what the markup stage reads: `type`, `data-ldpress`). */
function properties(attributes: readonly Attribute[]): Properties {
  const result: Properties = {}
  for (const {name, value} of attributes) {
    if (Object.hasOwn(Object.prototype, name)) continue
    result[find(html, name).property] = value
  }
  return result
}
