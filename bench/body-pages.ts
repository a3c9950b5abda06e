/**
 * Per-page article-body score on the Scrapinghub cases, worst first.
 *
 *   node --import tsx bench/body-pages.ts [corpus-dir] [--dump DIR] [--top N]
 *
 * Prints precision, recall and F1 (the benchmark's 4-gram shingle metric,
 * from `body-score.mjs`) for every page; with `--dump`, writes
 * `<id>.gold.txt` and `<id>.pred.txt` so a diff shows what is missing and
 * what is extra.
 */
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {extract} from '../src/index.js'

const {values, positionals} = parseArgs({allowPositionals: true, options: {dump: {type: 'string'}, top: {type: 'string'}}})
const casesDir = path.resolve(positionals[0] ?? '../shared/corpus/dev')
const {tpFpFn, bodyScore} = (await import(pathToFileURL(path.join(casesDir, '..', 'body-score.mjs')).href)) as {
  tpFpFn: (truth: string, pred: string) => [number, number, number]
  bodyScore: (pairs: Array<[string, string]>) => {precision: number; recall: number; f1: number}
}
if (values.dump) mkdirSync(values.dump, {recursive: true})

const rows: Array<{id: string; p: number; r: number; f: number}> = []
const pairs: Array<[string, string]> = []
for (const id of readdirSync(casesDir).filter((name) => name.startsWith('scrapinghub-')).sort()) {
  const goldFile = path.join(casesDir, id, 'gold.json')
  if (!existsSync(goldFile)) continue
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as {url?: string; articleBody?: string}
  if (!gold.articleBody) continue
  const {article} = extract(readFileSync(path.join(casesDir, id, 'source.html')), {...(gold.url ? {url: gold.url} : {}), body: true})
  const pred = article.articleBody ?? ''
  pairs.push([gold.articleBody, pred])
  const [tp, fp, fn] = tpFpFn(gold.articleBody, pred)
  const p = tp + fp > 0 ? tp / (tp + fp) : 0
  const r = tp + fn > 0 ? tp / (tp + fn) : 0
  rows.push({id, p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0})
  if (values.dump) {
    writeFileSync(path.join(values.dump, `${id}.gold.txt`), gold.articleBody)
    writeFileSync(path.join(values.dump, `${id}.pred.txt`), pred)
  }
}
rows.sort((a, b) => a.f - b.f)
for (const row of rows.slice(0, Number(values.top ?? rows.length))) {
  console.log(`${(row.p * 100).toFixed(0).padStart(4)} ${(row.r * 100).toFixed(0).padStart(4)} ${(row.f * 100).toFixed(0).padStart(4)}  ${row.id}`)
}
const total = bodyScore(pairs)
console.log(`n ${pairs.length}  P ${(total.precision * 100).toFixed(1)}%  R ${(total.recall * 100).toFixed(1)}%  F1 ${(total.f1 * 100).toFixed(1)}%`)
