/**
 * The markup stage: read the structured data a page already carries. One
 * walk of the tree finds JSON-LD scripts, top-level microdata items and RDFa
 * nodes in document order (and indexes ids and tree order for `itemref`);
 * then each is read into a block, and the typed nodes of all blocks listed.
 */
import type {Element, Root} from 'hast'
import {pointOf, walkElements} from '../parse/index.js'
import type {Point} from '../types.js'
import {createContext, report, type Context, type ReadOptions} from './context.js'
import {isJsonLdScript, readJsonLdScript} from './jsonld.js'
import {isTopLevelItem, readMicrodataItem, type PageIndex} from './microdata.js'
import {buildNode, type NodeBuilder} from './node.js'
import {collectNodes} from './nodes.js'
import {createRdfaReader, expandCopies} from './rdfa.js'
import type {SourcedBlock} from './sourced.js'
import type {ReadResult} from './types.js'

type Found = {kind: 'json-ld'; element: Element} | {kind: 'microdata'; element: Element} | {kind: 'rdfa'; builder: NodeBuilder}

/**
 * Read every JSON-LD block, microdata item and RDFa Lite node of a page.
 * `tree` and `text` come from `parseHtml` (positions in the tree point into
 * `text`). Never throws on content: broken JSON, hostile nesting and the
 * like become diagnostics (`source: 'markup'`) and a partial result.
 */
export function readMarkup(tree: Root, text: string, options: ReadOptions = {}): ReadResult {
  const context = createContext(options, text)
  const {found, index} = collect(tree, context)
  const sourced: SourcedBlock[] = []
  const jsonLd = {read: 0, ignored: 0, first: undefined as Point | undefined}
  const max = context.limits.maxJsonLdBlocks
  for (const entry of found) {
    if (entry.kind !== 'json-ld') {
      sourced.push(...readEntry(entry, text, index, context))
      continue
    }
    // Past the limit a script is not even parsed: a page of a million blocks costs the walk, not a million parses.
    const blocks = jsonLd.read < max ? readEntry(entry, text, index, context) : undefined
    const kept = blocks?.slice(0, max - jsonLd.read) ?? []
    sourced.push(...kept)
    jsonLd.read += kept.length
    if (blocks === undefined || kept.length < blocks.length) {
      jsonLd.ignored += blocks === undefined ? 1 : blocks.length - kept.length
      jsonLd.first ??= blocks?.[kept.length]?.block.start ?? startOf(entry)
    }
  }
  if (jsonLd.ignored > 0) {
    report(context, 'markup/max-jsonld-blocks', 'warning', `More than ${max} JSON-LD blocks (\`maxJsonLdBlocks\`): ${jsonLd.ignored} more ${jsonLd.ignored === 1 ? 'was' : 'were'} ignored, from here on`, jsonLd.first)
  }
  const nodes = collectNodes(sourced, context)
  return {blocks: sourced.map(({block}) => block), nodes, diagnostics: context.diagnostics}
}

/** The one walk: candidates in document order, element order and ids; RDFa is read on the way (copied patterns dropped after). */
function collect(tree: Root, context: Context): {found: Found[]; index: PageIndex} {
  const found: Found[] = []
  const index: PageIndex = {order: new Map(), ids: new Map()}
  const rdfa = createRdfaReader(context)
  walkElements(tree, (element, ancestors) => {
    index.order.set(element, index.order.size)
    const id = element.properties.id
    if (typeof id === 'string' && !index.ids.has(id)) index.ids.set(id, element)
    if (isJsonLdScript(element)) found.push({kind: 'json-ld', element})
    if (isTopLevelItem(element)) found.push({kind: 'microdata', element})
    const builder = rdfa(element, ancestors.length)
    if (builder) found.push({kind: 'rdfa', builder})
  })
  const patterns = expandCopies(found.flatMap((entry) => (entry.kind === 'rdfa' ? [entry.builder] : [])))
  return {found: patterns.size === 0 ? found : found.filter((entry) => entry.kind !== 'rdfa' || !patterns.has(entry.builder)), index}
}

/** Read one candidate. A fault here is a bug, but it must not lose the other blocks: it becomes a diagnostic. */
function readEntry(entry: Found, text: string, index: PageIndex, context: Context): SourcedBlock[] {
  try {
    if (entry.kind === 'json-ld') return readJsonLdScript(entry.element, text, context.diagnostics)
    if (entry.kind === 'microdata') return optional(readMicrodataItem(entry.element, index, context))
    return [rdfaBlock(entry.builder)]
  } catch (error) {
    const start = startOf(entry)
    const reason = error instanceof Error ? error.message : String(error)
    report(context, 'markup/failed', 'error', `Could not read this ${entry.kind} block: ${reason}`, start)
    return []
  }
}

function startOf(entry: Found): Point | undefined {
  return entry.kind === 'rdfa' ? entry.builder.start : pointOf(entry.element)
}

function rdfaBlock(builder: NodeBuilder): SourcedBlock {
  const positions = new WeakMap<object, Point>()
  const data = buildNode(builder, positions, true)
  return {block: {syntax: 'rdfa', data, start: builder.start ?? {line: 1, column: 1}}, pointOf: (node) => positions.get(node)}
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value]
}
