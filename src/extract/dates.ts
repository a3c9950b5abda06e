/**
 * Date strings as pages write them → ISO 8601, without inventing anything:
 * a date with no time stays `YYYY-MM-DD`, a time with no zone keeps no zone,
 * a stated offset (or a zone abbreviation with one fixed offset) is kept as
 * written. Numeric dates whose day and month could be swapped are read by
 * the page's language, and rejected when nothing decides them.
 *
 * Every pattern here is linear: bounded repetitions, no nested quantifiers.
 */
import {monthNumber} from './date-months.js'

export interface ParsedDate {
  /** ISO 8601: `YYYY-MM-DD`, or with time `YYYY-MM-DDTHH:MM[:SS][offset]`. */
  iso: string
  /** Whether the value states a time of day. */
  hasTime: boolean
  /** Whether the value states a zone or offset. */
  hasZone: boolean
}

export interface DateOptions {
  /**
   * How to read numeric dates whose first two numbers could both be a month
   * (`03/04/2020`): `true` day first, `false` month first, `undefined`
   * reject them. Dates with a number above 12 decide themselves.
   * See {@link dayFirstFor}.
   */
  dayFirst?: boolean | undefined
  /** Accept two-digit years (`30.10.23`). Only for text known to be a date line. */
  shortYear?: boolean | undefined
}

export interface DateInText {
  iso: string
  start: number
  end: number
}

/** Parse a machine-readable or human date. `undefined` when it is not one. */
export function parseDate(input: string, options: DateOptions = {}): ParsedDate | undefined {
  const value = input.trim()
  if (value.length === 0 || value.length > 200) return undefined
  return parseIso(value) ?? parseCompact(value) ?? parseRfc2822(value) ?? parseJavaDate(value) ?? parseHuman(value, options)
}

/**
 * Whether numeric dates on a page in this language put the day first:
 * US English puts the month first, English without a region is undecided,
 * languages that write year-month-day are undecided, the rest put the day first.
 */
export function dayFirstFor(lang: string | undefined): boolean | undefined {
  if (!lang) return undefined
  const [primary = '', region = ''] = lang.trim().toLowerCase().split(/[-_]/)
  if (primary === 'en') return region === '' ? undefined : !monthFirstRegions.has(region)
  if (ymdLanguages.has(primary) || !/^[a-z]{2,3}$/.test(primary)) return undefined
  return true
}

const monthFirstRegions = new Set(['us', 'ph', 'ca', 'fm', 'mh', 'pw'])
const ymdLanguages = new Set(['zh', 'ja', 'ko', 'hu', 'lt', 'lv', 'mn', 'fa'])

// ---------------------------------------------------------------------------
// Machine formats

