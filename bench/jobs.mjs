#!/usr/bin/env node
/**
 * `npm run bench:jobs -- [glob] [--rounds N]`: wall time of `ldpress validate
 * --jobs 1` and `--jobs 2` (built CLI, dist/cli.js) over the same pages, in
 * interleaved rounds, median of each, and the speed-up. Checks that both
 * print the same report. Default pages: the dev corpus when present.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(fileURLToPath(import.meta.url), '../..')
const args = process.argv.slice(2)
const roundsAt = args.indexOf('--rounds')
const rounds = roundsAt === -1 ? 3 : Number(args[roundsAt + 1])
const operands = args.filter((arg, index) => arg !== '--rounds' && index !== roundsAt + 1)
const corpus = join(root, '../shared/corpus/dev')
const pages = operands.length > 0 ? operands : existsSync(corpus) ? [`${corpus}/*/source.html`] : [join(root, 'test/fixtures')]
const cli = join(root, 'dist/cli.js')
if (!existsSync(cli)) {
  console.error('bench:jobs: run `npm run build` first')
  process.exit(2)
}

function once(jobs) {
  const started = process.hrtime.bigint()
  const run = spawnSync(process.execPath, [cli, 'validate', ...pages, '-f', 'json', '--jobs', String(jobs)], {encoding: 'utf8', maxBuffer: 1 << 30})
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (run.status !== 0 && run.status !== 1) throw new Error(`validate --jobs ${jobs} failed: ${run.stderr}`)
  return {ms, stdout: run.stdout}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const times = {1: [], 2: []}
let reference
for (let round = 0; round < rounds; round++) {
  for (const jobs of round % 2 === 0 ? [1, 2] : [2, 1]) {
    const {ms, stdout} = once(jobs)
    reference ??= stdout
    if (stdout !== reference) throw new Error(`--jobs ${jobs} printed a different report`)
    times[jobs].push(ms)
    console.log(`round ${round + 1}: --jobs ${jobs} ${(ms / 1000).toFixed(2)} s`)
  }
}
const files = JSON.parse(reference).length
const one = median(times[1])
const two = median(times[2])
console.log(`\n${files} files, ${rounds} interleaved rounds, medians: --jobs 1 ${(one / 1000).toFixed(2)} s, --jobs 2 ${(two / 1000).toFixed(2)} s, speed-up ${(one / two).toFixed(2)}× (identical output)`)
