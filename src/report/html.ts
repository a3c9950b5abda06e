/**
 * The HTML report: one self-contained document (inline style and script,
 * system fonts, no network) with a summary, each page's findings with the
 * source line they point at, and a drawing of each page's graph whose nodes
 * show their JSON. Readable without JavaScript and on paper; the script
 * only adds the click-to-show panel.
 *
 * Pure string building. Every text from a page goes through `escapeHtml`,
 * and a Content-Security-Policy allows only the report's own style and
 * script, so a page's data cannot run code or reach the network.
 */
import type {Diagnostic, Point, Severity} from '../types.js'
import {reportScript, reportStyle} from './assets.js'
import {escapeHtml, safeHref} from './escape.js'
import {attachFindings, type GraphFindings} from './graph.js'
import {graphSvg, nodeLabel} from './svg.js'
import type {PageData, PageGraph, ReportPage, Snippet} from './types.js'

/** Options of the report documents. */
export interface HtmlOptions {
  /** Documentation of a rule; findings and the rule table link to it. */
  ruleUrl?: (ruleId: string) => string
  /**
   * Base64 SHA-256 digests of `reportStyle` and `reportScript` for the
   * Content-Security-Policy. Without them the policy allows inline style and
   * script in general (still no network).
   */
  hashes?: {style: string; script: string}
  /** Who made the report, for the footer (`ldpress 1.2.3`). */
  generator?: string
}

/** One page's line in the summary. */
export interface PageSummary {
  name: string
  anchor: string
  /** Counted as the JSON report counts: errors, and every other finding as a warning. */
  errors: number
  warnings: number
  /** Infos (shown with `--verbose`), also counted in `warnings`. */
  infos: number
  /** Nodes in the page's graph, when known. */
  nodes?: number
}

/** A rule's line in the summary. */
export interface RuleSummary {
  ruleId: string
  severity: Severity
  count: number
  /** The first finding's own link (the schema.org term, the Google guideline). */
  url?: string
}

/** Rules listed in the summary. */
const topRules = 10

/** Counts of findings, as the JSON report has them. */
export function countFindings(diagnostics: readonly Diagnostic[]): {errors: number; warnings: number; infos: number} {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length
  const infos = diagnostics.filter((diagnostic) => diagnostic.severity === 'info').length
  return {errors, warnings: diagnostics.length - errors, infos}
}

/**
 * The section of one page (the `index`-th of the report): its counts, its
 * findings and the drawing of its graph. Rendered as soon as the page is
 * checked, so a report holds sections, not findings.
 */
export function pageSection(page: ReportPage, index: number, options: HtmlOptions = {}): {html: string; summary: PageSummary} {
  const anchor = `page-${index + 1}`
  const prefix = `p${index + 1}`
  const counts = countFindings(page.diagnostics)
  const findings = page.data ? attachFindings(page.data.graph, page.data.blocks, page.diagnostics) : undefined
  const summary: PageSummary = {name: page.name, anchor, ...counts, ...(page.data ? {nodes: page.data.graph.nodes.length} : {})}
  const html = [
    `<section class="page card" id="${anchor}" aria-labelledby="${anchor}-h" data-errors="${counts.errors}" data-warnings="${counts.warnings}">`,
    `<h2 id="${anchor}-h">${escapeHtml(page.name)}</h2>`,
    `<p class="counts">${countsText(counts)}${page.data ? ` · ${plural(page.data.graph.nodes.length, 'node')}, ${plural(page.data.graph.edges.length, 'link')}` : ''}</p>`,
    '<h3>Findings</h3>',
    findingsTable(page.diagnostics, page.data?.snippets ?? {}, findings, prefix, options),
    '<h3>Graph</h3>',
    page.data
      ? graphFigure(page.data.graph, findings!, prefix, `Structured data of ${page.name}`)
      : '<p class="muted">The graph is not known: this report was merged from findings only.</p>',
    '</section>'
  ].join('\n')
  return {html, summary}
}

