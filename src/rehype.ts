/**
 * `ldpress/rehype`: the library as a rehype plugin. In
 * `unified().use(rehypeParse).use(rehypeLdpress).use(rehypeStringify)` it
 * extracts the NewsArticle graph from the tree it is given (after whatever
 * other plugins did to it), injects it into `<head>` as ldpress's
 * `<script type="application/ld+json" data-ldpress>`, and reports every
 * diagnostic — extraction and validation of the structured data already on
 * the page — as a positioned VFile message.
 * @see https://github.com/unifiedjs/unified#plugin
 */
import type {Element, ElementContent, Root} from 'hast'
import type {Graph} from 'schema-dts'
import type {VFile} from 'vfile'
import {toJsonLd} from './emit/index.js'
import {readMarkup} from './markup/index.js'
import type {ReadResult} from './markup/types.js'
import {walkElements} from './parse/index.js'
import {checkUrl as checkPageUrl, extractFromMarkup} from './pipeline.js'
import {validateBlocks} from './validation.js'
import type {Diagnostic} from './types.js'
import {validate, type ValidateOptions} from './validate/index.js'

export interface Options {
  /**
   * The page's URL (base for relative URLs and `@id`s; a canonical link in the
   * page takes precedence). Default: `file.data.url`, then `file.data.meta.url`
   * (when a string).
   */
  url?: string
  /** Include the body text as `articleBody`. Default `false`. */
  body?: boolean
  /** Validate the structured data already on the page (`true`: profiles `schema.org` and `google`). Default `true`. */
  validate?: boolean | {profiles?: ValidateOptions['profiles']}
  /** Put the graph into `<head>`. Default `true`. */
  inject?: boolean
  /**
   * When the page already has an Article-typed node in JSON-LD, microdata or
   * RDFa that ldpress did not write: `'keep'` leaves the page as it is (and only
   * validates), `'replace'` injects anyway. Default `'keep'`.
   */
  existing?: 'keep' | 'replace'
}

/** What the plugin leaves on `file.data.ldpress` for later plugins. */
export interface LdpressData {
  /** The extracted graph (also when it was not injected). */
  graph: Graph
  /** Every diagnostic reported as a message, in the same order. */
  diagnostics: Diagnostic[]
  /** Whether the graph was written into the tree. */
  injected: boolean
}

declare module 'vfile' {
  interface DataMap {
    ldpress: LdpressData
  }
}

/** Article types whose presence means the publisher already describes the page (WebPage does not count). */
const articleTypes =
  /^(?:https?:\/\/schema\.org\/|schema:)?(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|SatiricalArticle|ScholarlyArticle|TechArticle|Report|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting)$/

/**
 * Extract, inject and validate NewsArticle JSON-LD in a hast tree.
 *
 * Content problems never throw: they become messages on the file (`source:
 * 'ldpress'`, `ruleId`, `place`, `url` to the rule's docs; errors are `fatal:
 * true`, warnings `false`, notes come from `file.info`). Fragments
 * (`rehypeParse` with `fragment: true`) have no `<head>`: a message, nothing else.
 *
 * @throws {TypeError} on an `options.url` that is not an absolute http(s) URL,
 *   an unknown validation profile, or a bad `existing` value (misuse).
 */
export default function rehypeLdpress(options?: Options | null): (tree: Root, file: VFile) => undefined {
  const settings = options ?? {}
  const inject = settings.inject !== false
  const existing = settings.existing ?? 'keep'
  if (existing !== 'keep' && existing !== 'replace') {
    throw new TypeError(`rehypeLdpress: \`existing\` must be 'keep' or 'replace', got ${JSON.stringify(existing)}`)
  }
  const validation = settings.validate === false ? undefined : settings.validate === true || settings.validate === undefined ? {} : settings.validate
  // An unknown profile is misuse: throw now, not on the first page that happens to carry structured data.
  if (validation) validate(null, validation)
  const body = settings.body === true
  const configuredUrl = settings.url === undefined ? undefined : checkUrl(settings.url)

  return function transform(tree, file) {
    const html = childElement(tree, 'html')
    if (!html) {
      report(file, {ruleId: 'rehype/fragment', severity: 'warning', message: 'The tree has no <html> element (a fragment): ldpress extracts, injects and validates whole documents only', source: 'ldpress'})
      return undefined
    }
    const diagnostics: Diagnostic[] = []
    const base = configuredUrl ?? urlFromData(file, diagnostics)
    const text = file.value === undefined ? undefined : String(file)
    const markup = readMarkup(tree, text ?? '')
    const {graph, diagnostics: extracted} = extractFromMarkup(tree, markup, base, {body})
    diagnostics.push(...extracted)

    const skip = inject && existing === 'keep' && hasPublisherArticle(markup)
    if (skip) {
      diagnostics.push({
        ruleId: 'rehype/existing-article',
        severity: 'info',
        message: 'The page already describes its article in structured data: not injected (`existing: \'replace\'` injects anyway)',
        source: 'ldpress'
      })
    }
    const injected = inject && !skip
    if (injected) injectGraph(html, tree, graph, diagnostics)
    // Our own script from an earlier run is validated only when it stays in the page.
    if (validation) diagnostics.push(...validateBlocks(injected ? markup.blocks.filter((block) => !block.own) : markup.blocks, validation))

    for (const diagnostic of diagnostics) report(file, diagnostic)
    file.data.ldpress = {graph, diagnostics, injected}
    return undefined
  }
}

