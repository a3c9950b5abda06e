/**
 * image: the lead image, with its caption and credit when the page shows it
 * in a `<figure>`. Structured data and social tags name the image chosen for
 * sharing; without them, the article's first figure.
 */
import {articlePosition, articleValues, isObject, metaCandidates, resolveUrl, type ExtractContext} from '../context.js'
import type {Candidate, Field} from '../rules.js'
import type {FigureSignal} from '../signals.js'
import {cleanText} from './text.js'

export interface Image {
  url: string
  width?: number | undefined
  height?: number | undefined
  caption?: string | undefined
  creditText?: string | undefined
}

type Raw = {url: string; width?: unknown; height?: unknown; caption?: unknown; creditText?: unknown}

export const image: Field<ExtractContext, Raw, Image> = {
  rules: [
    {id: 'jsonld:image', find: jsonLdImages},
    {id: 'meta:og:image', find: (context) => urls(metaCandidates(context, 'og:image:secure_url', 'og:image:url', 'og:image'))},
    {id: 'meta:twitter:image', find: (context) => urls(metaCandidates(context, 'twitter:image', 'twitter:image:src'))},
    {id: 'link:image_src', find: (context) => urls((context.signals.rel.get('image_src') ?? []).map((link) => ({value: link.value, position: link.position})))},
    {id: 'figure', find: (context) => figures(context, (figure) => figure.inArticle && figure.figure)},
    {id: 'img:article', find: (context) => figures(context, (figure) => figure.inArticle && large(figure))}
  ],
  normalize(raw, context) {
    const url = resolveUrl(raw.url, context.base)
    if (!url) return undefined
    const width = toNumber(raw.width)
    const height = toNumber(raw.height)
    if ((width !== undefined && width <= 2) || (height !== undefined && height <= 2)) return undefined
    const figure = matchingFigure(context, url)
    const fromCaption = splitCredit(typeof raw.caption === 'string' ? raw.caption : figure?.caption, figure?.credit)
    const creditText = typeof raw.creditText === 'string' ? cleanText(raw.creditText) : fromCaption.credit
    return {
      url,
      ...(width === undefined ? (figure?.width ? {width: figure.width} : {}) : {width}),
      ...(height === undefined ? (figure?.height ? {height: figure.height} : {}) : {height}),
      ...(fromCaption.caption ? {caption: fromCaption.caption} : {}),
      ...(creditText ? {creditText} : {})
    }
  }
}

function jsonLdImages(context: ExtractContext): Array<Candidate<Raw>> {
  return articleValues(context, 'image').flatMap((value) => {
    if (typeof value === 'string') return [{value: {url: value}, position: articlePosition(context)}]
    if (isObject(value)) {
      const url = [value.contentUrl, value.url].flat().find((item): item is string => typeof item === 'string')
      if (url) return [{value: {url, width: value.width, height: value.height, caption: value.caption, creditText: value.creditText}, position: articlePosition(context)}]
    }
    return []
  })
}

function* urls(candidates: Iterable<Candidate<string>>): Iterable<Candidate<Raw>> {
  for (const candidate of candidates) yield {value: {url: candidate.value}, position: candidate.position}
}

function* figures(context: ExtractContext, keep: (figure: FigureSignal) => boolean): Iterable<Candidate<Raw>> {
  for (const figure of context.signals.figures) {
    if (keep(figure)) yield {value: {url: figure.src, width: figure.width, height: figure.height}, position: figure.position}
  }
}

function large(figure: FigureSignal): boolean {
  return (figure.width ?? 0) >= 300 || (figure.height ?? 0) >= 200
}

/** The page's figure that shows this image, to borrow its caption. */
function matchingFigure(context: ExtractContext, url: string): FigureSignal | undefined {
  const wanted = stem(url)
  return context.signals.figures.find((figure) => figure.caption && stem(resolveUrl(figure.src, context.base) ?? figure.src) === wanted)
}

/** Compare image URLs without query, size suffixes (`-1200x800`) and extension. */
function stem(url: string): string {
  const path = url.split(/[?#]/)[0] ?? url
  const file = path.slice(path.lastIndexOf('/') + 1)
  return file.replace(/\.[a-z0-9]+$/i, '').replace(/-\d+x\d+$/, '').toLowerCase()
}

const creditPatterns: RegExp[] = [
  // "… (Photo credit: AP Photo/Alexei Alexandrov)", "(Photo: X)", "(Image: X)", "(Credit: X)"
  /\s*[([]\s*(?:(?:photo|image|picture|foto|bild|photograph)\s*(?:credit)?|credit|courtesy|source|quelle|crédit(?:\s+photo)?)\s*[:：]\s*([^()[\]]{2,120})[)\]]\s*$/i,
  // "… Photo credit: X", "… Credit: X", "… Photo: X", "… Foto: X"
  /\s*(?:^|\s)(?:(?:photo|image|picture|foto|bild|photograph)\s*(?:credit)?|credit|courtesy)\s*[:：]\s*([^:]{2,120})$/i,
  // "… (AP Photo/Name)", "… (Getty Images)"
  /\s*\(((?:AP|AFP|Reuters|EPA|Getty|dpa|Xinhua)[^()]{0,100})\)\s*$/i
]

/** Split "Caption sentence. (Photo credit: Name)" into caption and credit. */
export function splitCredit(caption: string | undefined, credit: string | undefined): {caption?: string; credit?: string} {
  if (!caption) return credit ? {credit: cleanText(credit)} : {}
  let text = cleanText(caption)
  if (credit) {
    const cleanCredit = cleanText(credit)
    if (text.endsWith(cleanCredit)) text = text.slice(0, -cleanCredit.length).trim()
    const inner = splitCredit(cleanCredit, undefined)
    return {caption: text, credit: inner.credit ?? cleanCredit.replace(/^[([]|[)\]]$/g, '')}
  }
  for (const pattern of creditPatterns) {
    const match = pattern.exec(text)
    if (match) return {caption: text.slice(0, match.index).trim(), credit: match[1]!.trim()}
  }
  return {caption: text}
}

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN
  return Number.isFinite(number) && number > 0 ? number : undefined
}
