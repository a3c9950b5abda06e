/** Normalisers shared by the text fields. */
import {collapse} from '../../parse/index.js'

// " | ", " - ", " : " … between spaces; the full-width bar "｜" of CJK titles with or without them;
// and " [" before a last segment in square brackets, "Story [Site]" (that segment keeps its "]").
const separators = /\s+(?:\||-|–|—|::?|·|•|»|«|\/)\s+|\s*｜\s*|\s+\[(?=[^[\]]+\]$)/

/**
 * Decode the entities that survive in meta content and JSON-LD written
 * twice-escaped (`&amp;#039;`, `&#x2019;`, `&rsquo;`), then collapse white space.
 */
export function cleanText(value: string): string {
  return collapse(value.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (entity, name: string) => decodeEntity(name) ?? entity))
}

const entities: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»'
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return entities[name.toLowerCase()]
  const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10)
  // No NUL, surrogates or out-of-range code points: those stay as written.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined
}

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
  const pieces = titleSegments(title)
  if (pieces.length < 3) return title
  const known = new Set(siteNames.map(key).filter((name) => name !== ''))
  const isSite = (part: string) => known.has(key(part)) || isDomain(part)
  if (isSite(pieces[pieces.length - 1]!)) return stripSiteName(pieces.slice(0, -2).join(''), siteNames, keep)
  if (isSite(pieces[0]!)) return stripSiteName(pieces.slice(2).join(''), siteNames, keep)
  if (keep) {
    // The longest head that is the visible headline (keys of the pieces add up: separators have none).
    const wanted = key(keep)
    let headKey = ''
    let found: number | undefined
    for (let end = 1; end < pieces.length - 1; end += 2) {
      headKey += key(pieces[end - 1]!) + key(pieces[end]!)
      if (headKey === wanted) found = end
      if (headKey.length > wanted.length) break
    }
    if (found !== undefined) return pieces.slice(0, found).join('')
  }
  return title
}

/** Longer than any title: not split (the separator search would be slow on hostile input, and the length checks reject it). */
export const maxTitle = 1000

const capturingSeparators = new RegExp(`(${separators.source})`)

/** The site name in a title whose other part is the headline: "Headline | Site" → "Site". */
export function siteNameFromTitle(title: string, headline: string): string | undefined {
  if (title.length > maxTitle) return undefined
  const parts = title.split(separators)
  if (parts.length < 2) return undefined
  const wanted = key(headline)
  if (key(parts.slice(0, -1).join(' ')) === wanted || key(title).startsWith(wanted)) {
    const last = parts[parts.length - 1]!
    return key(last) === wanted ? undefined : last.trim().replace(/\]$/, '')
  }
  if (key(parts.slice(1).join(' ')) === wanted) return parts[0]!.trim()
  return undefined
}

function isDomain(value: string): boolean {
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\]?$/i.test(value.trim())
}

const cjk = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}'
const wordPattern = new RegExp(`[${cjk}]|(?:(?![${cjk}])[\\p{L}\\p{N}])+`, 'gu')

/**
 * Word tokens for comparing titles: NFKC, lowercase, letters and digits;
 * Han, kana and Hangul one character per token (those scripts do not put
 * spaces between words). A final "s" is dropped from longer words, so
 * "Compliments" and "compliment" meet.
 */
export function tokens(value: string): string[] {
  const text = value.normalize('NFKC').toLowerCase()
  const found: string[] = []
  for (const [word] of text.matchAll(wordPattern)) {
    found.push(word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word)
  }
  return found
}

/** Share of `part`'s distinct tokens that also occur in `whole` (0 when `part` has none). */
export function containment(part: string, whole: string): number {
  const wanted = new Set(tokens(part))
  if (wanted.size === 0) return 0
  const have = new Set(tokens(whole))
  let shared = 0
  for (const token of wanted) if (have.has(token)) shared++
  return shared / wanted.size
}

/** A title split at its separators: `[segment, separator, segment, …]` (one segment when too long to be a title). */
export function titleSegments(title: string): string[] {
  return title.length > maxTitle ? [title] : title.split(capturingSeparators)
}
