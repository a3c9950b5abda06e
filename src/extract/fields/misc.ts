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
    {id: 'meta:og:locale', find: (context) => metaCandidates(context, 'og:locale')},
    {id: 'content', find: (context) => languageOfContent(context)}
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

/** Function words of the common Latin-script languages: a page's text says its language by them. */
const functionWords: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'on', 'are', 'it', 'this', 'by', 'have', 'from'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'auf', 'für', 'sich', 'dem', 'auch'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'un', 'du', 'pour', 'dans', 'que', 'qui', 'pas', 'sur', 'au', 'avec'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'en', 'un', 'una', 'por', 'con', 'para', 'es', 'del', 'se', 'no'],
  it: ['il', 'la', 'che', 'di', 'e', 'è', 'per', 'un', 'una', 'non', 'con', 'del', 'della', 'sono', 'gli', 'le'],
  pt: ['o', 'a', 'os', 'as', 'e', 'de', 'que', 'em', 'um', 'uma', 'para', 'com', 'não', 'do', 'da', 'é', 'por'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'met', 'voor', 'zijn', 'die', 'te', 'ook']
}

/** Scripts that name their language (kana: Japanese; Hangul: Korean…), tested in this order. */
const scriptLanguages: Array<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/[іїєґІЇЄҐ]/gu, 'uk'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/[پچژگ]/gu, 'fa'],
  [/\p{Script=Arabic}/gu, 'ar']
]

/**
 * The language of the page's own text (title, description, first
 * paragraphs) when no tag states it: by script, else by the function words
 * of the common Latin-script languages. Only a clear winner counts.
 */
function languageOfContent(context: ExtractContext): Array<Candidate<string>> {
  const signals = context.signals
  const text = [signals.title?.value ?? '', ...(signals.meta.get('og:description') ?? []).map((meta) => meta.value), ...signals.titleLeads.paragraphs.map((paragraph) => paragraph.value)].join(' ').slice(0, 5000)
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  if (letters < 40) return []
  for (const [pattern, language] of scriptLanguages) {
    // Kana and the letters peculiar to one language decide with a few; other scripts must be a fair share of the text.
    const share = (text.match(pattern)?.length ?? 0) / letters
    if (share >= (language === 'ja' || language === 'uk' || language === 'fa' ? 0.05 : 0.3)) return [{value: language}]
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  const scores = Object.entries(functionWords).map(([language, list]) => {
    const set = new Set(list)
    return {language, hits: words.filter((word) => set.has(word)).length}
  })
  scores.sort((a, b) => b.hits - a.hits)
  const [first, second] = scores
  return first && first.hits >= 8 && first.hits >= 1.5 * (second?.hits ?? 0) ? [{value: first.language}] : []
}
