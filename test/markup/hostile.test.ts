import type {Element, Root} from 'hast'
import {describe, expect, it} from 'vitest'
import {parseHtml} from '../../src/parse/index.js'
import {readMarkup} from '../../src/markup/index.js'
import {read} from './helpers.js'

function element(tagName: string, properties: Element['properties'], children: Element[] = []): Element {
  return {type: 'element', tagName, properties, children}
}

/** A tree of `depth` items, each the `part` of the one above (built by hand: the HTML parser recurses). */
function nestedItems(depth: number, properties: (level: number) => Element['properties']): Root {
  let inner = element('div', properties(depth))
  for (let level = depth - 1; level >= 1; level--) inner = element('div', properties(level), [inner])
  return {type: 'root', children: [element('html', {}, [element('body', {}, [inner])])]}
}

function depthOf(node: unknown, key: string): number {
  let depth = 0
  let current = node as Record<string, unknown> | undefined
  while (current) {
    depth++
    current = current[key] as Record<string, unknown> | undefined
  }
  return depth
}

describe('hostile pages', () => {
  it('reads 5,000-deep nested microdata items without throwing, up to maxDepth', () => {
    const tree = nestedItems(5000, (level) =>
      level === 1 ? {itemScope: true, itemType: ['https://schema.org/Thing']} : {itemScope: true, itemProp: ['part'], itemType: ['https://schema.org/Thing']}
    )
    const {blocks, nodes, diagnostics} = readMarkup(tree, '')
    expect(blocks).toHaveLength(1)
    expect(depthOf(blocks[0]!.data, 'part')).toBe(100)
    expect(nodes).toHaveLength(100)
    expect(diagnostics).toMatchObject([{ruleId: 'markup/max-depth', severity: 'warning', source: 'markup'}])
  })

  it('reads 5,000-deep nested RDFa nodes without throwing, up to maxDepth', () => {
    const tree = nestedItems(5000, (level) => (level === 1 ? {vocab: 'https://schema.org/', typeof: 'Thing'} : {typeof: 'Thing', property: 'part'}))
    const {blocks, diagnostics} = readMarkup(tree, '')
    expect(blocks).toHaveLength(1)
    expect(depthOf(blocks[0]!.data, 'part')).toBe(100)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['markup/max-depth'])
  })

  it('reads nested items from parsed HTML too', () => {
    const html = '<div itemscope itemtype="https://schema.org/Thing">' + '<div itemprop="part" itemscope>'.repeat(500)
    const {tree, text, diagnostics: parsing} = parseHtml(html)
    expect(parsing).toEqual([])
    const {blocks, diagnostics} = readMarkup(tree, text, {maxDepth: 1000})
    expect(depthOf(blocks[0]!.data, 'part')).toBe(501)
    expect(diagnostics).toEqual([])
  })

  it('stops an itemref fan-out that would double at every level', () => {
    let html = '<div itemscope itemtype="https://schema.org/Thing" itemref="w1"></div>'
    for (let level = 1; level <= 40; level++) {
      html += `<div id="w${level}"><div itemprop="a" itemscope itemref="w${level + 1}"></div><div itemprop="b" itemscope itemref="w${level + 1}"></div></div>`
    }
    const {blocks, diagnostics} = read(html)
    expect(blocks).toHaveLength(1)
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('markup/max-items')
  })

  it('reads 100,000-deep JSON arrays without throwing', () => {
    const json = `${'['.repeat(100_000)}{"@type": "Thing"}${']'.repeat(100_000)}`
    const {blocks, nodes, diagnostics} = read(`<script type="application/ld+json">${json}</script>`)
    expect(diagnostics).toEqual([])
    expect(blocks).toHaveLength(1)
    expect(nodes).toHaveLength(1)
    expect(nodes[0]!.path).toBe('/0'.repeat(100_000))
  })

  it('reports unbalanced 100,000-deep JSON without throwing', () => {
    const {blocks, diagnostics} = read(`<script type="application/ld+json">${'['.repeat(100_000)}</script>`)
    expect(blocks).toEqual([])
    expect(diagnostics).toMatchObject([{ruleId: 'markup/json-syntax'}])
  })

  it('survives binary junk and hostile strings in a script', () => {
    const junk = '\u0000\u0001{"a": "\u2028</scr" + "ipt>"}\uFFFF'
    expect(() => read(`<script type="application/ld+json">${junk}</script><div itemscope itemtype="${'x'.repeat(100_000)}"></div>`)).not.toThrow()
  })
})