/** The whole report: summary first, then the page sections (from `pageSection`), in order. */
export function reportDocument(pages: readonly PageSummary[], sections: readonly string[], rules: readonly RuleSummary[], options: HtmlOptions = {}): string {
  const totals = pages.reduce((sum, page) => ({errors: sum.errors + page.errors, warnings: sum.warnings + page.warnings, infos: sum.infos + page.infos}), {errors: 0, warnings: 0, infos: 0})
  const withErrors = pages.filter((page) => page.errors > 0).length
  const title = `ldpress report: ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')} in ${plural(pages.length, 'page')}`
  const body = [
    '<a class="skip" href="#pages">Skip to the pages</a>',
    '<header><h1>Structured data report</h1></header>',
    '<main>',
    '<section class="card" id="summary" aria-labelledby="summary-h">',
    '<h2 id="summary-h">Summary</h2>',
    '<dl class="totals">',
    total('pages', 'Pages', pages.length),
    total('errors', 'Errors', totals.errors, 't-error'),
    total('warnings', totals.infos > 0 ? `Warnings (${plural(totals.infos, 'info')} among them)` : 'Warnings', totals.warnings, 't-warning'),
    total('pages-with-errors', 'Pages with errors', withErrors),
    '</dl>',
    rulesTable(rules, options),
    pagesTable(pages),
    '</section>',
    '<div id="pages">',
    ...sections,
    '</div>',
    '</main>'
  ]
  return documentShell(title, body, options)
}

/** A row of `extract --format html`'s provenance table. */
export interface ProvenanceRow {
  field: string
  /** The value as extracted (shown as JSON when not a string). */
  value: unknown
  /** The rule that won (`h1`, `byline`, `meta:og:title`…). */
  rule?: string
  position?: Point
}

/** What `extract --format html` shows. */
export interface ExtractionReport {
  name: string
  url?: string
  /** The extracted graph, and the validation findings of it (JSON pointers into the graph document). */
  graph: PageGraph
  graphFindings: readonly Diagnostic[]
  provenance: readonly ProvenanceRow[]
  /** Findings of the extraction, with page positions. */
  diagnostics: readonly Diagnostic[]
  /** Page lines by `line:column`, for the provenance and the findings. */
  snippets: Record<string, Snippet>
}

/** The document of `extract --format html`: the extracted graph's drawing, where each field came from, and the findings. */
export function extractionDocument(report: ExtractionReport, options: HtmlOptions = {}): string {
  const prefix = 'x'
  const findings = attachFindings(report.graph, [{line: 1, column: 1}], report.graphFindings)
  const all = [...report.diagnostics, ...report.graphFindings]
  const counts = countFindings(all)
  const body = [
    '<a class="skip" href="#graph">Skip to the graph</a>',
    `<header><h1>Extracted graph of ${escapeHtml(report.name)}</h1>${report.url ? `<p class="muted">${escapeHtml(report.url)}</p>` : ''}</header>`,
    '<main>',
    '<section class="card" id="summary" aria-labelledby="summary-h">',
    '<h2 id="summary-h">Summary</h2>',
    '<dl class="totals">',
    total('nodes', 'Nodes', report.graph.nodes.length),
    total('links', 'Links', report.graph.edges.length),
    total('errors', 'Errors', counts.errors, 't-error'),
    total('warnings', 'Warnings', counts.warnings, 't-warning'),
    '</dl>',
    '</section>',
    '<section class="card" id="graph" aria-labelledby="graph-h">',
    '<h2 id="graph-h">Graph</h2>',
    graphFigure(report.graph, findings, prefix, `Graph extracted from ${report.name}`),
    '</section>',
    '<section class="card" id="provenance" aria-labelledby="provenance-h">',
    '<h2 id="provenance-h">Where each field came from</h2>',
    provenanceTable(report.provenance, report.snippets),
    '</section>',
    '<section class="card" id="findings" aria-labelledby="findings-h">',
    '<h2 id="findings-h">Findings</h2>',
    '<h3>Extraction</h3>',
    findingsTable(report.diagnostics, report.snippets, undefined, prefix, options),
    '<h3>The extracted graph, validated</h3>',
    findingsTable(report.graphFindings, {}, findings, prefix, options, report.diagnostics.length),
    '</section>',
    '</main>'
  ]
  return documentShell(`ldpress extract: ${report.name}`, body, options)
}

