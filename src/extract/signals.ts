/**
 * One walk of the tree that collects every signal the field rules read:
 * meta tags, links, `<time>`, headings, bylines, figures, the dek. Rules
 * then look things up in these tables instead of querying the tree again.
 */
import {attr, classAndId, collapse, pointOf, shortVisibleText, someAncestor, visibleText, walkElements, type Element, type Root} from '../parse/index.js'
import type {Point} from '../types.js'
import {bylineParts, isAuthorHref, type BylinePart} from './author-parts.js'
import {dateCollector, type DateSignals} from './date-signals.js'
import {titleLeadCollector, type TitleLeads} from './fields/title-leads.js'

export interface Located {
  value: string
  position?: Point | undefined
  /** Inside the main `<article>` (or `[itemprop=articleBody]`/`main`), not in page chrome. */
  inArticle: boolean
}

export interface FigureSignal {
  src: string
  width?: number | undefined
  height?: number | undefined
  caption?: string | undefined
  /** Text of a caption child marked as credit (`.credit`, `.copyright`, `<small>`), when separate. */
  credit?: string | undefined
  position?: Point | undefined
  inArticle: boolean
  /** Inside a `<figure>` (not a bare `<img>`). */
  figure: boolean
}

export interface Signals {
  /** `<meta>` content by lowercased `name`/`property`/`itemprop`, in document order. */
  meta: Map<string, Located[]>
  /** `<link>`/`<a>` hrefs by lowercased rel token. */
  rel: Map<string, Array<Located & {text: string}>>
  title?: Located | undefined
  h1: Located[]
  /** Dek/standfirst candidates: elements whose class says so, or the heading right after the article's h1. */
  deks: Located[]
  /** Visible text of elements whose class/id says byline or author, and short blocks starting with "By"; with the links inside. */
  bylines: Array<Located & {links: Array<{text: string; href: string}>; parts?: BylinePart[] | undefined}>
  /** Links to an author's page (`/author/…`, `/people/…`) with their text: they name the author of a URL given as author. */
  authorLinks?: Array<Located & {text: string}> | undefined
  times: Array<Located & {datetime?: string | undefined; kind: 'published' | 'modified' | 'unknown'}>
  figures: FigureSignal[]
  /** Dates stated outside meta tags and JSON-LD (itemprop, `<time>`, date classes, short date texts), with their distance into the text. */
  dates: DateSignals
  /** Around the title: h2/h3 headings, the standfirst candidates after each h1, the first body paragraphs. */
  titleLeads: TitleLeads
  lang?: string | undefined
  /** Elements skipped as boilerplate (nav, aside, footer…) are not read for bylines, deks or figures. */
}

const bylineClass = /(?:\b|_)(?:by-?line|byline|author|autor|auteur|writer|contributor|dateline)/
const dekClass = /\b(?:dek|standfirst|subtitle|sub-title|subheadline|sub-headline|subhead|strapline|summary|excerpt|lede|teaser|article-?intro|kicker-?text)\b/
const chromeTags = new Set(['nav', 'aside', 'footer', 'form'])
const chromeClass = /\b(?:nav|navbar|menu|sidebar|side-bar|footer|related|popular|most-read|trending|recommend|promo|newsletter|share|social|comments?|breadcrumbs?|advert|ad-slot|cookie)\b/
const articleRoots = new Set(['article', 'main'])
const byPrefix = /^\s*(?:by|von|par|por|di|door|av|przez|от|автор)\s*[:\s]\s*\S/i

