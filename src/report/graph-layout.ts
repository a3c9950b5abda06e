/**
 * Where each node and link of a page's graph goes in the drawing: a
 * two-sided layered tree with the article in the middle column.
 *
 * 1. The root is the article (the first node whose type ends in `Article`,
 *    or is `BlogPosting`/`Report`), else the most connected node.
 * 2. A breadth-first walk from it, along links in both directions, gives each
 *    node a parent and a depth; a part of the graph not linked to the root is
 *    hung under the root as well (its link is not drawn), so every node gets
 *    a place.
 * 3. The root's children are split between a right and a left side (balanced
 *    by the leaves under them); depth d goes in column ±d.
 * 4. On each side a tidy-tree pass gives every leaf its own row and centres a
 *    parent on its children, so the subtrees of one column occupy disjoint
 *    rows: boxes in a column are at least one row apart, columns at least one
 *    box width plus a gap for the link labels, and no two boxes overlap
 *    whatever the graph.
 *
 * Links are cubic curves between box sides. The label of the link that
 * placed a node (its tree link, either way) sits beside that node's box, on
 * the side facing its parent, so no two such labels meet; the labels of
 * other links sit at the curve's middle. Everything is a pure function of the graph, in its order:
 * the same graph gives the same drawing.
 */

/** What the layout needs of a graph. */
export interface LayoutInput {
  nodes: ReadonlyArray<{types: readonly string[]}>
  edges: ReadonlyArray<{from: number; to: number; property: string}>
}

/** Sizes of the drawing, in SVG user units (CSS pixels at 100 %). */
export interface LayoutOptions {
  boxWidth?: number
  boxHeight?: number
  /** Space between a column's boxes. */
  rowGap?: number
  /** Space between columns (where link labels go). */
  columnGap?: number
  margin?: number
}

/** A placed box: top-left corner and size. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** A placed link. */
export interface EdgeLayout {
  /** SVG path data. */
  d: string
  /** Where its label goes, and which end of the text is there. */
  label: {x: number; y: number; anchor: 'start' | 'middle' | 'end'}
  /** Whether it is the link that placed its target (drawn under its label before the box). */
  tree: boolean
}

/** The whole drawing. */
export interface GraphLayout {
  width: number
  height: number
  root: number | undefined
  boxes: Box[]
  edges: EdgeLayout[]
  /** Column of each node: 0 for the root, negative on the left. */
  columns: number[]
  /** Room for a link label, in characters (the column gap). */
  labelCharacters: number
}

const defaults: Required<LayoutOptions> = {boxWidth: 168, boxHeight: 42, rowGap: 14, columnGap: 112, margin: 16}

/** Average width of a label character at the drawing's label size, for fitting labels in the gap. */
const labelCharacterWidth = 6.4

