/**
 * The graph stage: flat fields → the linked `@graph` of DESIGN.md §2. Built
 * in two passes, as @unhead/schema-org does: make every node with its
 * deterministic `@id`, then link the article to them by reference and drop
 * duplicates (an author who is also the publisher is one node).
 */
import type {Graph, ImageObject, NewsArticle, NewsMediaOrganization, Organization, Person, Thing, WebPage} from 'schema-dts'
import {pageIdBase, siteIdBase, stableHash} from './ids.js'

export interface GraphAuthor {
  name: string
  type: 'Person' | 'Organization'
  url?: string | undefined
  sameAs?: string[] | undefined
}

export interface GraphImage {
  url: string
  width?: number | undefined
  height?: number | undefined
  caption?: string | undefined
  creditText?: string | undefined
}

/** An entity the article is about or mentions (filled by the entities stage). */
export interface GraphEntity {
  type: 'Person' | 'Place' | 'Country' | 'AdministrativeArea' | 'Organization' | 'NewsMediaOrganization' | 'GovernmentOrganization' | 'Thing'
  name: string
  sameAs?: string[] | undefined
  /** Other names it goes by in the article (`HTS`, `Kiev`). */
  alternateName?: string[] | undefined
  /** For a Person: the title the article gives them (`Defense Minister`). */
  jobTitle?: string | undefined
}

/** Everything the graph is made of, as plain data. */
export interface GraphInput {
  url?: string | undefined
  headline?: string | undefined
  description?: string | undefined
  authors?: GraphAuthor[] | undefined
  datePublished?: string | undefined
  dateModified?: string | undefined
  image?: GraphImage | undefined
  publisher?: {name: string; url?: string | undefined; logo?: string | undefined} | undefined
  section?: string | undefined
  keywords?: string[] | undefined
  inLanguage?: string | undefined
  wordCount?: number | undefined
  articleBody?: string | undefined
  about?: GraphEntity[] | undefined
  mentions?: GraphEntity[] | undefined
}

type Ref = {'@id': string}

/**
 * Build the JSON-LD document (schema-dts `Graph`: `@context` + `@graph`).
 * Same input, same output, key order included.
 */
export function buildGraph(input: GraphInput): Graph {
  const page = pageIdBase(input.url)
  const site = siteIdBase(input.url)
  const nodes: Thing[] = []
  const ids = new Set<string>()
  const add = (node: Thing & Ref): Ref => {
    if (!ids.has(node['@id'])) {
      ids.add(node['@id'])
      nodes.push(node)
    }
    return {'@id': node['@id']}
  }

  const publisher = input.publisher ? add(publisherNode(input.publisher, site, input.url)) : undefined
  const authors = unique(
    (input.authors ?? []).map((author) => (publisher && input.publisher && sameName(author.name, input.publisher.name) ? publisher : add(authorNode(author, site))))
  )
  const image = input.image ? add(imageNode(input.image, page)) : undefined
  const about = (input.about ?? []).map((entity) => add(entityNode(entity, site)))
  const mentions = (input.mentions ?? []).map((entity) => add(entityNode(entity, site)))

  const article: NewsArticle & Ref = {
    '@type': 'NewsArticle',
    '@id': `${page}#article`,
    ...(input.headline ? {headline: input.headline} : {}),
    ...(input.description ? {description: input.description} : {}),
    ...(input.datePublished ? {datePublished: input.datePublished} : {}),
    ...(input.dateModified ? {dateModified: input.dateModified} : {}),
    ...(authors.length > 0 ? {author: authors} : {}),
    ...(publisher ? {publisher} : {}),
    ...(image ? {image: [image]} : {}),
    mainEntityOfPage: {'@id': `${page}#webpage`},
    about,
    mentions,
    ...(input.inLanguage ? {inLanguage: input.inLanguage} : {}),
    ...(input.section ? {articleSection: input.section} : {}),
    ...(input.keywords?.length ? {keywords: input.keywords} : {}),
    ...(input.wordCount ? {wordCount: input.wordCount} : {}),
    ...(input.articleBody ? {articleBody: input.articleBody} : {})
  }
  const webPage: WebPage & Ref = {
    '@type': 'WebPage',
    '@id': `${page}#webpage`,
    ...(input.url ? {url: input.url} : {}),
    ...(input.headline ? {name: input.headline} : {}),
    ...(input.inLanguage ? {inLanguage: input.inLanguage} : {}),
    ...(image ? {primaryImageOfPage: image} : {})
  }

  return {'@context': 'https://schema.org', '@graph': [article, webPage, ...nodes]}
}

function authorNode(author: GraphAuthor, site: string): (Person | Organization) & Ref {
  const kind = author.type === 'Person' ? 'person' : 'organization'
  return {
    '@type': author.type,
    '@id': `${site}/#/schema/${kind}/${stableHash(author.name)}`,
    name: author.name,
    ...(author.url ? {url: author.url} : {}),
    ...(author.sameAs?.length ? {sameAs: author.sameAs} : {})
  } as (Person | Organization) & Ref
}

function publisherNode(publisher: NonNullable<GraphInput['publisher']>, site: string, url: string | undefined): NewsMediaOrganization & Ref {
  const home = publisher.url ?? (site ? `${site}/` : undefined)
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${site}/#organization`,
    name: publisher.name,
    ...(home && url ? {url: home} : {}),
    ...(publisher.logo ? {logo: {'@type': 'ImageObject', url: publisher.logo}} : {})
  }
}

function imageNode(image: GraphImage, page: string): ImageObject & Ref {
  return {
    '@type': 'ImageObject',
    '@id': `${page}#primaryimage`,
    url: image.url,
    contentUrl: image.url,
    ...(image.width ? {width: image.width} : {}),
    ...(image.height ? {height: image.height} : {}),
    ...(image.caption ? {caption: image.caption} : {}),
    ...(image.creditText ? {creditText: image.creditText} : {})
  } as ImageObject & Ref
}

function entityNode(entity: GraphEntity, site: string): Thing & Ref {
  return {
    '@type': entity.type,
    '@id': `${site}/#/schema/${entity.type.toLowerCase()}/${stableHash(entity.name)}`,
    name: entity.name,
    ...(entity.alternateName?.length ? {alternateName: entity.alternateName} : {}),
    ...(entity.jobTitle && entity.type === 'Person' ? {jobTitle: entity.jobTitle} : {}),
    ...(entity.sameAs?.length ? {sameAs: entity.sameAs} : {})
  } as Thing & Ref
}

/** One reference per node: an author named twice is one author. */
function unique(refs: Ref[]): Ref[] {
  return refs.filter((ref, index) => refs.findIndex((other) => other['@id'] === ref['@id']) === index)
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}
