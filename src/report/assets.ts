/**
 * The report's one style sheet and one script, inlined into every report
 * (no network, no fonts: system fonts only). Constants, so the CLI can put
 * their hashes into the document's Content-Security-Policy: the page then
 * runs this script and nothing else, whatever a page's data holds.
 *
 * The script only adds interaction. Without it the summary, findings,
 * drawing and every node's JSON are there: a node is a link to its
 * `<details>`, which the browser opens on arrival.
 */

/** The style sheet. */
export const reportStyle = `
:root{--error:#b3261e;--error-bg:#fdecea;--warning:#8a5a00;--warning-bg:#fff4d6;--info:#1b5fae;--info-bg:#e8f0fb;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--accent:#0b57d0;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#f6f8fa}
header,main,footer{max-width:1400px;margin:0 auto;padding:0 1.25rem}
header{padding-top:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.25rem;margin:0 0 .5rem;overflow-wrap:anywhere}
h3{font-size:1rem;margin:1.25rem 0 .5rem}
a{color:var(--accent)}
a:focus-visible,[tabindex]:focus-visible,summary:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
code,pre{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:1rem 0}
.totals{display:flex;flex-wrap:wrap;gap:.75rem;margin:0;padding:0}
.totals div{min-width:8.5rem;border:1px solid var(--line);border-radius:8px;padding:.5rem .9rem;background:#fff}
.totals dt{font-size:.85rem;color:var(--muted)}
.totals dd{margin:0;font-size:1.7rem;font-weight:650}
.totals .t-error dd{color:var(--error)}
.totals .t-warning dd{color:var(--warning)}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid var(--line)}
th{font-size:.85rem;color:var(--muted);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.sev{display:inline-block;font-size:.8rem;font-weight:650;padding:0 .45rem;border-radius:1rem;white-space:nowrap}
.sev-error .sev,.sev.sev-error{color:var(--error);background:var(--error-bg)}
.sev-warning .sev,.sev.sev-warning{color:var(--warning);background:var(--warning-bg)}
.sev-info .sev,.sev.sev-info{color:var(--info);background:var(--info-bg)}
.findings td:nth-child(2){white-space:nowrap;font-variant-numeric:tabular-nums}
.message{margin:0;overflow-wrap:anywhere}
.rule{margin:.15rem 0 0;font-size:.85rem;color:var(--muted);overflow-wrap:anywhere}
pre.snippet{margin:0;padding:.35rem .5rem;background:#f6f8fa;border:1px solid var(--line);border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;max-width:44rem}
pre.snippet .ln{color:var(--muted);user-select:none}
pre.snippet mark{background:#ffd8d4;color:inherit;border-radius:2px}
.counts .count-error{color:var(--error);font-weight:600}
.counts .count-warning{color:var(--warning);font-weight:600}
.graph{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem;align-items:start}
.js .graph{grid-template-columns:minmax(0,max-content) minmax(18rem,1fr)}
.graph-canvas{overflow:auto;max-height:80vh;border:1px solid var(--line);border-radius:8px;background:#fbfcfd}
.graph-svg{display:block;font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.graph-svg .edge{fill:none;stroke:#8c959f;stroke-width:1.4}
.graph-svg .edge.sev-error{stroke:var(--error);stroke-width:2.4}
.graph-svg .edge.sev-warning{stroke:var(--warning);stroke-width:2}
.graph-svg .arrow path{fill:#8c959f}
.graph-svg .arrow-error path{fill:var(--error)}
.graph-svg .arrow-warning path{fill:var(--warning)}
.graph-svg .edge-label{font-size:11px;fill:#424a53;paint-order:stroke;stroke:#fbfcfd;stroke-width:4px;stroke-linejoin:round}
.graph-svg .edge-label.sev-error{fill:var(--error);font-weight:650}
.graph-svg .edge-label.sev-warning{fill:var(--warning);font-weight:650}
.graph-svg .node{cursor:pointer}
.graph-svg .node rect{fill:#fff;stroke:#6e7781;stroke-width:1.3}
.graph-svg .node.root rect{fill:#eaf2ff;stroke:#1c4fa0;stroke-width:2}
.graph-svg .node.sev-warning rect{fill:var(--warning-bg);stroke:var(--warning);stroke-width:2}
.graph-svg .node.sev-error rect{fill:var(--error-bg);stroke:var(--error);stroke-width:2.6}
.graph-svg .node.missing rect{stroke:var(--error);stroke-width:2;stroke-dasharray:6 3;fill:#fff}
.graph-svg .node .type{font-size:11px;font-weight:650;fill:#1f2328}
.graph-svg .node .name{fill:#424a53}
.graph-svg .node:hover rect{stroke:var(--accent)}
.graph-svg .node:focus{outline:none}
.graph-svg .node:focus-visible rect{stroke:var(--accent);stroke-width:3.5}
.graph-svg .node[aria-pressed="true"] rect{stroke:var(--accent);stroke-width:3.5;fill:#dbe8ff}
.graph-svg .badge circle{fill:var(--error)}
.graph-svg .sev-warning .badge circle{fill:var(--warning)}
.graph-svg .sev-info .badge circle{fill:var(--info)}
.graph-svg .badge text{fill:#fff;font-size:10px;font-weight:700}
.node-panel{position:sticky;top:1rem;border:1px solid var(--line);border-radius:8px;background:#fff;padding:.75rem 1rem;max-height:80vh;overflow:auto}
.node-panel h4{margin:0 0 .5rem;font-size:.95rem;overflow-wrap:anywhere}
pre.json{margin:.5rem 0 0;padding:.5rem;background:#f6f8fa;border-radius:6px;overflow:auto;white-space:pre-wrap;overflow-wrap:anywhere}
.node-list{list-style:none;padding:0;margin:0}
.node-list summary{cursor:pointer;overflow-wrap:anywhere}
.node-list .sev-error > summary{color:var(--error)}
.node-list .sev-warning > summary{color:var(--warning)}
.node-findings{margin:.25rem 0;padding-left:1.2rem}
.provenance td:nth-child(2){overflow-wrap:anywhere;max-width:28rem}
footer{padding-bottom:2rem;color:var(--muted);font-size:.85rem}
@media (max-width:900px){.js .graph{grid-template-columns:minmax(0,1fr)}.node-panel{position:static}}
@media print{
body{background:#fff;font-size:11pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.skip,.node-panel,.nodes-heading,.node-list{display:none!important}
.js .graph,.graph{display:block}
.graph-canvas{overflow:visible;max-height:none;border:0}
.graph-svg{max-width:100%;height:auto}
.card{border:0;padding:0;margin:.5rem 0}
section.page{break-before:page}
tr,.graph-canvas{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
`.trim()

