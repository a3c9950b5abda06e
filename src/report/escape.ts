/**
 * Text from pages is hostile (`<script>` in a name, `</svg>` in a type,
 * quotes in an `@id`): everything the report writes into HTML or SVG goes
 * through `escapeHtml`, which is safe both as element content and inside a
 * double- or single-quoted attribute.
 */

/**
 * Characters HTML should not carry: C0 controls but tab, line feed and
 * carriage return; DEL and C1 controls; lone surrogates; U+FFFE and U+FFFF.
 * Replaced by U+FFFD.
 */
const unusable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const entities: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/** `text` as HTML/SVG content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(unusable, '\uFFFD').replace(/[&<>"']/g, (character) => entities[character]!)
}

/** A URL for an `href`: http(s) and fragment links only, escaped; anything else (`javascript:`) becomes `#`. */
export function safeHref(url: string | undefined): string {
  if (url === undefined) return '#'
  if (url.startsWith('#')) return escapeHtml(url)
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return escapeHtml(parsed.href)
  } catch {}
  return '#'
}
