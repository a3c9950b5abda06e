/**
 * The data the HTML report is drawn from. Plain data only (no classes, no
 * functions), so a page's share can travel from a `--jobs` worker thread to
 * the main thread by structured clone.
 */
import type {Diagnostic, Point} from '../types.js'

/** Where a node was written: its block on the page and the JSON pointer inside that block's data. */
export interface NodePlace {
  block: number
  path: string
}

/** One node of a page's graph, as drawn. */
export interface GraphNode {
  /** Types as short names (`NewsArticle`), in the order written; empty for a node without `@type`. */
  types: string[]
  /** What the node is called: its `name`, `headline`, `url`… (see `graph.ts`), cut to a readable length. */
  name?: string
  /** Its `@id`, when it has one. */
  id?: string
  /** Every place the node was written (one node object, or several merged by `@id`). */
  places: NodePlace[]
  /** Where the node starts on the page, when known. */
  start?: Point
  /** The node as written, as indented JSON (long strings and deep nesting shortened). */
  json: string
  /** A node that is only referenced (`{"@id": …}`) and defined nowhere on the page. */
  missing?: boolean
}

/** A link from one node to another through a property. */
export interface GraphEdge {
  /** Index of the node the property belongs to. */
  from: number
  /** Index of the node it points at. */
  to: number
  /** The property, as a short name (`author`). */
  property: string
  /** Block of the value, and its JSON pointer inside the block's data, e.g. `/@graph/0/author/1`. */
  block: number
  path: string
}

/** A page's structured data as a graph. */
export interface PageGraph {
  nodes: GraphNode[]
  edges: GraphEdge[]
  /** Nodes left out beyond the drawing's limit. */
  omitted: number
}

/** A line of the page around a finding's column. */
export interface Snippet {
  line: number
  /** The text shown: the line, or a window of a long line. */
  text: string
  /** Offset in `text` (UTF-16 units) of the finding's column. */
  at: number
  /** Whether text was cut before and after the window. */
  cutBefore: boolean
  cutAfter: boolean
}

/** What the HTML report knows of one page beyond its findings. */
export interface PageData {
  graph: PageGraph
  /** Where each block of structured data starts on the page (index = `NodePlace.block`). */
  blocks: Point[]
  /** Source snippets by `line:column` of the page's findings. */
  snippets: Record<string, Snippet>
}

/** One page of an HTML report. */
export interface ReportPage {
  /** The input's name as shown to the user. */
  name: string
  /** Its findings as reported (filtered, in source order). */
  diagnostics: readonly Diagnostic[]
  /** Absent when the graph is unknown (e.g. `merge -f html`, which reads only findings). */
  data?: PageData
}
