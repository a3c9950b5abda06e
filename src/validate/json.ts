/**
 * A small position-aware JSON parser (RFC 8259): the same values as
 * `JSON.parse`, plus where every value and member name starts, so validators
 * can put a line and column on a JSON pointer. Iterative (an explicit stack,
 * no recursion), so 100k-deep input parses without overflowing; a syntax error
 * becomes a `json/syntax` diagnostic, never an exception.
 */
import type {Diagnostic, Point} from '../types.js'
import {splitPointer} from './pointer.js'
import {locator, type Locate} from '../parse/lines.js'

export interface ParsedJson {
  /** `true` when the text is one well-formed JSON value. */
  ok: boolean
  /** The parsed value (`undefined` when `ok` is false). */
  value: unknown
  /** `json/syntax` (error) and `json/duplicate-key` (warning), with line and column. */
  diagnostics: Diagnostic[]
  /**
   * Position of the value at a JSON pointer (`at: 'key'`: of its member name,
   * when its parent is an object). A pointer that goes past the document
   * resolves to the deepest existing ancestor, so "missing property" findings
   * point at the object that lacks it.
   */
  locate(pointer: string, at?: 'key' | 'value'): Point | undefined
}

/** Offsets of an object's members: name → [offset of the name, offset of the value]. */
type MemberOffsets = Map<string, [number, number]>
/** Offsets of an array's items. */
type ItemOffsets = number[]

type Frame =
  | {kind: 'array'; value: unknown[]; offsets: ItemOffsets; start: number}
  | {kind: 'object'; value: Record<string, unknown>; offsets: MemberOffsets; start: number; key: string; keyOffset: number}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

const SYNTAX_URL = 'https://www.rfc-editor.org/rfc/rfc8259'

/**
 * Parse JSON text, recording the start offset of every value and member name.
 * Never throws: problems come back as diagnostics.
 */
export function parseJson(text: string): ParsedJson {
  const offsets = new WeakMap<object, MemberOffsets | ItemOffsets>()
  const diagnostics: Diagnostic[] = []
  const lines = lineIndex(text)
  const position = (offset: number): Point => lines.point(offset)
  let value: unknown
  let rootOffset = 0
  try {
    ;[value, rootOffset] = parseText(text, offsets, (key, offset) => {
      diagnostics.push({
        ruleId: 'json/duplicate-key',
        severity: 'warning',
        message: `Duplicate member name ${JSON.stringify(key)}: JSON-LD processors keep only one of the values (here the last)`,
        ...position(offset),
        source: 'json',
        url: SYNTAX_URL + '#section-4'
      })
    })
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error
    const {line, column} = position(error.offset)
    diagnostics.unshift({ruleId: 'json/syntax', severity: 'error', message: error.message, line, column, source: 'json', url: SYNTAX_URL})
    return {ok: false, value: undefined, diagnostics, locate: () => undefined}
  }
  return {
    ok: true,
    value,
    diagnostics,
    locate(pointer, at = 'value') {
      const offset = locateOffset(value, rootOffset, offsets, pointer, at)
      return offset === undefined ? undefined : position(offset)
    }
  }
}

function locateOffset(
  root: unknown,
  rootOffset: number,
  offsets: WeakMap<object, MemberOffsets | ItemOffsets>,
  pointer: string,
  at: 'key' | 'value'
): number | undefined {
  const tokens = splitPointer(pointer)
  if (tokens === undefined) return undefined
  let current = root
  let found = rootOffset
  for (let index = 0; index < tokens.length; index++) {
    if (current === null || typeof current !== 'object') break
    const table = offsets.get(current)
    const token = tokens[index]!
    if (table === undefined) break
    const isLast = index === tokens.length - 1
    if (Array.isArray(table)) {
      if (!/^(?:0|[1-9]\d*)$/.test(token) || Number(token) >= table.length) break
      found = table[Number(token)]!
      current = (current as unknown[])[Number(token)]
    } else {
      const member = table.get(token)
      if (member === undefined) break
      found = isLast && at === 'key' ? member[0] : member[1]
      current = (current as Record<string, unknown>)[token]
    }
  }
  return found
}

/** Offset → 1-based line and column (UTF-16 code units), line starts computed on first use. */
function lineIndex(text: string): {point(offset: number): Point} {
  let locate: Locate | undefined
  return {
    point: (offset) => (locate ??= locator({line: 1, column: 1, offset: 0}, text))(offset)
  }
}

