/**
 * Accuracy on a corpus of real pages with gold metadata.
 *
 *   npm run eval -- [corpus-dir] [--field authors --wrong] [--limit N] [--out predictions.json]
 *   npm run eval -- [corpus-dir] --entities [--wrong]   (about/mentions against publisher tags: bench/entities-eval.ts)
 *
 * Runs `extract()` over every case (`<dir>/<id>/source.html` + `gold.json`),
 * passing `gold.url` as the page URL except for htmldate cases, which get
 * none (as in htmldate's own benchmark). Writes the predictions in the
 * scorer's format, prints the scorer's table (per source, per gold kind,
 * overall) and the article-body score, and with `--wrong` lists the cases a
 * field got wrong, with the rule that produced the value.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {extract} from '../src/index.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    field: {type: 'string'},
    wrong: {type: 'boolean', default: false},
    limit: {type: 'string'},
    out: {type: 'string'},
    source: {type: 'string'},
    entities: {type: 'boolean', default: false}
  }
})

const casesDir = path.resolve(positionals[0] ?? '../shared/corpus/dev')
const scorer = path.join(casesDir, '..', 'score.mjs')
const bodyScorer = path.join(casesDir, '..', 'body-score.mjs')
if (!existsSync(casesDir)) {
  console.error(`eval: no corpus at ${casesDir}`)
  process.exit(2)
}

if (values.entities) {
  const {evaluateEntities} = await import('./entities-eval.js')
  evaluateEntities(casesDir, {wrong: values.wrong, ...(values.limit ? {limit: Number(values.limit)} : {}), ...(values.source ? {source: values.source} : {})})
  process.exit(0)
}

type Prediction = {headline?: string; authors?: string[]; datePublished?: string; image?: string; description?: string; lang?: string; articleBody?: string}
const predictions: Record<string, Prediction> = {}
const rules: Record<string, Record<string, string>> = {}
let ids = readdirSync(casesDir).filter((id) => existsSync(path.join(casesDir, id, 'gold.json'))).sort()
if (values.source) ids = ids.filter((id) => id.startsWith(`${values.source}-`))
if (values.limit) ids = ids.slice(0, Number(values.limit))

const started = performance.now()
for (const id of ids) {
  const gold = JSON.parse(readFileSync(path.join(casesDir, id, 'gold.json'), 'utf8'))
  const html = readFileSync(path.join(casesDir, id, 'source.html'))
  const withUrl = gold.source !== 'htmldate' && typeof gold.url === 'string'
  const {article, provenance} = extract(html, {...(withUrl ? {url: gold.url} : {}), body: gold.source === 'scrapinghub'})
  predictions[id] = {
    ...(article.headline ? {headline: article.headline} : {}),
    ...(article.authors ? {authors: article.authors.map((author) => author.name)} : {}),
    ...(article.datePublished ? {datePublished: article.datePublished} : {}),
    ...(article.image ? {image: article.image.url} : {}),
    ...(article.description ? {description: article.description} : {}),
    ...(article.inLanguage ? {lang: article.inLanguage} : {}),
    ...(article.articleBody ? {articleBody: article.articleBody} : {})
  }
  rules[id] = Object.fromEntries(Object.entries(provenance).map(([field, value]) => [field === 'inLanguage' ? 'lang' : field === 'image' ? 'image' : field, value?.rule ?? '']))
}
const seconds = (performance.now() - started) / 1000

const out = values.out ?? path.join(tmpdir(), 'ldpress-predictions.json')
writeFileSync(out, JSON.stringify(predictions, null, 1))
console.log(`eval: ${ids.length} cases in ${seconds.toFixed(1)} s (${((seconds * 1000) / ids.length).toFixed(1)} ms/page); predictions in ${out}`)

const rowsFile = path.join(tmpdir(), 'ldpress-score-rows.json')
const otherSources = values.source ? ['htmldate', 'postlight', 'readability', 'scrapinghub'].filter((source) => source !== values.source) : []
const scorerArgs = [scorer, out, '--split', 'all', '--cases', casesDir, '--json', rowsFile, ...(otherSources.length > 0 ? ['--exclude-source', otherSources.join(',')] : [])]
const table = spawnSync(process.execPath, scorerArgs, {encoding: 'utf8'})
process.stdout.write(table.stdout)
if (table.status !== 0) process.stderr.write(table.stderr)

if (existsSync(bodyScorer) && ids.some((id) => id.startsWith('scrapinghub-'))) {
  const body = spawnSync(process.execPath, [bodyScorer, out, casesDir], {encoding: 'utf8'})
  const score = JSON.parse(body.stdout || '{}') as {n?: number; precision?: number; recall?: number; f1?: number}
  console.log(`\n== articleBody (scrapinghub, 4-gram shingles)\nn ${score.n}  P ${pct(score.precision)}  R ${pct(score.recall)}  F1 ${pct(score.f1)}`)
}

if (values.wrong) {
  const field = values.field
  if (!field) {
    console.error('eval: --wrong needs --field NAME')
    process.exit(2)
  }
  const parsed = JSON.parse(readFileSync(rowsFile, 'utf8')) as {rows?: Row[]} | Row[]
  const rows = (Array.isArray(parsed) ? parsed : (parsed.rows ?? [])).filter((row) => row.field === field && !row.strict && row.id in predictions)
  console.log(`\n== wrong ${field}: ${rows.length}`)
  for (const row of rows) {
    const rule = rules[row.id]?.[field === 'dek' ? 'description' : field] ?? '-'
    console.log(`${row.id}\n  gold ${JSON.stringify(row.gold)}\n  pred ${JSON.stringify(row.pred ?? null)}  [${rule}]`)
  }
}

type Row = {id: string; field: string; strict: boolean; gold: unknown; pred?: unknown}

function pct(value: number | undefined): string {
  return value === undefined ? '-' : `${(value * 100).toFixed(1)}%`
}
