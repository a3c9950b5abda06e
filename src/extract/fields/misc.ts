/**
 * The small fields: articleSection, keywords, inLanguage, and the page URL.
 */
import {articlePosition, articleStrings, articleValues, isObject, metaCandidates, resolveUrl, type ExtractContext} from '../context.js'
import type {Candidate, Field} from '../rules.js'
import {cleanText} from './text.js'

export const section: Field<ExtractContext, string, string> = {
  rules: [
    {id: 'jsonld:articleSection', find: articleStrings('articleSection')},
    {id: 'meta:section', find: (context) => metaCandidates(context, 'article:section', 'og:article:section', 'parsely-section', 'section', 'sailthru.section', 'cxenseparse:recs:articlesection')}
  ],
  normalize(raw) {
    const value = cleanText(raw)
    return value.length > 0 && value.length <= 100 ? value : undefined
  }
}

/** Keywords are gathered from every tag of the winning source, not only the first. */
export const keywords: Field<ExtractContext, string[], string[]> = {
  rules: [
    {
      id: 'jsonld:keywords',
      find(context) {
        const list = articleValues(context, 'keywords').flatMap((value) => (typeof value === 'string' ? value.split(',') : []))
        return list.length > 0 ? [{value: list, position: articlePosition(context)}] : []
      }
    },
    {id: 'meta:news_keywords', find: (context) => allMeta(context, 'news_keywords')},
    {id: 'meta:article:tag', find: (context) => allMeta(context, 'article:tag', 'og:article:tag')},
    {id: 'meta:keywords', find: (context) => allMeta(context, 'keywords', 'parsely-tags', 'sailthru.tags')},
    {
      id: 'rel-tag',
      find(context) {
        const tags = (context.signals.rel.get('tag') ?? []).filter((link) => link.inArticle && link.text !== '')
        return tags.length > 0 ? [{value: tags.map((link) => link.text), position: tags[0]!.position}] : []
      }
    }
  ],
  normalize(raw) {
    const seen = new Set<string>()
    const list = raw.map(cleanText).filter((word) => {
      const lower = word.toLowerCase()
      if (word.length === 0 || word.length > 100 || seen.has(lower)) return false
      seen.add(lower)
      return true
    })
    return list.length > 0 ? list : undefined
  }
}

function allMeta(context: ExtractContext, ...names: string[]): Array<Candidate<string[]>> {
  const values = [...metaCandidates(context, ...names)]
  if (values.length === 0) return []
  return [{value: values.flatMap((candidate) => candidate.value.split(',')), position: values[0]!.position}]
}

const languageTag = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i

export const language: Field<ExtractContext, string, string> = {
  rules: [
    {id: 'jsonld:inLanguage', find: articleStrings('inLanguage')},
    {id: 'html:lang', find: (context) => (context.signals.lang ? [{value: context.signals.lang}] : [])},
    {id: 'meta:content-language', find: (context) => metaCandidates(context, 'content-language', 'dc.language', 'language')},
    {id: 'meta:og:locale', find: (context) => metaCandidates(context, 'og:locale')}
  ],
  normalize(raw) {
    const value = raw.trim().split(/[,;\s]/)[0]!.replace(/_/g, '-')
    if (!languageTag.test(value)) return undefined
    // BCP 47 casing: language lowercase, region uppercase.
    return value
      .split('-')
      .map((part, index) => (index === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part))
      .join('-')
  }
}

export const url: Field<ExtractContext, string, string> = {
  rules: [
    {id: 'link:canonical', find: (context) => (context.signals.rel.get('canonical') ?? []).map((link) => ({value: link.value, position: link.position}))},
    {id: 'meta:og:url', find: (context) => metaCandidates(context, 'og:url')},
    {
      id: 'jsonld:url',
      find: (context) =>
        [...articleValues(context, 'mainEntityOfPage'), ...articleValues(context, 'url')].flatMap((value) => {
          const text = typeof value === 'string' ? value : isObject(value) && typeof value['@id'] === 'string' ? value['@id'] : undefined
          return text ? [{value: text, position: articlePosition(context)}] : []
        })
    },
    {id: 'option:url', find: (context) => (context.base ? [{value: context.base}] : [])}
  ],
  normalize(raw, context) {
    const resolved = resolveUrl(raw, context.base)
    return resolved && /^https?:\/\/[^/]+/.test(resolved) ? resolved : undefined
  }
}
