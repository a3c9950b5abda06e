/**
 * `node --import tsx bench/parse-equivalence.ts [pages-glob]`: ldpress's
 * parse5 → hast conversion (src/parse/hast.ts) against rehype-parse on real
 * pages: the trees must be identical (JSON, key order included), and the
 * time of each is reported (medians of interleaved rounds, CPU time). And
 * `positions: 'openings'` trees must place every element at its opening tag
 * and read the same structured data (test/parse/openings.ts); so must the
 * JSON-LD scan (src/parse/scan.ts) where it does not decline.
 * Default pages: the dev corpus when present, else the test fixtures.
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'parse5'
import rehypeParse from 'rehype-parse'
import {globSync} from 'tinyglobby'
import {unified} from 'unified'
import {fromParse5} from '../src/parse/hast.js'
import {openingsDifferences} from '../test/parse/openings.js'
import {readMarkup} from '../src/markup/index.js'
import {scanJsonLd} from '../src/parse/scan.js'
import {parseToHast} from '../src/parse/hast.js'

const root = join(fileURLToPath(import.meta.url), '../..')
const corpus = join(root, '../shared/corpus/dev')
const pattern = process.argv[2] ?? (existsSync(corpus) ? `${corpus}/*/source.html` : `${root}/test/fixtures/*/source.html`)
const files = globSync(pattern, {absolute: true}).sort()
const rehype = unified().use(rehypeParse).freeze()
const ours = (text: string) => fromParse5(parse(text, {sourceCodeLocationInfo: true, scriptingEnabled: false}), text)

const cpu = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
let different = 0
let scanned = 0
const times = {rehype: 0, ours: 0}
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  let theirs: string
  try {
    theirs = JSON.stringify(rehype.parse(text))
  } catch (error) {
    console.log(`rehype-parse fails: ${file}: ${(error as Error).message}`)
    continue
  }
  if (JSON.stringify(ours(text)) !== theirs) {
    different++
    console.log(`different tree: ${file}`)
  }
  const scan = scanJsonLd(text)
  if (scan) {
    scanned++
    if (JSON.stringify(readMarkup(scan, text)) !== JSON.stringify(readMarkup(parseToHast(text, {positions: 'openings'}), text))) {
      different++
      console.log(`the JSON-LD scan reads differently: ${file}`)
    }
  }
  const openings = openingsDifferences(text)
  if (openings.length > 0) {
    different++
    console.log(`positions 'openings' differ: ${file}: ${openings.join('; ')}`)
  }
  // Interleaved, both orders: drift in machine speed hits both alike.
  for (const order of [['rehype', 'ours'], ['ours', 'rehype']] as const) {
    for (const name of order) {
      const started = cpu()
      if (name === 'rehype') rehype.parse(text)
      else ours(text)
      times[name] += cpu() - started
    }
  }
}
console.log(`${files.length} pages (${scanned} read by the JSON-LD scan): ${different} with a different tree; CPU time rehype-parse ${(times.rehype / 1000).toFixed(1)} s, parse5 + fromParse5 ${(times.ours / 1000).toFixed(1)} s (${(times.ours / times.rehype).toFixed(3)}×)`)
process.exitCode = different > 0 ? 1 : 0
