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
