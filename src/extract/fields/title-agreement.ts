/**
 * Agreement between the places a page states its title. The visible `<h1>`
 * is what readers see, but a page often has several (the site's masthead,
 * section labels, "Comments"); the social tags and `<title>` are written for
 * sharing and search, and editors rewrite them ("13 Ways To…", "… (Published
 * 2016)", "Section: Headline"). An `<h1>` that another source confirms is the
 * headline; sources that agree with each other beat one that stands alone.
 */
import {articleStrings, type ExtractContext} from '../context.js'
import type {Candidate} from '../rules.js'
import type {Located} from '../signals.js'
import {publisherNames} from './title-sites.js'
import {cleanText, containment, key, maxTitle, titleSegments, tokens} from './text.js'

/** A title as one source states it. */
export interface TitleSource {
  id: string
  value: string
  position?: Located['position']
}

/** Share of an h1's words another source must contain to confirm it. */
const confirmShare = 0.5
/** h1s read at most: a page with hundreds is a listing, and the first ones are enough. */
const h1Limit = 50

/** The titles the page states outside its visible headings, most trusted first. */
export function statedTitles(context: ExtractContext): TitleSource[] {
  return remember(statedCache, context, () => {
    const raw: TitleSource[] = articleStrings('headline')(context).map((candidate) => ({id: 'jsonld:headline', value: candidate.value, position: candidate.position}))
    for (const name of ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'citation_title']) {
      for (const meta of context.signals.meta.get(name) ?? []) raw.push({id: `meta:${name}`, value: meta.value, position: meta.position})
    }
    const title = context.signals.title
    if (title) raw.push({id: 'title', value: title.value, position: title.position})
    // Longer than any title (before entities are decoded, a few times longer at most): not a title.
    return raw
      .filter((source) => source.value.length <= 4 * maxTitle)
      .map((source) => ({...source, value: cleanText(source.value)}))
      .filter((source) => source.value !== '' && source.value.length <= maxTitle)
  })
}

/**
 * The page's `<h1>`s that another source confirms, best first: most of the
 * h1's words occur in a stated title, the h1 is not that title's site label
 * ("Site - Headline"), and the stated title is not the h1 plus more words
 * ("Artist: Album", "repo: description": then the stated title is the full one).
 */
export function confirmedH1s(context: ExtractContext): Array<Candidate<string>> {
  return remember(confirmedCache, context, () => findConfirmedH1s(context))
}

function findConfirmedH1s(context: ExtractContext): Array<Candidate<string>> {
  const stated = statedTitles(context)
  const names = new Set(siteKeys(context))
  const headings = headingTexts(context)
  const scored: Array<{h1: Located; score: number; order: number}> = []
  context.signals.h1.forEach((h1, order) => {
    if (order >= h1Limit || h1.value.length > maxTitle) return
    const text = cleanText(h1.value)
    if (text === '' || names.has(key(text))) return
    // A source that states the h1 word for word confirms it, whatever the others do.
    if (stated.some((source) => key(source.value) === key(text))) {
      scored.push({h1, score: 1, order})
      return
    }
    let score = 0
    for (const source of stated) {
      if (isEdgeLabel(text, source.value, headings) || extendsHeading(text, source.value)) {
        score = 0
        break
      }
      score = Math.max(score, containment(text, source.value))
    }
    if (score >= confirmShare) scored.push({h1, score, order})
  })
  scored.sort((a, b) => b.score - a.score || Number(b.h1.inArticle) - Number(a.h1.inArticle) || a.order - b.order)
  return scored.map(({h1}) => ({value: h1.value, position: h1.position}))
}

/**
 * The page's `<h2>`/`<h3>` headings that repeat a stated title: on blogs and
 * older sites the `<h1>` is the site's name and the story's title is a lower
 * heading. The heading must hold most of the stated title (after the site
 * name is removed) and add little to it, so a section heading that shares a
 * word or two does not count.
 */
export function confirmedHeadings(context: ExtractContext, clean: (value: string) => string): Array<Candidate<string>> {
  const stated = statedTitles(context)
    .map((source) => clean(source.value))
    .filter((value) => tokens(value).length >= 2)
  let best: {heading: Located; score: number} | undefined
  for (const heading of context.signals.titleLeads.headings) {
    if (heading.value.length > maxTitle) continue
    const text = cleanText(heading.value)
    for (const title of stated) {
      const held = containment(title, text)
      const added = containment(text, title)
      if (held >= 0.8 && added >= 0.5 && (!best || held + added > best.score)) best = {heading, score: held + added}
    }
  }
  return best ? [{value: best.heading.value, position: best.heading.position}] : []
}

