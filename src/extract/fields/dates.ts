/**
 * datePublished / dateModified. Machine-readable sources first (structured
 * data, meta tags, `<time datetime>`), then dates written in the byline, then
 * a date in the URL path. Values stay as precise as the page states them.
 */
import {articleStrings, metaCandidates, type ExtractContext} from '../context.js'
import type {Candidate, Field} from '../rules.js'
import {parseByline} from '../byline.js'
import {parseDate, type ParsedDate} from '../dates.js'

const publishedMeta = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'datepublished',
  'datecreated',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'date.published',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'citation_publication_date',
  'citation_date',
  'date',
  'og:published_time',
  'article:published'
]

const modifiedMeta = ['article:modified_time', 'og:article:modified_time', 'datemodified', 'og:updated_time', 'last-modified', 'dcterms.modified', 'dc.date.modified', 'article:modified']

function times(kind: 'published' | 'modified' | 'unknown', articleOnly: boolean) {
  return function* (context: ExtractContext): Iterable<Candidate<string>> {
    for (const time of context.signals.times) {
      if (time.kind !== kind || (articleOnly && !time.inArticle)) continue
      yield {value: time.datetime ?? time.value, position: time.position}
    }
  }
}

function* bylineDates(context: ExtractContext): Iterable<Candidate<string>> {
  for (const byline of context.signals.bylines) {
    const date = parseByline(byline.value).date
    if (date) yield {value: date, position: byline.position}
  }
}

const urlDate = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/

function* dateInUrl(context: ExtractContext): Iterable<Candidate<string>> {
  const match = context.base ? urlDate.exec(new URL(context.base).pathname) : null
  if (match) yield {value: `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`}
}

function normalize(raw: string): ParsedDate | undefined {
  return parseDate(raw)
}

export const datePublished: Field<ExtractContext, string, ParsedDate> = {
  rules: [
    {id: 'jsonld:datePublished', find: articleStrings('datePublished')},
    {id: 'meta:published', find: (context) => metaCandidates(context, ...publishedMeta)},
    {id: 'time:published', find: times('published', false)},
    {id: 'jsonld:dateCreated', find: articleStrings('dateCreated')},
    {id: 'time:article', find: times('unknown', true)},
    {id: 'byline', find: bylineDates},
    {id: 'url', find: dateInUrl}
  ],
  normalize
}

export const dateModified: Field<ExtractContext, string, ParsedDate> = {
  rules: [
    {id: 'jsonld:dateModified', find: articleStrings('dateModified')},
    {id: 'meta:modified', find: (context) => metaCandidates(context, ...modifiedMeta)},
    {id: 'time:modified', find: times('modified', false)}
  ],
  normalize
}
