/**
 * A tree parsed with `positions: 'openings'` against the full parse of the
 * same text: the same nodes, elements placed exactly at their opening tag
 * (the offsets the verbose full tree records), no positions elsewhere, and
 * the same structured data read from both (where parse5 counts lines right). Used by test/parse/hast.test.ts and, on
 * the corpus, by bench/parse-equivalence.ts.
 */
import type {Nodes, Root} from 'hast'
import type {Position} from 'unist'
import {readMarkup} from '../../src/markup/index.js'
import {parseToHast} from '../../src/parse/hast.js'
import {locator} from '../../src/parse/lines.js'

/** Differences, described; empty when the trees agree. */
export function openingsDifferences(text: string): string[] {
  const full = parseToHast(text, {verbose: true})
  const openings = parseToHast(text, {positions: 'openings'})
  const differences: string[] = []
  const at = locator({line: 1, column: 1, offset: 0}, text)
  const stack: Array<[Nodes, Nodes, string]> = [[full, openings, 'root']]
  while (stack.length > 0 && differences.length < 10) {
    const [a, b, path] = stack.pop()!
    if (a.type !== b.type) {
      differences.push(`${path}: ${a.type} ≠ ${b.type}`)
      continue
    }
    if (a.type === 'element' && b.type === 'element') {
      if (a.tagName !== b.tagName || JSON.stringify(a.properties) !== JSON.stringify(b.properties)) differences.push(`${path}: ${a.tagName} ≠ ${b.tagName}`)
      const opening = (a.data as {position?: {opening?: Position}} | undefined)?.position?.opening
      // Offsets as parse5 gives them; lines and columns counted from the offsets (parse5 miscounts lines after `&` + line break in an attribute).
      const expected = opening && {start: at(opening.start.offset!), end: at(opening.end.offset!)}
      if (JSON.stringify(expected) !== JSON.stringify(b.position)) differences.push(`${path} <${a.tagName}>: at ${JSON.stringify(b.position)}, opening tag at ${JSON.stringify(expected)}`)
      if (a.content || b.content) stack.push([a.content ?? {type: 'root', children: []}, b.content ?? {type: 'root', children: []}, `${path}>content`])
    } else if (a.type !== 'root' && b.position) {
      differences.push(`${path}: a ${b.type} has a position`)
    }
    if ('value' in a && 'value' in b && a.value !== b.value) differences.push(`${path}: ${JSON.stringify(a.value)} ≠ ${JSON.stringify(b.value)}`)
    const aChildren = 'children' in a ? a.children : []
    const bChildren = 'children' in b ? b.children : []
    if (aChildren.length !== bChildren.length) differences.push(`${path}: ${aChildren.length} ≠ ${bChildren.length} children`)
    else for (let index = aChildren.length - 1; index >= 0; index--) stack.push([aChildren[index]!, bChildren[index]!, `${path}>${index}`])
  }
  const markup = (tree: Root) => JSON.stringify(readMarkup(tree, text))
  if (differences.length === 0 && markup(full) !== markup(openings)) differences.push('the structured data read differs')
  return differences
}
