/**
 * author: one entry per person or organisation, names only. Structured data
 * first; then author meta tags; then `rel=author` links; then the visible
 * byline. Desks and agencies become Organizations.
 */
import {articlePosition, articleValues, isObject, metaCandidates, resolveUrl, type ExtractContext} from '../context.js'
import type {Candidate, Field} from '../rules.js'
import {cleanName, looksLikeOrganization, parseByline} from '../byline.js'
import {key} from './text.js'

export interface Author {
  name: string
  type: 'Person' | 'Organization'
  url?: string | undefined
  sameAs?: string[] | undefined
}

type Raw = Array<{name: string; type?: string | undefined; url?: string | undefined; sameAs?: string[] | undefined}>

export const authors: Field<ExtractContext, Raw, Author[]> = {
  rules: [
    {id: 'jsonld:author', find: jsonLdAuthors},
    {id: 'meta:author', find: (context) => fromStrings(metaCandidates(context, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'))},
    {
      id: 'rel-author',
      find(context) {
        const links = (context.signals.rel.get('author') ?? []).filter((link) => link.text !== '')
        const inArticle = links.filter((link) => link.inArticle)
        const chosen = inArticle.length > 0 ? inArticle : links
        if (chosen.length === 0) return []
        return [{value: chosen.map((link) => ({name: link.text, url: link.value})), position: chosen[0]!.position}]
      }
    },
    {id: 'byline', find: bylines}
  ],
  normalize(raw, context) {
    const result: Author[] = []
    const seen = new Set<string>()
    for (const item of raw) {
      const names = item.name.includes(',') || /\band\b|&/.test(item.name) ? parseByline(item.name).names : [cleanName(item.name)].filter((n): n is string => Boolean(n))
      for (const name of names) {
        if (seen.has(key(name)) || key(name) === '') continue
        seen.add(key(name))
        const type = item.type === 'Organization' || (item.type !== 'Person' && looksLikeOrganization(name)) ? 'Organization' : 'Person'
        const url = item.url ? resolveUrl(item.url, context.base) : undefined
        result.push({name, type, ...(url && names.length === 1 ? {url} : {}), ...(item.sameAs?.length ? {sameAs: item.sameAs} : {})})
      }
    }
    return result.length > 0 ? result : undefined
  }
}

function jsonLdAuthors(context: ExtractContext): Array<Candidate<Raw>> {
  const raw: Raw = []
  for (const value of [...articleValues(context, 'author'), ...articleValues(context, 'creator')]) {
    if (typeof value === 'string') {
      raw.push({name: value})
    } else if (isObject(value) && typeof value.name === 'string') {
      const type = [value['@type']].flat().map(String).find((t) => /Organization|Person/.test(t))
      const sameAs = [value.sameAs].flat().filter((s): s is string => typeof s === 'string')
      raw.push({
        name: value.name,
        type: type?.includes('Organization') ? 'Organization' : type ? 'Person' : undefined,
        url: typeof value.url === 'string' ? value.url : undefined,
        sameAs
      })
    }
  }
  return raw.length > 0 ? [{value: raw, position: articlePosition(context)}] : []
}

function* fromStrings(candidates: Iterable<Candidate<string>>): Iterable<Candidate<Raw>> {
  for (const candidate of candidates) {
    if (/^https?:\/\//i.test(candidate.value)) continue
    const names = parseByline(candidate.value).names
    if (names.length > 0) yield {value: names.map((name) => ({name})), position: candidate.position}
  }
}

/** Bylines in the article before the others; a link whose text is a name gives that author's URL. */
function* bylines(context: ExtractContext): Iterable<Candidate<Raw>> {
  for (const inArticle of [true, false]) {
    for (const byline of context.signals.bylines) {
      if (byline.inArticle !== inArticle) continue
      const names = parseByline(byline.value).names
      if (names.length === 0) continue
      const raw = names.map((name) => ({name, url: byline.links.find((link) => key(link.text) === key(name))?.href}))
      yield {value: raw, position: byline.position}
    }
  }
}
