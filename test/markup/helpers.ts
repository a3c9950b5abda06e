import {parseHtml} from '../../src/parse/index.js'
import {readMarkup} from '../../src/markup/index.js'
import type {Point} from '../../src/types.js'

/** Parse a page and read its markup. */
export function read(html: string) {
  const {tree, text} = parseHtml(html)
  return {text, ...readMarkup(tree, text)}
}

/** The page offset of a 1-based line/column (lines break at \r\n, \r, \n, as parse5 counts them). */
export function offsetOf(text: string, point: {line?: number; column?: number}): number {
  let line = 1
  let offset = 0
  while (line < (point.line ?? 1)) {
    const next = text.slice(offset).search(/\r\n|\r|\n/)
    if (next === -1) throw new Error(`line ${point.line} is past the end`)
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1)
    line++
  }
  return offset + (point.column ?? 1) - 1
}

/** What the page has at a point, `length` characters long. */
export function at(text: string, point: Point | {line?: number; column?: number}, length: number): string {
  const offset = offsetOf(text, point)
  return text.slice(offset, offset + length)
}