export {rehypeLdpress}

/** The URL a previous plugin or the caller put on the file; an unusable one is reported and ignored. */
function urlFromData(file: VFile, diagnostics: Diagnostic[]): string | undefined {
  const data = file.data as {url?: unknown; meta?: {url?: unknown}}
  const candidate = typeof data.url === 'string' ? data.url : typeof data.meta?.url === 'string' ? data.meta.url : undefined
  if (candidate === undefined) return undefined
  try {
    return checkUrl(candidate)
  } catch {
    diagnostics.push({ruleId: 'rehype/invalid-url', severity: 'warning', message: `Ignored the file's URL ${JSON.stringify(candidate)}: not an absolute http(s) URL`, source: 'ldpress'})
    return undefined
  }
}

function checkUrl(url: string): string {
  return checkPageUrl(url, 'rehypeLdpress')
}

/** An Article-typed node in structured data ldpress did not write. */
function hasPublisherArticle(markup: ReadResult): boolean {
  return markup.nodes.some(
    ({node, block}) => !markup.blocks[block]?.own && [node['@type']].flat().some((type) => typeof type === 'string' && articleTypes.test(type))
  )
}

/** Replace our first script and remove any others; otherwise append one to `<head>` (created when missing). */
function injectGraph(html: Element, tree: Root, graph: Graph, diagnostics: Diagnostic[]): void {
  const script: Element = {
    type: 'element',
    tagName: 'script',
    properties: {type: 'application/ld+json', dataLdpress: true},
    children: [{type: 'text', value: toJsonLd(graph)}]
  }
  const [first, ...extra] = ownScripts(tree)
  if (first) {
    first.parent.children[first.parent.children.indexOf(first.element)] = script
    for (const {element, parent} of extra) {
      parent.children.splice(parent.children.indexOf(element), 1)
      const place = element.position?.start
      diagnostics.push({
        ruleId: 'emit/duplicate-script',
        severity: 'warning',
        message: 'The page had more than one data-ldpress script: the first was replaced, this one removed',
        source: 'emit',
        ...(place ? {line: place.line, column: place.column} : {})
      })
    }
    return
  }
  let head = childElement(html, 'head')
  if (!head) {
    head = {type: 'element', tagName: 'head', properties: {}, children: []}
    html.children.unshift(head)
  }
  head.children.push(script)
}

/** `<script data-ldpress>` elements, not inside `<noscript>` (raw text for a browser) or `<template>` (inert), with their parents. */
function ownScripts(tree: Root): Array<{element: Element; parent: Root | Element}> {
  const found: Array<{element: Element; parent: Root | Element}> = []
  walkElements(tree, (element, ancestors) => {
    if (element.tagName === 'noscript') return false
    if (element.tagName === 'script' && isOurs(element)) found.push({element, parent: ancestors[ancestors.length - 1] ?? tree})
    return undefined
  })
  return found
}

function isOurs(script: Element): boolean {
  const value = script.properties.dataLdpress
  return value !== undefined && value !== null && value !== false
}

function childElement(parent: Root | Element, tagName: string): Element | undefined {
  for (const node of parent.children as Array<Root['children'][number] | ElementContent>) {
    if (node.type === 'element' && node.tagName === tagName) return node
  }
  return undefined
}

/** One diagnostic → one VFile message: errors fatal, warnings not, info through `file.info`. */
function report(file: VFile, diagnostic: Diagnostic): void {
  const options = {
    ruleId: diagnostic.ruleId,
    source: 'ldpress',
    ...(diagnostic.line === undefined ? {} : {place: {line: diagnostic.line, column: diagnostic.column ?? 1}})
  }
  const message = diagnostic.severity === 'info' ? file.info(diagnostic.message, options) : file.message(diagnostic.message, options)
  if (diagnostic.severity !== 'info') message.fatal = diagnostic.severity === 'error'
  if (diagnostic.url) message.url = diagnostic.url
}
