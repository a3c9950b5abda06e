#!/usr/bin/env node
/**
 * Fill V8's code cache of the CLI bundle (`npm run build` runs this after
 * tsup): compile dist/cli-bundle.cjs exactly as dist/cli.js does
 * (src/cli/launcher.ts), run `ldpress extract` in-process on a few test
 * pages (output discarded), then save the bytecode of everything that ran
 * as dist/cli-bundle.v8-cache. V8 compiles most functions only when first
 * called, so a cache taken after the run holds what extraction needs, not
 * only the top level. Then check that a fresh process accepts the cache.
 *
 * The cache's first line is a key, the bundle's last line the same key (a
 * hash of the bundle): V8 checks a cache against its source's length only,
 * so dist/cli.js uses a cache only beside the bundle it was made from.
 *
 *   node scripts/code-cache.mjs
 */
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Script} from 'node:vm'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = join(root, 'dist/cli-bundle.cjs')
const cache = join(root, 'dist/cli-bundle.v8-cache')
// Ordinary article pages of the test corpus, none of them special: any page runs the same stages.
const pages = ['test/fixtures/byline-glued/source.html', 'test/fixtures/dek-under-headline/source.html'].map((page) => join(root, page))

if (process.argv[2] === '--check') {
  // In a fresh process (a cache is checked against the V8 that loads it): would dist/cli.js use the cache?
  const data = readFileSync(cache)
  const script = new Script(readFileSync(bundle, 'latin1'), {filename: bundle, cachedData: data.subarray(data.indexOf(10) + 1)})
  process.stdout.write(script.cachedDataRejected ? 'rejected' : 'accepted')
} else {
  rmSync(cache, {force: true})
  const ascii = asciiOnly(readFileSync(bundle, 'utf8'))
  // V8 checks a cache against the source's length only: the key ties this cache to this bundle (src/cli/launcher.ts).
  const key = `// code cache key ${createHash('sha256').update(ascii).digest('hex').slice(0, 32)}`
  const source = `${ascii}\n${key}\n`
  writeFileSync(bundle, source)
  const script = new Script(source, {filename: bundle})
  const module = {exports: {}}
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle), pathToFileURL(bundle).href)
  const sink = {write: () => true}
  for (const page of pages) {
    const io = {stdout: sink, stderr: sink, stdin: (async function* () {})(), cwd: root, env: {}}
    const code = await module.exports.main(['extract', page], io)
    if (code !== 0) throw new Error(`code-cache: ldpress extract ${page} exited ${code}`)
  }
  const data = script.createCachedData()
  writeFileSync(cache, Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), data]))
  const check = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--check'], {encoding: 'utf8'})
  if (check.stdout !== 'accepted') throw new Error(`code-cache: a fresh process does not use the cache (${check.stdout || check.stderr})`)
  console.log(`code-cache: dist/cli-bundle.v8-cache, ${Math.round(data.length / 1024)} kB (V8 ${process.versions.v8})`)
}

/**
 * The bundle with every non-ASCII UTF-16 unit written `\uXXXX`, so dist/cli.js
 * can read it as latin1: a plain copy into a one-byte string (decoding ~2 MB
 * of UTF-8 with a few other characters took ~10 ms and made a two-byte
 * string). esbuild already escapes strings and identifiers; what it leaves
 * raw is in comments and regular expression literals, where the escape means
 * the same character (under the `u` flag a pair of surrogate escapes is one
 * code point). The one place it would not, right after a backslash, stops the build.
 */
function asciiOnly(text) {
  const escaped = /\\[^\0-\x7f]/.exec(text)
  if (escaped) throw new Error(`code-cache: a backslash before a non-ASCII character in dist/cli-bundle.cjs at ${escaped.index}: cannot escape it`)
  return text.replace(/[^\0-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
