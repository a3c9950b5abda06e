/**
 * parse5's tree → hast, without recursion.
 *
 * The same tree `hast-util-from-parse5` (inside rehype-parse) builds — node
 * for node, property for property, position for position, checked against it
 * on every test page — but walked with an explicit stack: that converter
 * recurses per level and overflows the call stack at about 2,000 nested
 * elements, where parse5 itself parses 100,000 levels fine. It also skips
 * hastscript's per-element work (selector parsing, child checks), which made
 * the conversion about a sixth of the parse.
 *
 * One deliberate difference: a tag name with `.` or `#` in it stays the tag
 * name (hastscript reads it as a CSS selector).
 */
import type {Comment, Doctype, Element, ElementContent, Properties, Root, RootContent, Text} from 'hast'
import type {Point} from 'unist'
import {parse as parseCommas} from 'comma-separated-tokens'
import {defaultTreeAdapter, parse, Parser, Token as Tokens, Tokenizer, type DefaultTreeAdapterMap, type ParserOptions, type Token, type TreeAdapter} from 'parse5'
import {find, html, normalize, svg, type Schema} from 'property-information'
import {parse as parseSpaces} from 'space-separated-tokens'
import {locator, type Locate} from './lines.js'
import {classAndIdKey, readClassAndId} from './tree.js'
import {webNamespaces} from 'web-namespaces'

type P5Node = DefaultTreeAdapterMap['node']
type P5Parent = DefaultTreeAdapterMap['parentNode']
type P5Element = DefaultTreeAdapterMap['element']
type HastParent = Root | Element

interface State {
  text: string
  verbose: boolean
  /** Positions of opening tags only (`positions: 'openings'`). */
  openings: boolean
  /** Whether a node got a position yet (the root gets one only then). */
  located: boolean
  /** Offsets → points, made on first use (`openings`). */
  at?: Locate
}

interface Frame {
  from: P5Parent
  to: HastParent
  index: number
  /** The schema in force for this parent's children. */
  schema: Schema
}

export interface FromParse5Options {
  /** Add `data.position` (opening and closing tags, attributes) to elements, as rehype-parse's `verbose`. */
  verbose?: boolean
}

export interface ParseToHastOptions extends FromParse5Options {
  /**
   * `'full'` (default): every node's start and end, as rehype-parse gives.
   * `'openings'`: elements only, each placed by its opening tag
   * (`position.end` is the end of the opening tag, not of the element); text,
   * comments and the doctype get none. Enough to point at elements and to
   * read a script's text from the page, and about half the cost of the parse:
   * parse5's full location tracking allocates a location per token, attribute
   * and end tag. Ignored with `verbose`.
   */
  positions?: 'full' | 'openings'
  /**
   * Parse as a browser that runs scripts does: `<noscript>` holds raw text,
   * not elements. Default `false`, as rehype-parse (the content of
   * `<noscript>`, lazy-loaded images for one, is part of the page to read).
   */
  scripting?: boolean
}

const own = {}.hasOwnProperty
const {TokenType} = Tokens

/**
 * Parse a whole document to hast with positions, as rehype-parse does
 * (scripting off, so `<noscript>` holds elements). Any nesting depth.
 */
export function parseToHast(text: string, options: ParseToHastOptions = {}): Root {
  const scriptingEnabled = options.scripting === true
  if (options.positions === 'openings' && !options.verbose) {
    return convert(OpeningsParser.parse<DefaultTreeAdapterMap>(text, {scriptingEnabled}), text, {verbose: false, openings: true})
  }
  return fromParse5(parse(text, {sourceCodeLocationInfo: true, scriptingEnabled, treeAdapter}), text, options)
}

/**
 * Where an opening tag starts and ends, as offsets (lines and columns are
 * counted from them: see `finishElement`). parse5's `prepareToken` fills in
 * the end, and adds its own end line and column, unused.
 */
interface Opening {
  startOffset: number
  endOffset: number
}

/** A parse5 element as the openings parser leaves it. */
type OpenedElement = P5Element & {opening?: Opening}

/**
 * parse5's tokenizer, with changes that leave every token as it was:
 *
 * - start-tag tokens get their offsets (the tokenizer counts them anyway;
 *   `prepareToken` fills in the end), though location tracking is off;
 * - runs of plain input are taken in one step, up to the next code unit that
 *   changes the state or needs the preprocessor (NUL, CR, a surrogate),
 *   instead of one code point at a time through the state machine: the text
 *   of `<script>`, `<style>` and other raw-text elements (about 40% of the
 *   characters of a news page), quoted attribute values, and lowercase ASCII
 *   in tag and attribute names. In raw text the tree builder is in its
 *   "text" mode, where character, whitespace and NUL tokens all just append
 *   to the element's one text node, so one character token for the run
 *   builds the same text.
 */