/** Lay out `graph`. */
export function layoutGraph(graph: LayoutInput, options: LayoutOptions = {}): GraphLayout {
  const size = {...defaults, ...options}
  const count = graph.nodes.length
  for (const edge of graph.edges) {
    if (!(edge.from in graph.nodes) || !(edge.to in graph.nodes)) {
      throw new TypeError(`layoutGraph: link ${JSON.stringify(edge)} names a node that is not in the graph (${count} nodes)`)
    }
  }
  const labelCharacters = Math.max(4, Math.floor((size.columnGap - 14) / labelCharacterWidth))
  if (count === 0) return {width: 0, height: 0, root: undefined, boxes: [], edges: [], columns: [], labelCharacters}

  const neighbours = adjacency(graph)
  const root = chooseRoot(graph, neighbours, () => true)
  const {parent, children} = spanningTree(graph, neighbours, root)

  // Split the root's children between the two sides, keeping their order on each.
  const leaves = leafCounts(children, root)
  const right: number[] = []
  const left: number[] = []
  let rightWeight = 0
  let leftWeight = 0
  for (const child of children[root]!) {
    if (rightWeight <= leftWeight) {
      right.push(child)
      rightWeight += leaves[child]!
    } else {
      left.push(child)
      leftWeight += leaves[child]!
    }
  }

  const rows = new Array<number>(count).fill(0)
  const columns = new Array<number>(count).fill(0)
  const rightRows = placeSide(right, children, rows, columns, 1)
  const leftRows = placeSide(left, children, rows, columns, -1)
  const totalRows = Math.max(rightRows, leftRows, 1)
  // Centre each side, and the root, vertically.
  const shift = (side: readonly number[], sideRows: number) => {
    const offset = (totalRows - sideRows) / 2
    for (const node of postOrder(side, children)) rows[node]! += offset
  }
  shift(right, rightRows)
  shift(left, leftRows)
  rows[root] = (totalRows - 1) / 2

  const minColumn = Math.min(...columns)
  const maxColumn = Math.max(...columns)
  const columnPitch = size.boxWidth + size.columnGap
  const rowPitch = size.boxHeight + size.rowGap
  const boxes = rows.map((row, node): Box => ({
    x: size.margin + (columns[node]! - minColumn) * columnPitch,
    y: size.margin + row * rowPitch,
    width: size.boxWidth,
    height: size.boxHeight
  }))
  const width = 2 * size.margin + (maxColumn - minColumn) * columnPitch + size.boxWidth
  const height = 2 * size.margin + (totalRows - 1) * rowPitch + size.boxHeight

  const seenPairs = new Map<string, number>()
  const edges = graph.edges.map((edge): EdgeLayout => {
    const pair = `${Math.min(edge.from, edge.to)},${Math.max(edge.from, edge.to)}`
    const repeat = seenPairs.get(pair) ?? 0
    seenPairs.set(pair, repeat + 1)
    // The first link between a node and its tree parent (either way) is labelled next to the child: one label per box.
    const child = parent[edge.to] === edge.from ? edge.to : parent[edge.from] === edge.to ? edge.from : undefined
    const tree = child !== undefined && repeat === 0
    return edgeLayout(boxes[edge.from]!, boxes[edge.to]!, tree ? boxes[child]! : undefined, repeat, size)
  })
  return {width, height, root, boxes, edges, columns, labelCharacters}
}

/** Neighbours of each node, both directions, in link order, without repeats. */
function adjacency(graph: LayoutInput): number[][] {
  const lists = graph.nodes.map(() => [] as number[])
  const seen = graph.nodes.map(() => new Set<number>())
  const add = (a: number, b: number) => {
    if (a === b || seen[a]!.has(b)) return
    seen[a]!.add(b)
    lists[a]!.push(b)
  }
  for (const edge of graph.edges) {
    add(edge.from, edge.to)
    add(edge.to, edge.from)
  }
  return lists
}

const articleType = /(?:Article|^BlogPosting|^Report)$/

/** The article among `candidates`, else the most connected one; the first in order on a tie. */
function chooseRoot(graph: LayoutInput, neighbours: readonly number[][], candidate: (node: number) => boolean): number {
  let best = -1
  for (let node = 0; node < graph.nodes.length; node++) {
    if (!candidate(node)) continue
    if (graph.nodes[node]!.types.some((type) => articleType.test(type))) return node
    if (best === -1 || neighbours[node]!.length > neighbours[best]!.length) best = node
  }
  return best
}

/** Breadth-first spanning tree from `root`; unreached parts are hung under the root by their own best root. */
function spanningTree(graph: LayoutInput, neighbours: readonly number[][], root: number): {parent: number[]; children: number[][]} {
  const count = graph.nodes.length
  const parent = new Array<number>(count).fill(-1)
  const children = graph.nodes.map(() => [] as number[])
  const reached = new Array<boolean>(count).fill(false)
  const walk = (start: number) => {
    reached[start] = true
    const queue = [start]
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!
      for (const next of neighbours[node]!) {
        if (reached[next]) continue
        reached[next] = true
        parent[next] = node
        children[node]!.push(next)
        queue.push(next)
      }
    }
  }
  walk(root)
  for (;;) {
    const next = chooseRoot(graph, neighbours, (node) => !reached[node])
    if (next === -1) break
    parent[next] = root
    children[root]!.push(next)
    walk(next)
  }
  return {parent, children}
}