/** The script: a node of a drawing becomes a button that shows its findings and JSON in the panel beside the drawing. */
export const reportScript = `
(function () {
  'use strict'
  document.documentElement.classList.add('js')
  for (const panel of document.querySelectorAll('.node-panel')) panel.hidden = false
  for (const node of document.querySelectorAll('a.node')) {
    node.setAttribute('role', 'button')
    node.setAttribute('aria-pressed', 'false')
  }
  // A drawing wider than its frame opens on its middle column, where the article is.
  for (const canvas of document.querySelectorAll('.graph-canvas')) {
    const root = canvas.querySelector('a.node.root rect')
    if (root && canvas.scrollWidth > canvas.clientWidth) {
      const x = Number(root.getAttribute('x')) + Number(root.getAttribute('width')) / 2
      canvas.scrollLeft = Math.max(0, x - canvas.clientWidth / 2)
    }
  }
  function show(node) {
    const graph = node.closest('.graph')
    const target = document.getElementById((node.getAttribute('href') || '').slice(1))
    const panel = graph && graph.querySelector('.node-panel')
    if (!panel || !target) return
    for (const other of graph.querySelectorAll('a.node[aria-pressed="true"]')) other.setAttribute('aria-pressed', 'false')
    node.setAttribute('aria-pressed', 'true')
    panel.querySelector('.node-panel-title').textContent = node.getAttribute('aria-label') || ''
    panel.querySelector('.node-panel-body').replaceChildren(...Array.from(target.childNodes, (child) => child.cloneNode(true)))
  }
  function nodeOf(event) {
    return event.target instanceof Element ? event.target.closest('a.node') : null
  }
  document.addEventListener('click', function (event) {
    const node = nodeOf(event)
    if (!node) return
    event.preventDefault()
    show(node)
  })
  document.addEventListener('keydown', function (event) {
    if (event.key !== ' ') return
    const node = nodeOf(event)
    if (!node) return
    event.preventDefault()
    show(node)
  })
})()
`.trim()
