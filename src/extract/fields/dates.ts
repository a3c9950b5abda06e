/**
 * datePublished / dateModified. Machine-readable sources first (structured
 * data, meta tags, `itemprop`, `<time>`, hAtom), then the date a reader sees
 * next to the headline (`date-visible.ts`), then generic `date` metas, other
 * `<time>`s and bylines, then a date in the page's URL path. Values stay as
 * precise as the page states them.
 *
 * Three arbitration rules run before the machine-readable ones and return
 * nothing unless their case applies: a UTC timestamp whose local day the page
 * shows (`local-day`: the instant at the page's own offset, or the shown day),
 * machine values that disagree on the day (`agrees-with-visible`: the one the
 * reader sees), and a `datePublished` that is really the stated modification
 * time (`published-not-modified`). The gold of a publication date is the
 * page's own calendar day, so a wrong day is worse than no date: none of the
 * rules reads a clock, and relative dates ("vor 2 Stunden") are never resolved.
 */
import {articleStrings, metaCandidates, stringOf, type ExtractContext} from '../context.js'
import type {Point} from '../../types.js'
import type {Candidate, Field, Rule} from '../rules.js'
import {isUtcInstant, localForm, sameInstant} from '../date-local.js'
import {parseByline} from '../byline.js'
import {dayFirstFor, parseDate, type ParsedDate} from '../dates.js'
import type {DateRole} from '../date-signals.js'
import {visiblePublished} from '../date-visible.js'

/** Meta names that state the publication date, most specific first (the list htmldate reads, plus common CMS names). */
const publishedMeta = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'article:published',
  'og:published_time',
  'og:pubdate',
  'datepublished',
  'date_published',
  'published_time',
  'published-date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'date.published',
  'bt:pubdate',
  'rnews:datepublished',
  'article:post_date',
  'article:publicationdate',
  'article.created',
  'article_date_original',
  'originalpublicationdate',
  'dcsext.articlefirstpublished',
  'shareaholic:article_published_time',
  'vr:published_time',
  'cxenseparse:recs:publishtime',
  'item-publish-date',
  'twt-published-at',
  'displaydate',
  'rbpubdate',
  'sailthru.date',
  'parsely-pub-date',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.created',
  'dc:created',
  'datecreated',
  'date_created',
  'content_create_date',
  'dc.date.publication'
]

/**
 * Meta names that say only "date": often the page's last change or the crawl
 * day, so the date shown next to the headline is trusted before them.
 */
const genericDateMeta = ['dc.date', 'dc:date', 'dcterms.date', 'date']

const modifiedMeta = ['article:modified_time', 'og:article:modified_time', 'datemodified', 'og:updated_time', 'last-modified', 'dcterms.modified', 'dc.date.modified', 'article:modified']

function times(kind: 'published' | 'modified' | 'unknown', articleOnly: boolean) {
  return function* (context: ExtractContext): Iterable<Candidate<string>> {
    for (const time of context.signals.times) {
      if (time.kind !== kind || (articleOnly && !time.inArticle)) continue
      yield {value: time.datetime ?? time.value, position: time.position}
    }
  }
}

/** Dates marked up outside `<meta>`: `itemprop=datePublished` on any element, hAtom/Blogger `<abbr class=published title=…>`. */
function marked(source: 'itemprop' | 'attribute', role: DateRole) {
  return function* (context: ExtractContext): Iterable<Candidate<string>> {
    for (const item of context.signals.dates.items) {
      if (item.source === source && item.role === role && !item.aside) yield {value: item.value, position: item.position}
    }
  }
}

/** The date shown next to the headline (see `date-visible.ts`); `inByline` splits it by where it stands, for provenance. */
function visible(inByline: boolean) {
  return function* (context: ExtractContext): Iterable<Candidate<string>> {
    const found = visiblePublished(context.signals)
    if (found && (found.signal.inByline === true) === inByline) yield {value: found.date.iso, position: found.signal.position}
  }
}

function* bylineDates(context: ExtractContext): Iterable<Candidate<string>> {
  for (const byline of context.signals.bylines) {
    const date = parseByline(byline.value).date
    if (date) yield {value: date, position: byline.position}
  }
}

/** The `datePublished` of the page's WebPage node (Yoast and similar graphs), when no article node says it. */
function* webPageDate(context: ExtractContext): Iterable<Candidate<string>> {
  for (const node of context.byId.values()) {
    const types = [node['@type']].flat()
    if (!types.some((type) => typeof type === 'string' && /(?:^|[/:])(?:WebPage|ItemPage|AboutPage)$/.test(type))) continue
    const value = stringOf(node.datePublished)
    if (value) yield {value}
  }
}

