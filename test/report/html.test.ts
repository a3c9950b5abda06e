import {parse, type DefaultTreeAdapterMap} from 'parse5'
import {describe, expect, it} from 'vitest'
import {eslintResult} from '../../src/cli/formats/json.js'
import {reportScript, reportStyle} from '../../src/report/assets.js'
import {escapeHtml, safeHref} from '../../src/report/escape.js'
import {graphOf} from '../../src/report/graph.js'
import {countFindings, extractionDocument, pageSection, reportDocument} from '../../src/report/html.js'
import type {Diagnostic} from '../../src/types.js'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

function elements(node: Node, name?: string): Element[] {
  const found: Element[] = []
  const stack: Node[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if ('tagName' in current && (name === undefined || current.tagName === name)) found.push(current)
    const children = 'childNodes' in current ? current.childNodes : []
    const content = 'content' in current ? [(current as {content: Node}).content] : []
    stack.push(...[...children, ...content].reverse())
  }
  return found
}

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value
  return ('childNodes' in node ? node.childNodes : []).map(text).join('')
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value

const hostileName = `<script>alert("x")</script></svg><b onmouseover='y'>&amp;`
const hostile = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  '@id': `#a" onclick="alert(1)`,
  headline: hostileName,
  author: {'@type': `Person</svg><script>`, name: `</script><img src=x onerror=alert(1)>`}
}
const finding: Diagnostic = {ruleId: 'x/<rule>', severity: 'error', message: `bad <b>${hostileName}</b>`, path: '/author', line: 1, column: 3, source: 'test', url: 'javascript:alert(1)'}

function hostileReport(): string {
  const page = {name: `page"<script>.html`, diagnostics: [finding], data: {graph: graphOf([{data: hostile}]), blocks: [{line: 1, column: 1}], snippets: {'1:3': {line: 1, text: `{"<script>": "</svg>"}`, at: 2, cutBefore: false, cutAfter: false}}}}
  const {html, summary} = pageSection(page, 0, {ruleUrl: () => 'https://docs.example/rules'})
  return reportDocument([summary], [html], [{ruleId: finding.ruleId, severity: 'error', count: 1, url: finding.url!}], {hashes: {style: 'S', script: 'T'}})
}