/** Collect every signal in one walk of the tree. */
export function collectSignals(tree: Root): Signals {
  const dates = dateCollector()
  const leads = titleLeadCollector()
  const signals: Signals = {meta: new Map(), rel: new Map(), h1: [], deks: [], bylines: [], times: [], figures: [], dates: dates.signals, titleLeads: leads.signals}
  let lastArticleH1: Element | undefined
  const underArticle = someAncestor(isArticleRoot)
  const underChrome = someAncestor(isChrome)
  const underSvg = someAncestor((element) => element.tagName === 'svg')
  const underFigure = someAncestor((element) => element.tagName === 'figure')

  walkElements(tree, (node, ancestors) => {
    const tag = node.tagName
    const inArticle = underArticle(ancestors) || isArticleRoot(node)
    const inChrome = underChrome(ancestors)

    switch (tag) {
      case 'html':
        signals.lang = attr(node, 'lang') ?? attr(node, 'xmlLang')
        return
      case 'meta':
        readMeta(node, signals)
        return false
      case 'title':
        if (!signals.title && !underSvg(ancestors)) signals.title = located(visibleTextOfTitle(node), node, false)
        return false
      case 'link':
        readRel(node, signals, inArticle)
        return false
      case 'script':
      case 'style':
      case 'template':
      case 'noscript':
        return false
      default:
        break
    }

    if (inChrome) return
    leads.visit(node, ancestors, inArticle)
    dates.visit(node, ancestors, inArticle, isChrome(node))
    if (tag === 'a' && attr(node, 'rel')) readRel(node, signals, inArticle)
    if (tag === 'a') readAuthorLink(node, signals, inArticle)
    if (tag === 'h1') {
      signals.h1.push(located(collapse(visibleText(node)), node, inArticle))
      if (inArticle) lastArticleH1 = node
      return false
    }
    if (tag === 'time') {
      readTime(node, signals, inArticle)
      return
    }
    if (tag === 'figure' || (tag === 'img' && !underFigure(ancestors))) {
      readFigure(node, signals, inArticle)
      return tag === 'figure' ? false : undefined
    }

    const names = classAndId(node)
    if (isChrome(node)) {
      if (tag === 'footer' && inArticle) readBylinesIn(node, signals, true)
      return false
    }
    if (names.trim() !== '' && bylineClass.test(names) && !/\b(?:author-?bio|about-the-author|author-?box)\b/.test(names)) {
      const text = shortVisibleText(node, 200)
      if (text !== undefined && text.length > 0) {
        signals.bylines.push({...located(text, node, inArticle), links: linksIn(node), parts: bylineParts(node)})
        return
      }
    }
    if (isDekCandidate(node, names, lastArticleH1, ancestors)) {
      const text = shortVisibleText(node, 500)
      if (text !== undefined && text.length >= 20) signals.deks.push(located(text, node, inArticle))
      readBylinesIn(node, signals, inArticle)
      return false
    }
    if ((tag === 'p' || tag === 'div' || tag === 'span') && node.children.length <= 12) {
      const text = shortVisibleText(node, 150)
      if (text !== undefined && byPrefix.test(text) && !signals.bylines.some((b) => b.value === text)) {
        signals.bylines.push({...located(text, node, inArticle), links: linksIn(node), parts: bylineParts(node)})
        return false
      }
    }
    return
  })
  dates.finish([signals.meta.get('og:title')?.[0]?.value, signals.title?.value])

  return signals
}

function isArticleRoot(node: Element): boolean {
  return articleRoots.has(node.tagName) || attr(node, 'itemProp') === 'articleBody'
}

function isChrome(node: Element): boolean {
  if (chromeTags.has(node.tagName)) return true
  if (node.tagName === 'header' || node.tagName === 'body' || node.tagName === 'article' || node.tagName === 'main') return false
  const names = classAndId(node)
  return names.trim() !== '' && chromeClass.test(names) && !bylineClass.test(names)
}

function isDekCandidate(node: Element, names: string, h1: Element | undefined, ancestors: readonly Element[]): boolean {
  if (!/^(?:p|h2|h3|div|span)$/.test(node.tagName)) return false
  if (names.trim() !== '' && dekClass.test(names)) return true
  // The heading or paragraph that follows the article's h1 among its siblings.
  if (h1 && (node.tagName === 'h2' || node.tagName === 'p')) {
    const parent = ancestors[ancestors.length - 1]
    return parent !== undefined && previousElement(parent, node) === h1
  }
  return false
}

const previousElements = new WeakMap<Element, Map<Element, Element>>()

/** The element before `node` among `parent`'s children; the sibling table is built once per parent (wide pages stay linear). */
function previousElement(parent: Element, node: Element): Element | undefined {
  let table = previousElements.get(parent)
  if (!table) {
    table = new Map()
    let previous: Element | undefined
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      if (previous) table.set(child, previous)
      previous = child
    }
    previousElements.set(parent, table)
  }
  return table.get(node)
}

