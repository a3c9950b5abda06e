/**
 * Where extract's time goes: a CPU profile (node:inspector) of
 * `extract(html, {entities: false, url})` looped over corpus pages after a
 * warm-up, reduced to the top self-time functions with their source
 * file:line (tsx's source maps applied) and a split by area.
 *
 *   node --import tsx bench/perf/profile.ts [--pages N] [--loops N] [--top N] [--entities] [--save FILE.cpuprofile] [GLOB…]
 */
import {writeFileSync} from 'node:fs'
import {Session} from 'node:inspector/promises'
import {findSourceMap} from 'node:module'
import {dirname, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {extract} from '../../src/index.js'
import {defaultGlobs, findPages, loadPage, sample} from './pages.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {pages: {type: 'string'}, loops: {type: 'string'}, top: {type: 'string'}, entities: {type: 'boolean'}, save: {type: 'string'}, interval: {type: 'string'}}
})
const globs = positionals.length > 0 ? positionals : defaultGlobs(root).globs
const pages = sample(findPages(globs, process.cwd()), Number(values.pages ?? 100)).map(loadPage)
const loops = Number(values.loops ?? 3)
const top = Number(values.top ?? 25)
const options = (url: string) => (values.entities ? {url} : {entities: false as const, url})

for (let index = 0; index < 2; index++) for (const page of pages) extract(page.html, options(page.url))

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: Number(values.interval ?? 200)})
await session.post('Profiler.start')
const started = performance.now()
for (let loop = 0; loop < loops; loop++) for (const page of pages) extract(page.html, options(page.url))
const wall = performance.now() - started
const {profile} = await session.post('Profiler.stop')
session.disconnect()
if (values.save) writeFileSync(values.save, JSON.stringify(profile))

interface Frame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}
const selfMs = new Map<number, number>()
const samples = profile.samples ?? []
const deltas = profile.timeDeltas ?? []
// A sample's time is the gap to the next sample.
for (let index = 0; index < samples.length; index++) selfMs.set(samples[index]!, (selfMs.get(samples[index]!) ?? 0) + (deltas[index + 1] ?? 0) / 1000)
const total = [...selfMs.values()].reduce((a, b) => a + b, 0)

function place(frame: Frame): string {
  if (!frame.url) return ''
  let file = frame.url
  let line = frame.lineNumber + 1
  const map = frame.url.startsWith('file:') ? findSourceMap(frame.url) : undefined
  if (map && frame.lineNumber >= 0) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as {originalSource?: string; originalLine?: number}
    if (entry.originalSource) {
      file = entry.originalSource
      line = (entry.originalLine ?? 0) + 1
    }
  }
  if (file.startsWith('file:')) file = fileURLToPath(file)
  return `${relative(root, file)}:${line}`
}

function area(frame: Frame): string {
  if (!frame.url) return frame.functionName || '(native)'
  const path = frame.url.startsWith('file:') ? relative(root, fileURLToPath(frame.url)) : frame.url
  const pkg = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)
  if (pkg) return `dep ${pkg[1]}`
  if (path.startsWith('src/parse/') || path.startsWith('src/extract/')) return path
  if (path.startsWith('src/')) return path.split('/').slice(0, 2).join('/')
  if (path.startsWith('node:')) return 'node internals'
  return path
}

const byFunction = new Map<string, number>()
const byArea = new Map<string, number>()
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0
  if (ms === 0) continue
  const frame = node.callFrame as Frame
  const key = `${frame.functionName || '(anonymous)'}\t${place(frame)}`
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms)
  byArea.set(area(frame), (byArea.get(area(frame)) ?? 0) + ms)
}
// Inclusive time of the pipeline's stages: a sample counts once for each distinct function on its stack.
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]))
const stages = ['extract', 'parseHtml', 'decode', 'parseToHast', 'readMarkup', 'extractFromMarkup', 'extractFields', 'detectContent', 'runEntities', 'buildGraph']
const inclusive = new Map<string, number>()
for (let index = 0; index < samples.length; index++) {
  const seen = new Set<string>()
  for (let id: number | undefined = samples[index]; id !== undefined; id = parent.get(id)) {
    const frame = nodeById.get(id)!.callFrame as Frame
    if (!stages.includes(frame.functionName) || !frame.url.includes('/src/')) continue
    seen.add(`${frame.functionName}\t${place({...frame, lineNumber: frame.lineNumber, columnNumber: frame.columnNumber})}`)
  }
  for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (deltas[index + 1] ?? 0) / 1000)
}

const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`
console.log(
  `extract(…, {${values.entities ? '' : 'entities: false, '}url}) × ${pages.length} pages × ${loops} loops after 2 warm-up loops: ${(wall / 1000).toFixed(1)} s wall, ${(total / 1000).toFixed(1)} s sampled\n`
)
console.log(`Top ${top} functions by self time:`)
for (const [key, ms] of [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  const [name, where] = key.split('\t')
  console.log(`${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${name!.padEnd(34)} ${where}`)
}
console.log('\nPipeline stages (inclusive time, GC not included):')
for (const [key, ms] of [...inclusive.entries()].sort((a, b) => b[1] - a[1])) {
  const [name, where] = key.split('\t')
  console.log(`${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${name!.padEnd(34)} ${where}`)
}
console.log('\nBy area (self time):')
for (const [name, ms] of [...byArea.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${pct(ms)} ${ms.toFixed(0).padStart(7)} ms  ${name}`)
