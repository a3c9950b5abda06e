/**
 * A strict JSON scanner (RFC 8259, the grammar `JSON.parse` accepts). It does
 * not build values — `JSON.parse` does that — it finds what `JSON.parse`
 * does not report portably: where the first value ends (so concatenated
 * values can be split), the offset of a syntax error (V8 omits it for
 * "Unexpected token"), and where each object starts (so a node found in a
 * block can be given its own line and column). Iterative: nesting depth is
 * bounded only by memory.
 */
import {pointerToken} from './iri.js'

/** Result of scanning one JSON value. */
export type Scan =
  | {ok: true; /** Offset just past the value. */ end: number; /** JSON pointer → offset of each object's `{`. */ objects: Map<string, number>}
  | {ok: false; /** Offset of the offending character (the text length at end of input). */ offset: number; reason: string}

interface Frame {
  kind: 'object' | 'array'
  path: string
  index: number
}

/** Thrown inside the scanner only, caught in `scanJson`. */
class SyntaxFault {
  constructor(
    readonly offset: number,
    readonly reason: string
  ) {}
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])

/** Scan one JSON value starting at `from` (leading white space allowed). */
export function scanJson(text: string, from = 0): Scan {
  try {
    return {ok: true, ...scanValue(text, from)}
  } catch (error) {
    if (error instanceof SyntaxFault) return {ok: false, offset: error.offset, reason: error.reason}
    throw error
  }
}

/** Skip JSON white space (space, tab, line feed, carriage return only). */
export function skipWhiteSpace(text: string, index: number): number {
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) break
    index++
  }
  return index
}

function scanValue(text: string, from: number): {end: number; objects: Map<string, number>} {
  const objects = new Map<string, number>()
  const stack: Frame[] = []
  let index = from
  let path = ''
  for (;;) {
    index = skipWhiteSpace(text, index)
    const char = text[index]
    if (char === '{' || char === '[') {
      if (char === '{') objects.set(path, index)
      const frame: Frame = {kind: char === '{' ? 'object' : 'array', path, index: 0}
      index = skipWhiteSpace(text, index + 1)
      if (text[index] === (char === '{' ? '}' : ']')) {
        index++
      } else {
        stack.push(frame)
        ;({index, path} = char === '{' ? scanKey(text, index, frame) : {index, path: `${path}/0`})
        continue
      }
    } else {
      index = scanScalar(text, index)
    }
    const next = afterValue(text, index, stack)
    if (next.done) return {end: next.index, objects}
    ;({index, path} = next)
  }
}

/** After a value: close finished containers, then either stop or point at the next value. */
function afterValue(text: string, index: number, stack: Frame[]): {done: true; index: number} | {done: false; index: number; path: string} {
  for (;;) {
    const frame = stack[stack.length - 1]
    if (!frame) return {done: true, index}
    index = skipWhiteSpace(text, index)
    const char = text[index]
    const close = frame.kind === 'object' ? '}' : ']'
    if (char === close) {
      stack.pop()
      index++
      continue
    }
    if (char !== ',') {
      throw new SyntaxFault(index, frame.kind === 'object' ? "Expected ',' or '}' after property value" : "Expected ',' or ']' after array element")
    }
    index = skipWhiteSpace(text, index + 1)
    if (frame.kind === 'array') {
      frame.index++
      return {done: false, index, path: `${frame.path}/${frame.index}`}
    }
    return {done: false, ...scanKey(text, index, frame)}
  }
}

/** A property name and its colon; returns the offset of the value and its pointer. */
function scanKey(text: string, index: number, frame: Frame): {index: number; path: string} {
  if (text[index] !== '"') throw new SyntaxFault(index, 'Expected double-quoted property name')
  const end = scanString(text, index)
  const key = JSON.parse(text.slice(index, end)) as string
  const colon = skipWhiteSpace(text, end)
  if (text[colon] !== ':') throw new SyntaxFault(colon, "Expected ':' after property name")
  return {index: colon + 1, path: `${frame.path}/${pointerToken(key)}`}
}

function scanScalar(text: string, index: number): number {
  const char = text[index]
  if (char === '"') return scanString(text, index)
  if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return scanNumber(text, index)
  for (const literal of ['true', 'false', 'null']) {
    if (char === literal[0]) return scanLiteral(text, index, literal)
  }
  if (char === undefined) throw new SyntaxFault(index, 'Unexpected end of JSON input')
  throw new SyntaxFault(index, `Unexpected character ${JSON.stringify(char)}`)
}

function scanString(text: string, start: number): number {
  let index = start + 1
  for (;;) {
    if (index >= text.length) throw new SyntaxFault(index, 'Unterminated string')
    const code = text.charCodeAt(index)
    if (code === 0x22) return index + 1
    if (code < 0x20) throw new SyntaxFault(index, 'Bad control character in string literal')
    if (code === 0x5c) index = scanEscape(text, index)
    else index++
  }
}

/** `index` is at a backslash; returns the offset after the escape. */
function scanEscape(text: string, index: number): number {
  const char = text[index + 1]
  if (char === 'u') {
    for (let digit = index + 2; digit < index + 6; digit++) {
      if (!/[\da-fA-F]/.test(text[digit] ?? '')) throw new SyntaxFault(digit, 'Bad Unicode escape')
    }
    return index + 6
  }
  if (char !== undefined && escapes.has(char)) return index + 2
  throw new SyntaxFault(index + 1, 'Bad escaped character')
}

function scanNumber(text: string, index: number): number {
  numberPattern.lastIndex = index
  const match = numberPattern.exec(text)
  if (!match) throw new SyntaxFault(index + 1, 'No number after minus sign')
  const end = index + match[0].length
  // `1.` and `1e` are errors at the character after the dot or exponent.
  const next = text[end]
  if (next === '.' || next === 'e' || next === 'E') throw new SyntaxFault(end + 1, 'Unterminated fractional number or exponent')
  return end
}

function scanLiteral(text: string, index: number, literal: string): number {
  for (let offset = 0; offset < literal.length; offset++) {
    if (text[index + offset] !== literal[offset]) throw new SyntaxFault(index + offset, `Unexpected token in ${literal}`)
  }
  return index + literal.length
}
