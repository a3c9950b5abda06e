/**
 * Bylines as people write them: "By X", "By X and Y", "By X - March 11 2022",
 * "By X | Reuters", "Von X und Y". Names out, with the date when the line
 * carries one.
 */
import {findDateInText} from './dates.js'

export interface Byline {
  names: string[]
  /** ISO date written in the same line, if any. */
  date?: string | undefined
}

const prefix = /^\s*(?:written\s+by|posted\s+by|published\s+by|story\s+by|words\s+by|text\s+by|by|von|par|por|di|door|av|przez|от|автор)\s*[:\s]\s*/i
const nameSplit = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b)\s*/i
const segmentSplit = /\s+[|•·—–-]\s+|\s*[|•·]\s*|\n/
/** Words that label a role or a time, not a person. */
const notName = /^(?:staff(?:\s+(?:writer|reporter))?|(?:senior|chief|political|foreign|business|sports|science|health|special)?\s*(?:writer|reporter|correspondent|editor|columnist|contributor|analyst|producer|photographer)s?|updated?|published|posted|last\s+updated|share|follow|email|twitter|more|view\s+all|read\s+more|min(?:ute)?s?\s+read)\b/i

/** Parse a byline into names (and a date). Returns no names when the text is no byline. */
export function parseByline(text: string): Byline {
  const found = findDateInText(text)
  // "Posted by X on March 3": the word joining name and date is neither.
  let rest = (found ? text.slice(0, found.start) : text).replace(/\s+(?:on|am|le|el|il|at|dated?|published|updated)\s*[:,]?\s*$/i, '')
  const date = found?.iso
  rest = rest.replace(prefix, '')
  const segments = rest.split(segmentSplit).map((segment) => segment.trim()).filter(Boolean)
  const names: string[] = []
  segments.forEach((segment, index) => {
    // Later segments ("| Reuters", "- Staff") hold agencies or roles, kept only when they name an organisation.
    if (index > 0 && !looksLikeOrganization(segment)) return
    for (const part of segment.replace(prefix, '').split(nameSplit)) {
      const name = cleanName(part)
      if (name) names.push(name)
    }
  })
  return {names: dedupe(names), date}
}

/** Trim punctuation and reject what is not a name. */
export function cleanName(value: string): string | undefined {
  const name = value
    .replace(prefix, '')
    .replace(/^[\s"'“”‘’(\[]+|[\s"'“”‘’)\].,:;|]+$/g, '')
    .replace(/\s+/g, ' ')
  if (name.length < 2 || name.length > 80) return undefined
  if (notName.test(name) || /^https?:|@|www\.|\d{3,}/i.test(name)) return undefined
  if (!/\p{L}/u.test(name)) return undefined
  if (name.split(' ').length > 6) return undefined
  return name
}

const organizationWords =
  /\b(?:desk|staff|team|editors|editorial|newsroom|agency|agencies|news|press|media|bureau|wire|service|services|redaktion|rédaction|redacción|redazione|reuters|afp|ap|associated\s+press|dpa|bloomberg|xinhua|ani|pti|ians|efe|ansa|tass|kyodo|yonhap|sda|apa|bbc|cnn)\b/i

/** Desks, agencies and newsrooms are Organizations, not Persons. */
export function looksLikeOrganization(name: string): boolean {
  return organizationWords.test(name)
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>()
  return names.filter((name) => {
    const lower = name.toLowerCase()
    if (seen.has(lower)) return false
    seen.add(lower)
    return true
  })
}
