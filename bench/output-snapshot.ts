/**
 * `node --import tsx bench/output-snapshot.ts write|check [FILE]`: the JSON
 * of `extract` (entities off and on) and `validateHtml` for every dev corpus
 * page (else the test fixtures), one line a page, so a change meant to be
 * performance-only can be checked to change no output at all.
 * Default file: /tmp/ldpress-output-snapshot.jsonl.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {extract, validateHtml} from '../src/index.js'
import {defaultGlobs, findPages, loadPage} from './perf/pages.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const [mode = 'check', file = '/tmp/ldpress-output-snapshot.jsonl'] = process.argv.slice(2)
if (mode !== 'write' && mode !== 'check') throw new Error('usage: output-snapshot.ts write|check [FILE]')

const lines: string[] = []
for (const pageFile of findPages(defaultGlobs(root).globs, root)) {
  const page = loadPage(pageFile)
  const bytes = readFileSync(page.path)
  lines.push(
    JSON.stringify({
      id: page.id,
      without: extract(bytes, {url: page.url, entities: false}),
      with: extract(bytes, {url: page.url}),
      validate: validateHtml(bytes)
    })
  )
}
if (mode === 'write') {
  writeFileSync(file, lines.join('\n') + '\n')
  console.log(`wrote ${lines.length} pages to ${file}`)
} else {
  const before = readFileSync(file, 'utf8').trimEnd().split('\n')
  let different = 0
  lines.forEach((line, index) => {
    if (line === before[index]) return
    different++
    if (different <= 5) console.log(`different: ${JSON.parse(line).id}`)
  })
  if (before.length !== lines.length) console.log(`page count ${before.length} → ${lines.length}`)
  console.log(`${lines.length} pages, ${different} different`)
  process.exitCode = different > 0 || before.length !== lines.length ? 1 : 0
}