/** Leaves under each node (1 for a leaf). */
function leafCounts(children: readonly number[][], root: number): number[] {
  const counts = new Array<number>(children.length).fill(1)
  for (const node of postOrder([root], children)) {
    const own = children[node]!
    if (own.length > 0) counts[node] = own.reduce((sum, child) => sum + counts[child]!, 0)
  }
  return counts
}

/** Nodes under `tops` (included), children before parents. Iterative: trees may be deep. */
function postOrder(tops: readonly number[], children: readonly number[][]): number[] {
  const order: number[] = []
  const stack: Array<{node: number; expanded: boolean}> = [...tops].reverse().map((node) => ({node, expanded: false}))
  while (stack.length > 0) {
    const top = stack.pop()!
    if (top.expanded) {
      order.push(top.node)
      continue
    }
    stack.push({node: top.node, expanded: true})
    for (const child of [...children[top.node]!].reverse()) stack.push({node: child, expanded: false})
  }
  return order
}

/**
 * Tidy tree of one side: leaves take consecutive rows in depth-first order,
 * a parent sits at the middle of its first and last child. Returns the rows
 * used.
 */
function placeSide(tops: readonly number[], children: readonly number[][], rows: number[], columns: number[], direction: 1 | -1): number {
  let next = 0
  const depth = new Map<number, number>()
  for (const top of tops) depth.set(top, 1)
  const queue = [...tops]
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!
    for (const child of children[node]!) {
      depth.set(child, depth.get(node)! + 1)
      queue.push(child)
    }
  }
  for (const node of postOrder(tops, children)) {
    columns[node] = direction * depth.get(node)!
    const own = children[node]!
    if (own.length === 0) rows[node] = next++
    else rows[node] = (rows[own[0]!]! + rows[own.at(-1)!]!) / 2
  }
  return next
}

function edgeLayout(from: Box, to: Box, child: Box | undefined, repeat: number, size: Required<LayoutOptions>): EdgeLayout {
  const fromMiddle = from.y + from.height / 2
  const toMiddle = to.y + to.height / 2
  const nudge = repeat * 12
  if (from === to) {
    // A node linking to itself: a loop over its top edge.
    const x = from.x + from.width - 24
    const d = `M ${n(x)} ${n(from.y)} C ${n(x - 10)} ${n(from.y - 30)}, ${n(x + 30)} ${n(from.y - 30)}, ${n(x + 14)} ${n(from.y)}`
    return {d, label: {x: x + 4, y: from.y - 24 - nudge, anchor: 'middle'}, tree: false}
  }
  if (to.x === from.x) {
    // Same column: a bulge out to the right.
    const x = from.x + from.width
    const bulge = Math.min(size.columnGap - 20, 40 + Math.abs(toMiddle - fromMiddle) / 8)
    const d = `M ${n(x)} ${n(fromMiddle)} C ${n(x + bulge)} ${n(fromMiddle)}, ${n(x + bulge)} ${n(toMiddle)}, ${n(x)} ${n(toMiddle)}`
    return {d, label: {x: x + bulge * 0.75 + 4, y: (fromMiddle + toMiddle) / 2 + 4 - nudge, anchor: 'start'}, tree: false}
  }
  const rightwards = to.x > from.x
  const x1 = rightwards ? from.x + from.width : from.x
  const x2 = rightwards ? to.x : to.x + to.width
  const bend = (x2 - x1) / 2
  const d = `M ${n(x1)} ${n(fromMiddle)} C ${n(x1 + bend)} ${n(fromMiddle)}, ${n(x2 - bend)} ${n(toMiddle)}, ${n(x2)} ${n(toMiddle)}`
  if (child) {
    // Next to the side of the child box that faces its parent.
    const other = child === to ? from : to
    const childOnRight = child.x > other.x
    const y = child.y + child.height / 2 - 5
    return {d, label: {x: childOnRight ? child.x - 6 : child.x + child.width + 6, y, anchor: childOnRight ? 'end' : 'start'}, tree: true}
  }
  return {d, label: {x: (x1 + x2) / 2, y: (fromMiddle + toMiddle) / 2 - 4 - nudge, anchor: 'middle'}, tree: false}
}

/** A coordinate with one decimal, so paths stay short and stable. */
function n(value: number): number {
  return Math.round(value * 10) / 10
}
