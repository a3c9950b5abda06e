/**
 * Date strings as pages write them → ISO 8601, without inventing anything:
 * a date with no time stays `YYYY-MM-DD`, a time with no zone keeps no zone,
 * a stated offset is kept as written.
 */

const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i
const compactIso = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/i
const slashYmd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/
const dotDmy = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/

/**
 * Month names in the languages of the pages ldpress sees most (English,
 * German, French, Spanish, Italian, Portuguese, Dutch), abbreviations by prefix.
 */
const monthNames: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mär', 'mrz'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro']
]

const monthByName = new Map<string, number>()
monthNames.forEach((names, index) => {
  for (const name of names) monthByName.set(name, index + 1)
})

const monthWord = '([a-zäéûç]{3,10})\\.?'
// "March 11 2022", "Mar. 11, 2022", "March 11th, 2022 10:30 am"
const monthDayYear = new RegExp(`\\b${monthWord}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i')
// "11 March 2022", "11. März 2022", "11 de marzo de 2022", "le 11 mars 2022"
const dayMonthYear = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?${monthWord}\\s+(?:de\\s+)?(\\d{4})\\b`, 'i')
const clock = /\b(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?/i
const zoneAfterClock = /^\s*(?:(Z|UTC|GMT)([+-]\d{1,2}(?::?\d{2})?)?|([+-]\d{2}:?\d{2}))\b/i

export interface ParsedDate {
  /** ISO 8601: `YYYY-MM-DD`, or with time `YYYY-MM-DDTHH:MM[:SS][offset]`. */
  iso: string
  /** Whether the value states a time of day. */
  hasTime: boolean
  /** Whether the value states a zone or offset. */
  hasZone: boolean
}

/** Parse a machine-readable or human date. `undefined` when it is not one. */
export function parseDate(input: string): ParsedDate | undefined {
  const value = input.trim()
  if (value.length === 0 || value.length > 200) return undefined
  return parseIso(value) ?? parseRfc2822(value) ?? parseHuman(value)
}

function parseIso(value: string): ParsedDate | undefined {
  const match = iso.exec(value) ?? compactIso.exec(value)
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, fraction, zone] = match.length === 9 ? match : [...match.slice(0, 7), undefined, match[7]]
  const date = ymd(year!, month!, day!)
  if (!date) return undefined
  if (hour === undefined) return {iso: date, hasTime: false, hasZone: false}
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 60) return {iso: date, hasTime: false, hasZone: false}
  const time = `${pad(hour)}:${minute}${second === undefined ? '' : `:${second}`}${fraction ? `.${fraction}` : ''}`
  const offset = zone ? normalizeOffset(zone) : ''
  return {iso: `${date}T${time}${offset}`, hasTime: true, hasZone: offset !== ''}
}

// "Fri, 11 Mar 2022 10:00:00 GMT", "11 Mar 2022 10:00:00 +0100"
const rfc2822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})?$/i

function parseRfc2822(value: string): ParsedDate | undefined {
  const match = rfc2822.exec(value)
  if (!match) return undefined
  const [, day, monthName, year, hour, minute, second, zone] = match
  const month = monthByName.get(monthName!.toLowerCase())
  if (!month) return undefined
  const date = ymd(year!, String(month), day!)
  if (!date) return undefined
  const offset = zone ? normalizeOffset(zone) : ''
  return {iso: `${date}T${pad(hour!)}:${minute}${second ? `:${second}` : ''}${offset}`, hasTime: true, hasZone: offset !== ''}
}

/** Dates in running text: "March 11 2022", "11. März 2022", "11.03.2022", "2022/03/11". */
function parseHuman(value: string): ParsedDate | undefined {
  const found = findDateInText(value)
  if (!found) return undefined
  const rest = value.slice(found.end)
  const time = clock.exec(rest)
  // Only a clock right after the date (within a few words) belongs to it.
  if (!time || time.index > 12) return {iso: found.iso, hasTime: false, hasZone: false}
  let hour = Number(time[1])
  const meridiem = time[4]?.toLowerCase().replace(/\./g, '')
  if (meridiem === 'pm' && hour < 12) hour += 12
  if (meridiem === 'am' && hour === 12) hour = 0
  if (hour > 23 || Number(time[2]) > 59) return {iso: found.iso, hasTime: false, hasZone: false}
  const zone = zoneAfterClock.exec(rest.slice(time.index + time[0].length))
  const offset = zone ? normalizeOffset(zone[3] ?? (zone[2] ? zone[2] : zone[1]!)) : ''
  const seconds = time[3] ? `:${time[3]}` : ''
  return {iso: `${found.iso}T${pad(String(hour))}:${time[2]}${seconds}${offset}`, hasTime: true, hasZone: offset !== ''}
}

export interface DateInText {
  iso: string
  start: number
  end: number
}

/** The first calendar date written in a piece of text, with where it stands. */
export function findDateInText(text: string): DateInText | undefined {
  const matches: DateInText[] = []
  const a = monthDayYear.exec(text)
  if (a) {
    const month = monthByName.get(a[1]!.toLowerCase())
    const date = month ? ymd(a[3]!, String(month), a[2]!) : undefined
    if (date) matches.push({iso: date, start: a.index, end: a.index + a[0].length})
  }
  const b = dayMonthYear.exec(text)
  if (b) {
    const month = monthByName.get(b[2]!.toLowerCase())
    const date = month ? ymd(b[3]!, String(month), b[1]!) : undefined
    if (date) matches.push({iso: date, start: b.index, end: b.index + b[0].length})
  }
  const c = slashYmd.exec(text.trimStart())
  if (c) {
    const date = ymd(c[1]!, c[2]!, c[3]!)
    const offset = text.length - text.trimStart().length
    if (date) matches.push({iso: date, start: offset, end: offset + c[0].length})
  }
  const d = dotDmy.exec(text.trimStart())
  if (d) {
    const date = ymd(d[3]!, d[2]!, d[1]!)
    const offset = text.length - text.trimStart().length
    if (date) matches.push({iso: date, start: offset, end: offset + d[0].length})
  }
  matches.sort((x, y) => x.start - y.start)
  return matches[0]
}

function ymd(year: string, month: string, day: string): string | undefined {
  const y = Number(year)
  const m = Number(month)
  const d = Number(day)
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate()
  if (d > daysInMonth) return undefined
  return `${year.padStart(4, '0')}-${pad(month)}-${pad(day)}`
}

function normalizeOffset(zone: string): string {
  const upper = zone.toUpperCase()
  if (upper === 'Z') return 'Z'
  if (upper === 'GMT' || upper === 'UTC' || upper === 'UT') return '+00:00'
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone)
  if (!match) return ''
  return `${match[1]}${pad(match[2]!)}:${match[3] ?? '00'}`
}

function pad(value: string): string {
  return value.padStart(2, '0')
}
