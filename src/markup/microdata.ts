/**
 * Microdata items → JSON-LD nodes, following the WHATWG algorithm
 * (https://html.spec.whatwg.org/multipage/microdata.html): properties are
 * found by crawling the item's subtree and its `itemref`s, without entering
 * nested items, then sorted into tree order; values by the element's kind.
 */
import type {Element} from 'hast'
import {attr, pointOf} from '../parse/index.js'
import type {Point} from '../types.js'
import {attributePoint, countItem, hasAttribute, report, reportOnce, spend, textValue, type Context} from './context.js'
import {isAbsoluteIri, shortName, type Name} from './iri.js'
import {NodeBuilder, buildNode, tokens} from './node.js'
import type {SourcedBlock} from './sourced.js'
import {linkAttribute} from './attributes.js'

/** What the crawl needs from the whole page: tree order and ids. */
export interface PageIndex {
  order: Map<Element, number>
  ids: Map<string, Element>
}

/**
 * The attribute that holds a property's value, by element
 * (https://html.spec.whatwg.org/multipage/microdata.html#values).
 * Elements not listed give their text content.
 */
const valueAttribute: ReadonlyMap<string, string> = new Map([
  ...linkAttribute,
  ['meta', 'content'],
  ['data', 'value'],
  ['meter', 'value'],
  ['time', 'dateTime']
])

/** Whether an element starts a top-level item: `itemscope` without `itemprop`. */
export function isTopLevelItem(element: Element): boolean {
  return hasAttribute(element, 'itemScope') && !hasAttribute(element, 'itemProp')
}

/** Read one top-level item as a `microdata` block (none when the item budget is spent). */
export function readMicrodataItem(root: Element, index: PageIndex, context: Context): SourcedBlock | undefined {
  const builder = itemBuilder(root, 1, new Set([root]), index, context)
  if (!builder) return undefined
  const positions = new WeakMap<object, Point>()
  const data = buildNode(builder, positions, true)
  return {block: {syntax: 'microdata', data, start: pointOf(root) ?? {line: 1, column: 1}}, pointOf: (node) => positions.get(node)}
}

/** Collect one item. Recursion is bounded by `maxDepth`; `path` holds the items being read (for `itemref` cycles). */
function itemBuilder(element: Element, depth: number, path: Set<Element>, index: PageIndex, context: Context): NodeBuilder | undefined {
  const start = pointOf(element)
  if (!countItem(context, start)) return undefined
  const builder = new NodeBuilder(start)
  builder.types.push(...tokens(element.properties.itemType).map((token) => itemType(token, element, context)))
  builder.id = attr(element, 'itemId')
  for (const property of crawl(element, index, context)) {
    const value = propertyValue(property, depth, path, index, context)
    if (value === undefined) continue
    for (const name of tokens(property.properties.itemProp)) {
      builder.add(isAbsoluteIri(name) ? shortName(name).name : name, value)
    }
  }
  return builder
}

/** `schema.org/Article`, `//schema.org/Article`, `www.schema.org/Article`: schema.org named without a scheme. */
const SCHEMELESS_SCHEMA_ORG = /^(?:\/\/)?(?:www\.)?schema\.org\/([A-Za-z][\w-]*)$/i
const BARE_NAME = /^[A-Za-z][\w-]*$/

/**
 * One `itemtype` token. It must be an absolute URL
 * (https://html.spec.whatwg.org/multipage/microdata.html#attr-itemtype); any
 * other value is reported (`markup/invalid-itemtype`) and read as schema.org
 * when it names schema.org without a scheme (`schema.org/Article`) or is a
 * bare name (`Article`, judged by the schema.org profile like any type), so
 * validation reports the type rather than a missing context.
 */
function itemType(token: string, element: Element, context: Context): Name {
  if (isAbsoluteIri(token)) return shortName(token)
  const schemaOrg = SCHEMELESS_SCHEMA_ORG.exec(token)
  const name = schemaOrg?.[1] ?? (BARE_NAME.test(token) ? token : undefined)
  const fix = name === undefined ? 'an absolute URL' : `"https://schema.org/${name}"`
  report(context, 'markup/invalid-itemtype', 'warning', `itemtype "${token}" is not an absolute URL; write ${fix}`, attributePoint(context, element, 'itemtype'))
  return name === undefined ? {name: token, schemaOrg: false} : {name, schemaOrg: true}
}

function propertyValue(element: Element, depth: number, path: Set<Element>, index: PageIndex, context: Context): unknown {
  if (!hasAttribute(element, 'itemScope')) return plainValue(element, context)
  if (path.has(element)) {
    reportOnce(context, 'markup/itemref-cycle', 'A microdata item is its own property (through itemref): the loop was cut', pointOf(element))
    return undefined
  }
  if (depth >= context.limits.maxDepth) {
    reportOnce(context, 'markup/max-depth', `Microdata items nest more than ${context.limits.maxDepth} deep: deeper items were dropped`, pointOf(element))
    return undefined
  }
  path.add(element)
  const nested = itemBuilder(element, depth + 1, path, index, context)
  path.delete(element)
  return nested
}

/**
 * A non-item property value, per the element's kind (URLs stay as written:
 * there is no base URL here). A `content` attribute wins on any element, as
 * Google and schema.org's own examples read it
 * (`<span itemprop="startDate" content="2014-10-12T21:00">starts at 9PM</span>`),
 * although the HTML standard only reads it on `<meta>`.
 */
function plainValue(element: Element, context: Context): string {
  const content = attr(element, 'content')
  if (content !== undefined) return content
  const name = valueAttribute.get(element.tagName)
  if (name === undefined) return textValue(element, context)
  const value = attr(element, name)
  if (value !== undefined) return value
  return element.tagName === 'time' ? textValue(element, context) : ''
}

/**
 * The item's property elements in tree order: its descendants and `itemref`
 * targets with `itemprop`, not descending into nested items.
 */
function crawl(root: Element, index: PageIndex, context: Context): Element[] {
  const pending = root.children.filter((child): child is Element => child.type === 'element')
  for (const id of tokens(root.properties.itemRef)) {
    const target = index.ids.get(id)
    if (target) pending.push(target)
    else report(context, 'markup/itemref-missing', 'warning', `itemref points at "${id}", but no element has that id`, pointOf(root))
  }
  const seen = new Set<Element>([root])
  const found: Element[] = []
  while (pending.length > 0 && spend(context, pointOf(root))) {
    const element = pending.pop()!
    if (seen.has(element)) continue
    seen.add(element)
    if (hasAttribute(element, 'itemProp')) found.push(element)
    if (hasAttribute(element, 'itemScope')) continue
    for (const child of element.children) if (child.type === 'element') pending.push(child)
  }
  return found.sort((a, b) => (index.order.get(a) ?? 0) - (index.order.get(b) ?? 0))
}
