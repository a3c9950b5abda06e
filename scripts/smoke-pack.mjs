#!/usr/bin/env node
/**
 * Smoke test of the published package: `npm pack` this repository, install
 * the tarball into a fresh project (dependencies come from the registry),
 * then use it the ways a user would — `import`, `require()` (of `ldpress`
 * and `ldpress/rehype`), and the `ldpress` bin through npx. Exits non-zero with a clear message on the
 * first failure. KEEP=1 keeps the temporary folder for a look.
 *
 *   node scripts/smoke-pack.mjs
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const repository = fileURLToPath(new URL('..', import.meta.url))
const {version} = JSON.parse(readFileSync(join(repository, 'package.json'), 'utf8'))
const url = 'https://news.example/world/rain-on-the-plain'

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Rain falls on the plain | News Example</title>
  <meta name="description" content="The first rain in months reached the plain on Tuesday.">
  <meta property="og:title" content="Rain falls on the plain">
  <meta property="og:site_name" content="News Example">
</head>
<body>
  <article>
    <h1>Rain falls on the plain</h1>
    <p class="byline">By Jane Doe</p>
    <time datetime="2024-05-01T10:00:00Z">1 May 2024</time>
    <p>The first rain in months reached the plain on Tuesday, farmers in the valley said.</p>
    <p>Forecasters expect more showers later in the week, with cooler air arriving from the north.</p>
  </article>
</body>
</html>
`

/** Checks run against the installed package; `load` is `await import('ldpress')` or `require('ldpress')`. */
const checks = (load) => `
const {extract, validate, validateHtml, toJsonLd, toScriptTag} = ${load}
const page = ${JSON.stringify(page)}
const fail = (message) => { console.error(message); process.exit(1) }
const result = extract(page, {url: ${JSON.stringify(url)}})
const nodes = result.graph['@graph']
if (!Array.isArray(nodes)) fail('extract: no @graph array in ' + JSON.stringify(result.graph).slice(0, 200))
const article = nodes.find((node) => [].concat(node['@type']).includes('NewsArticle'))
if (!article) fail('extract: no NewsArticle node')
if (article.headline !== 'Rain falls on the plain') fail('extract: headline is ' + JSON.stringify(article.headline))
const text = toJsonLd(result.graph)
if (JSON.stringify(JSON.parse(text)) !== JSON.stringify(result.graph)) fail('toJsonLd: does not round-trip')
if (!toScriptTag(result.graph).includes('application/ld+json')) fail('toScriptTag: no ld+json script')
const checked = validate(result.graph)
if (typeof checked.valid !== 'boolean' || !Array.isArray(checked.diagnostics)) fail('validate: unexpected result')
const onPage = validateHtml('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",}</script>')
if (onPage.valid || !onPage.diagnostics.some((d) => d.severity === 'error')) fail('validateHtml: broken JSON-LD not reported as an error')
console.log('ok ' + ${JSON.stringify(load)} + ': ' + nodes.length + ' nodes, ' + checked.diagnostics.length + ' findings')
`

/**
 * Checks of `ldpress/rehype`; `load` is `await import('ldpress/rehype')` or
 * `require('ldpress/rehype')`. unified and rehype-parse are ESM-only, so both
 * forms load them with `import()` (inside an async function: CJS has no top-level await).
 */
const rehypeChecks = (load) => `
;(async () => {
const fail = (message) => { console.error(message); process.exit(1) }
const plugin = ${load}
const rehypeLdpress = plugin.default
if (typeof rehypeLdpress !== 'function') fail('ldpress/rehype: no default export function, got ' + Object.keys(plugin))
if (plugin.rehypeLdpress !== rehypeLdpress) fail('ldpress/rehype: the named export is not the default one')
const {unified} = await import('unified')
const {default: rehypeParse} = await import('rehype-parse')
const {VFile} = await import('vfile')
const page = ${JSON.stringify(page)}
const processor = unified().use(rehypeParse).use(rehypeLdpress, {url: ${JSON.stringify(url)}})
const file = new VFile({value: page, path: 'page.html'})
const tree = await processor.run(processor.parse(file), file)
const html = tree.children.find((node) => node.type === 'element' && node.tagName === 'html')
const head = html && html.children.find((node) => node.type === 'element' && node.tagName === 'head')
const scripts = head ? head.children.filter((node) => node.type === 'element' && node.tagName === 'script' && node.properties.dataLdpress) : []
if (scripts.length !== 1) fail('ldpress/rehype: expected one data-ldpress script in <head>, found ' + scripts.length)
const graph = JSON.parse(scripts[0].children[0].value)
const article = graph['@graph'].find((node) => [].concat(node['@type']).includes('NewsArticle'))
if (!article || article.headline !== 'Rain falls on the plain') fail('ldpress/rehype: injected graph has no NewsArticle with the headline')
if (!file.data.ldpress || file.data.ldpress.injected !== true) fail('ldpress/rehype: file.data.ldpress not set')
console.log('ok ' + ${JSON.stringify(load)} + ': injected ' + graph['@graph'].length + ' nodes, ' + file.messages.length + ' messages')
})().catch((error) => { console.error(error); process.exit(1) })
`

