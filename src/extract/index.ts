/**
 * The extract stage: every field of the article from the signals of one
 * tree walk and the page's existing structured data. Each field is a rule
 * table (see `fields/`); this module runs them and reports conflicts.
 */
import type {Root} from 'hast'
import type {ReadResult, JsonLdNode} from '../markup/types.js'
import type {Diagnostic, Point} from '../types.js'
import {isObject, type ExtractContext} from './context.js'
import {allOfField, explainField, runField, type Considered, type Field} from './rules.js'
import {collectSignals} from './signals.js'
import type {ParsedDate} from './dates.js'
import {authors, type Author} from './fields/authors.js'
import {dateModified, datePublished} from './fields/dates.js'
import {description} from './fields/description.js'
import {headline} from './fields/headline.js'
import {image, type Image} from './fields/images.js'
import {keywords, language, section, url} from './fields/misc.js'
import {publisher, type Publisher} from './fields/publisher.js'
import type {Provenance} from './types.js'

export type {Author, Image, Publisher, Provenance, ParsedDate, Considered}
export {parseDate} from './dates.js'
export {parseByline} from './byline.js'
export {splitCredit} from './fields/images.js'

/** The article's fields, flat, as the page states them (cleaned). */
export interface Fields {
  url?: string
  headline?: string
  description?: string
  authors?: Author[]
  datePublished?: string
  dateModified?: string
  image?: Image
  publisher?: Publisher
  section?: string
  keywords?: string[]
  inLanguage?: string
}

export interface Extracted {
  fields: Fields
  provenance: {[Name in keyof Fields]?: Provenance}
  /** With `explain`: every candidate of every field, in rule order, and what became of it. */
  explanation?: {[Name in keyof Fields]?: Considered[]}
  diagnostics: Diagnostic[]
}

/** A field of the article: its rule table and how its value is stored. */
interface FieldEntry<Name extends keyof Fields> {
  name: Name
  field: Field<ExtractContext, any, any>
  store: (value: any) => Fields[Name]
}

const same = <Value>(value: Value) => value
const isoOf = (value: ParsedDate) => value.iso

/** The fields after `url` (which is resolved first: it is the base of the others), in output order. */
const fieldTable: ReadonlyArray<FieldEntry<keyof Fields>> = [
  {name: 'headline', field: headline, store: same},
  {name: 'description', field: description, store: same},
  {name: 'authors', field: authors, store: same},
  {name: 'datePublished', field: datePublished, store: isoOf},
  {name: 'dateModified', field: dateModified, store: isoOf},
  {name: 'image', field: image, store: same},
  {name: 'publisher', field: publisher, store: same},
  {name: 'section', field: section, store: same},
  {name: 'keywords', field: keywords, store: same},
  {name: 'inLanguage', field: language, store: same}
]

const articleTypes = /^(?:https?:\/\/schema\.org\/|schema:)?(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|SatiricalArticle|ScholarlyArticle|TechArticle|Report|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|WebPage)$/

/** Run every field's rules over the page. `base` is the caller's URL, for resolving relative URLs. */
export function extractFields(tree: Root, markup: ReadResult, base: string | undefined, options: {explain?: boolean} = {}): Extracted {
  const signals = collectSignals(tree)
  const byId = new Map<string, JsonLdNode>()
  for (const {node} of markup.nodes) {
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 1 && !byId.has(node['@id'])) byId.set(node['@id'], node)
  }
  const context: ExtractContext = {signals, byId, base, article: findArticle(markup)}
  const fields: Fields = {}
  const provenance: Extracted['provenance'] = {}
  const explanation: NonNullable<Extracted['explanation']> = {}

  // The page's own URL (canonical) is the base for everything else.
  for (const entry of [{name: 'url', field: url, store: same} as FieldEntry<'url'>, ...fieldTable]) {
    const winner = runField(entry.field, context)
    if (options.explain) explanation[entry.name] = explainField(entry.field, context)
    if (!winner) continue
    ;(fields as Record<string, unknown>)[entry.name] = entry.store(winner.value)
    provenance[entry.name] = winner.provenance
    if (entry.name === 'url') context.base = winner.value as string
  }

  const diagnostics = [...(fields.datePublished ? dateConflicts(datePublished, context) : []), ...dateOrder(fields, provenance), ...missing(fields)]
  return {fields, provenance, ...(options.explain ? {explanation} : {}), diagnostics}
}

/** The page's main Article-like node: the first with a headline, else the first of an article type. */
function findArticle(markup: ReadResult): ExtractContext['article'] {
  const candidates = markup.nodes.filter(({node}) => [node['@type']].flat().some((type) => typeof type === 'string' && articleTypes.test(type)))
  const isArticle = (node: JsonLdNode) => [node['@type']].flat().some((type) => typeof type === 'string' && !/WebPage$/.test(type))
  const chosen =
    candidates.find(({node}) => isArticle(node) && typeof node.headline === 'string') ??
    candidates.find(({node}) => isArticle(node)) ??
    candidates.find(({node}) => typeof node.headline === 'string' || isObject(node.author))
  return chosen ? {node: chosen.node, start: chosen.start} : undefined
}

/** Trusted sources that disagree on the publication day are reported, not silently resolved. */
function dateConflicts(field: Field<ExtractContext, string, ParsedDate>, context: ExtractContext): Diagnostic[] {
  const found = allOfField(field, context).filter((winner) => winner.provenance.rule !== 'url')
  const [first] = found
  if (!first) return []
  const day = first.value.iso.slice(0, 10)
  const other = found.find((winner) => winner.value.iso.slice(0, 10) !== day && Math.abs(Date.parse(winner.value.iso.slice(0, 10)) - Date.parse(day)) > 36 * 3600 * 1000)
  if (!other) return []
  return [
    {
      ruleId: 'extract/date-conflict',
      severity: 'warning',
      message: `datePublished: \`${first.provenance.rule}\` says ${first.value.iso} but \`${other.provenance.rule}\` says ${other.value.iso}; using ${first.value.iso}`,
      source: 'extract',
      ...position(other.provenance.position)
    }
  ]
}

/**
 * A page that says it was modified before it was published has one date
 * wrong; the publication date is the one ldpress trusts (it picks it with
 * more care), so the modification date is left out, with a diagnostic.
 */
function dateOrder(fields: Fields, provenance: Extracted['provenance']): Diagnostic[] {
  const {datePublished: published, dateModified: modified} = fields
  if (!published || !modified) return []
  // Compare instants when both have a time, else calendar days.
  const timed = published.includes('T') && modified.includes('T')
  const before = timed ? Date.parse(modified) < Date.parse(published) : modified.slice(0, 10) < published.slice(0, 10)
  if (!before) return []
  delete fields.dateModified
  const where = provenance.dateModified?.position
  delete provenance.dateModified
  return [
    {
      ruleId: 'extract/date-order',
      severity: 'warning',
      message: `dateModified ${modified} is before datePublished ${published}; dateModified was left out`,
      source: 'extract',
      ...position(where)
    }
  ]
}

function missing(fields: Fields): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const name of ['headline', 'datePublished', 'authors', 'image'] as const) {
    if (fields[name] === undefined) {
      diagnostics.push({ruleId: `extract/missing-${name === 'authors' ? 'author' : name}`, severity: 'warning', message: `No ${name === 'authors' ? 'author' : name} found on the page`, source: 'extract'})
    }
  }
  return diagnostics
}

function position(point: Point | undefined): {line?: number; column?: number} {
  return point ? {line: point.line, column: point.column} : {}
}