/** The parser proper: returns the value and the offset where it starts. */
function parseText(
  text: string,
  offsets: WeakMap<object, MemberOffsets | ItemOffsets>,
  onDuplicate: (key: string, offset: number) => void
): [unknown, number] {
  const length = text.length
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const stack: Frame[] = []

  const skipSpace = (): void => {
    for (;;) {
      const code = text.charCodeAt(index)
      if (code === 32 || code === 10 || code === 13 || code === 9) index++
      else return
    }
  }
  const describe = (at: number): string => {
    if (at >= length) return 'end of input'
    const char = text.codePointAt(at)!
    return char < 32 || char === 0x2028 || char === 0x2029 ? `character U+${char.toString(16).toUpperCase().padStart(4, '0')}` : `\`${String.fromCodePoint(char)}\``
  }
  const fail = (expected: string, at = index): never => {
    throw new JsonSyntaxError(`Unexpected ${describe(at)}, expected ${expected}`, at)
  }
  /** Reads a member name and the colon after it into the object frame. */
  const readKey = (frame: Extract<Frame, {kind: 'object'}>): void => {
    skipSpace()
    if (text.charCodeAt(index) !== 34) fail('a member name in double quotes')
    frame.keyOffset = index
    frame.key = readString()
    skipSpace()
    if (text.charCodeAt(index) !== 58) fail('`:` after the member name')
    index++
  }
  const readString = (): string => {
    const start = index
    index++
    let result = ''
    let chunk = index
    for (;;) {
      if (index >= length) throw new JsonSyntaxError('Unterminated string', start)
      const code = text.charCodeAt(index)
      if (code === 34) {
        result += text.slice(chunk, index)
        index++
        return result
      }
      if (code < 32) fail('the string to continue (control characters must be escaped)')
      if (code !== 92) {
        index++
        continue
      }
      result += text.slice(chunk, index)
      const escape = text.charCodeAt(index + 1)
      const simple = ESCAPES[escape]
      if (simple !== undefined) {
        result += simple
        index += 2
      } else if (escape === 117) {
        const hex = text.slice(index + 2, index + 6)
        if (!/^[0-9A-Fa-f]{4}$/.test(hex)) throw new JsonSyntaxError('Invalid \\u escape: expected four hex digits', index)
        result += String.fromCharCode(parseInt(hex, 16))
        index += 6
      } else {
        throw new JsonSyntaxError(`Invalid escape \\${index + 1 < length ? text[index + 1] : ''} in string`, index)
      }
      chunk = index
    }
  }
  const readNumber = (): number => {
    const start = index
    if (text.charCodeAt(index) === 45) index++
    const first = text.charCodeAt(index)
    if (first === 48) index++
    else if (first >= 49 && first <= 57) while (isDigit(text.charCodeAt(index))) index++
    else fail('a digit')
    if (text.charCodeAt(index) === 46) {
      index++
      if (!isDigit(text.charCodeAt(index))) fail('a digit after the decimal point')
      while (isDigit(text.charCodeAt(index))) index++
    }
    const exponent = text.charCodeAt(index)
    if (exponent === 101 || exponent === 69) {
      index++
      const sign = text.charCodeAt(index)
      if (sign === 43 || sign === 45) index++
      if (!isDigit(text.charCodeAt(index))) fail('a digit in the exponent')
      while (isDigit(text.charCodeAt(index))) index++
    }
    return Number(text.slice(start, index))
  }
  const readLiteral = (word: string, literal: unknown): unknown => {
    if (text.startsWith(word, index)) {
      index += word.length
      return literal
    }
    return fail('a JSON value')
  }

  for (;;) {
    // Read one value; containers push a frame and go round again for their first member.
    skipSpace()
    let valueStart = index
    let value: unknown
    const code = text.charCodeAt(index)
    if (code === 123) {
      const object: Record<string, unknown> = {}
      const members: MemberOffsets = new Map()
      offsets.set(object, members)
      index++
      skipSpace()
      if (text.charCodeAt(index) === 125) {
        index++
        value = object
      } else {
        const frame: Frame = {kind: 'object', value: object, offsets: members, start: valueStart, key: '', keyOffset: 0}
        stack.push(frame)
        readKey(frame)
        continue
      }
    } else if (code === 91) {
      const array: unknown[] = []
      const items: ItemOffsets = []
      offsets.set(array, items)
      index++
      skipSpace()
      if (text.charCodeAt(index) === 93) {
        index++
        value = array
      } else {
        stack.push({kind: 'array', value: array, offsets: items, start: valueStart})
        continue
      }
    } else if (code === 34) value = readString()
    else if (code === 45 || isDigit(code)) value = readNumber()
    else if (code === 116) value = readLiteral('true', true)
    else if (code === 102) value = readLiteral('false', false)
    else if (code === 110) value = readLiteral('null', null)
    else fail('a JSON value')

    // Attach the finished value to its container; close containers that end here.
    for (;;) {
      const frame = stack[stack.length - 1]
      if (frame === undefined) {
        skipSpace()
        if (index < length) fail('end of input after the JSON value')
        return [value, valueStart]
      }
      if (frame.kind === 'array') {
        frame.value.push(value)
        frame.offsets.push(valueStart)
      } else {
        setMember(frame.value, frame.key, value)
        if (frame.offsets.has(frame.key)) onDuplicate(frame.key, frame.keyOffset)
        frame.offsets.set(frame.key, [frame.keyOffset, valueStart])
      }
      skipSpace()
      const next = text.charCodeAt(index)
      if (next === 44) {
        index++
        if (frame.kind === 'object') readKey(frame)
        break
      }
      if (next === (frame.kind === 'array' ? 93 : 125)) {
        index++
        stack.pop()
        value = frame.value
        valueStart = frame.start
        continue
      }
      fail(frame.kind === 'array' ? '`,` or `]` after an array item' : '`,` or `}` after a member value')
    }
  }
}

const ESCAPES: Record<number, string> = {34: '"', 92: '\\', 47: '/', 98: '\b', 102: '\f', 110: '\n', 114: '\r', 116: '\t'}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Own data property even for `__proto__`, as `JSON.parse` does (no prototype change). */
function setMember(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, {value, writable: true, enumerable: true, configurable: true})
  } else {
    object[key] = value
  }
}