function step(title) {
  console.log(`smoke:pack: ${title}`)
}

class SmokeFailure extends Error {}

function die(message) {
  throw new SmokeFailure(message)
}

/** Run a command; die with its output unless its exit status is in `statuses`. */
function sh(command, args, {cwd, statuses = [0], input} = {}) {
  const result = spawnSync(command, args, {cwd, input, encoding: 'utf8', env: {...process.env, npm_config_fund: 'false', npm_config_audit: 'false'}})
  if (result.error) die(`${command} ${args.join(' ')}: ${result.error.message}`)
  if (!statuses.includes(result.status)) {
    die(`\`${command} ${args.join(' ')}\` exited ${result.status} in ${cwd}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`)
  }
  return result
}

const work = mkdtempSync(join(tmpdir(), 'ldpress-smoke-'))
try {
  const packed = join(work, 'pack')
  const project = join(work, 'project')
  mkdirSync(packed)
  mkdirSync(project)

  step('npm pack (runs the build)')
  sh('npm', ['pack', '--pack-destination', packed], {cwd: repository})
  const tarball = readdirSync(packed).find((name) => name.endsWith('.tgz'))
  if (!tarball) die(`npm pack left no .tgz in ${packed}`)

  step(`install ${tarball} into a fresh project`)
  sh('npm', ['init', '-y'], {cwd: project})
  sh('npm', ['install', join(packed, tarball)], {cwd: project})
  writeFileSync(join(project, 'page.html'), page)

  step('import (ESM)')
  process.stdout.write(sh('node', ['--input-type=module', '-e', checks("await import('ldpress')")], {cwd: project}).stdout)

  step('require (CJS)')
  process.stdout.write(sh('node', ['--input-type=commonjs', '-e', checks("require('ldpress')")], {cwd: project}).stdout)

  step('import ldpress/rehype (ESM)')
  process.stdout.write(sh('node', ['--input-type=module', '-e', rehypeChecks("await import('ldpress/rehype')")], {cwd: project}).stdout)

  step('require ldpress/rehype (CJS)')
  process.stdout.write(sh('node', ['--input-type=commonjs', '-e', rehypeChecks("require('ldpress/rehype')")], {cwd: project}).stdout)

  step('npx ldpress --version')
  const shown = sh('npx', ['--no', '--', 'ldpress', '--version'], {cwd: project}).stdout.trim()
  if (shown !== version) die(`ldpress --version printed '${shown}', expected '${version}'`)

  step('npx ldpress extract page.html --url …')
  const extracted = sh('npx', ['--no', '--', 'ldpress', 'extract', 'page.html', '--url', url], {cwd: project}).stdout
  let graph
  try {
    graph = JSON.parse(extracted)
  } catch (error) {
    die(`ldpress extract printed no JSON (${error.message}):\n${extracted.slice(0, 500)}`)
  }
  if (!Array.isArray(graph['@graph'])) die('ldpress extract: no @graph array')

  step('ldpress extract with the code cache rejected (V8 flags) or missing: same output')
  const bin = join(project, 'node_modules/ldpress/dist/cli.js')
  const rejected = sh('node', ['--no-opt', bin, 'extract', 'page.html', '--url', url], {cwd: project}).stdout
  if (rejected !== extracted) die('ldpress extract under --no-opt (code cache rejected) printed another graph')
  const cache = join(project, 'node_modules/ldpress/dist/cli-bundle.v8-cache')
  renameSync(cache, `${cache}.off`)
  const uncached = sh('node', [bin, 'extract', 'page.html', '--url', url], {cwd: project}).stdout
  renameSync(`${cache}.off`, cache)
  if (uncached !== extracted) die('ldpress extract without its code cache printed another graph')

  step('npx ldpress validate with an ldpress.config.mjs (imported by the launcher)')
  writeFileSync(join(project, 'ldpress.config.mjs'), "export default {rules: {'schema.org/property-domain': 'off'}, baseUrl: 'https://news.example/'}\n")
  sh('npx', ['--no', '--', 'ldpress', 'validate', 'page.html', '-f', 'unix'], {cwd: project, statuses: [0, 1]})
  writeFileSync(join(project, 'ldpress.config.mjs'), 'export default {bogus: 1}\n')
  const bad = sh('npx', ['--no', '--', 'ldpress', 'validate', 'page.html'], {cwd: project, statuses: [2]}).stderr
  if (!bad.includes('unknown key "bogus"')) die(`a bad ldpress.config.mjs was not reported:\n${bad}`)
  rmSync(join(project, 'ldpress.config.mjs'))

  step('npx ldpress extract - (stdin) and validate')
  sh('npx', ['--no', '--', 'ldpress', 'extract', '-', '--url', url], {cwd: project, input: page})
  const validated = sh('npx', ['--no', '--', 'ldpress', 'validate', 'page.html', '-f', 'unix'], {cwd: project, statuses: [0, 1]}).stdout
  if (!/\d+ errors?, \d+ warnings? in 1 file/.test(validated)) die(`ldpress validate printed no summary:\n${validated}`)

  step('npx ldpress validate --jobs 2 (worker threads from dist/worker.js) = --jobs 1')
  mkdirSync(join(project, 'site'))
  for (let index = 0; index < 12; index++) writeFileSync(join(project, 'site', `p${index}.html`), page)
  const serial = sh('npx', ['--no', '--', 'ldpress', 'validate', 'site', '-f', 'json', '--jobs', '1'], {cwd: project, statuses: [0, 1]}).stdout
  const parallel = sh('npx', ['--no', '--', 'ldpress', 'validate', 'site', '-f', 'json', '--jobs', '2'], {cwd: project, statuses: [0, 1]}).stdout
  if (JSON.parse(serial).length !== 12 || serial !== parallel) die(`validate --jobs 2 output differs from --jobs 1:\n${parallel.slice(0, 500)}`)

  step('ldpress validate and extract --out-dir over 600 files (a long run: src/cli/heap.ts)')
  mkdirSync(join(project, 'many'))
  for (let index = 0; index < 600; index++) writeFileSync(join(project, 'many', `p${index}.html`), page)
  const many = sh('node', [bin, 'validate', 'many', '-f', 'json'], {cwd: project, statuses: [0, 1]}).stdout
  if (JSON.parse(many).length !== 600) die(`validate over 600 files reported ${JSON.parse(many).length}`)
  sh('node', [bin, 'extract', 'many', '--out-dir', 'many-out', '-q', '--base-url', 'https://news.example/'], {cwd: project})
  if (readdirSync(join(project, 'many-out')).length !== 600) die('extract --out-dir over 600 files did not write 600 graphs')

  step('npx ldpress inject, twice')
  const first = sh('npx', ['--no', '--', 'ldpress', 'inject', 'site', '--base-url', 'https://news.example/'], {cwd: project}).stdout
  if (first.split('\n').filter((line) => line.endsWith(': written')).length !== 12) die(`inject wrote fewer than 12 pages:\n${first}`)
  const second = sh('npx', ['--no', '--', 'ldpress', 'inject', 'site', '--check', '--base-url', 'https://news.example/'], {cwd: project}).stdout
  if (second !== '') die(`inject --check after inject listed pages:\n${second}`)

  step('npx ldpress with a bad flag exits 2')
  sh('npx', ['--no', '--', 'ldpress', '--bogus'], {cwd: project, statuses: [2]})

  console.log(`smoke:pack: ok (ldpress ${version})`)
} catch (error) {
  console.error(`smoke:pack: FAILED: ${error instanceof SmokeFailure ? error.message : error?.stack ?? error}`)
  process.exitCode = 1
} finally {
  if (process.env.KEEP) console.log(`smoke:pack: kept ${work}`)
  else rmSync(work, {recursive: true, force: true})
}