/** Links in a byline: their text names an author, their href is the author's page. */
function linksIn(node: Element): Array<{text: string; href: string}> {
  const links: Array<{text: string; href: string}> = []
  walkElements(node, (child) => {
    const href = child.tagName === 'a' ? attr(child, 'href') : undefined
    if (href && !/^(?:mailto|javascript):|^#/i.test(href)) links.push({text: collapse(visibleText(child)), href})
  })
  return links
}

function readMeta(node: Element, signals: Signals): void {
  const key = (attr(node, 'property') ?? attr(node, 'name') ?? attr(node, 'itemProp') ?? attr(node, 'httpEquiv'))?.trim().toLowerCase()
  const content = attr(node, 'content') ?? attr(node, 'value')
  if (!key || content === undefined) return
  for (const name of key.split(/\s+/)) push(signals.meta, name, located(collapse(content), node, false))
}

/**
 * Bylines in a subtree the walk skips as a whole: an article's own `<footer>` (HTML: a footer "typically contains
 * information about its section such as who wrote it") and a dek or a container whose class reads like one (a byline
 * often sits in the summary block). Only bylines, `rel=author` and author-page links are read there.
 */
function readBylinesIn(root: Element, signals: Signals, inArticle: boolean): void {
  const underArticle = someAncestor(isArticleRoot)
  const visit = (node: Element, ancestors: readonly Element[]): boolean | undefined => {
    const here = inArticle || underArticle(ancestors) || isArticleRoot(node)
    if (isChrome(node) && !(node.tagName === 'footer' && here)) return false
    if (node.tagName === 'a') {
      if (attr(node, 'rel')) readRel(node, signals, here)
      readAuthorLink(node, signals, here)
    }
    const names = classAndId(node)
    const byClass = names.trim() !== '' && bylineClass.test(names) && !/\b(?:author-?bio|about-the-author|author-?box)\b/.test(names)
    if (!byClass && !(/^(?:p|div|span)$/.test(node.tagName) && node.children.length <= 12)) return
    const text = shortVisibleText(node, byClass ? 200 : 150)
    if (text === undefined || text.length === 0 || (!byClass && !byPrefix.test(text))) return
    signals.bylines.push({...located(text, node, here), links: linksIn(node), parts: bylineParts(node)})
    return byClass ? undefined : false
  }
  // The root too: the paragraph under the headline taken as a dek may be the byline ("By Jane Doe").
  if (visit(root, []) !== false) walkElements(root, visit)
}

/** A link to an author's page, with its text (see `isAuthorHref`). */
function readAuthorLink(node: Element, signals: Signals, inArticle: boolean): void {
  const href = attr(node, 'href')?.trim()
  if (!href || !isAuthorHref(href)) return
  const text = shortVisibleText(node, 80)
  if (text === undefined || text === '') return
  ;(signals.authorLinks ??= []).push({...located(href, node, inArticle), text})
}

function readRel(node: Element, signals: Signals, inArticle: boolean): void {
  const rel = attr(node, 'rel')
  const href = attr(node, 'href')
  if (!rel || href === undefined) return
  for (const token of rel.toLowerCase().split(/\s+/)) {
    push(signals.rel, token, {...located(href.trim(), node, inArticle), text: collapse(visibleText(node))})
  }
}

function readTime(node: Element, signals: Signals, inArticle: boolean): void {
  const names = `${classAndId(node)} ${attr(node, 'itemProp') ?? ''}`
  const kind = /modif|updat/.test(names) ? 'modified' : /publish|pubdate|date-?posted|created/.test(names) || node.properties.pubDate !== undefined ? 'published' : 'unknown'
  signals.times.push({...located(shortVisibleText(node, 200) ?? '', node, inArticle), datetime: attr(node, 'dateTime'), kind})
}

function readFigure(node: Element, signals: Signals, inArticle: boolean): void {
  const figure = node.tagName === 'figure'
  let img: Element | undefined = figure ? undefined : node
  let caption: Element | undefined
  if (figure) {
    walkElements(node, (child) => {
      if (!img && child.tagName === 'img') img = child
      if (!caption && child.tagName === 'figcaption') caption = child
    })
  }
  if (!img) return
  const src = imageSource(img)
  if (!src) return
  let credit: string | undefined
  let captionText: string | undefined
  if (caption) {
    captionText = collapse(visibleText(caption))
    walkElements(caption, (child) => {
      if (!credit && /\b(?:credit|copyright|source|photographer|attribution)\b/.test(classAndId(child))) credit = collapse(visibleText(child))
    })
  }
  signals.figures.push({
    src,
    width: dimension(attr(img, 'width')),
    height: dimension(attr(img, 'height')),
    caption: captionText || undefined,
    credit: credit || undefined,
    position: pointOf(img),
    inArticle,
    figure
  })
}

/** The real source of an image, past lazy-loading placeholders. */
function imageSource(img: Element): string | undefined {
  for (const name of ['dataSrc', 'dataLazySrc', 'dataOriginal', 'src']) {
    const value = attr(img, name)?.trim()
    if (value && !value.startsWith('data:')) return value
  }
  const srcset = attr(img, 'srcSet') ?? attr(img, 'dataSrcset')
  return srcset?.split(',')[0]?.trim().split(/\s+/)[0]
}

function dimension(value: string | undefined): number | undefined {
  const number = value ? Number.parseInt(value, 10) : Number.NaN
  return Number.isFinite(number) && number > 0 ? number : undefined
}

function visibleTextOfTitle(node: Element): string {
  return collapse(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''))
}

function located(value: string, node: Element, inArticle: boolean): Located {
  return {value, position: pointOf(node), inArticle}
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
