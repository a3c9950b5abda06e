// Build step with the library: give every HTML page in a folder ldpress's
// JSON-LD. Most sites need only the CLI, `ldpress inject` (see README.md);
// this script is a starting point for a build with rules of its own.
//
//   node examples/build-step/inject.mjs [dir=dist] [baseUrl=https://example.com/]
//
// Each page's URL is the base URL plus its path relative to the folder
// (`world/story/index.html` → `<base>world/story/`). Pages are rewritten
// atomically (temp file in the same folder, then rename) and only when the
// JSON-LD changed, so a second run prints nothing.
import {readdir, readFile, rename, stat, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {extract, injectJsonLd} from 'ldpress'

const root = path.resolve(process.argv[2] ?? 'dist')
const base = new URL(process.argv[3] ?? 'https://example.com/')
if (!base.pathname.endsWith('/')) base.pathname += '/'

/** Every `.html` file under `dir`, in a stable order. */
async function* htmlFiles(dir) {
  const entries = await readdir(dir, {withFileTypes: true})
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* htmlFiles(full)
    else if (entry.isFile() && entry.name.endsWith('.html')) yield full
  }
}

/** The public URL of a file: `a/b/index.html` → `<base>a/b/`, `a/c.html` → `<base>a/c.html`. */
function urlOf(relative) {
  const segments = relative.split(path.sep)
  if (segments.at(-1) === 'index.html') segments[segments.length - 1] = ''
  return new URL(segments.map(encodeURIComponent).join('/'), base).href
}

/** Replace `file` with `content` without ever leaving it half-written. */
async function writeAtomic(file, content) {
  const {mode} = await stat(file)
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  try {
    await writeFile(temp, content, {mode})
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => {})
    throw error
  }
}

/** Whether the graph has an article with a headline (not every page of a site is one). */
function isArticle(graph) {
  return (graph['@graph'] ?? []).some(
    (node) => [].concat(node['@type']).includes('NewsArticle') && typeof node.headline === 'string' && node.headline !== ''
  )
}

const utf8 = new TextDecoder('utf-8', {fatal: true})
let changed = 0

for await (const file of htmlFiles(root)) {
  const relative = path.relative(root, file)
  try {
    const bytes = await readFile(file)
    let html
    try {
      html = utf8.decode(bytes)
    } catch {
      // Rewriting a non-UTF-8 page through a string would alter its bytes.
      console.warn(`skipped ${relative}: not UTF-8`)
      continue
    }
    const url = urlOf(relative)
    const result = extract(html, {url})
    if (!isArticle(result.graph)) {
      // An index, tag or error page: leave it alone.
      console.warn(`skipped ${relative}: no article found`)
      continue
    }
    const injected = injectJsonLd(html, result.graph)
    for (const d of injected.diagnostics) console.warn(`${relative}: ${d.severity} ${d.ruleId} ${d.message}`)
    if (!injected.changed) continue
    await writeAtomic(file, injected.html)
    changed++
    console.log(`updated ${relative} (${url})`)
  } catch (error) {
    console.error(`failed ${relative}: ${error.message}`)
    process.exitCode = 1
  }
}

console.log(`${changed} page${changed === 1 ? '' : 's'} updated`)
