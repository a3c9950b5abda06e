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
import {Budget, pruneDepth, resolveLimits, type Clock, type LimitOptions, type Limits} from './limits.js'
import {readMarkup} from './markup/index.js'
import type {ReadResult} from './markup/types.js'
import {parseHtml, type Scan} from './parse/index.js'
import type {Diagnostic} from './types.js'

export type {LimitOptions} from './limits.js'

/** Options of `extract`; the limits (`maxBytes`, `maxDepth`, `maxJsonLdBlocks`, `timeBudgetMs`) are `LimitOptions`. */
export interface ExtractOptions extends LimitOptions {
  /** The page's URL: the base for relative URLs and `@id`s (a canonical link in the page takes precedence). */
  url?: string
  /** Include the body text as `articleBody`. Default `false`. (Main-text detection always runs: `wordCount` needs it.) */
  body?: boolean
  /** Record every candidate of every field and what became of it (`explanation`). Default `false`. */
  explain?: boolean
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
 * too (`injectPage`). `clock` is for tests of the time budget.
 */
export function extractWithMarkup(input: string | Uint8Array, options: ExtractOptions = {}, clock?: Clock): {extracted: ExtractResult; markup: ReadResult} {
  const {tree, markup, diagnostics, budget} = openPage(input, options, clock)
  const base = options.url === undefined ? undefined : checkUrl(options.url)
  const result = extractFromMarkup(tree, markup, base, options, budget)
  return {extracted: {...result, diagnostics: [...diagnostics, ...result.diagnostics]}, markup}
}

/**
 * Extract a linked NewsArticle graph from a hast tree someone else parsed
 * (a rehype plugin, a tree other plugins have changed). The same code path
 * as `extract`, minus decoding, parsing and the limits on the tree itself
 * (`maxBytes`, `maxDepth`: the tree is the caller's, and is not changed).
 *
 * `text` is the source the tree's positions point into (a VFile's value): with
 * it, JSON-LD is read byte-exact from the page and diagnostics on attributes
 * point at the attribute; without it (`undefined`, or a tree that no longer
 * matches), script text comes from the tree and positions from node positions.
 * An invalid `options.url` is misuse and throws.
 */
export function extractFromTree(tree: Root, text: string | undefined, options: Omit<ExtractOptions, 'maxBytes' | 'maxDepth'> = {}): ExtractResult {
  const base = options.url === undefined ? undefined : checkUrl(options.url)
  const limits = resolveLimits(options)
  const budget = new Budget(limits.timeBudgetMs)
  return extractFromMarkup(tree, readMarkup(tree, text ?? '', {maxJsonLdBlocks: limits.maxJsonLdBlocks}), base, options, budget)
}

/**
 * The extraction proper, given the page's markup (read once by callers that
 * also validate it). `base` must already be checked. Diagnostics: markup's,
 * then the fields', then notes. With a `budget`, each stage runs only while
 * there is time left; the result is then what was done, plus
 * `extract/time-budget`.
 */
export function extractFromMarkup(
  tree: Root,
  markup: ReadResult,
  base: string | undefined,
  options: Pick<ExtractOptions, 'body' | 'explain' | 'entities'> = {},
  budget: Budget = new Budget(Infinity)
): ExtractResult {
  // ldpress's own script from an earlier run is output, not evidence: reading it back would make `inject` drift.
  const evidence = {...markup, nodes: markup.nodes.filter((node) => !markup.blocks[node.block]?.own)}
  const {fields, provenance, explanation, diagnostics} = budget.allows('field extraction')
    ? extractFields(tree, evidence, base, {explain: options.explain === true})
    : {fields: {}, provenance: {}, explanation: undefined, diagnostics: []}
  const content = budget.allows('main text') ? detectContent(tree) : {paragraphs: [], captions: [], wordCount: 0}
  const articleBody = options.body && content.paragraphs.length > 0 ? content.paragraphs.join('\n\n') : undefined

  const {about, mentions} =
    options.entities === false || !budget.allows('entities')
      ? {about: [], mentions: []}
      : runEntities({...fields, paragraphs: content.paragraphs, captions: content.captions}, options.entities ?? {})

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
  const timeUp = budget.diagnostic('extract/time-budget')
  if (timeUp) notes.push(timeUp)
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

/**
 * The start of every page-level call (`extract`, `read`, `validateHtml`):
 * check the input and the limits, start the time budget, then `readPage`.
 */
export function openPage(input: string | Uint8Array, options: LimitOptions, clock?: Clock, scan?: Scan): {tree: Root; markup: ReadResult; diagnostics: Diagnostic[]; budget: Budget} {
  checkInput(input)
  const limits = resolveLimits(options)
  const budget = new Budget(limits.timeBudgetMs, clock)
  return {...readPage(input, limits, budget, scan), budget}
}

/**
 * The first stages of every page-level call: parse (cut at `maxBytes`),
 * prune past `maxDepth`, then read the markup while the budget allows
 * (`maxJsonLdBlocks`). The parse and pruning diagnostics are returned apart
 * from the markup's. With a `scan` (`read`, `validateHtml` pass
 * `scanJsonLd`) a page with only JSON-LD is not parsed at all: its scripts
 * are found by the scan, and the returned tree holds only them. (Passed in,
 * not imported, so that `extract` never loads the scan's tokenizer.)
 */
export function readPage(input: string | Uint8Array, limits: Limits, budget: Budget, scan?: Scan): {tree: Root; markup: ReadResult; diagnostics: Diagnostic[]} {
  const parsed = parseHtml(input, {maxBytes: limits.maxBytes, ...(scan ? {scan} : {})})
  const pruned = pruneDepth(parsed.tree, limits.maxDepth)
  const diagnostics = pruned.diagnostic ? [...parsed.diagnostics, pruned.diagnostic] : parsed.diagnostics
  const markup = budget.allows('markup reading') ? readMarkup(parsed.tree, parsed.text, {maxJsonLdBlocks: limits.maxJsonLdBlocks}) : {blocks: [], nodes: [], diagnostics: []}
  return {tree: parsed.tree, markup, diagnostics}
}

/** A page is a string or bytes; anything else is misuse (a TypeError). */
export function checkInput(input: unknown): void {
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
