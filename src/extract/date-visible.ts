/**
 * The publication date a reader sees: among the dates the page shows outside
 * its metadata (see `date-signals.ts`), the one stated next to the headline —
 * in the dateline or byline just above or below it — and not the dates of
 * comments, related articles, archives or the site header ("today"). Pages
 * with no headline to anchor on get a date only when they show one day and
 * no other.
 */
import {dayFirstFor, findDateInText, parseDate, type ParsedDate} from './dates.js'
import {roleOf, type DateRole, type DateSignal, type DateSignals} from './date-signals.js'
import type {Signals} from './signals.js'

export interface VisibleDate {
  date: ParsedDate
  signal: DateSignal
  /** The signal's role, or the one its own text gives the date ("Published: …", "Updated …"). */
  role: DateRole
  /** Visible-text characters from the end of the headline (negative: before its start); `NaN` when the page has no headline. */
  distance: number
  /** Part of a heading's words ("Tagung am 27.02.2015"): what a story is about, its own date only when the page shows no other. */
  inTitle?: boolean
}

/** How far from the headline a date may stand, in visible-text characters, by what states it. */
const windows: Readonly<Record<DateSignal['source'], {before: number; after: number}>> = {
  itemprop: {before: 3000, after: 20000},
  attribute: {before: 600, after: 3000},
  time: {before: 400, after: 1500},
  class: {before: 400, after: 1500},
  text: {before: 250, after: 600}
}

/** Years before this are not the publication date of a web page. */
const firstWebYear = 1995

/**
 * The visible publication date, in tiers: a date near the headline (within
 * its source's window) labelled or marked as publication, then an unlabelled
 * one, nearest first; then a date anywhere after the headline whose text
 * labels it as publication ("Veröffentlicht am", "Posted on"); then a
 * modification date near the headline, the only date some pages show; then
 * the one day the page shows, if it shows only one.
 */
export function visiblePublished(signals: Signals): VisibleDate | undefined {
  if (chosen.has(signals.dates)) return chosen.get(signals.dates)
  const found = choose(signals)
  chosen.set(signals.dates, found)
  return found
}

/** Several rules ask for the same page's visible date: it is chosen once per page. */
const chosen = new WeakMap<DateSignals, VisibleDate | undefined>()

function choose(signals: Signals): VisibleDate | undefined {
  const dates = visibleDates(signals).filter((item) => item.role !== 'other')
  const anchored = dates.filter(({distance, inTitle}) => !Number.isNaN(distance) && !inTitle)
  const near = anchored.filter(({signal, distance}) => distance >= -windows[signal.source].before && distance <= windows[signal.source].after)
  return (
    nearest(near.filter((item) => item.role === 'published')) ??
    nearest(near.filter((item) => item.role === 'unknown')) ??
    anchored.find((item) => item.role === 'published' && item.distance >= 0 && (item.signal.source === 'text' || item.signal.source === 'class')) ??
    nearest(near.filter((item) => item.role === 'modified')) ??
    onlyDate(dates)
  )
}

/** Every visible date the page states outside chrome, parsed, with its distance to the headline. */
export function visibleDates(signals: Signals): VisibleDate[] {
  const dayFirst = dayFirstFor(signals.lang)
  const anchor = signals.dates.anchor
  const found: VisibleDate[] = []
  for (const signal of signals.dates.items) {
    if (signal.aside) continue
    const date = parseDate(signal.value, {dayFirst, shortYear: signal.source !== 'text' || signal.value.length <= 40})
    if (!date || Number(date.iso.slice(0, 4)) < firstWebYear) continue
    const inTitle = signal.inHeading === true && !onlyADate(signal.value, dayFirst)
    found.push({
      date,
      signal,
      role: roleInText(signal, dayFirst),
      distance: anchor === undefined ? Number.NaN : signal.textPos > anchor.end ? signal.textPos - anchor.end : Math.min(0, signal.textPos - anchor.start),
      ...(inTitle ? {inTitle} : {})
    })
  }
  return found
}

/** The nearest to the headline, dates above it counting double: datelines sit below headlines more often. */
function nearest(items: VisibleDate[]): VisibleDate | undefined {
  const cost = (item: VisibleDate) => (item.distance < 0 ? -2 * item.distance : item.distance)
  return items.sort((a, b) => cost(a) - cost(b))[0]
}

/** The page's date when it shows one calendar day and no other, wherever it stands. */
function onlyDate(dates: readonly VisibleDate[]): VisibleDate | undefined {
  const [first] = dates
  if (!first) return undefined
  const day = first.date.iso.slice(0, 10)
  return dates.every((item) => item.date.iso.slice(0, 10) === day) ? first : undefined
}

/** Whether a text is a date and little else (a weekday): a date header, not a title that mentions a date. */
function onlyADate(text: string, dayFirst: boolean | undefined): boolean {
  const found = findDateInText(text, {dayFirst, shortYear: true})
  if (!found) return false
  const rest = text.slice(0, found.start) + text.slice(found.end)
  return rest.length <= 20 && (rest.match(/\p{L}+/gu) ?? []).filter((word) => word.length >= 2).length <= 1
}

/** A label in the text right before the date decides its role over the element's class. */
function roleInText(signal: DateSignal, dayFirst: boolean | undefined): DateRole {
  if (signal.source !== 'class' && signal.source !== 'text') return signal.role
  const found = findDateInText(signal.value, {dayFirst, shortYear: true})
  if (!found) return signal.role
  const role = roleOf('', signal.value.slice(Math.max(0, found.start - 40), found.start))
  return role === 'unknown' ? signal.role : role
}