const zone = '(Z|[+-]\\d{2}(?::?\\d{2})?|\\s?[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)'
// "2022-03-11", "2022-03-11T10:30:00.123+03:00", "2022-03-11 10:30 CET", "2020-08-25|00h23", "2020-09-25T16:02:50CDT"
const iso = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[T ]|\\s?\\|\\s?)(\\d{1,2})[:h](\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s?${zone}?)?$`, 'i')
// "20220311", "20200413T16:38:07Z", "20200316T130000Z"
const compactIso = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/i

function parseIso(value: string): ParsedDate | undefined {
  const match = iso.exec(value)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, fraction, zoneText] = match
  return withTime(ymd(year!, month!, day!), hour, minute, second, fraction, zoneText)
}

function parseCompact(value: string): ParsedDate | undefined {
  const match = compactIso.exec(value)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, zoneText] = match
  return withTime(ymd(year!, month!, day!), hour, minute, second, undefined, zoneText)
}

function withTime(date: string | undefined, hour?: string, minute?: string, second?: string, fraction?: string, zoneText?: string): ParsedDate | undefined {
  if (!date) return undefined
  if (hour === undefined || minute === undefined) return {iso: date, hasTime: false, hasZone: false}
  // A clock that cannot be read keeps the day only. That includes a leap second (:60): JavaScript's Date and most
  // readers of the graph reject it, and ldpress's output contract allows :00–:59.
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return {iso: date, hasTime: false, hasZone: false}
  const time = `${pad(hour)}:${minute}${second === undefined ? '' : `:${second}`}${fraction ? `.${fraction}` : ''}`
  const offset = zoneText ? offsetOf(zoneText) : ''
  return {iso: `${date}T${time}${offset}`, hasTime: true, hasZone: offset !== ''}
}

// "Fri, 11 Mar 2022 10:00:00 GMT", "11 Mar 2022 10:00:00 +0100"
const rfc2822 = /^(?:\p{L}+,?\s+)?(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4})?$/u
// Java's Date#toString: "Tue Jul 30 09:35:14 CEST 2019"
const javaDate = /^(?:\p{L}+,?\s+)?(\p{L}+)\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+([A-Z]{1,5}(?:[+-]\d{2}:?\d{2})?)\s+(\d{4})$/u

function parseRfc2822(value: string): ParsedDate | undefined {
  const match = rfc2822.exec(value)
  if (!match) return undefined
  const [, day, monthName, year, hour, minute, second, zoneText] = match
  const month = monthNumber(monthName!)
  return month ? withTime(ymd(year!, String(month), day!), hour, minute, second, undefined, zoneText) : undefined
}

function parseJavaDate(value: string): ParsedDate | undefined {
  const match = javaDate.exec(value)
  if (!match) return undefined
  const [, monthName, day, hour, minute, second, zoneText, year] = match
  const month = monthNumber(monthName!)
  return month ? withTime(ymd(year!, String(month), day!), hour, minute, second, undefined, zoneText) : undefined
}

// ---------------------------------------------------------------------------
// Dates in running text

const clock = /(?<!\d)(\d{1,2})(?:[:h]|\s?h\s?)(\d{2})(?::(\d{2}))?(?!\d)\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?/i
const zoneAfterClock = /^\s*(?:(Z|UTC|GMT)([+-]\d{1,2}(?::?\d{2})?)?|([+-]\d{2}:?\d{2})|([A-Z]{3,5}))(?![\p{L}\d])/u

/** Dates in running text: "March 11 2022", "11. März 2022", "11.03.2022", "2022/03/11", with a clock right after. */
function parseHuman(value: string, options: DateOptions): ParsedDate | undefined {
  const found = findDateInText(value, options)
  if (!found) return undefined
  const rest = value.slice(found.end)
  const time = clock.exec(rest)
  // Only a clock right after the date (within a few words) belongs to it.
  if (!time || time.index > 12) return {iso: found.iso, hasTime: false, hasZone: false}
  let hour = Number(time[1])
  const meridiem = time[4]?.toLowerCase().replace(/[.\s]/g, '')
  if (meridiem === 'pm' && hour < 12) hour += 12
  if (meridiem === 'am' && hour === 12) hour = 0
  if (hour > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) return {iso: found.iso, hasTime: false, hasZone: false}
  const after = zoneAfterClock.exec(rest.slice(time.index + time[0].length))
  const offset = after ? offsetOf(after[3] ?? after[4] ?? (after[2] ? after[2] : after[1]!)) : ''
  const seconds = time[3] ? `:${time[3]}` : ''
  return {iso: `${found.iso}T${pad(String(hour))}:${time[2]}${seconds}${offset}`, hasTime: true, hasZone: offset !== ''}
}

// Month words are matched as any run of letters and looked up after (every month name is 3–12 letters):
// a bounded repetition of \p{L} costs V8 ~200 ms to compile for two-byte strings (most pages), `+` ~2 ms.
const word = '(\\p{L}+)'
// The patterns with Unicode classes open with a lookahead for their first character ((?=\d), (?=\p{L})): implied
// by what follows, so the matches are the same, but V8 then skips its Boyer-Moore analysis of the pattern's start,
// which cost more to compile than the rest (~43 M instructions per process for the four, both string widths).
/** One way of writing a date: its pattern and how to read a match. */
interface TextPattern {
  pattern: RegExp
  read: (match: RegExpExecArray, options: DateOptions) => string | undefined
}

const textPatterns: readonly TextPattern[] = [
  // 2022-03-11
  {pattern: /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?!\d|-\d)/g, read: (m) => ymd(m[1]!, m[2]!, m[3]!)},
  // 2022/03/11, 2022.03.11
  {pattern: /(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?!\d|[/.]\d)/g, read: (m) => ymd(m[1]!, m[3]!, m[4]!)},
  // Hungarian and others: "2020. 06. 04."
  {pattern: /(?<![\d.])(\d{4})\.\s(\d{1,2})\.\s?(\d{1,2})\.(?!\d)/g, read: (m) => ymd(m[1]!, m[2]!, m[3]!)},
  // 11.03.2022, 11/03/2022, 11-03-2022, 4. 2. 2022, 30.10.23
  {pattern: /(?=\d)(?<![\p{L}\d/.:-])(\d{1,2})([./-])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?!\d|[./-]\d)/gu, read: readNumeric},
  // March 11, 2022 · Mar. 11 2022 · December 29th 2019 · Juli 12, 2017
  {pattern: new RegExp(`(?=\\p{L})(?<!\\p{L})${word}\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH|\\.)?,?\\s{1,3}(\\d{4})(?!\\d)`, 'gu'), read: (m) => withMonth(m[3]!, m[1]!, m[2]!)},
  // 11 March 2022 · 11. März 2022 · 17 de marzo de 2020 · 1er juin 2019 · 15 августа 2016
  {
    pattern: new RegExp(`(?=\\d)(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH|er|e|º)?\\.?\\s{0,3}(?:[Dd]e\\s|[Oo]f\\s)?${word}\\.?,?\\s{1,3}(?:[Dd]e\\s|[Dd]el\\s)?(\\d{4})(?!\\d)`, 'gu'),
    read: (m) => withMonth(m[3]!, m[2]!, m[1]!)
  },
  // Hungarian: "2020. június 4."
  {pattern: new RegExp(`(?=\\d)(?<!\\d)(\\d{4})\\.\\s{1,3}${word}\\.?\\s{1,3}(\\d{1,2})\\.(?!\\d)`, 'gu'), read: (m) => withMonth(m[1]!, m[2]!, m[3]!)},
  // 2020年7月12日, 2020년 3월 4일
  {pattern: /(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/g, read: (m) => ymd(m[1]!, m[2]!, m[3]!)}
]

/** The first calendar date written in a piece of text, with where it stands. */
export function findDateInText(text: string, options: DateOptions = {}): DateInText | undefined {
  // Every pattern needs a year (two digits at least): most texts asked (byline candidates) have none, and
  // the month-name patterns, with Unicode letter classes, are the costly part of a first extract.
  if (!/\d\d/.test(text)) return undefined
  let best: DateInText | undefined
  for (const {pattern, read} of textPatterns) {
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) {
      if (best && match.index >= best.start) break
      const date = read(match, options)
      if (date) {
        best = {iso: date, start: match.index, end: match.index + match[0].length}
        break
      }
      // Try again one character further: a failed match may hide a good one inside it.
      // (Past the whole character: inside a surrogate pair a /u pattern steps back and finds the same match forever.)
      pattern.lastIndex = match.index + (text.codePointAt(match.index)! > 0xffff ? 2 : 1)
    }
  }
  return best
}

function readNumeric(match: RegExpExecArray, options: DateOptions): string | undefined {
  const [, first, separator, second, yearText] = match
  if (yearText!.length === 2 && !options.shortYear) return undefined
  const year = yearText!.length === 2 ? String((Number(yearText) < 70 ? 2000 : 1900) + Number(yearText)) : yearText!
  const a = Number(first)
  const b = Number(second)
  // Dotted dates are day-first everywhere that writes them; slashes and dashes depend on the page.
  let dayFirst: boolean | undefined
  if (a > 12 && b <= 12) dayFirst = true
  else if (b > 12 && a <= 12) dayFirst = false
  else if (a === b) dayFirst = true
  else dayFirst = separator === '.' ? true : options.dayFirst
  if (dayFirst === undefined) return undefined
  return dayFirst ? ymd(year, second!, first!) : ymd(year, first!, second!)
}

function withMonth(year: string, monthName: string, day: string): string | undefined {
  const month = monthNumber(monthName)
  return month ? ymd(year, String(month), day) : undefined
}

// ---------------------------------------------------------------------------
// Helpers

function ymd(year: string, month: string, day: string): string | undefined {
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > daysInMonth) return undefined
  return `${year.padStart(4, '0')}-${pad(month)}-${pad(day)}`
}

/** Zone abbreviations that stand for one fixed offset. Ambiguous ones (CST, IST, BST…) are left out. */
const zoneOffsets: Readonly<Record<string, string>> = {
  Z: 'Z',
  UT: '+00:00',
  UTC: '+00:00',
  GMT: '+00:00',
  WET: '+00:00',
  WEST: '+01:00',
  CET: '+01:00',
  MEZ: '+01:00',
  CEST: '+02:00',
  MESZ: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  EST: '-05:00',
  EDT: '-04:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  JST: '+09:00',
  KST: '+09:00',
  HKT: '+08:00',
  SGT: '+08:00',
  AEST: '+10:00',
  AEDT: '+11:00',
  ACST: '+09:30',
  AWST: '+08:00',
  NZST: '+12:00',
  NZDT: '+13:00'
}

/** An offset as `±HH:MM` (or `Z`); `''` when the zone is unknown or ambiguous. */
function offsetOf(zoneText: string): string {
  const text = zoneText.trim()
  const named = /^([A-Z]{1,5})([+-]\d{1,2}(?::?\d{2})?)?$/i.exec(text)
  if (named) {
    const base = zoneOffsets[named[1]!.toUpperCase()]
    if (named[2]) return base === '+00:00' || base === 'Z' ? numericOffset(named[2]) : ''
    return base ?? ''
  }
  return numericOffset(text)
}

function numericOffset(text: string): string {
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text)
  // Beyond ±14 hours, or 60 minutes or more: no offset (the local time stays, without a zone).
  if (!match || Number(match[2]) > 14 || Number(match[3] ?? 0) > 59) return ''
  return `${match[1]}${pad(match[2]!)}:${match[3] ?? '00'}`
}

function pad(value: string): string {
  return value.padStart(2, '0')
}
