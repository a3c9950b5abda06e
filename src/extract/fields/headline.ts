/**
 * headline: the article's own title, without the site name. The page's
 * structured data first, then the social tags (written for sharing, so
 * usually the clean headline), then the visible `<h1>`, then `<title>`.
 */
import {articleStrings, located, metaCandidates, type ExtractContext} from '../context.js'
import type {Field} from '../rules.js'
import {cleanText, stripSiteName} from './text.js'
import {siteNames} from './publisher.js'

export const headline: Field<ExtractContext, string, string> = {
  rules: [
    {id: 'jsonld:headline', find: articleStrings('headline', 'name')},
    {id: 'meta:og:title', find: (context) => metaCandidates(context, 'og:title')},
    {id: 'meta:twitter:title', find: (context) => metaCandidates(context, 'twitter:title')},
    {id: 'h1', find: (context) => located(context.signals.h1, {articleOnly: true})},
    {id: 'h1:single', find: (context) => (context.signals.h1.length === 1 ? located(context.signals.h1) : [])},
    {id: 'title', find: (context) => (context.signals.title ? [{value: context.signals.title.value, position: context.signals.title.position}] : [])}
  ],
  normalize(raw, context) {
    const h1 = context.signals.h1.find((item) => item.inArticle)?.value ?? (context.signals.h1.length === 1 ? context.signals.h1[0]!.value : undefined)
    const value = stripSiteName(cleanText(raw), siteNames(context), h1)
    return value.length > 0 && value.length <= 400 ? value : undefined
  }
}