function documentShell(title: string, body: readonly string[], options: HtmlOptions): string {
  const policy = options.hashes
    ? `default-src 'none'; style-src 'sha256-${options.hashes.style}'; script-src 'sha256-${options.hashes.script}'; img-src data:; base-uri 'none'; form-action 'none'`
    : "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${reportStyle}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<footer><p>Made by ${escapeHtml(options.generator ?? 'ldpress')}. Nodes of a drawing open their JSON; Tab moves between them.</p></footer>`,
    `<script>${reportScript}</script>`,
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function total(key: string, label: string, value: number, className = ''): string {
  return `<div${className ? ` class="${className}"` : ''}><dt>${escapeHtml(label)}</dt><dd data-count="${key}">${value}</dd></div>`
}

function rulesTable(rules: readonly RuleSummary[], options: HtmlOptions): string {
  if (rules.length === 0) return '<h3>Rules</h3>\n<p>No findings.</p>'
  const sorted = [...rules].sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
  const shown = sorted.slice(0, topRules)
  const rows = shown.map((rule) => {
    const docs = options.ruleUrl ? `<a href="${safeHref(options.ruleUrl(rule.ruleId))}">rule</a>` : ''
    const spec = rule.url ? `<a href="${safeHref(rule.url)}">reference</a>` : ''
    return `<tr class="sev-${rule.severity}"><td><code>${escapeHtml(rule.ruleId)}</code></td><td><span class="sev">${rule.severity}</span></td><td class="num" data-rule-count="${escapeHtml(rule.ruleId)}">${rule.count}</td><td>${[docs, spec].filter(Boolean).join(' · ')}</td></tr>`
  })
  const more = sorted.length > shown.length ? `<p class="muted">…and ${plural(sorted.length - shown.length, 'more rule')}.</p>` : ''
  return [
    `<h3>${sorted.length > shown.length ? `Top ${shown.length} rules` : 'Rules'}</h3>`,
    '<table class="rules"><thead><tr><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col" class="num">Findings</th><th scope="col">Docs</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    more
  ].join('\n')
}

function pagesTable(pages: readonly PageSummary[]): string {
  if (pages.length === 0) return '<h3>Pages</h3>\n<p>No pages were checked.</p>'
  const rows = pages.map(
    (page) =>
      `<tr${page.errors > 0 ? ' class="sev-error"' : ''}><td><a href="#${page.anchor}">${escapeHtml(page.name)}</a></td><td class="num">${page.errors}</td><td class="num">${page.warnings}</td><td class="num">${page.nodes ?? '–'}</td></tr>`
  )
  return [
    '<h3>Pages</h3>',
    '<table class="pages"><thead><tr><th scope="col">Page</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Nodes</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`
  ].join('\n')
}

function findingsTable(
  diagnostics: readonly Diagnostic[],
  snippets: PageData['snippets'],
  findings: GraphFindings | undefined,
  prefix: string,
  options: HtmlOptions,
  skip = 0
): string {
  if (diagnostics.length === 0) return '<p>No findings.</p>'
  const rows = diagnostics.map((diagnostic, index) => {
    const node = findings?.nodeOf[index]
    const place = diagnostic.line === undefined ? '–' : `${diagnostic.line}:${diagnostic.column ?? 1}`
    const snippet = diagnostic.line === undefined ? undefined : snippets[`${diagnostic.line}:${diagnostic.column ?? 1}`]
    const details = [
      options.ruleUrl ? `<a href="${safeHref(options.ruleUrl(diagnostic.ruleId))}"><code>${escapeHtml(diagnostic.ruleId)}</code></a>` : `<code>${escapeHtml(diagnostic.ruleId)}</code>`,
      ...(diagnostic.url ? [`<a href="${safeHref(diagnostic.url)}">reference</a>`] : []),
      ...(node === undefined ? [] : [`node <a href="#${prefix}-n${node}">${node + 1}</a>`]),
      ...(diagnostic.path ? [`at <code>${escapeHtml(diagnostic.path)}</code>`] : [])
    ]
    return [
      `<tr class="sev-${diagnostic.severity}" id="${prefix}-f${skip + index + 1}">`,
      `<td><span class="sev">${diagnostic.severity}</span></td>`,
      `<td>${place}</td>`,
      `<td><p class="message">${escapeHtml(diagnostic.message)}</p><p class="rule">${details.join(' · ')}</p></td>`,
      `<td>${snippet ? snippetHtml(snippet) : ''}</td>`,
      '</tr>'
    ].join('')
  })
  return [
    '<table class="findings"><thead><tr><th scope="col">Severity</th><th scope="col">Line</th><th scope="col">Finding</th><th scope="col">Source</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`
  ].join('\n')
}

/** The line with the finding's start marked: a JSON string, a tag name, or a run of non-separators, up to 60 characters. */
function snippetHtml(snippet: Snippet): string {
  const before = snippet.text.slice(0, snippet.at)
  const rest = snippet.text.slice(snippet.at)
  const token = /^(?:"(?:[^"\\]|\\.){0,58}"?|<?\/?[^\s,:;{}[\]<>"]{1,60}|.)/su.exec(rest)?.[0] ?? ''
  const after = rest.slice(token.length)
  return `<pre class="snippet"><span class="ln">${snippet.line} │ </span>${snippet.cutBefore ? '…' : ''}${escapeHtml(before)}<mark>${escapeHtml(token)}</mark>${escapeHtml(after)}${snippet.cutAfter ? '…' : ''}</pre>`
}

