/**
 * Test helpers: read a page the way a browser does (parse5, scripting on) and
 * list its script elements, walking iteratively.
 */
import {parse, type DefaultTreeAdapterMap} from 'parse5'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

export interface Script {
  /** Tag name of the parent element (`head`, `body`, …). */
  parent: string
  attributes: Record<string, string>
  text: string
}

/** Every element of the parsed page in document order, template contents included. */
export function elementsOf(html: string): Element[] {
  const found: Element[] = []
  const stack: Node[] = [parse(html)]
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('tagName' in node) found.push(node)
    const children: Node[] = 'childNodes' in node ? [...node.childNodes] : []
    if ('content' in node && node.content) children.push(node.content)
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
  }
  return found
}

/** The script elements a browser would see in the page. */
export function scriptsOf(html: string): Script[] {
  return elementsOf(html)
    .filter((element) => element.tagName === 'script')
    .map((element) => ({
      parent: element.parentNode && 'tagName' in element.parentNode ? element.parentNode.tagName : '#document',
      attributes: Object.fromEntries(element.attrs.map((attribute) => [attribute.name, attribute.value])),
      text: element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('')
    }))
}

/**
 * If `after` is `before` with one string inserted, that string; else `undefined`.
 * Proves an edit touched no other byte. Where the insertion point is ambiguous
 * (the inserted text starts like what follows it) the latest point is taken.
 */
export function insertedText(before: string, after: string): string | undefined {
  let prefix = 0
  while (prefix < before.length && before[prefix] === after[prefix]) prefix++
  const rest = before.slice(prefix)
  const inserted = after.length - before.length
  if (inserted < 0 || after.slice(prefix + inserted) !== rest) return undefined
  return after.slice(prefix, prefix + inserted)
}
