/**
 * image: the lead image, with its caption and credit when the page shows it
 * in a `<figure>`. Structured data and social tags name the image chosen for
 * sharing; without them, the article's first figure. The site's logo or
 * default picture is taken only when there is nothing else, and of two
 * renditions of one image the full-size one wins.
 */
import {articlePosition, articleValues, isObject, metaCandidates, resolveUrl, type ExtractContext} from '../context.js'
import type {Candidate, Field} from '../rules.js'
import type {FigureSignal} from '../signals.js'
import {isMinorImage, isResized, isSiteImage, isSrcsetList, sameFile} from './image-urls.js'
import {cleanText} from './text.js'

export interface Image {
  url: string
  width?: number | undefined
  height?: number | undefined
  caption?: string | undefined
  creditText?: string | undefined
}

type Raw = {
  url: string
  width?: unknown
  height?: unknown
  caption?: unknown
  creditText?: unknown
  /** Taken though it names the site's logo or default picture: nothing better was found. */
  siteImage?: boolean
  /** An image shown in the page (not named in a tag): small or banner-shaped ones are not lead images. */
  shown?: boolean
}

const metaImages = (context: ExtractContext) => urls(metaCandidates(context, 'og:image:secure_url', 'og:image:url', 'og:image'))
const twitterImages = (context: ExtractContext) => urls(metaCandidates(context, 'twitter:image', 'twitter:image:src'))

export const image: Field<ExtractContext, Raw, Image> = {
  rules: [
    {id: 'meta:og:image:full-size', find: fullSizeOfJsonLd},
    {id: 'jsonld:image', find: jsonLdImages},
    {id: 'meta:og:image', find: metaImages},
    {id: 'meta:twitter:image', find: twitterImages},
    {id: 'link:image_src', find: (context) => urls((context.signals.rel.get('image_src') ?? []).map((link) => ({value: link.value, position: link.position})))},
    {id: 'figure', find: (context) => figures(context, (figure) => figure.inArticle && figure.figure)},
    {id: 'img:article', find: (context) => figures(context, (figure) => figure.inArticle && large(figure))},
    {id: 'site-image', find: siteImages}
  ],
  normalize(raw, context) {
    // A srcset list is not a URL: "a.jpg 940w, b.jpg 670w" resolves to nonsense. Nor is anything this long.
    if (raw.url.length > 8192 || isSrcsetList(raw.url)) return undefined
    const url = resolveUrl(raw.url, context.base)
    if (!url || (isSiteImage(url) && !raw.siteImage)) return undefined
    const width = toNumber(raw.width)
    const height = toNumber(raw.height)
    if ((width !== undefined && width <= 2) || (height !== undefined && height <= 2)) return undefined
    if (raw.shown && isMinorImage(width, height)) return undefined
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

/**
 * The social tags' rendition of the JSON-LD image when the JSON-LD one is
 * resized (`?w=970`) and the tag names the same file without resizing.
 */
function fullSizeOfJsonLd(context: ExtractContext): Array<Candidate<Raw>> {
  const resized = jsonLdImages(context)
    .map((candidate) => resolveUrl(candidate.value.url, context.base))
    .filter((url): url is string => url !== undefined && isResized(url))
  if (resized.length === 0) return []
  return [...metaImages(context), ...twitterImages(context)].filter((candidate) => {
    const url = resolveUrl(candidate.value.url, context.base)
    return url !== undefined && !isResized(url) && resized.some((other) => sameFile(url, other))
  })
}

/** Last resort: the structured data's and social tags' images even when they are the site's logo or default picture. */
function* siteImages(context: ExtractContext): Iterable<Candidate<Raw>> {
  for (const candidate of [...jsonLdImages(context), ...metaImages(context), ...twitterImages(context)]) {
    yield {value: {...candidate.value, siteImage: true}, position: candidate.position}
  }
}

function* urls(candidates: Iterable<Candidate<string>>): Iterable<Candidate<Raw>> {
  for (const candidate of candidates) yield {value: {url: candidate.value}, position: candidate.position}
}

function* figures(context: ExtractContext, keep: (figure: FigureSignal) => boolean): Iterable<Candidate<Raw>> {
  for (const figure of context.signals.figures) {
    if (keep(figure)) yield {value: {url: figure.src, width: figure.width, height: figure.height, shown: true}, position: figure.position}
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

/** A caption that is only a credit: the label, then a colon, a space or a capital ("Credit: X", "CreditX", not "Credited to…"). */
const creditOnly = /^(?:(?:[Pp]hoto|PHOTO|[Ii]mage|[Ff]oto|[Bb]ild)\s*)?(?:[Cc]redit|CREDIT|[Cc]ourtesy(?:\s+of)?)(?:\s*[:：]\s*|\s+(?=\p{Lu})|(?=\p{Lu}))/u

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
  // The whole caption is a credit: "Credit: Jane Roe", or "CreditJane Roe" where a hidden label ran into the name.
  const only = creditOnly.exec(text)
  if (only) return {credit: text.slice(only[0].length).trim()}
  for (const pattern of creditPatterns) {
    const match = pattern.exec(text)
    if (match) return {caption: text.slice(0, match.index).trim(), credit: match[1]!.trim()}
  }
  return {caption: text}
}

/** A pixel size: pages write 816.0000000000001 (computed layouts) and "816px"; schema.org wants an integer. */
function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'number' ? Math.round(value) : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN
  return Number.isFinite(number) && number > 0 ? number : undefined
}