/**
 * Stated titles that another stated title repeats (after the site name is
 * removed), in order of trust: two sources that agree outvote one that
 * stands alone (a rewritten og:title, a JSON-LD headline that is a summary).
 */
export function agreedTitles(context: ExtractContext, clean: (value: string) => string): Array<Candidate<string>> {
  const stated = statedTitles(context).map((source) => ({...source, key: key(clean(source.value))}))
  return stated
    .filter((source, index) => source.key !== '' && stated.some((other, otherIndex) => otherIndex !== index && other.id !== source.id && other.key === source.key))
    .map((source) => ({value: source.value, position: source.position}))
}

/**
 * The page's `<h1>`s that are the site's label in `<title>` ("Site Name -
 * Story"): a masthead, not a headline. Used as site names to strip.
 */
export function mastheads(context: ExtractContext): string[] {
  return remember(mastheadCache, context, () => {
    const title = context.signals.title?.value
    if (!title) return []
    const headings = headingTexts(context)
    return context.signals.h1.slice(0, h1Limit).flatMap((h1) => {
      if (h1.value.length > maxTitle) return []
      const label = edgeLabel(cleanText(h1.value), cleanText(title), headings)
      return label ? [label] : []
    })
  })
}

/**
 * `label` is a segment at either end of `title` and the rest is the story:
 * longer than the label, or shown on the page as a heading (`headings`).
 * The label names the site or section.
 */
export function isEdgeLabel(label: string, title: string, headings: readonly string[] = []): boolean {
  return edgeLabel(label, title, headings) !== undefined
}

/** The end segment of `title` that is `label` (as the title writes it), when the rest is the story. */
function edgeLabel(label: string, title: string, headings: readonly string[]): string | undefined {
  const pieces = titleSegments(title)
  if (label === '' || pieces.length < 3) return undefined
  const size = tokens(label).length
  const first = pieces[0]!
  const last = pieces[pieces.length - 1]!
  // The rest of the title is a heading on the page: then the label is the site, whatever the lengths.
  const shown = (rest: string) => headings.some((heading) => containment(rest, heading) >= 0.8)
  // "Story | Site" is the common order, so a first segment is a label only when the rest is much longer.
  const afterFirst = pieces.slice(2).join('')
  if (same(first, label) && (tokens(afterFirst).length >= 2 * size + 2 || shown(afterFirst))) return first
  const beforeLast = pieces.slice(0, -2).join('')
  if (same(last, label) && (tokens(beforeLast).length > size || shown(beforeLast))) return last
  return undefined
}

/** The page's h2/h3 texts. */
function headingTexts(context: ExtractContext): string[] {
  return context.signals.titleLeads.headings.map((heading) => cleanText(heading.value))
}

/** The same name, give or take a word: "Archive of Our Own" and "Archive of Our Own beta". */
function same(a: string, b: string): boolean {
  return key(a) === key(b) || (containment(a, b) >= 0.75 && containment(b, a) >= 0.75)
}

/**
 * `title` is `heading` and more words: "Lust for Youth: Lust for Youth",
 * "Jane Doe on Twitter". Not when the rest is a separated site or section
 * name ("Story | Site", "Story : Sports") or a note in brackets ("Story (Published 2016)").
 */
function extendsHeading(heading: string, title: string): boolean {
  if (!title.toLowerCase().startsWith(heading.toLowerCase())) return false
  const rest = title.slice(heading.length)
  if (!/[\p{L}\p{N}]/u.test(rest)) return false
  return !/^\s*[([（【]/.test(rest) && titleSegments(`x${rest}`).length < 3
}

// Several fields ask the same questions of one page: answer each once per page (signals are not changed after the walk).
const statedCache = new WeakMap<object, TitleSource[]>()
const confirmedCache = new WeakMap<object, Array<Candidate<string>>>()
const mastheadCache = new WeakMap<object, string[]>()

function remember<Value>(cache: WeakMap<object, Value>, context: ExtractContext, compute: () => Value): Value {
  const known = cache.get(context.signals)
  if (known !== undefined) return known
  const value = compute()
  cache.set(context.signals, value)
  return value
}

function siteKeys(context: ExtractContext): string[] {
  return publisherNames(context)
    .map(key)
    .filter((name) => name !== '')
}
