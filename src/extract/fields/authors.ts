/**
 * author: one entry per person or organisation, names only. Structured data
 * first; then author meta tags; then `rel=author` links; then the visible
 * byline. Desks and agencies become Organizations.
 *
 * Sources are cross-checked where one is known to lie: a meta author that is
 * the site or its publisher ("Condé Nast") or a handle ("mikecason") is not
 * an author; an author given as a URL ("/authors/will-leitch") is named by
 * the page's link to that URL, or not at all; among several meta authors,
 * the one the visible byline agrees with wins. Last comes a page's only
 * link to a writer's profile. When nothing is clear, no author.
 */
import {articlePosition, articleValues, isObject, resolveUrl, stringOf, type ExtractContext} from '../context.js'
import type {Candidate, Field} from '../rules.js'
import {parseByline, type BylineEntry} from '../byline.js'
import {domainName, isDeskName, looksLikeOrganization, trimName} from '../author-names.js'
import {isAuthorHref, isWriterHref} from '../author-parts.js'
import {cleanText, key} from './text.js'
import {trimEndOf, whiteSpace} from '../../strings.js'
import type {Point} from '../../types.js'

export interface Author {
  name: string
  type: 'Person' | 'Organization'
  url?: string | undefined
  sameAs?: string[] | undefined
}

type Raw = Array<{name: string; type?: 'Person' | 'Organization' | undefined; url?: string | undefined; sameAs?: string[] | undefined}>

/** Meta tags that name the author, in this order. */
const metaNames = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'citation_author', 'parsely-author', 'sailthru.author', 'byl']

export const authors: Field<ExtractContext, Raw, Author[]> = {
  rules: [
    {id: 'jsonld:author', find: jsonLdAuthors},
    {id: 'meta:author', find: metaAuthors},
    {id: 'rel-author', find: relAuthors},
    {id: 'byline', find: bylineCandidates},
    {id: 'author-link', find: authorPageLinks}
  ],
  normalize(raw, context) {
    const result: Author[] = []
    const seen = new Set<string>()
    for (const item of raw) {
      const name = trimName(cleanText(item.name))
      const id = key(name)
      if (id === '' || seen.has(id)) continue
      seen.add(id)
      const url = item.url ? resolveUrl(item.url, context.base) : undefined
      result.push({name, type: typeOf(name, item.type), ...(url ? {url} : {}), ...(item.sameAs?.length ? {sameAs: item.sameAs} : {})})
    }
    return result.length > 0 ? result : undefined
  }
}

/** The stated type; a desk, agency or paper typed Person ("AFP", "Staff Reports") is still an Organization. */
function typeOf(name: string, stated: 'Person' | 'Organization' | undefined): 'Person' | 'Organization' {
  if (stated === 'Organization') return 'Organization'
  if (stated === 'Person') return isDeskName(name) ? 'Organization' : 'Person'
  return looksLikeOrganization(name) ? 'Organization' : 'Person'
}