class OpeningsTokenizer extends Tokenizer {
  /** As parse5's `getCurrentLocation(1)`: the `<` is one code point back. */
  protected override _createStartTagToken(): void {
    super._createStartTagToken()
    ;(this.currentToken as {location: Opening | null}).location = {startOffset: this.preprocessor.offset - 1, endOffset: -1}
  }

  protected override _stateRawtext(cp: number): void {
    if (!this.takeRun(cp, rawTextStop, true)) super._stateRawtext(cp)
  }

  protected override _stateScriptData(cp: number): void {
    if (!this.takeRun(cp, rawTextStop, true)) super._stateScriptData(cp)
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    if (!this.takeRun(cp, doubleQuotedStop, false)) super._stateAttributeValueDoubleQuoted(cp)
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    if (!this.takeRun(cp, singleQuotedStop, false)) super._stateAttributeValueSingleQuoted(cp)
  }

  protected override _stateTagName(cp: number): void {
    const end = this.nameRun(cp)
    if (end === -1) super._stateTagName(cp)
    else (this.currentToken as {tagName: string}).tagName += this.takeName(end)
  }

  protected override _stateAttributeName(cp: number): void {
    const end = this.nameRun(cp)
    if (end === -1) super._stateAttributeName(cp)
    else this.currentAttr.name += this.takeName(end)
  }

  /**
   * Consume the current code point and the run after it up to `stop`, as
   * parse5 would one at a time (`character`: into a character token, as
   * `_emitCodePoint` would for raw text; else into the attribute value being
   * built); `false`, with nothing done, when the current code point is
   * itself special (EOF, a stop, a CR read as LF, a surrogate).
   */
  private takeRun(cp: number, stop: RegExp, character: boolean): boolean {
    const preprocessor = this.preprocessor
    if (cp < 0 || cp >= 0xd800 || preprocessor.html.charCodeAt(preprocessor.pos) !== cp) return false
    stop.lastIndex = preprocessor.pos
    let end = stop.test(preprocessor.html) ? stop.lastIndex - 1 : preprocessor.html.length
    if (end === preprocessor.pos) return false
    if (character) {
      // As `_emitCodePoint` would for a non-space character: it may emit a pending token, and drop parsed input.
      const before = preprocessor.pos
      this._ensureCharacterToken(TokenType.CHARACTER)
      end -= before - preprocessor.pos
    }
    const start = preprocessor.pos
    if (start !== this.runEnd) {
      this._flushRun('')
      this.runStart = start
    }
    this.runEnd = end
    this.advanceTo(end)
    return true
  }

  /** Where a run of lowercase ASCII name characters starting at the current code point ends; -1: it is not one. */
  private nameRun(cp: number): number {
    if (!isNameUnit(cp)) return -1
    const html = this.preprocessor.html
    let end = this.preprocessor.pos + 1
    while (end < html.length && isNameUnit(html.charCodeAt(end))) end++
    return end
  }

  /** Consume the name characters up to `end`, the current code point first, and give them. */
  private takeName(end: number): string {
    const start = this.preprocessor.pos
    this.advanceTo(end)
    return end - start === 1 ? String.fromCharCode(this.preprocessor.html.charCodeAt(start)) : this.preprocessor.html.slice(start, end)
  }

  /**
   * Leave the preprocessor on `end - 1`, as `advance` would have one code
   * unit at a time from the current one (the units in between are no CR and
   * no surrogate): a line starts after each LF that is not the last unit.
   */
  private advanceTo(end: number): void {
    const preprocessor = this.preprocessor
    const lines = preprocessor as unknown as {line: number; lineStartPos: number; isEol: boolean}
    const html = preprocessor.html
    const start = preprocessor.pos
    // A loop, not `indexOf`: that would look past `end` on a page written on one line, and runs are many.
    for (let index = start; index < end - 1; index++) {
      if (html.charCodeAt(index) === 0x0a) {
        lines.line++
        lines.lineStartPos = index + 1
      }
    }
    lines.isEol = html.charCodeAt(end - 1) === 0x0a
    this.consumedAfterSnapshot += end - 1 - start
    preprocessor.pos = end - 1
  }
}

/** Where runs stop: the code units that change the tokenizer's state or need the preprocessor. */
const rawTextStop = /[<\0\r\ud800-\udfff]/g
const doubleQuotedStop = /["&\0\r\ud800-\udfff]/g
const singleQuotedStop = /['&\0\r\ud800-\udfff]/g

/** Code units of tag and attribute names that parse5 appends as they are: lowercase ASCII letters, digits, `-`, `_`, `:`, `.`. */
function isNameUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x3a) || code === 0x2d || code === 0x5f || code === 0x2e
}