/** `/2022/03/11/`, `/2022-03-11-slug`, `/2020-02/19/` */
const urlDate = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/
/** `/20200428/slug`, `/story-20200113`: eight digits that make a date, alone in their part of the path. */
const compactUrlDate = /(?:^|[/_-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/

/** A date in the path of the page's URL: the caller's (or the page URL chosen from the page), its canonical link, its `og:url`. */
function* dateInUrl(context: ExtractContext): Iterable<Candidate<string>> {
  const urls = [
    {value: context.base, position: undefined},
    ...(context.signals.rel.get('canonical') ?? []),
    ...(context.signals.meta.get('og:url') ?? [])
  ]
  for (const url of urls) {
    const path = pathOf(url.value, context.base)
    const match = path === undefined ? null : (urlDate.exec(path) ?? compactUrlDate.exec(path))
    if (match) {
      yield {value: `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`, position: url.position}
      return
    }
  }
}

function pathOf(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    return new URL(url, base).pathname
  } catch {
    return undefined
  }
}

/** Years before this are placeholders (epoch dates, CMS defaults), not web publication dates. */
const firstWebYear = 1995

function normalize(raw: string, context: ExtractContext): ParsedDate | undefined {
  const parsed = parseDate(raw, {dayFirst: dayFirstFor(context.signals.lang)})
  if (!parsed || Number(parsed.iso.slice(0, 4)) < firstWebYear) return undefined
  return parsed
}

/** Machine-readable statements of the publication date, most trusted first. */
const machineRules: ReadonlyArray<Rule<ExtractContext, string>> = [
  {id: 'jsonld:datePublished', find: articleStrings('datePublished')},
  {id: 'meta:published', find: (context) => metaCandidates(context, ...publishedMeta)},
  {id: 'itemprop:datePublished', find: marked('itemprop', 'published')},
  {id: 'time:published', find: times('published', false)},
  {id: 'jsonld:dateCreated', find: articleStrings('dateCreated')},
  {id: 'hentry:published', find: marked('attribute', 'published')}
]

/** The machine-readable publication values, parsed, in rule order. */
function* machineDates(context: ExtractContext): Iterable<{date: ParsedDate; position?: Point | undefined}> {
  for (const rule of machineRules) {
    for (const candidate of rule.find(context)) {
      const date = normalize(candidate.value, context)
      if (date) yield {date, position: candidate.position}
    }
  }
}

/**
 * The local form of a UTC publication timestamp: the same instant stated
 * elsewhere in the page with the page's own offset, or the local day the
 * page shows next to the headline (see `date-local.ts`). Nothing when the
 * most trusted value is not UTC or nothing local contradicts its day.
 */
function* localDay(context: ExtractContext): Iterable<Candidate<string>> {
  const [first, ...others] = [...machineDates(context)]
  if (!first || !isUtcInstant(first.date)) return
  const sameMoment = others.find((other) => !isUtcInstant(other.date) && sameInstant(first.date, other.date))
  if (sameMoment) {
    yield {value: sameMoment.date.iso, position: sameMoment.position}
    return
  }
  const shown = visiblePublished(context.signals)
  if (!shown) return
  const dayFirst = dayFirstFor(context.signals.lang)
  const texts = shown.signal.shown ? [parseDate(shown.signal.shown, {dayFirst}), shown.date] : [shown.date]
  for (const text of texts) {
    const local = text ? localForm(first.date, text) : undefined
    if (local) {
      yield {value: local, position: shown.signal.position}
      return
    }
  }
}

/**
 * When the machine-readable values disagree on the day (a CMS writing the
 * last change as `datePublished` in one place and the publication in
 * another), the one that agrees with the date shown next to the headline.
 * Nothing when the most trusted value already agrees or none does.
 */
function* agreesWithShown(context: ExtractContext): Iterable<Candidate<string>> {
  const machine = [...machineDates(context)]
  for (const candidate of metaCandidates(context, ...genericDateMeta)) {
    const date = normalize(candidate.value, context)
    if (date) machine.push({date, position: candidate.position})
  }
  const [first] = machine
  const shown = first ? visiblePublished(context.signals) : undefined
  if (!first || !shown) return
  const day = shown.date.iso.slice(0, 10)
  if (first.date.iso.slice(0, 10) === day) return
  const agreeing = machine.find((other) => other.date.iso.slice(0, 10) === day)
  if (agreeing) yield {value: agreeing.date.iso, position: agreeing.position}
}

/**
 * A CMS that writes the last change into `datePublished`: when the most
 * trusted value is exactly the page's stated modification time (meta
 * `article:modified_time`, `og:updated_time`, `itemprop=dateModified`…),
 * the page does not show that day next to the headline, and another source
 * states a publication at least a day earlier, the earlier one.
 */
function* notTheModification(context: ExtractContext): Iterable<Candidate<string>> {
  const [first, ...others] = [...machineDates(context)]
  if (!first) return
  const modified = [...metaCandidates(context, ...modifiedMeta), ...marked('itemprop', 'modified')(context)].flatMap((candidate) => normalize(candidate.value, context) ?? [])
  if (!modified.some((date) => date.iso === first.date.iso || sameInstant(date, first.date))) return
  if (visiblePublished(context.signals)?.date.iso.slice(0, 10) === first.date.iso.slice(0, 10)) return
  const earlier = others.find((other) => Date.parse(other.date.iso) <= Date.parse(first.date.iso) - dayMs)
  if (earlier) yield {value: earlier.date.iso, position: earlier.position}
}

const dayMs = 24 * 3600 * 1000

export const datePublished: Field<ExtractContext, string, ParsedDate> = {
  rules: [
    {id: 'local-day', find: localDay},
    {id: 'agrees-with-visible', find: agreesWithShown},
    {id: 'published-not-modified', find: notTheModification},
    ...machineRules,
    {id: 'byline', find: visible(true)},
    {id: 'visible', find: visible(false)},
    {id: 'meta:date', find: (context) => metaCandidates(context, ...genericDateMeta)},
    {id: 'time:article', find: times('unknown', true)},
    {id: 'byline:any', find: bylineDates},
    {id: 'jsonld:webpage', find: webPageDate},
    {id: 'url', find: dateInUrl}
  ],
  normalize
}

export const dateModified: Field<ExtractContext, string, ParsedDate> = {
  rules: [
    {id: 'jsonld:dateModified', find: articleStrings('dateModified')},
    {id: 'meta:modified', find: (context) => metaCandidates(context, ...modifiedMeta)},
    {id: 'itemprop:dateModified', find: marked('itemprop', 'modified')},
    {id: 'time:modified', find: times('modified', false)}
  ],
  normalize
}
