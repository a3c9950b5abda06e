/**
 * Short renderings of JSON values for diagnostic messages.
 */

/**
 * A short JSON rendering for messages: one level of an object or array
 * (nested containers as `{…}`/`[…]`), cut at `limit` characters — bounded
 * work however large or deep the value is.
 */
export function preview(value: unknown, limit = 60): string {
  const text = previewOne(value, true, limit)
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text
}

function previewOne(value: unknown, open: boolean, limit: number): string {
  if (typeof value === 'string') return JSON.stringify(value.length > limit ? value.slice(0, limit) : value)
  if (value === null || typeof value !== 'object') return String(value)
  if (Array.isArray(value)) {
    if (!open) return value.length === 0 ? '[]' : '[…]'
    return `[${joinBounded(value.length, (index) => previewOne(value[index], false, limit), limit)}]`
  }
  const keys = Object.keys(value)
  if (!open) return keys.length === 0 ? '{}' : '{…}'
  const member = (index: number): string => `${JSON.stringify(keys[index])}:${previewOne((value as Record<string, unknown>)[keys[index]!], false, limit)}`
  return `{${joinBounded(keys.length, member, limit)}}`
}

function joinBounded(count: number, part: (index: number) => string, limit: number): string {
  let text = ''
  for (let index = 0; index < count; index++) {
    if (text.length > limit) return `${text},…`
    text += (index === 0 ? '' : ',') + part(index)
  }
  return text
}