/**
 * parse5 without its location tracking, except that start-tag tokens get
 * their offsets and elements made from a token keep them (see
 * `OpeningsTokenizer`). Implied elements (`<html>`, `<tbody>`,
 * adoption-agency clones) get none, as with full tracking.
 */
class OpeningsParser extends Parser<DefaultTreeAdapterMap> {
  constructor(options?: ParserOptions<DefaultTreeAdapterMap>, document?: DefaultTreeAdapterMap['document'], fragmentContext?: P5Element | null) {
    super(options, document, fragmentContext)
    const tokenizer = new OpeningsTokenizer(this.options, this)
    tokenizer.inForeignNode = this.tokenizer.inForeignNode
    this.tokenizer = tokenizer
  }

  override _attachElementToTree(element: P5Element, location: Token.LocationWithAttributes | null, insertionLocation: Parameters<Parser<DefaultTreeAdapterMap>['_attachElementToTree']>[2]): void {
    if (location) (element as OpenedElement).opening = location as unknown as Opening
    super._attachElementToTree(element, location, insertionLocation)
  }
}

/**
 * parse5's default tree, but end positions are written into the node's
 * location object instead of a copy of it per end tag (the copy was 7% of
 * `extract`'s time in the profile). Every element gets its own location
 * object from the parser; a text node's is its token's, used by nothing else.
 */
const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation(node, endLocation) {
    if (node.sourceCodeLocation) Object.assign(node.sourceCodeLocation, endLocation)
    else node.sourceCodeLocation = endLocation as Token.ElementLocation
  }
}

/** Convert a parse5 document (parsed with `sourceCodeLocationInfo`) of `text` to hast. */
export function fromParse5(document: DefaultTreeAdapterMap['document'], text: string, options: FromParse5Options = {}): Root {
  return convert(document, text, {verbose: options.verbose === true, openings: false})
}

function convert(document: DefaultTreeAdapterMap['document'], text: string, options: {verbose: boolean; openings: boolean}): Root {
  const state: State = {text, ...options, located: false}
  const root: Root = {type: 'root', children: [], data: {quirksMode: document.mode === 'quirks' || document.mode === 'limited-quirks'}}
  convertChildren(document, root, html, state)
  if (state.located) root.position = wholeDocument(state)
  return root
}

/** The whole text's span. */
function wholeDocument(state: State): {start: Point; end: Point} {
  const at = locate(state)
  return {start: at(0), end: at(state.text.length)}
}

/** Offsets → points for the whole text: one line index, made on first use, serves the root and every opening tag. */
function locate(state: State): Locate {
  return (state.at ??= locator({line: 1, column: 1, offset: 0}, state.text))
}

function convertChildren(from: P5Parent, to: HastParent, schema: Schema, state: State): void {
  const stack: Frame[] = [{from, to, index: 0, schema}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    const node = frame.from.childNodes[frame.index++]
    if (!node) {
      stack.pop()
      if (frame.to.type === 'element') finishElement(frame.from as P5Element, frame.to, state)
      continue
    }
    const converted = convertLeaf(node, state)
    if (converted) {
      frame.to.children.push(converted as ElementContent)
      continue
    }
    const element = node as P5Element
    const elementSchema = element.namespaceURI === webNamespaces.svg ? svg : html
    const result: Element = {type: 'element', tagName: element.tagName, properties: properties(element, elementSchema), children: []}
    Object.defineProperty(result, classAndIdKey, {value: readClassAndId(result)})
    frame.to.children.push(result)
    // Only `template`s in HTML have content; in SVG and MathML they are normal elements.
    if (element.tagName === 'template' && element.namespaceURI === webNamespaces.html) {
      result.content = templateContent(element as DefaultTreeAdapterMap['template'], state)
    }
    stack.push({from: element, to: result, index: 0, schema: elementSchema})
  }
}

/** A template's content: a root, placed between the tags (or, unclosed, where hast-util-from-parse5 places it: the whole document). */
function templateContent(template: DefaultTreeAdapterMap['template'], state: State): Root {
  const content: Root = {type: 'root', children: [], data: {quirksMode: false}}
  convertChildren(template.content, content, html, state)
  if (state.located) content.position = wholeDocument(state)
  const where = template.sourceCodeLocation
  const startTag = where?.startTag && position(where.startTag)
  const endTag = where?.endTag && position(where.endTag)
  if (startTag && endTag) content.position = {start: startTag.end, end: endTag.start}
  return content
}

