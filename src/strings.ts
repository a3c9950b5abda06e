/**
 * String helpers every stage may use, linear on any input.
 *
 * A trailing-run pattern such as `/[\s.,]+$/` is quadratic in V8 when a long
 * run of those characters is followed by something else ("a . . . . . b"):
 * the engine starts a match at every character of the run and scans to its
 * end each time. These trim from the end instead.
 */

/** `value` without the run of characters from `set` at its end. */
export function trimEndOf(value: string, set: string): string {
  let end = value.length
  while (end > 0 && set.includes(value[end - 1]!)) end--
  return value.slice(0, end)
}

/** `value` without the run of characters from `set` at its start. */
export function trimStartOf(value: string, set: string): string {
  let start = 0
  while (start < value.length && set.includes(value[start]!)) start++
  return value.slice(start)
}

/** The ASCII and Unicode white space `\s` matches, for the sets above. */
export const whiteSpace = ' \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'

/** Whether a UTF-16 code unit is white space to `\s`. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/**
 * A running `collapse(text).length` over text given in pieces, without
 * building the string: `separate()` marks a break between pieces that reads
 * as white space (a block element, a `<br>`).
 */
export class CollapsedLength {
  length = 0
  private space = false

  /** Add a piece of text; `false` as soon as the length passes `max` (the rest is not counted). */
  add(value: string, max = Infinity): boolean {
    for (let index = 0; index < value.length; index++) {
      if (isWhiteSpace(value.charCodeAt(index))) {
        this.space = this.length > 0
      } else {
        if (this.space) this.length++
        this.space = false
        if (++this.length > max) return false
      }
    }
    return true
  }

  separate(): void {
    this.space = this.length > 0
  }
}

/** `collapse(value).length` (runs of white space as one space, trimmed), without building the string. */
export function collapsedLength(value: string): number {
  const counter = new CollapsedLength()
  counter.add(value)
  return counter.length
}

/** The last `count` characters of `collapse(value)`, collapsing only as much of the end as that needs. */
export function collapsedTail(value: string, count: number): string {
  for (let size = count * 4; ; size *= 2) {
    if (size >= value.length) return collapse(value).slice(-count)
    const tail = collapse(value.slice(-size))
    // More than `count` left: the cut (and the trim at it) is outside what is kept.
    if (tail.length > count) return tail.slice(-count)
  }
}

/** Collapse runs of white space and trim. */
export function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
