/**
 * Line helpers over the page source, so inserted lines copy the page's own
 * indentation and line breaks (`\r\n` pages stay `\r\n`).
 */

/** The offset where the line holding `offset` starts, if only spaces and tabs precede `offset` on it (and it is not the first line). */
export function lineStartIfBlank(source: string, offset: number): number | undefined {
  let index = offset
  while (index > 0 && (source[index - 1] === ' ' || source[index - 1] === '\t')) index--
  const previous = source[index - 1]
  return previous === '\n' || previous === '\r' ? index : undefined
}

/** The line break that ends just before `lineStart` (`\n` when there is none to copy). */
export function lineBreakBefore(source: string, lineStart: number): string {
  if (source[lineStart - 1] === '\r') return '\r'
  if (source[lineStart - 1] === '\n') return source[lineStart - 2] === '\r' ? '\r\n' : '\n'
  return '\n'
}

/** The line break starting at `offset`, if there is one. */
export function lineBreakAt(source: string, offset: number): string | undefined {
  if (source[offset] === '\r') return source[offset + 1] === '\n' ? '\r\n' : '\r'
  if (source[offset] === '\n') return '\n'
  return undefined
}

/** The leading spaces and tabs of the line holding `offset`. */
export function indentOf(source: string, offset: number): string {
  const lineStart = Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1)) + 1
  return /^[ \t]*/.exec(source.slice(lineStart, Math.max(offset, lineStart)))![0]
}
