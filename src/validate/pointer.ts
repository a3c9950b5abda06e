/**
 * JSON pointers (RFC 6901): the `path` of every diagnostic.
 */

/** Append one reference token to a pointer, escaping `~` and `/`. */
export function appendPointer(pointer: string, token: string | number): string {
  if (typeof token === 'number') return `${pointer}/${token}`
  const escaped = token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token
  return `${pointer}/${escaped}`
}

/** Split a pointer into unescaped tokens (`''` → `[]`); `undefined` when it is not a pointer. */
export function splitPointer(pointer: string): string[] | undefined {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) return undefined
  const tokens = pointer.slice(1).split('/')
  return pointer.includes('~') ? tokens.map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~')) : tokens
}

/** The value at a pointer, or `undefined`. Only own properties count (no `__proto__` walking). */
export function valueAt(root: unknown, pointer: string): unknown {
  const tokens = splitPointer(pointer)
  if (tokens === undefined) return undefined
  let current = root
  for (const token of tokens) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, token)) return undefined
    current = (current as Record<string, unknown>)[token]
  }
  return current
}
