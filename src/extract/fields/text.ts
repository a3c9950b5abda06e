/** Normalisers shared by the text fields. */
import {collapse} from '../../parse/index.js'

const separators = /\s+(?:\||-|–|—|::|·|•|»|«|\/)\s+/

/** Decode the few entities that survive in meta content written twice-escaped. */
export function cleanText(value: string): string {
  return collapse(value.replace(/&(amp|quot|#39|apos|lt|gt|nbsp);/g, (_, name: string) => entities[name] ?? _))
}

const entities: Record<string, string> = {amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>', nbsp: ' '}

/** Comparable form of a name: lowercase letters and digits only. */
export function key(value: string): string {
  return value.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * Remove a site name from a title: "Story | Site", "Site - Story".
 * An end segment is removed when it is a known site name or a domain, or
 * when `keep` (the visible headline) equals the rest.
 */
export function stripSiteName(title: string, siteNames: readonly string[], keep?: string): string {
  // Segments and separators alternate: [part, sep, part, sep, part].
  const pieces = title.split(capturingSeparators)
  if (pieces.length < 3) return title
  const known = new Set(siteNames.map(key).filter((name) => name !== ''))
  const isSite = (part: string) => known.has(key(part)) || isDomain(part)
  if (isSite(pieces[pieces.length - 1]!)) return stripSiteName(pieces.slice(0, -2).join(''), siteNames, keep)
  if (isSite(pieces[0]!)) return stripSiteName(pieces.slice(2).join(''), siteNames, keep)
  if (keep) {
    const wanted = key(keep)
    for (let end = pieces.length - 2; end > 0; end -= 2) {
      const head = pieces.slice(0, end).join('')
      if (key(head) === wanted) return head
    }
  }
  return title
}

const capturingSeparators = new RegExp(`(${separators.source})`)

/** The site name in a title whose other part is the headline: "Headline | Site" → "Site". */
export function siteNameFromTitle(title: string, headline: string): string | undefined {
  const parts = title.split(separators)
  if (parts.length < 2) return undefined
  const wanted = key(headline)
  if (key(parts.slice(0, -1).join(' ')) === wanted || key(title).startsWith(wanted)) {
    const last = parts[parts.length - 1]!
    return key(last) === wanted ? undefined : last.trim()
  }
  if (key(parts.slice(1).join(' ')) === wanted) return parts[0]!.trim()
  return undefined
}

function isDomain(value: string): boolean {
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(value.trim())
}
