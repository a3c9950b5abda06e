/**
 * The `google` profile: Google Search Central's Article structured-data rules
 * (https://developers.google.com/search/docs/appearance/structured-data/article),
 * run on every Article-type node with its `@id` references resolved, so an
 * author given as `{"@id": …}` is checked as the node it names.
 */
import {runValidator} from '../ajv-diagnostics.js'
import {googleArticle, schemaIds} from '../generated/validators.js'
import {resolvedView} from '../view.js'
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
    for (const finding of found) {
      const key = `${finding.ruleId}\0${finding.path ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      findings.push(finding)
    }
  }
  return findings
}
