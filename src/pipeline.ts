/**
 * The one place that composes the stages:
 * parse → markup → extract → content → (entities) → graph. Validation
 * (parse → markup → validate) is composed in validation.ts, kept apart so
 * that extraction never loads the validators.
 * Stages never import each other sideways: what one needs from another is
 * passed here as data.
 */
import type {Root} from 'hast'
import type {Graph} from 'schema-dts'
import {detectContent} from './content/index.js'
import {extractFields, type Extracted, type Fields} from './extract/index.js'
import {runEntities} from './entities/stage.js'
import type {EntitiesOptions, FoundEntity} from './entities/types.js'
import {buildGraph, type GraphEntity} from './graph/index.js'
import {readMarkup} from './markup/index.js'
import type {ReadResult} from './markup/types.js'
import {parseHtml} from './parse/index.js'
import type {Diagnostic} from './types.js'

export interface ExtractOptions {
  /** The page's URL: the base for relative URLs and `@id`s (a canonical link in the page takes precedence). */
  url?: string
  /** Include the body text as `articleBody`. Default `false`. (Main-text detection always runs: `wordCount` needs it.) */
  body?: boolean
  /** Record every candidate of every field and what became of it (`explanation`). Default `false`. */
  explain?: boolean
  /** Largest input read, in bytes; the rest is ignored with a diagnostic. Default 50 MiB. */
  maxBytes?: number
  /**
   * The people, places and organisations the article is about and mentions
   * (`about`, `mentions`), found offline in its headline, dek, body and
   * captions. `false` turns the stage off; an object sets `max`,
   * `minScore` and extra `known` entities. Default: on.
   */
  entities?: false | EntitiesOptions
}

/** The article's fields, flat, as found on the page. */
export interface Article extends Fields {
  wordCount: number
  articleBody?: string
  /** The entities the story is about, most salient first (empty with `entities: false`). */
  about: FoundEntity[]
  /** Other entities it names. */
  mentions: FoundEntity[]
}

export interface ExtractResult {
  /** The JSON-LD document: `@context` + `@graph`, typed with schema-dts. */
  graph: Graph
  /** The same information as flat fields. */
  article: Article
  /** For each field, the rule that won and where in the page its value stands. */
  provenance: Extracted['provenance']
  /** With `explain: true`: for each field, every candidate in rule order and whether it won, lost or was rejected. */
  explanation?: Extracted['explanation']
  diagnostics: Diagnostic[]
}

/**
 * Extract a linked NewsArticle graph from a page. Synchronous.
 * Bytes are decoded by BOM, `<meta charset>`, then detection.
 * Bad content gives diagnostics and a partial result, never an exception;
 * an invalid `options.url` is misuse and throws.
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): ExtractResult {
  return extractWithMarkup(input, options).extracted
}

/**
 * `extract`, also handing back the structured data the page carries (read
 * once, from the same parse): for callers that validate or edit that markup
 * too (`injectPage`).
 */
export function extractWithMarkup(input: string | Uint8Array, options: ExtractOptions = {}): {extracted: ExtractResult; markup: ReadResult} {
  checkInput(input)
  const base = options.url === undefined ? undefined : checkUrl(options.url)
  const parsed = parseHtml(input, options.maxBytes === undefined ? {} : {maxBytes: options.maxBytes})
  const markup = readMarkup(parsed.tree, parsed.text)
  const result = extractFromMarkup(parsed.tree, markup, base, options)
  return {extracted: {...result, diagnostics: [...parsed.diagnostics, ...result.diagnostics]}, markup}
}

/**
 * Extract a linked NewsArticle graph from a hast tree someone else parsed
 * (a rehype plugin, a tree other plugins have changed). The same code path
 * as `extract`, minus decoding and parsing.
 *
 * `text` is the source the tree's positions point into (a VFile's value): with
 * it, JSON-LD is read byte-exact from the page and diagnostics on attributes
 * point at the attribute; without it (`undefined`, or a tree that no longer
 * matches), script text comes from the tree and positions from node positions.
 * An invalid `options.url` is misuse and throws.
 */
export function extractFromTree(tree: Root, text: string | undefined, options: Omit<ExtractOptions, 'maxBytes'> = {}): ExtractResult {
  const base = options.url === undefined ? undefined : checkUrl(options.url)
  return extractFromMarkup(tree, readMarkup(tree, text ?? ''), base, options)
}

/**
 * The extraction proper, given the page's markup (read once by callers that
 * also validate it). `base` must already be checked. Diagnostics: markup's,
 * then the fields', then notes.
 */
export function extractFromMarkup(tree: Root, markup: ReadResult, base: string | undefined, options: Pick<ExtractOptions, 'body' | 'explain' | 'entities'> = {}): ExtractResult {
  // ldpress's own script from an earlier run is output, not evidence: reading it back would make `inject` drift.
  const evidence = {...markup, nodes: markup.nodes.filter((node) => !markup.blocks[node.block]?.own)}
  const {fields, provenance, explanation, diagnostics} = extractFields(tree, evidence, base, {explain: options.explain === true})
  const content = detectContent(tree)
  const articleBody = options.body && content.paragraphs.length > 0 ? content.paragraphs.join('\n\n') : undefined

  const {about, mentions} =
    options.entities === false ? {about: [], mentions: []} : runEntities({...fields, paragraphs: content.paragraphs, captions: content.captions}, options.entities ?? {})

  const article: Article = {...fields, wordCount: content.wordCount, ...(articleBody ? {articleBody} : {}), about, mentions}
  const graph = buildGraph({...fields, wordCount: content.wordCount, articleBody, about: about.map(toGraphEntity), mentions: mentions.map(toGraphEntity)})
  const notes: Diagnostic[] = []
  if (!fields.url) {
    notes.push({
      ruleId: 'extract/no-url',
      severity: 'info',
      message: 'No page URL (pass `url`, or give the page a canonical link): ids are document-relative and relative URLs stay as written',
      source: 'extract'
    })
  }
  return {graph, article, provenance, ...(explanation ? {explanation} : {}), diagnostics: [...markup.diagnostics, ...diagnostics, ...notes]}
}

function toGraphEntity(entity: FoundEntity): GraphEntity {
  return {
    type: entity.type,
    name: entity.name,
    ...(entity.sameAs?.length ? {sameAs: entity.sameAs} : {}),
    ...(entity.alternateName?.length ? {alternateName: entity.alternateName} : {}),
    ...(entity.jobTitle && entity.type === 'Person' ? {jobTitle: entity.jobTitle} : {})
  }
}

/** Read the structured data a page already carries (JSON-LD, microdata, RDFa), with source positions. */
export function read(input: string | Uint8Array, options: {maxBytes?: number} = {}): ReadResult {
  checkInput(input)
  const parsed = parseHtml(input, options)
  const result = readMarkup(parsed.tree, parsed.text)
  return {...result, diagnostics: [...parsed.diagnostics, ...result.diagnostics]}
}

function checkInput(input: unknown): void {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`ldpress: expected the page as a string or Uint8Array, got ${input === null ? 'null' : typeof input}`)
  }
}

/** `url` normalised when it is an absolute http(s) URL; else a TypeError naming `caller` (misuse). */
export function checkUrl(url: string, caller = 'ldpress'): string {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href
  } catch {}
  throw new TypeError(`${caller}: \`url\` must be an absolute http(s) URL, got ${JSON.stringify(url)}`)
}
