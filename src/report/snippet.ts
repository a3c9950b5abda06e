/**
 * The source line a finding points at, for the report's findings list. Long
 * lines (minified pages keep a whole JSON-LD block on one) are cut to a
 * window around the column.
 */
import type {Point} from '../types.js'
import type {Snippet} from './types.js'

/** Characters kept before and after the column of a long line. */
const before = 60
const afterColumn = 140

/**
 * Snippets of `text` at `points`, keyed `line:column`. Lines break at
 * `\r\n`, `\r` and `\n`, as the parser counts them; columns are 1-based
 * UTF-16 offsets.
 */
export function snippetsOf(text: string, points: Iterable<Pick<Point, 'line'> & {column?: number | undefined}>): Record<string, Snippet> {
  const wanted = [...points].filter((point) => Number.isInteger(point.line) && point.line >= 1)
  const snippets: Record<string, Snippet> = {}
  if (wanted.length === 0) return snippets
  const starts = lineStarts(text)
  for (const point of wanted) {
    const column = point.column ?? 1
    const key = `${point.line}:${column}`
    if (Object.hasOwn(snippets, key) || point.line > starts.length) continue
    const start = starts[point.line - 1]!
    const end = point.line < starts.length ? lineEnd(text, starts[point.line]!) : text.length
    const line = text.slice(start, end)
    const at = Math.min(Math.max(column - 1, 0), line.length)
    const from = Math.max(0, at - before)
    const to = Math.min(line.length, at + afterColumn)
    Object.defineProperty(snippets, key, {
      value: {line: point.line, text: line.slice(from, to).replace(/\t/g, '  '), at: tabbed(line.slice(from, at)), cutBefore: from > 0, cutAfter: to < line.length},
      enumerable: true,
      configurable: true,
      writable: true
    })
  }
  return snippets
}

/** Length of `text` once tabs are two spaces. */
function tabbed(text: string): number {
  return text.length + (text.match(/\t/g)?.length ?? 0)
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) starts.push(index + 1)
  }
  return starts
}

/** End of the line whose successor starts at `next` (before its `\n`, `\r` or `\r\n`). */
function lineEnd(text: string, next: number): number {
  if (text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13) return next - 2
  return next - 1
}
