/**
 * Deterministic `@id`s: the same input gives the same id on every run and
 * every page of a site, so an author's node is one node site-wide.
 */

/** Page URL without its fragment; `''` when the page has no absolute URL (ids become document-relative). */
export function pageIdBase(url: string | undefined): string {
  return url ? url.replace(/#.*$/, '') : ''
}

/** Site origin for site-wide ids (`https://news.example`), `''` without a URL. */
export function siteIdBase(url: string | undefined): string {
  if (!url) return ''
  try {
    return new URL(url).origin
  } catch {
    return ''
  }
}

/** Stable short hash of a name: FNV-1a (32 bit) over its normalised form, base 36. */
export function stableHash(value: string): string {
  const normalized = value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
  let hash = 0x811c9dc5
  for (let index = 0; index < normalized.length; index++) {
    hash ^= normalized.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(36).padStart(7, '0')
}
