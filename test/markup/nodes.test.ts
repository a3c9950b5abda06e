import {describe, expect, it} from 'vitest'
import {parseHtml} from '../../src/parse/index.js'
import {readMarkup} from '../../src/markup/index.js'
import {at, read} from './helpers.js'

const mixed = `<!doctype html><html><head>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ann"}, {"@id": "#bo"}], "publisher": {"@id": "#org"}},
  {"@type": "Organization", "@id": "#org", "logo": {"@type": "ImageObject", "url": "/l.png"}}
]}</script>
</head><body vocab="https://schema.org/">
<div itemscope itemtype="https://schema.org/BreadcrumbList">
  <div itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">World</span></div>
</div>
<div typeof="WebPage"><span property="name">Page</span></div>
<script type="application/ld+json">[{"@type": "WebSite", "name": "S"}, {"name": "untyped"}]</script>
</body></html>`

describe('nodes', () => {
  it('lists every typed node of every block in document order', () => {
    const {blocks, nodes} = read(mixed)
    expect(blocks.map((block) => block.syntax)).toEqual(['json-ld', 'microdata', 'rdfa', 'json-ld'])
    expect(nodes.map((entry) => [entry.node['@type'], entry.block, entry.syntax, entry.path])).toEqual([
      ['NewsArticle', 0, 'json-ld', '/@graph/0'],
      ['Person', 0, 'json-ld', '/@graph/0/author/0'],
      ['Organization', 0, 'json-ld', '/@graph/1'],
      ['ImageObject', 0, 'json-ld', '/@graph/1/logo'],
      ['BreadcrumbList', 1, 'microdata', ''],
      ['ListItem', 1, 'microdata', '/itemListElement'],
      ['WebPage', 2, 'rdfa', ''],
      ['WebSite', 3, 'json-ld', '/0']
    ])
  })

  it('gives every node its own start in the page', () => {
    const {nodes, text} = read(mixed)
    expect(at(text, nodes[1]!.start, 16)).toBe('{"@type": "Perso')
    expect(at(text, nodes[3]!.start, 22)).toBe('{"@type": "ImageObject')
    expect(at(text, nodes[5]!.start, 29)).toBe('<div itemprop="itemListElemen')
    expect(at(text, nodes[6]!.start, 21)).toBe('<div typeof="WebPage"')
  })

  it('returns the node objects of the block data, not copies', () => {
    const {blocks, nodes} = read(mixed)
    const graph = (blocks[0]!.data as {'@graph': Array<Record<string, unknown>>})['@graph']
    expect(nodes[0]!.node).toBe(graph[0])
  })

  it('stops listing at maxNodes with a diagnostic', () => {
    const {tree, text} = parseHtml(mixed)
    const {nodes, diagnostics} = readMarkup(tree, text, {maxNodes: 3})
    expect(nodes).toHaveLength(3)
    expect(diagnostics).toMatchObject([{ruleId: 'markup/max-nodes', severity: 'warning'}])
  })
})