/** JSON-LD / microdata `author` and `creator` of the article node. */
function jsonLdAuthors(context: ExtractContext): Array<Candidate<Raw>> {
  const raw: Raw = []
  const options = {siteNames: siteNames(context)}
  for (const value of [...articleValues(context, 'author'), ...articleValues(context, 'creator')]) {
    if (typeof value === 'string') {
      if (isUrlLike(value)) {
        const linked = nameOfAuthorUrl(context, value)
        if (linked) raw.push(linked)
      } else if (isHandle(value)) {
        raw.push(...nameOfHandle(context, value))
      } else {
        raw.push(...parseByline(value, options).entries)
      }
      continue
    }
    if (!isObject(value)) continue
    // Only string types count: a hostile `@type` object may not even convert to a string.
    const types = [value['@type']].flat().filter((type): type is string => typeof type === 'string')
    const type = types.some((t) => /Organization/.test(t)) ? 'Organization' : types.some((t) => /Person/.test(t)) ? 'Person' : undefined
    const url = typeof value.url === 'string' ? value.url : undefined
    const sameAs = [value.sameAs].flat().filter((s): s is string => typeof s === 'string' && /^https?:\/\//i.test(s.trim()))
    const names = [value.name].flat().map((name) => stringOf(name)).filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    let entries: Raw =
      type === 'Organization'
        ? names.filter((name) => !isUrlLike(name)).map((name) => ({name: cleanText(name), type}))
        : names.flatMap((name) => parseByline(name, options).entries.map((entry) => ({...entry, type: type === 'Person' ? type : entry.type})))
    if (entries.length === 0 && url) entries = [nameOfAuthorUrl(context, url)].filter((entry) => entry !== undefined)
    raw.push(...entries.map((entry) => (entries.length === 1 ? {url, ...entry, ...(sameAs.length > 0 ? {sameAs} : {})} : entry)))
  }
  if (raw.length === 0 || onlyThePublisher(raw, context)) return []
  return [{value: raw, position: articlePosition(context)}]
}

/**
 * Author meta tags, one candidate per tag name (repeated tags are one list). Each is read as a byline; URLs are named
 * through the page's links; a handle only counts when the page spells it out ("mikecason" → "Mike Cason"). The site or
 * its publisher is dropped when any source names a person. Candidates the visible byline agrees with come first, so
 * `article:author` "Alex Hutchinson" beats `author` "Condé Nast" when the byline says "By Alex Hutchinson".
 */
function metaAuthors(context: ExtractContext): Array<Candidate<Raw>> {
  const site = siteNames(context)
  const shown = visibleAuthors(context)
  const found: Array<Candidate<Raw>> = []
  for (const name of metaNames) {
    // Repeated tags (`article:author` once per author) make one candidate.
    const raw: Raw = []
    for (const meta of context.signals.meta.get(name) ?? []) {
      const value = cleanText(meta.value)
      if (value === '') continue
      if (isUrlLike(value)) raw.push(...[nameOfAuthorUrl(context, value)].filter((entry) => entry !== undefined))
      else if (isHandle(value)) raw.push(...nameOfHandle(context, value))
      else raw.push(...parseByline(value, {inverted: /^(?:dc|dcterms|citation)[._]/.test(name)}).entries)
    }
    const first = context.signals.meta.get(name)?.[0]
    if (raw.length > 0) found.push({value: raw, position: first?.position})
  }
  // The site or its publisher is no author when some source names a person.
  const named = [...shown, ...found.flatMap((candidate) => candidate.value)].some((entry) => entry.type !== 'Organization' && !isSiteName(entry.name, site))
  const usable = found.map((candidate) => ({...candidate, value: named ? candidate.value.filter((entry) => !isSiteName(entry.name, site)) : candidate.value})).filter((candidate) => candidate.value.length > 0)
  return [...usable.filter((candidate) => overlaps(candidate.value, shown)), ...usable.filter((candidate) => !overlaps(candidate.value, shown))]
}

/** `rel=author` links, those in the article first; their text is read as a byline ("Brenda Goodman, MA"). */
function relAuthors(context: ExtractContext): Array<Candidate<Raw>> {
  const found = relLinks(context)
  return found.filter((candidate) => !onlyThePublisher(candidate.value, context))
}

function relLinks(context: ExtractContext): Array<Candidate<Raw>> {
  const links = (context.signals.rel.get('author') ?? []).filter((link) => link.text !== '')
  const inArticle = links.filter((link) => link.inArticle)
  const chosen = inArticle.length > 0 ? inArticle : links
  const options = {siteNames: siteNames(context)}
  const raw: Raw = []
  for (const link of chosen) {
    const entries = parseByline(link.text, options).entries
    raw.push(...entries.map((entry) => (entries.length === 1 ? {...entry, url: link.value} : entry)))
  }
  if (raw.length === 0 || new Set(raw.map((entry) => key(entry.name))).size > 3) return []
  return [{value: raw, position: chosen[0]!.position}]
}

/** This many different bylines on a page without a headline is a list of stories, not an article. */
const listingBylines = 5

/**
 * Visible bylines: those in the article first, then the one nearest the headline (a byline after the `h1` before one
 * above it), so related-story cards further down lose. A link whose text is the name gives that author's URL.
 */
function bylineCandidates(context: ExtractContext): Array<Candidate<Raw>> {
  const cached = bylineCache.get(context)
  if (cached) return cached
  const options = {siteNames: siteNames(context)}
  const h1 = context.signals.h1.find((heading) => heading.inArticle) ?? context.signals.h1[0]
  const found: Array<Candidate<Raw> & {inArticle: boolean; weak: boolean; distance: number; index: number}> = []
  for (const [index, byline] of context.signals.bylines.entries()) {
    const entries = parseByline(byline.parts ?? byline.value, options).entries
    if (entries.length === 0) continue
    const raw = entries.map((entry) => ({...entry, url: urlFor(entry.name, byline.links, byline.parts)}))
    // A byline that is only a domain ("freiheit.org") names the site: any other byline goes first.
    const weak = raw.every((entry) => entry.type === 'Organization' && domainName.test(entry.name))
    found.push({value: raw, position: byline.position, inArticle: byline.inArticle, weak, distance: distanceFrom(h1?.position, byline.position), index})
  }
  const distinct = new Set(found.map((candidate) => candidate.value.map((entry) => key(entry.name)).sort().join('|')))
  const ordered =
    !h1 && distinct.size >= listingBylines
      ? []
      : found.sort((a, b) => Number(a.weak) - Number(b.weak) || Number(b.inArticle) - Number(a.inArticle) || a.distance - b.distance || a.index - b.index).map(({value, position}) => ({value, position}))
  bylineCache.set(context, ordered)
  return ordered
}

/** How far a byline sits from the headline, in source characters; one above the headline counts three times. */
function distanceFrom(h1: Point | undefined, at: Point | undefined): number {
  if (h1?.offset === undefined || at?.offset === undefined) return 0
  return at.offset >= h1.offset ? at.offset - h1.offset : (h1.offset - at.offset) * 3
}

const bylineCache = new WeakMap<ExtractContext, Array<Candidate<Raw>>>()

/**
 * Last resort: links to a writer's page (`/author/…`, `/u/…`) when every one of them names the same person — a page
 * whose only authorship signal is the link to its author's profile. Links naming two people are no evidence.
 */
function authorPageLinks(context: ExtractContext): Array<Candidate<Raw>> {
  const found = new Map<string, {name: string; url: string; position: Point | undefined}>()
  for (const link of context.signals.authorLinks ?? []) {
    if (!isWriterHref(link.value) || !onThisSite(link.value, context.base)) continue
    const entries = parseByline(link.text).entries
    if (entries.length !== 1 || entries[0]!.type !== 'Person') continue
    const id = key(entries[0]!.name)
    if (!found.has(id)) found.set(id, {name: entries[0]!.name, url: link.value, position: link.position})
  }
  if (found.size !== 1) return []
  const [only] = found.values()
  return [{value: [{name: only!.name, type: 'Person', url: only!.url}], position: only!.position}]
}

/** A relative link, or one to the page's own host: a profile elsewhere (a music site, a social network) is no byline. */
function onThisSite(href: string, base: string | undefined): boolean {
  if (!/^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(href.trim())) return true
  if (!base) return false
  try {
    const host = (value: string) => new URL(value, base).hostname.replace(/^www\./, '')
    return host(href) === host(base)
  } catch {
    return false
  }
}

/** The URL of the link in a byline whose text is this name, an author page first. */
function urlFor(name: string, links: ReadonlyArray<{text: string; href: string}>, parts: ReadonlyArray<{text: string; href?: string | undefined}> | undefined): string | undefined {
  const wanted = key(name)
  const matching = [...links, ...(parts ?? []).flatMap((part) => (part.href ? [{text: part.text, href: part.href}] : []))].filter(
    (link) => key(link.text) === wanted || parseByline(link.text).names.some((other) => key(other) === wanted)
  )
  return (matching.find((link) => isAuthorHref(link.href)) ?? matching[0])?.href
}

/** What the page shows as its byline (or `rel=author` link): the evidence other sources are checked against. */
function visibleAuthors(context: ExtractContext): BylineEntry[] {
  const cached = visibleCache.get(context)
  if (cached) return cached
  const [first] = bylineCandidates(context)
  const rel = relLinks(context)[0]?.value ?? []
  const entries = [...(first?.value ?? []), ...rel].map((entry) => ({name: entry.name, type: entry.type ?? 'Person'}))
  visibleCache.set(context, entries)
  return entries
}

const visibleCache = new WeakMap<ExtractContext, BylineEntry[]>()
const siteCache = new WeakMap<ExtractContext, string[]>()

/**
 * Names of the site and its publisher: `og:site_name`, `application-name`, the `twitter:site` handle, the copyright
 * holder, and the JSON-LD publisher. None of them is the author of one article when a person is named.
 */
function siteNames(context: ExtractContext): string[] {
  const cached = siteCache.get(context)
  if (cached) return cached
  const meta = (name: string) => (context.signals.meta.get(name) ?? []).map((item) => cleanText(item.value))
  const names = [
    ...meta('og:site_name'),
    ...meta('application-name'),
    ...meta('twitter:site').map((handle) => handle.replace(/^@/, '')),
    ...meta('copyright').map((text) => trimEndOf(text.replace(/copyright|\(c\)|©|\d{4}(?:\s*[-–]\s*\d{4})?|all rights reserved\.?/gi, ''), `${whiteSpace}.,`).trim()),
    ...articleValues(context, 'publisher').flatMap((publisher) => [stringOf(publisher)].filter((name): name is string => typeof name === 'string'))
  ].filter((name) => name.length > 1)
  siteCache.set(context, names)
  return names
}

function isSiteName(name: string, site: readonly string[]): boolean {
  const wanted = key(name)
  return site.some((other) => key(other) === wanted || (key(other).length >= 6 && wanted.includes(key(other))))
}

/** Only the site or its publisher, while the visible byline names a person: the page's template, not the article's author. */
function onlyThePublisher(raw: Raw, context: ExtractContext): boolean {
  const site = siteNames(context)
  return raw.every((entry) => isSiteName(entry.name, site)) && visibleAuthors(context).some((entry) => entry.type === 'Person' && !isSiteName(entry.name, site))
}

/** A URL or a site path ("/authors/will-leitch"), not a name. */
function isUrlLike(value: string): boolean {
  const text = value.trim()
  if (/^(?:https?:)?\/\/|^\/\S*$|^www\./i.test(text)) return true
  // "host.example/path": no spaces, a dot before the last slash. (Not a regex: `\S+\.\S+\/` backtracks quadratically on "1.1.1.…".)
  const slash = text.lastIndexOf('/')
  return slash > 0 && !/\s/.test(text) && text.indexOf('.') > 0 && text.indexOf('.') < slash - 1
}

/** "mikecason", "@jane_doe": one word in lower case or with handle characters. */
function isHandle(value: string): boolean {
  return /^@?[A-Za-z0-9._-]+$/.test(value) && (value.startsWith('@') || value === value.toLowerCase() || /[_\d]/.test(value))
}

function squash(value: string): string {
  return key(value.replace(/^@/, ''))
}

function overlaps(raw: Raw, shown: readonly BylineEntry[]): boolean {
  const names = new Set(shown.map((entry) => key(entry.name)))
  return raw.some((entry) => names.has(key(entry.name)))
}

/**
 * The name behind a handle ("mikecason", "CC7567"): the visible byline name that spells it, or the text of the
 * author-page link whose last segment it is (`/u/CC7567`).
 */
function nameOfHandle(context: ExtractContext, value: string): Raw {
  const wanted = squash(value)
  const shown = visibleAuthors(context).filter((entry) => squash(entry.name) === wanted)
  if (shown.length > 0) return shown.slice(0, 1)
  for (const link of context.signals.authorLinks ?? []) {
    if (key(trimEndOf(link.value, '/?#').split('/').pop() ?? '') !== wanted) continue
    const [entry] = parseByline(link.text).entries
    if (entry?.type === 'Person') return [{...entry, url: link.value}]
  }
  return []
}

/** The name of an author given as a URL: the text of a link to that URL on the page (byline, author page or `rel=author` link). */
function nameOfAuthorUrl(context: ExtractContext, value: string): {name: string; type: 'Person'; url: string} | undefined {
  const wanted = comparableUrl(value, context.base)
  if (!wanted) return undefined
  const links: Array<{text: string; href: string}> = [
    ...context.signals.bylines.flatMap((byline) => byline.links),
    ...(context.signals.authorLinks ?? []).map((link) => ({text: link.text, href: link.value})),
    ...(context.signals.rel.get('author') ?? []).map((link) => ({text: link.text, href: link.value}))
  ]
  // The link to that very URL; else an author-page link whose text spells the URL's last segment ("/editors/jon-fingas").
  const slug = key(wanted.split('/').pop() ?? '')
  const exact = links.filter((link) => comparableUrl(link.href, context.base) === wanted)
  const spelled = isAuthorHref(value) && slug.length > 3 ? links.filter((link) => isAuthorHref(link.href) && key(link.text) === slug) : []
  for (const link of [...exact, ...spelled]) {
    const [entry] = parseByline(link.text).entries
    if (entry && entry.type === 'Person') return {name: entry.name, type: 'Person', url: value}
  }
  return undefined
}

function comparableUrl(value: string, base: string | undefined): string | undefined {
  const url = resolveUrl(value, base)
  return url === undefined ? undefined : trimEndOf(url.replace(/^https?:\/\/(?:www\.)?/i, ''), '/#?').toLowerCase()
}
