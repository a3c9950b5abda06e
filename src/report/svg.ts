/**
 * A page's graph as inline SVG: one box per node (type above name), one
 * curve per link with its property name, nodes and links with findings in
 * the finding's colour and a count badge. Each node is an `<a>` to the
 * node's details below the drawing, so it is focusable and works without
 * JavaScript; the report's script turns it into a button that shows the
 * node's JSON beside the drawing.
 */
import type {Diagnostic, Severity} from '../types.js'
import {escapeHtml} from './escape.js'
import {cut, worst, type GraphFindings} from './graph.js'
import {layoutGraph, type GraphLayout, type LayoutOptions} from './graph-layout.js'
import type {GraphNode, PageGraph} from './types.js'

/** Options of `graphSvg`. */
export interface SvgOptions {
  /** Prefix of every `id` in the drawing (unique per page of a report). */
  idPrefix: string
  /** The `id` a node links to (its details element). */
  nodeTarget: (node: number) => string
  /** Accessible name of the drawing. */
  title: string
  layout?: LayoutOptions
}

/** Characters of a box's type and name lines. */
const boxCharacters = 23
/** Characters of the (bold, smaller) type line. */
const typeCharacters = 21

/** The SVG of `graph`, with the layout used (callers place things by it). */
export function graphSvg(graph: PageGraph, findings: GraphFindings, options: SvgOptions): {svg: string; layout: GraphLayout} {
  const layout = layoutGraph(graph, options.layout)
  const prefix = escapeHtml(options.idPrefix)
  const parts: string[] = [
    `<svg class="graph-svg" xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="group" aria-labelledby="${prefix}-title">`,
    `<title id="${prefix}-title">${escapeHtml(options.title)}</title>`,
    '<defs>',
    ...(['plain', 'error', 'warning'] as const).map(
      (kind) => `<marker id="${prefix}-arrow-${kind}" class="arrow arrow-${kind}" viewBox="0 0 8 8" refX="8" refY="4" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z"/></marker>`
    ),
    '</defs>',
    '<g class="edges">'
  ]
  graph.edges.forEach((edge, index) => {
    const placed = layout.edges[index]!
    const severity = worst(findings.edges.get(index))
    const kind = severity === 'error' || severity === 'warning' ? severity : 'plain'
    parts.push(
      `<path class="edge${severityClass(severity)}" d="${placed.d}" marker-end="url(#${prefix}-arrow-${kind})" data-from="${edge.from}" data-to="${edge.to}" data-property="${escapeHtml(edge.property)}"/>`
    )
  })
  parts.push('</g>', '<g class="edge-labels">')
  graph.edges.forEach((edge, index) => {
    const {label} = layout.edges[index]!
    const severity = worst(findings.edges.get(index))
    const text = cut(edge.property, layout.labelCharacters)
    const title = text === edge.property ? '' : `<title>${escapeHtml(edge.property)}</title>`
    parts.push(`<text class="edge-label${severityClass(severity)}" x="${round(label.x)}" y="${round(label.y)}" text-anchor="${label.anchor}">${escapeHtml(text)}${title}</text>`)
  })
  parts.push('</g>', '<g class="nodes">')
  graph.nodes.forEach((node, index) => parts.push(nodeSvg(node, index, layout, findings.nodes.get(index), options)))
  parts.push('</g>', '</svg>')
  return {svg: parts.join('\n'), layout}
}

function nodeSvg(node: GraphNode, index: number, layout: GraphLayout, diagnostics: readonly Diagnostic[] | undefined, options: SvgOptions): string {
  const box = layout.boxes[index]!
  const severity = worst(diagnostics)
  const classes = `node${severityClass(severity)}${node.missing ? ' missing' : ''}${index === layout.root ? ' root' : ''}`
  const type = typeLabel(node)
  const name = node.name ?? node.id ?? ''
  const counted = diagnostics?.filter((diagnostic) => diagnostic.severity === severity).length ?? 0
  const label = nodeLabel(node, diagnostics)
  const lines = [
    `<a class="${classes}" href="#${escapeHtml(options.nodeTarget(index))}" data-node="${index}" aria-label="${escapeHtml(label)}">`,
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${box.width}" height="${box.height}" rx="6"/>`,
    `<text class="type" x="${round(box.x + 8)}" y="${round(box.y + 16)}">${escapeHtml(cut(type, typeCharacters))}</text>`,
    `<text class="name" x="${round(box.x + 8)}" y="${round(box.y + 32)}">${escapeHtml(cut(name, boxCharacters))}</text>`
  ]
  if (counted > 0 && severity !== undefined) {
    const cx = round(box.x + box.width - 2)
    const cy = round(box.y + 2)
    lines.push(`<g class="badge"><circle cx="${cx}" cy="${cy}" r="9"/><text x="${cx}" y="${round(cy + 4)}" text-anchor="middle">${counted > 99 ? '99+' : counted}</text></g>`)
  }
  lines.push(`<title>${escapeHtml(label)}</title>`, '</a>')
  return lines.join('')
}

/** `NewsArticle`, `Person, Organization`; `(no @type)`; `(missing node)` for an `@id` referenced but defined nowhere. */
export function typeLabel(node: GraphNode): string {
  if (node.missing) return '(missing node)'
  return node.types.length > 0 ? node.types.join(', ') : '(no @type)'
}

/** A node described in words, for screen readers and tooltips: `Person “Jane Doe”, line 6: 1 error, 1 warning`. */
export function nodeLabel(node: GraphNode, diagnostics: readonly Diagnostic[] | undefined): string {
  const name = node.name ?? node.id
  const where = node.start ? `, line ${node.start.line}` : ''
  const counts = countWords(diagnostics ?? [])
  return `${typeLabel(node)}${name === undefined ? '' : ` “${name}”`}${where}${counts ? `: ${counts}` : ''}`
}

function countWords(diagnostics: readonly Diagnostic[]): string {
  const words: string[] = []
  for (const severity of ['error', 'warning', 'info'] as const) {
    const count = diagnostics.filter((diagnostic) => diagnostic.severity === severity).length
    if (count > 0) words.push(`${count} ${severity}${count === 1 ? '' : 's'}`)
  }
  return words.join(', ')
}

function severityClass(severity: Severity | undefined): string {
  return severity === undefined ? '' : ` sev-${severity}`
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
