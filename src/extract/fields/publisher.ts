/**
 * publisher: the organisation that publishes the site. Its name comes from the
 * page's structured data, then `og:site_name`/`application-name`, then the
 * suffix of `<title>` next to the headline.
 */
import {articlePosition, articleValues, isObject, metaCandidates, resolve, resolveUrl, stringOf, type ExtractContext} from '../context.js'
import type {Field} from '../rules.js'
import {cleanText, siteNameFromTitle} from './text.js'

export interface Publisher {
  name: string
  url?: string | undefined
  logo?: string | undefined
}

type Raw = {name: string; url?: string | undefined; logo?: unknown}

export const publisher: Field<ExtractContext, Raw, Publisher> = {
  rules: [
    {
      id: 'jsonld:publisher',
      find: (context) =>
        articleValues(context, 'publisher').flatMap((value) => {
          const name = stringOf(value)
          if (!name) return []
          const url = isObject(value) && typeof value.url === 'string' ? value.url : undefined
          const logo = isObject(value) ? resolve(context, value.logo) : undefined
          return [{value: {name, url, logo}, position: articlePosition(context)}]
        })
    },
    {id: 'meta:og:site_name', find: (context) => named(metaCandidates(context, 'og:site_name'))},
    {id: 'meta:application-name', find: (context) => named(metaCandidates(context, 'application-name', 'apple-mobile-web-app-title'))},
    {
      id: 'title-suffix',
      find(context) {
        const title = context.signals.title
        const h1 = context.signals.h1.find((item) => item.inArticle) ?? context.signals.h1[0]
        const name = title && h1 ? siteNameFromTitle(title.value, h1.value) : undefined
        return name ? [{value: {name}, position: title?.position}] : []
      }
    }
  ],
  normalize(raw, context) {
    const name = cleanText(raw.name)
    if (name.length === 0 || name.length > 100 || /^https?:/i.test(name)) return undefined
    const url = raw.url ? resolveUrl(raw.url, context.base) : undefined
    const logo = logoUrl(raw.logo, context.base)
    return {name, ...(url ? {url} : {}), ...(logo ? {logo} : {})}
  }
}

/** Names the site goes by, for removing them from titles. */
export function siteNames(context: ExtractContext): string[] {
  const names: string[] = []
  for (const value of articleValues(context, 'publisher')) {
    const name = stringOf(value)
    if (name) names.push(name)
  }
  for (const name of ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site']) {
    for (const meta of context.signals.meta.get(name) ?? []) names.push(meta.value.replace(/^@/, ''))
  }
  return names
}

function* named(candidates: Iterable<{value: string; position?: import('../../types.js').Point | undefined}>) {
  for (const candidate of candidates) yield {value: {name: candidate.value}, position: candidate.position}
}

function logoUrl(logo: unknown, base: string | undefined): string | undefined {
  const first = Array.isArray(logo) ? logo[0] : logo
  if (typeof first === 'string') return resolveUrl(first, base)
  if (isObject(first)) {
    const url = first.url ?? first.contentUrl
    if (typeof url === 'string') return resolveUrl(url, base)
  }
  return undefined
}