describe('escaping', () => {
  it('escapes the five HTML characters and replaces characters HTML cannot carry', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(escapeHtml('a\u0000b\u0007c\uD800d\uFFFE')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD')
    expect(escapeHtml('😀 stays')).toBe('😀 stays')
  })

  it('links only to http(s) and fragments', () => {
    expect(safeHref('javascript:alert(1)')).toBe('#')
    expect(safeHref('data:text/html,x')).toBe('#')
    expect(safeHref('https://a.example/?q="x"')).toBe('https://a.example/?q=%22x%22')
    expect(safeHref('#p1-n2')).toBe('#p1-n2')
  })

  it('a report of hostile data has one script (its own), one svg per drawing, and the data as text', () => {
    const document = parse(hostileReport())
    const scripts = elements(document, 'script')
    expect(scripts).toHaveLength(1)
    expect(text(scripts[0]!)).toBe(reportScript)
    expect(elements(document, 'img')).toHaveLength(0)
    expect(elements(document, 'b')).toHaveLength(0)
    expect(elements(document, 'svg')).toHaveLength(1)
    expect(elements(document).some((element) => element.attrs.some((attr) => /^on/i.test(attr.name)))).toBe(false)
    // The hostile strings are there, as text.
    const svgText = text(elements(document, 'svg')[0]!)
    expect(svgText).toContain('<script>alert("x")')
    expect(svgText).toContain('Person</svg><script>')
    const labels = elements(document, 'a').filter((a) => attribute(a, 'class')?.startsWith('node')).map((a) => attribute(a, 'aria-label'))
    expect(labels[0]).toContain(`NewsArticle “${hostileName}”`)
    expect(text(document)).toContain(`bad <b>${hostileName}</b>`)
    expect(text(document)).toContain('"@id": "#a\\" onclick=\\"alert(1)"')
    // A javascript: URL from the data is not a link.
    expect(elements(document, 'a').some((a) => /^javascript:/i.test(attribute(a, 'href') ?? ''))).toBe(false)
  })

  it('is self-contained: no external resources, and a policy that allows only its own style and script', () => {
    const html = hostileReport()
    const document = parse(html)
    expect(elements(document, 'link')).toHaveLength(0)
    expect(elements(document).filter((element) => attribute(element, 'src') !== undefined)).toHaveLength(0)
    expect(reportStyle).not.toMatch(/url\(|@import|@font-face/)
    const policy = elements(document, 'meta').find((meta) => attribute(meta, 'http-equiv') === 'Content-Security-Policy')
    expect(attribute(policy!, 'content')).toBe("default-src 'none'; style-src 'sha256-S'; script-src 'sha256-T'; img-src data:; base-uri 'none'; form-action 'none'")
  })

  it('every id is unique', () => {
    const ids = elements(parse(hostileReport())).flatMap((element) => attribute(element, 'id') ?? [])
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('counts', () => {
  it('counts as the JSON report does: errors, and every other finding as a warning', () => {
    const diagnostics: Diagnostic[] = (['error', 'warning', 'info', 'warning', 'error'] as const).map((severity) => ({ruleId: 'r', severity, message: 'm', source: 's'}))
    const json = eslintResult({name: 'a.html', diagnostics})
    expect(countFindings(diagnostics)).toEqual({errors: json.errorCount, warnings: json.warningCount, infos: 1})
  })

  it('the summary adds up the pages', () => {
    const one = pageSection({name: 'a.html', diagnostics: [finding, {...finding, severity: 'warning'}]}, 0)
    const two = pageSection({name: 'b.html', diagnostics: [{...finding, severity: 'info'}]}, 1)
    const document = parse(reportDocument([one.summary, two.summary], [one.html, two.html], []))
    const counts = Object.fromEntries(elements(document, 'dd').map((dd) => [attribute(dd, 'data-count'), text(dd)]))
    expect(counts).toEqual({pages: '2', errors: '1', warnings: '2', 'pages-with-errors': '1'})
    expect(text(document)).toContain('The graph is not known')
  })
})

describe('extractionDocument', () => {
  it('draws the graph, lists where each field came from with its source line, and the findings', () => {
    const graph = {'@context': 'https://schema.org', '@graph': [{'@type': 'NewsArticle', '@id': '#article', headline: 'Rain', author: {'@id': '#jane'}}, {'@type': 'Person', '@id': '#jane', name: 'Jane'}]}
    const html = extractionDocument({
      name: 'a.html',
      graph: graphOf([{data: graph}]),
      graphFindings: [{ruleId: 'google/x', severity: 'warning', message: 'author url', path: '/@graph/1', source: 'google'}],
      provenance: [{field: 'headline', value: 'Rain', rule: 'h1', position: {line: 2, column: 1}}, {field: 'inLanguage', value: 'en'}],
      diagnostics: [],
      snippets: {'2:1': {line: 2, text: '<h1>Rain</h1>', at: 0, cutBefore: false, cutAfter: false}}
    })
    const document = parse(html)
    const nodes = elements(document, 'a').filter((a) => attribute(a, 'class')?.startsWith('node'))
    expect(nodes.map((a) => attribute(a, 'class'))).toEqual(['node root', 'node sev-warning'])
    expect(elements(document, 'path').filter((path) => attribute(path, 'data-property') === 'author')).toHaveLength(1)
    const rows = elements(elements(document, 'table').find((table) => attribute(table, 'class') === 'provenance')!, 'tr').slice(1)
    expect(rows.map((row) => text(row))).toEqual(['headlineRainh12:12 │ <h1>Rain</h1>', 'inLanguageen––'])
  })
})
