import {describe, expect, it} from 'vitest'
import {layoutGraph, type Box, type LayoutInput} from '../../src/report/graph-layout.js'

/** A deterministic pseudo-random sequence (mulberry32), so "random" graphs are the same every run. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const node = (type: string) => ({types: [type]})

/** A news page's graph of `size` nodes: the article, a page, a publisher with a logo, authors, images, entities, a breadcrumb. */
function newsGraph(size: number): LayoutInput {
  const nodes = [node('NewsArticle'), node('WebPage'), node('NewsMediaOrganization'), node('ImageObject'), node('BreadcrumbList')]
  const edges = [
    {from: 0, to: 1, property: 'mainEntityOfPage'},
    {from: 0, to: 2, property: 'publisher'},
    {from: 2, to: 3, property: 'logo'},
    {from: 1, to: 4, property: 'breadcrumb'},
    {from: 1, to: 2, property: 'publisher'}
  ]
  const kinds: Array<[string, string, number]> = [
    ['Person', 'author', 0],
    ['ImageObject', 'image', 0],
    ['ListItem', 'itemListElement', 4],
    ['Place', 'about', 0],
    ['Organization', 'mentions', 0]
  ]
  for (let index = nodes.length; index < size; index++) {
    const [type, property, from] = kinds[index % kinds.length]!
    nodes.push(node(type))
    edges.push({from, to: index, property})
    if (type === 'Person') edges.push({from: index, to: 2, property: 'worksFor'})
  }
  return {nodes, edges}
}

/** `size` nodes with `links` random links, some parts unconnected. */
function randomGraph(size: number, links: number, seed: number): LayoutInput {
  const next = random(seed)
  const types = ['Article', 'Person', 'Organization', 'ImageObject', 'Place', 'Thing']
  const nodes = Array.from({length: size}, (_, index) => node(types[index % types.length]!))
  const edges = Array.from({length: links}, () => ({from: Math.floor(next() * size), to: Math.floor(next() * size), property: 'knows'}))
  return {nodes, edges}
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

function overlappingPairs(boxes: readonly Box[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!)) pairs.push([i, j])
  return pairs
}

describe('layoutGraph', () => {
  it('puts the article in the middle column, the others on both sides', () => {
    const layout = layoutGraph(newsGraph(20))
    expect(layout.root).toBe(0)
    expect(layout.columns[0]).toBe(0)
    expect(layout.columns.some((column) => column < 0)).toBe(true)
    expect(layout.columns.some((column) => column > 0)).toBe(true)
    // Vertically centred too.
    const middle = layout.boxes[0]!.y + layout.boxes[0]!.height / 2
    expect(Math.abs(middle - layout.height / 2)).toBeLessThan(1)
  })

  it('takes the most connected node as the centre when there is no article', () => {
    const layout = layoutGraph({nodes: [node('Person'), node('Organization'), node('Person')], edges: [{from: 0, to: 1, property: 'worksFor'}, {from: 2, to: 1, property: 'worksFor'}]})
    expect(layout.root).toBe(1)
  })

  it('no two node boxes overlap in a 60-node news graph', () => {
    const layout = layoutGraph(newsGraph(60))
    expect(layout.boxes).toHaveLength(60)
    expect(overlappingPairs(layout.boxes)).toEqual([])
  })

  it('no two node boxes overlap in random 60-node graphs, connected or not, with self-links and repeats', () => {
    for (const [links, seed] of [[20, 1], [59, 2], [90, 3], [200, 4], [0, 5]] as const) {
      const layout = layoutGraph(randomGraph(60, links, seed))
      expect(overlappingPairs(layout.boxes), `${links} links, seed ${seed}`).toEqual([])
    }
  })

  it('no two node boxes overlap in a star, a chain and a deep tree', () => {
    const star: LayoutInput = {nodes: [node('NewsArticle'), ...Array.from({length: 59}, () => node('Thing'))], edges: Array.from({length: 59}, (_, index) => ({from: 0, to: index + 1, property: 'mentions'}))}
    const chain: LayoutInput = {nodes: Array.from({length: 60}, () => node('Thing')), edges: Array.from({length: 59}, (_, index) => ({from: index, to: index + 1, property: 'next'}))}
    const tree: LayoutInput = {nodes: Array.from({length: 60}, () => node('Thing')), edges: Array.from({length: 59}, (_, index) => ({from: Math.floor(index / 2), to: index + 1, property: 'part'}))}
    for (const graph of [star, chain, tree]) expect(overlappingPairs(layoutGraph(graph).boxes)).toEqual([])
  })

  it('stays legible at 60 nodes: boxes at full size, the drawing a few screens at most', () => {
    const layout = layoutGraph(newsGraph(60))
    expect(layout.boxes.every((box) => box.width === 168 && box.height === 42)).toBe(true)
    // Width grows with the depth of the graph (here 3 links from the article on one side), height with its leaves.
    expect(layout.width).toBeLessThanOrEqual(1600)
    expect(layout.height).toBeLessThan(2000)
  })

  it('keeps the labels of the links that place nodes apart from each other and from the boxes', () => {
    const layout = layoutGraph(newsGraph(60))
    const labels = layout.edges.filter((edge) => edge.tree).map((edge) => edge.label)
    const keys = labels.map((label) => `${Math.round(label.x)},${Math.round(label.y)}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const label of labels) {
      const inside = layout.boxes.some((box) => label.x > box.x && label.x < box.x + box.width && label.y > box.y && label.y < box.y + box.height)
      expect(inside).toBe(false)
    }
  })

  it('keeps every box inside the drawing', () => {
    const layout = layoutGraph(randomGraph(60, 90, 7))
    for (const box of layout.boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width)
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height)
    }
  })

  it('is deterministic: the same graph gives the same layout', () => {
    expect(layoutGraph(randomGraph(60, 90, 9))).toEqual(layoutGraph(randomGraph(60, 90, 9)))
    expect(JSON.stringify(layoutGraph(newsGraph(33)))).toBe(JSON.stringify(layoutGraph(newsGraph(33))))
  })

  it('lays out an empty graph and a single node', () => {
    expect(layoutGraph({nodes: [], edges: []})).toMatchObject({width: 0, height: 0, boxes: [], edges: []})
    const one = layoutGraph({nodes: [node('Thing')], edges: []})
    expect(one.boxes).toHaveLength(1)
    expect(one.width).toBeGreaterThan(one.boxes[0]!.width)
  })

  it('throws on a link to a node that is not in the graph (misuse), naming the link', () => {
    expect(() => layoutGraph({nodes: [node('Thing')], edges: [{from: 0, to: 5, property: 'x'}]})).toThrow(/link \{"from":0,"to":5,"property":"x"\}/)
  })
})
