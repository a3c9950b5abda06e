/**
 * description: the standfirst. Structured data and the social/meta tags say
 * it outright; without them, the dek under the article's `<h1>`.
 */
import {articleStrings, located, metaCandidates, type ExtractContext} from '../context.js'
import type {Field} from '../rules.js'
import {cleanText} from './text.js'

export const description: Field<ExtractContext, string, string> = {
  rules: [
    {id: 'jsonld:description', find: articleStrings('description')},
    {id: 'meta:og:description', find: (context) => metaCandidates(context, 'og:description')},
    {id: 'meta:twitter:description', find: (context) => metaCandidates(context, 'twitter:description')},
    {id: 'meta:description', find: (context) => metaCandidates(context, 'description', 'dc.description', 'dcterms.description')},
    {id: 'dek', find: (context) => located(context.signals.deks, {articleOnly: false})}
  ],
  normalize(raw) {
    const value = cleanText(raw)
    return value.length >= 10 && value.length <= 1000 ? value : undefined
  }
}
