/**
 * Lines inside the body container that are not the story: a table of named
 * rules, each a test on one unit of text and the tag that holds it. Short
 * lines are never dropped for being short (sub-headings, prices and list
 * items are story), only for what they say.
 */
import type {Unit} from './walk.js'

export interface LineRule {
  id: string
  /** Whether the line is boilerplate. `tag`: the element that holds it. */
  test: (text: string, tag: string, unit: Unit) => boolean
}

/** "Advertisement" in the languages of the pages ldpress reads. */
const advert = /^(?:advertisements?|advert|ads?|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|reklama|reklam|iklan|sponsored(?: links| content)?|广告|広告|광고)$/i
/** Labels of page furniture, alone on their line. */
const label =
  /^(?:comments?|\d+ comments?|leave a (?:comment|reply)|share(?: this(?: article| story)?)?|subscribe|sign up|log ?in|text size|print|email|highlights|more|read more|related(?: articles| stories| posts)?|you (?:may|might) also like|recommended(?: for you)?|follow (?:me|us)(?: on)?|check out|\d+ of \d+|this slideshow requires javascript|tell us what you think)\W*$/iu
/**
 * The labels with a name in them ("More Great WIRED Stories", "Popular on IndieWire"), apart from `label`: their
 * bounded runs of letters made that one pattern cost V8 10–20 ms to compile (two-byte text, once per process),
 * against ~0.6 ms without them. Tried only after `namedLabelStart` (same flags), which they both need, so most runs
 * never compile them. The three together match what the one pattern matched.
 */
const namedLabelStart = /^(?:more |popular on )/iu
const namedLabel = /^(?:more (?:great )?[\p{L}\p{N} ]{0,30} stories|popular on [\p{L}\p{N} ]{1,30})\W*$/iu
/** A date or time alone: "November 20, 2019", "| Nov. 18, 2019 12:01 PM", "05/10/2018 - …". */
const dateLine = /(?:\b\d{1,2}:\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d{2}\b)/i
const dateGlobal = new RegExp(dateLine.source, 'gi')
/** Who wrote, reported or edited: credits, not story. */
const credit = /^(?:(?:additional )?reporting by|editing by|written by)\b|\bcontributed (?:reporting|to this (?:report|story|article))\b/i
/** Calls to subscribe, share or sign up. */
const promo = /^(?:subscribe to|sign up for|like this (?:story|article)\?|if you enjoyed this article)|\bsign up\b.{0,80}\bnewsletter\b|\bnewsletter\b.{0,80}\bsign up\b/i
const filed = /^(?:filed under|tags?|categor(?:y|ies)|topics?)\s*:/i
/** "By Jane Doe": a name follows, capitalised ("By taking the bus…" is a sentence). */
const byline = /^(?:[Bb][Yy]|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}/u
const address = /^(?:\S+@\S+\.\w+|(?:https?:\/\/)?(?:www\.)?(?:twitter|facebook|instagram)\.com\/\S+)$/i

/** Boilerplate lines, most specific first. */
export const lineRules: readonly LineRule[] = [
  {id: 'title', test: (_text, tag) => tag === 'h1'},
  {id: 'advert', test: (text) => text.length <= 40 && advert.test(text)},
  {id: 'label', test: (text) => text.length <= 60 && (label.test(text) || (namedLabelStart.test(text) && namedLabel.test(text)))},
  // An embedded post's signature ("— Jane Doe (@jane) May 1, 2019") is quoted story, not a dateline.
  {id: 'date', test: (text) => text.length <= 60 && dateLine.test(text) && wordsBesideDate(text) <= 2 && !text.includes('@')},
  {id: 'byline', test: (text) => text.length <= 150 && byline.test(text)},
  {id: 'credit', test: (text) => text.length <= 250 && credit.test(text)},
  {id: 'promo', test: (text) => text.length <= 300 && promo.test(text)},
  {id: 'filed', test: (text) => text.length <= 200 && filed.test(text)},
  {id: 'address', test: (text) => text.length <= 100 && address.test(text)},
  {id: 'links', test: (text, _tag, unit) => isLinkLine(text, unit)}
]

/**
 * Mostly link text: a teaser, "Related: …", a share button. A sentence
 * whose long link is its object ("…was re-opened earlier this year.") is
 * still a sentence: it ends like one and has words of its own.
 */
function isLinkLine(text: string, unit: Unit): boolean {
  const density = unit.chars > 0 ? unit.links / unit.chars : 0
  if (density <= 0.5) return false
  return !(density <= 0.8 && unit.chars - unit.links >= 20 && sentenceEnd.test(text))
}

const sentenceEnd = /[.!?。！？][\p{Pf}\p{Pe}"']*$/u

/** The rule that makes a line boilerplate, if any. */
export function boilerplate(unit: Unit, tag: string): string | undefined {
  return lineRules.find((rule) => rule.test(unit.text, tag, unit))?.id
}

/** Words of four letters or more once dates, times and numbers are taken out ("— Jane Doe (@jane) May 1, 2019" keeps three). */
function wordsBesideDate(text: string): number {
  return text.replace(dateGlobal, ' ').match(/\p{L}{4,}/gu)?.length ?? 0
}