function convertLeaf(node: P5Node, state: State): RootContent | undefined {
  if (state.openings) return leaf(node)
  const result = leaf(node)
  if (!result) return undefined
  const where = (node as {sourceCodeLocation?: Token.Location | null}).sourceCodeLocation
  if (where) {
    const place = position(where)
    if (place) {
      state.located = true
      result.position = place
    }
  }
  return result
}

function leaf(node: P5Node): Text | Comment | Doctype | undefined {
  let result: Text | Comment | Doctype
  switch (node.nodeName) {
    case '#text':
      result = {type: 'text', value: (node as DefaultTreeAdapterMap['textNode']).value}
      break
    case '#comment':
      result = {type: 'comment', value: (node as DefaultTreeAdapterMap['commentNode']).data}
      break
    case '#documentType':
      result = {type: 'doctype'}
      break
    default:
      return undefined
  }
  return result
}

/** Position, once the element's children are converted (an unclosed element ends where its last child does). */
function finishElement(from: P5Element, to: Element, state: State): void {
  if (state.openings) {
    const opening = (from as OpenedElement).opening
    if (opening && opening.endOffset >= 0) {
      state.located = true
      // Lines and columns from the offsets: parse5 counts a line twice after `&` and a line break in an attribute value.
      const at = locate(state)
      to.position = {start: at(opening.startOffset), end: at(opening.endOffset)}
    }
    return
  }
  const where = from.sourceCodeLocation
  if (!where) return
  const place = position(where)
  if (!place) return
  state.located = true
  const tail = to.children[to.children.length - 1]
  if (!where.endTag && tail?.position?.end) place.end = {...tail.position.end}
  if (state.verbose) {
    const schema = from.namespaceURI === webNamespaces.svg ? svg : html
    const attributes: Record<string, ReturnType<typeof position>> = {}
    // Prototype-named attributes have no property (rehype-parse's verbose mode throws on `constructor`).
    if (where.attrs) for (const key in where.attrs) if (own.call(where.attrs, key) && !own.call(Object.prototype, key)) attributes[find(schema, key).property] = position(where.attrs[key]!)
    const opening = position(where.startTag!)
    const closing = where.endTag ? position(where.endTag) : undefined
    to.data = {position: {opening, ...(closing ? {closing} : {}), properties: attributes}} as Element['data']
  }
  to.position = place
}

function position(where: Token.Location): {start: Point; end: Point} | undefined {
  const start = point(where.startLine, where.startCol, where.startOffset)
  const end = point(where.endLine, where.endCol, where.endOffset)
  return start || end ? ({start, end} as {start: Point; end: Point}) : undefined
}


function point(line: number, column: number, offset: number): Point | undefined {
  return line && column ? {line, column, offset} : undefined
}

/** Attributes → hast properties, as hastscript reads them (lists split, numbers and booleans typed). */
function properties(element: P5Element, schema: Schema): Properties {
  const result: Properties = {}
  for (const attribute of element.attrs) {
    const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name
    // `constructor`, `__proto__`…: never properties.
    if (own.call(Object.prototype, name)) continue
    const info = lookUp(schema, name)
    const value = attribute.value
    let parsed: Properties[string]
    if (info.spaceSeparated) parsed = parseSpaces(value)
    else if (info.commaSeparated) parsed = parseCommas(value)
    else if (info.commaOrSpaceSeparated) parsed = parseSpaces(parseCommas(value).join(' '))
    else parsed = primitive(info, value)
    // Only numbers and booleans change when typed: class lists (most lists) are kept as split.
    if (Array.isArray(parsed) && (info.number || info.boolean || info.overloadedBoolean)) parsed = parsed.map((item) => primitive(info, item as string)) as Array<string | number>
    // `class` and `classname` both give `className`: hastscript joins them.
    const before = result[info.property]
    if (info.property === 'className' && Array.isArray(before)) parsed = [...before, ...(parsed as Array<string | number>)]
    result[info.property] = parsed
  }
  return result
}

/** `find`, remembered per schema and attribute name (pages repeat a few dozen names thousands of times). */
const known = new Map<Schema, Map<string, ReturnType<typeof find>>>()
const knownLimit = 5000

function lookUp(schema: Schema, name: string): ReturnType<typeof find> {
  let names = known.get(schema)
  if (!names) known.set(schema, (names = new Map()))
  let info = names.get(name)
  if (!info) {
    info = find(schema, name)
    // Hostile pages invent names without end: forget rather than grow.
    if (names.size >= knownLimit) names.clear()
    names.set(name, info)
  }
  return info
}

function primitive(info: ReturnType<typeof find>, value: string): string | number | boolean {
  if (info.number && value && !Number.isNaN(Number(value))) return Number(value)
  if ((info.boolean || info.overloadedBoolean) && (value === '' || normalize(value) === normalize(info.property))) return true
  return value
}
