/**
 * Offsets inside a slice of the page → page points. Lines break at `\r\n`,
 * `\r` and `\n`, as parse5 counts them, so points agree with hast positions.
 */
import type {Point} from '../types.js'

/** Map an offset in `slice` to a page point, given where `slice` starts in the page. */
export type Locate = (offset: number) => Point

/** Build a `Locate` for `slice`, which starts at `base` in the page. */
export function locator(base: Point, slice: string): Locate {
  const starts = lineStarts(slice)
  return (offset) => {
    const line = lineIndex(starts, offset)
    const column = line === 0 ? base.column + offset : offset - starts[line]! + 1
    const point: Point = {line: base.line + line, column}
    if (base.offset !== undefined) point.offset = base.offset + offset
    return point
  }
}

function lineStarts(slice: string): number[] {
  const starts = [0]
  // Most pages have no CR: then `indexOf` finds the breaks at native speed.
  if (!slice.includes('\r')) {
    for (let index = slice.indexOf('\n'); index !== -1; index = slice.indexOf('\n', index + 1)) starts.push(index + 1)
    return starts
  }
  for (let index = 0; index < slice.length; index++) {
    const code = slice.charCodeAt(index)
    if (code === 13 && slice.charCodeAt(index + 1) === 10) index++
    if (code === 10 || code === 13) starts.push(index + 1)
  }
  return starts
}

/** Largest `i` with `starts[i] <= offset` (binary search). */
function lineIndex(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low
}
