/**
 * publisher: the organisation that publishes the site. Its name comes from the
 * page's structured data, then `og:site_name`/`application-name`, then the
 * suffix of `<title>` next to the headline, then the masthead `<h1>` that
 * `<title>` puts next to the story ("Site - Story"), and last the host name.
 */
import {articlePosition, articleValues, isObject, metaCandidates, resolve, resolveUrl, stringOf, type ExtractContext} from '../context.js'
import type {Field} from '../rules.js'
import {cleanText, key, siteNameFromTitle} from './text.js'
import {confirmedH1s, mastheads} from './title-agreement.js'
import {publisherNames} from './title-sites.js'

export {publisherNames, siteNames} from './title-sites.js'

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
        // The headline's h1 (confirmed by another source), not a masthead: "Site - Story" with the h1 "Site" would give "Story".
        const [confirmed] = confirmedH1s(context)
        const h1 = confirmed ?? (context.signals.h1.find((item) => item.inArticle) ?? context.signals.h1[0])
        const name = title && h1 && mastheads(context).length === 0 ? siteNameFromTitle(title.value, h1.value) : undefined
        return name ? [{value: {name}, position: title?.position}] : []
      }
    },
    {
      // The h1 that is the site's label in <title> ("Site - Story"): the masthead names the site.
      id: 'masthead',
      find: (context) => mastheads(context).map((name) => ({value: {name}, position: context.signals.title?.position}))
    },
    {
      // Last, the site itself: its host name ("www.example.com" → "example.com"), as the page names nothing better.
      id: 'url:host',
      find(context) {
        const site = context.base ? siteOf(context.base) : undefined
        return site ? [{value: site}] : []
      }
    }
  ],
  normalize(raw, context) {
    const name = cleanText(raw.name).replace(/\]$/, '')
    if (name.length === 0 || name.length > 100 || /^https?:/i.test(name)) return undefined
    // Some pages fill application-name with the page title: unless the page names its publisher so, the title is not a publisher.
    const title = context.signals.title?.value
    if (title && title.length <= 4 * name.length && key(title) === key(name) && !publisherNames(context).some((stated) => key(stated) === key(name))) return undefined
    const url = raw.url ? resolveUrl(raw.url, context.base) : undefined
    const logo = logoUrl(raw.logo, context.base)
    return {name, ...(url ? {url} : {}), ...(logo ? {logo} : {})}
  }
}

function* named(candidates: Iterable<{value: string; position?: import('../../types.js').Point | undefined}>) {
  for (const candidate of candidates) yield {value: {name: candidate.value}, position: candidate.position}
}

/** The site of a page URL as a publisher: its host without "www." and its home page; none for IP addresses and bare hosts. */
function siteOf(url: string): Raw | undefined {
  try {
    const parsed = new URL(url)
    const host = parsed.hostname.replace(/^www\d*\./, '')
    return /^[\d.]+$|^\[/.test(host) || !host.includes('.') ? undefined : {name: host, url: `${parsed.origin}/`}
  } catch {
    return undefined
  }
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
