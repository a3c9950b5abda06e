/**
 * The page's own calendar day for a UTC timestamp. Many CMSs write metadata
 * in UTC (`2023-11-09T01:49:09Z`) while the page shows its local time
 * ("November 8, 2023 at 5:49 p.m."): the publication day a reader sees is
 * the local one. Given the UTC value and the date the page shows, this finds
 * the local statement of the same moment — keeping an offset only when the
 * page states it or when the two statements of one instant fix it — and
 * never shifts a day on a guess.
 */
import type {ParsedDate} from './dates.js'

const minute = 60_000
const day = 24 * 60 * minute

/** Whether a value is a UTC instant (`Z` or `+00:00`) with a time of day. */
export function isUtcInstant(date: ParsedDate): boolean {
  return date.hasTime && date.hasZone && /(?:Z|[+-]00:?00)$/i.test(date.iso)
}

/** Whether two values with zones name the same moment (to the minute). */
export function sameInstant(a: ParsedDate, b: ParsedDate): boolean {
  if (!a.hasZone || !b.hasZone) return false
  const x = Date.parse(a.iso)
  const y = Date.parse(b.iso)
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) < 2 * minute
}

/**
 * The local form of a UTC instant, given the date the page shows for it.
 * `undefined` when the shown date is the same day (nothing to fix), more
 * than a day away, or impossible for any real offset (UTC−12…UTC+14).
 * When the shown date has a clock and no zone, the offset is the difference
 * of the two clocks and the result is the instant at that offset; otherwise
 * the result is the shown date.
 */
export function localForm(utc: ParsedDate, shown: ParsedDate): string | undefined {
  const instant = Date.parse(utc.iso)
  if (!Number.isFinite(instant)) return undefined
  const utcDay = utc.iso.slice(0, 10)
  const shownDay = shown.iso.slice(0, 10)
  const dayShift = Math.round((Date.parse(shownDay) - Date.parse(utcDay)) / day)
  if (dayShift === 0 || Math.abs(dayShift) > 1) return undefined
  if (shown.hasZone) return sameInstant(utc, shown) ? shown.iso : undefined

  if (shown.hasTime) {
    const clock = /T(\d{2}):(\d{2})/.exec(shown.iso)
    if (!clock) return undefined
    const shownMinutes = dayShift * 24 * 60 + Number(clock[1]) * 60 + Number(clock[2])
    const utcDate = new Date(instant)
    const utcMinutes = utcDate.getUTCHours() * 60 + utcDate.getUTCMinutes()
    const offset = shownMinutes - utcMinutes
    if (offset % 15 !== 0 || offset < -12 * 60 || offset > 14 * 60) return undefined
    return atOffset(instant, offset)
  }

  // A date alone: the shift must be possible for the offsets where most pages are
  // written (UTC−10…UTC+10), so that a date shown for another reason does not move the day.
  const utcHour = new Date(instant).getUTCHours()
  const possible = dayShift < 0 ? utcHour < 10 : utcHour >= 14
  return possible ? shownDay : undefined
}

/** An instant written at a given offset: `2023-11-08T17:49:09-08:00`. */
function atOffset(instant: number, offsetMinutes: number): string {
  const local = new Date(instant + offsetMinutes * minute).toISOString().slice(0, 19)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const magnitude = Math.abs(offsetMinutes)
  return `${local}${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}:${String(magnitude % 60).padStart(2, '0')}`
}
