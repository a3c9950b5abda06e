/**
 * The `google` profile: Google Search Central's Article structured-data rules
 * (https://developers.google.com/search/docs/appearance/structured-data/article),
 * run on every Article-type node with its `@id` references resolved, so an
 * author given as `{"@id": …}` is checked as the node it names.
 */
import {runValidator} from '../ajv-diagnostics.js'
import {googleArticle, schemaIds} from '../generated/validators.js'
import {resolvedView} from '../view.js'
import type {NodeView} from '../view.js'
import type {Finding, Profile} from './types.js'

/**
 * Types Google's Article feature reads: Article, NewsArticle, BlogPosting and
 * their schema.org subtypes. Social-media and forum postings have features of
 * their own at Google and are left out.
 */
export const GOOGLE_ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'Article', 'AdvertiserContentArticle', 'Report', 'SatiricalArticle', 'ScholarlyArticle', 'MedicalScholarlyArticle',
  'TechArticle', 'APIReference',
  'NewsArticle', 'AnalysisNewsArticle', 'AskPublicNewsArticle', 'BackgroundNewsArticle', 'OpinionNewsArticle',
  'ReportageNewsArticle', 'ReviewNewsArticle',
  'BlogPosting', 'LiveBlogPosting'
])

/** Run the google-article schema on each Article node; a finding shared by two articles (one author) is kept once. */
export const googleProfile: Profile = ({normalized}) => {
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const entry of normalized.nodes) {
    if (!entry.types.some((type) => GOOGLE_ARTICLE_TYPES.has(type))) continue
    const view = resolvedView(entry, normalized.ids)
    const found = runValidator(view.value, {
      validator: googleArticle,
      schemaId: schemaIds.googleArticle,
      source: 'google',
      toDocument: view.toDocument
    })
    found.push(...dateOrder(view), ...authorIsPublisher(view))
    for (const finding of found) {
      const key = `${finding.ruleId}\0${finding.path ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      findings.push(finding)
    }
  }
  return findings
}

const DOCS = 'https://developers.google.com/search/docs/appearance/structured-data/article'
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/

/** An ISO 8601 date as the day and, when it has a time and a zone, the instant. */
function parseIsoDate(value: unknown): {day: string; time?: number} | undefined {
  if (typeof value !== 'string') return undefined
  const match = ISO_DATE.exec(value.trim())
  if (match === null) return undefined
  const day = match[1]!
  if (match[2] === undefined || match[3] === undefined) return {day}
  let zone = match[3]
  if (/^[+-]\d{2}$/.test(zone)) zone += ':00'
  else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`
  const time = Date.parse(`${day}${match[2].replace(',', '.')}${zone}`)
  return Number.isNaN(time) ? {day} : {day, time}
}

/**
 * `google/article-date-order`: `dateModified` earlier than `datePublished`.
 * Two date-times with zones compare as instants; otherwise (a bare date, or
 * a local time whose zone is unknown) only the days are compared, so such a
 * value never conflicts with its own day.
 */
function dateOrder(view: NodeView): Finding[] {
  const published = parseIsoDate(view.value['datePublished'])
  const modified = parseIsoDate(view.value['dateModified'])
  if (published === undefined || modified === undefined) return []
  const before =
    published.time !== undefined && modified.time !== undefined ? modified.time < published.time : modified.day < published.day
  if (!before) return []
  return [
    {
      ruleId: 'google/article-date-order',
      severity: 'error',
      message: `\`dateModified\` ${JSON.stringify(view.value['dateModified'])} is before \`datePublished\` ${JSON.stringify(view.value['datePublished'])}; an article cannot be changed before it is published`,
      path: view.toDocument('/dateModified'),
      source: 'google',
      url: `${DOCS}#structured-data-type-definitions`
    }
  ]
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function comparableName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const name = value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()
  return name === '' ? undefined : name
}

/**
 * `google/article-author-name-publisher`: a Person author whose name is the
 * publisher's name (Google: "don't include the publisher's name in the
 * author name"). An Organization author that is the publisher is fine.
 */
function authorIsPublisher(view: NodeView): Finding[] {
  const publishers = new Set<string>()
  for (const publisher of asArray(view.value['publisher'])) {
    const name = isObject(publisher) ? comparableName(publisher['name']) : comparableName(publisher)
    if (name !== undefined) publishers.add(name)
  }
  if (publishers.size === 0) return []
  const findings: Finding[] = []
  const authors = view.value['author']
  asArray(authors).forEach((author, index) => {
    if (!isObject(author)) return
    const types = asArray(author['@type'])
    if (!types.includes('Person') && !types.includes('Patient')) return
    const name = comparableName(author['name'])
    if (name === undefined || !publishers.has(name)) return
    const pointer = Array.isArray(authors) ? `/author/${index}/name` : '/author/name'
    findings.push({
      ruleId: 'google/article-author-name-publisher',
      severity: 'warning',
      message: `The author's \`name\` ${JSON.stringify(author['name'])} is the publisher's name; give the person's name, or make the author an Organization`,
      path: view.toDocument(pointer),
      source: 'google',
      url: `${DOCS}#author-bp`
    })
  })
  return findings
}
