/**
 * description: the standfirst.
 *
 * The page's structured data says it outright. Then the standfirst readers
 * see under the headline (the dek: "the editor's summary"), which beats the
 * social tags as the visible `<h1>` beats `og:title`: `og:description` is
 * written for sharing and is often only the first sentence of the body.
 * Then the meta tags, the standfirst under an unconfirmed `<h1>`, and the
 * first paragraph of the body, as Readability's excerpt does.
 */
import {articleStrings, located, metaCandidates, type ExtractContext} from '../context.js'
import type {Candidate, Field} from '../rules.js'
import {findDateInText} from '../dates.js'
import {cleanText} from './text.js'
import {confirmedH1s} from './title-agreement.js'

export const description: Field<ExtractContext, string, string> = {
  rules: [
    {id: 'jsonld:description', find: articleStrings('description')},
    {id: 'dek:lead', find: standfirst},
    {id: 'meta:og:description', find: (context) => metaCandidates(context, 'og:description')},
    {id: 'meta:description', find: (context) => metaCandidates(context, 'description', 'dc.description', 'dcterms.description')},
    {id: 'meta:twitter:description', find: (context) => metaCandidates(context, 'twitter:description')},
    {id: 'dek:article', find: (context) => articleStandfirst(context)},
    {id: 'paragraph', find: (context) => located(context.signals.titleLeads.paragraphs)},
    // Any block whose class says dek, or that follows any of the article's h1s: last, as some are teasers or section intros.
    {id: 'dek', find: (context) => located(context.signals.deks, {articleOnly: false})}
  ],
  normalize(raw) {
    const value = cleanText(raw)
    return value.length >= 10 && value.length <= 1000 ? value : undefined
  }
}

/**
 * The first block under the headline that reads like a standfirst: after the
 * `<h1>` another source confirms as the headline (so not after a masthead
 * or a pop-up's heading), and not the byline, the date line or a list of links.
 */
export function standfirst(context: ExtractContext): Array<Candidate<string>> {
  const [headline] = confirmedH1s(context)
  if (!headline) return []
  return leadAfter(context, context.signals.h1.findIndex((h1) => h1.position === headline.position && h1.value === headline.value))
}

/** Without a confirmed headline: the standfirst under the article's first `<h1>`, or under the page's only one. */
function articleStandfirst(context: ExtractContext): Array<Candidate<string>> {
  const h1s = context.signals.h1
  const index = h1s.findIndex((h1) => h1.inArticle && h1.value !== '')
  const nonEmpty = h1s.filter((h1) => h1.value !== '')
  return leadAfter(context, index >= 0 ? index : nonEmpty.length === 1 ? h1s.indexOf(nonEmpty[0]!) : -1)
}

function leadAfter(context: ExtractContext, h1: number): Array<Candidate<string>> {
  if (h1 < 0) return []
  const lead = context.signals.titleLeads.leads.find((item) => item.h1 === h1 && isStandfirst(item.value, item.linkShare))
  return lead ? [{value: lead.value, position: lead.position}] : []
}

const bylineStart = /^\W*(?:(?:written|posted|published|edited|reported|words)\s+)?(?:by|von|par|por|door|di)\b/i
const datePatterns: RegExp[] = [
  /\b\d{1,2}:\d{2}\b/, // a time: "10:44 am", "13h36" is caught by the next
  /\b\d{1,2}h\d{2}\b/,
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b/, // 2019/02/22
  /\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/, // 04.05.2015
  /\d{4}年\d{1,2}月\d{1,2}日/
]

/** A standfirst is a sentence: not a byline, not a date line, not mostly links. */
export function isStandfirst(text: string, linkShare: number): boolean {
  if (linkShare > 0.3 || bylineStart.test(text) || /\bby:\s/i.test(text)) return false
  // Dates with a month name ("January 18, 2017", "30 avril 2015", "13. März 2020") are found by name.
  return !datePatterns.some((pattern) => pattern.test(text)) && findDateInText(text) === undefined
}
