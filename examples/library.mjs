// Library use of ldpress: extract a NewsArticle graph from a page, validate it,
// and print the <script> tag to put in the page's <head>.
//
//   npm run build && node examples/library.mjs
//
// `import … from 'ldpress'` resolves to this repository through the package
// self-reference (package.json has "exports"), so this runs before publishing.
import {readFile} from 'node:fs/promises'
import {extract, validate, toScriptTag} from 'ldpress'

const file = new URL('./volunteer-fighters/article.html', import.meta.url)
// The page carries no canonical link or og:url: the URL is given here.
const url = 'https://news.example/world/russia-volunteer-fighters-west-asia'

const html = await readFile(file, 'utf8')
const {graph, diagnostics} = extract(html, {url})

// The graph is plain JSON-LD: find the article and resolve its author references.
const nodes = graph['@graph']
const byId = new Map(nodes.map((node) => [node['@id'], node]))
const types = (node) => [].concat(node['@type'])
const article = nodes.find((node) => types(node).includes('NewsArticle'))
const authors = [].concat(article.author ?? []).map((ref) => {
  const node = byId.get(ref['@id']) ?? ref
  return `${node.name} (${types(node).join(', ')})`
})

console.log('headline:      %s', article.headline)
console.log('authors:       %s', authors.join('; ') || '(none)')
console.log('datePublished: %s', article.datePublished ?? '(none)')
console.log('extract diagnostics: %d', diagnostics.length)

// Check the graph against the schema.org vocabulary and Google's Article rules.
const result = validate(graph)
const counts = {error: 0, warning: 0, info: 0}
for (const diagnostic of result.diagnostics) counts[diagnostic.severity]++
console.log(
  'validate: %d diagnostics (%d errors, %d warnings, %d info)',
  result.diagnostics.length,
  counts.error,
  counts.warning,
  counts.info
)
for (const d of result.diagnostics) {
  console.log('  %s %s %s  %s', d.severity, d.ruleId, d.path ?? '', d.message)
}

// The escaped <script type="application/ld+json"> element, ready for <head>.
console.log()
console.log(toScriptTag(graph))

if (counts.error > 0) process.exitCode = 1
