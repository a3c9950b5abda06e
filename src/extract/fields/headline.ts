/**
 * headline: the article's own title, without the site name.
 *
 * The visible `<h1>` confirmed by another source comes first: it is what the
 * reader sees, and the confirmation tells it from the masthead or a section
 * label. Then an `<h2>`/`<h3>` that repeats a stated title (blogs whose h1
 * is the site's name), a title two sources agree on, the page's structured data,
 * the social tags (written for sharing, so usually the clean headline), the
 * article's `<h1>`, `<title>`, and a lone `<h1>` outside the article (more
 * often a site or section name than the title, hence after `<title>`).
 */
import {articleStrings, articleValues, located, metaCandidates, stringOf, type ExtractContext} from '../context.js'
import type {Field} from '../rules.js'
import {publisherNames, siteNames} from './title-sites.js'
import {cleanText, key, stripSiteName} from './text.js'
import {agreedTitles, confirmedH1s, confirmedHeadings, mastheads} from './title-agreement.js'

/** Longer than a headline: a paragraph or a page's worth of text in a title tag. */
const maxLength = 400

export const headline: Field<ExtractContext, string, string> = {
  rules: [
    {id: 'h1', find: confirmedH1s},
    {id: 'heading', find: (context) => confirmedHeadings(context, (value) => clean(value, context))},
    {id: 'agreement', find: (context) => agreedTitles(context, (value) => clean(value, context))},
    {id: 'jsonld:headline', find: articleStrings('headline', 'name')},
    {id: 'meta:og:title', find: (context) => metaCandidates(context, 'og:title')},
    {id: 'meta:twitter:title', find: (context) => metaCandidates(context, 'twitter:title')},
    {id: 'meta:dc.title', find: (context) => metaCandidates(context, 'dc.title', 'dcterms.title', 'citation_title')},
    // The article's h1 again, unconfirmed: same source, less trust.
    {id: 'h1', find: (context) => located(context.signals.h1, {articleOnly: true})},
    {id: 'title', find: (context) => (context.signals.title ? [{value: context.signals.title.value, position: context.signals.title.position}] : [])},
    {id: 'h1:single', find: (context) => (nonEmptyH1s(context).length === 1 ? located(nonEmptyH1s(context)) : [])}
  ],
  normalize(raw, context) {
    // Entities and white space shrink a title, but not ten-fold: skip cleaning what cannot become one.
    if (raw.length > 10 * maxLength) return undefined
    const value = clean(raw, context)
    if (value.length === 0 || value.length > maxLength || looksLikeUrl(value)) return undefined
    // The site's name alone ("Home | Example News" → "Example News") is not a headline.
    const names = new Set(publisherNames(context).map(key))
    return names.has(key(value)) ? undefined : value
  }
}

/**
 * Clean a title and remove what surrounds the story in it: the site name,
 * the masthead, the author's name ("Story | Code | Jane Doe" on blogs), or
 * whatever surrounds the visible headline.
 */
function clean(raw: string, context: ExtractContext): string {
  const h1 = context.signals.h1.find((item) => item.inArticle && item.value !== '')?.value ?? (nonEmptyH1s(context).length === 1 ? nonEmptyH1s(context)[0]!.value : undefined)
  return stripSiteName(cleanText(raw), [...siteNames(context), ...mastheads(context), ...authorNames(context)], h1 ? cleanText(h1) : undefined)
}

/** Author names the page states in its structured data or meta tags. */
function authorNames(context: ExtractContext): string[] {
  const names = articleValues(context, 'author').flatMap((value) => stringOf(value) ?? [])
  for (const meta of context.signals.meta.get('author') ?? []) names.push(meta.value)
  return names
}

function nonEmptyH1s(context: ExtractContext) {
  return context.signals.h1.filter((item) => item.value !== '')
}

/** A path or URL where a title should be: microdata `itemprop="headline"` on a link gives its href. */
function looksLikeUrl(value: string): boolean {
  return /^(?:https?:\/\/|\/)\S*$/i.test(value)
}