function graphFigure(graph: PageGraph, findings: GraphFindings, prefix: string, title: string): string {
  if (graph.nodes.length === 0) return '<p class="muted">No structured data.</p>'
  const target = (node: number) => `${prefix}-n${node}`
  const {svg} = graphSvg(graph, findings, {idPrefix: prefix, nodeTarget: target, title: `${title}: ${plural(graph.nodes.length, 'node')}, ${plural(graph.edges.length, 'link')}`})
  const omitted = graph.omitted > 0 ? `<p class="muted">${plural(graph.omitted, 'more node')} not drawn (the drawing keeps the first ${graph.nodes.length}).</p>` : ''
  const items = graph.nodes.map((node, index) => {
    const diagnostics = findings.nodes.get(index) ?? []
    const severity = diagnostics.some((d) => d.severity === 'error') ? 'error' : diagnostics.some((d) => d.severity === 'warning') ? 'warning' : diagnostics.length > 0 ? 'info' : ''
    const list = diagnostics.length > 0 ? `<ul class="node-findings">${diagnostics.map((d) => `<li class="sev-${d.severity}"><span class="sev">${d.severity}</span> ${escapeHtml(d.message)} <code>${escapeHtml(d.ruleId)}</code></li>`).join('')}</ul>` : ''
    return `<li><details class="node-detail${severity ? ` sev-${severity}` : ''}"><summary>${index + 1}. ${escapeHtml(nodeLabel(node, diagnostics))}</summary><div class="node-body" id="${target(index)}">${list}<pre class="json">${escapeHtml(node.json)}</pre></div></details></li>`
  })
  return [
    '<div class="graph">',
    `<div class="graph-canvas" tabindex="0" role="region" aria-label="${escapeHtml(title)} (drawing)">${svg}</div>`,
    `<aside class="node-panel" aria-live="polite" aria-label="Selected node" hidden><h4 class="node-panel-title">Select a node</h4><div class="node-panel-body"><p class="muted">Click a node, or Tab to it and press Enter, to see its JSON here.</p></div></aside>`,
    '</div>',
    omitted,
    `<h4 class="nodes-heading">Nodes</h4>`,
    `<ol class="node-list">${items.join('\n')}</ol>`
  ].join('\n')
}

function provenanceTable(rows: readonly ProvenanceRow[], snippets: Record<string, Snippet>): string {
  if (rows.length === 0) return '<p>No fields.</p>'
  const body = rows.map((row) => {
    const value = typeof row.value === 'string' ? row.value : JSON.stringify(row.value) ?? ''
    const shown = value.length > 400 ? `${value.slice(0, 399)}…` : value
    const where = row.position ? `${row.position.line}:${row.position.column}` : '–'
    const snippet = row.position ? snippets[`${row.position.line}:${row.position.column}`] : undefined
    return `<tr><th scope="row"><code>${escapeHtml(row.field)}</code></th><td>${escapeHtml(shown)}</td><td><code>${escapeHtml(row.rule ?? '–')}</code></td><td>${where}</td><td>${snippet ? snippetHtml(snippet) : ''}</td></tr>`
  })
  return [
    '<table class="provenance"><thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Rule</th><th scope="col">Line</th><th scope="col">Source</th></tr></thead>',
    `<tbody>${body.join('\n')}</tbody></table>`
  ].join('\n')
}

function countsText(counts: {errors: number; warnings: number; infos: number}): string {
  const infos = counts.infos > 0 ? ` (${plural(counts.infos, 'info')} among them)` : ''
  return `<span class="count-error">${plural(counts.errors, 'error')}</span>, <span class="count-warning">${plural(counts.warnings, 'warning')}</span>${infos}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
