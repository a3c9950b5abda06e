#!/usr/bin/env node
/**
 * The `ldpress` executable (`dist/cli.js`). The CLI itself is one CommonJS
 * bundle beside it, `cli-bundle.cjs` (./bundle.ts), compiled here as a
 * script with V8's code cache, `cli-bundle.v8-cache`: the bytecode of every
 * function an `extract` ran when the package was built
 * (scripts/code-cache.mjs). So a run parses and compiles nothing that
 * extraction needs and resolves no ES modules: on Node 20 an ES module cannot
 * use a code cache (Node 22's `module.enableCompileCache` can).
 *
 * V8 checks the cache before using it (its own version, its flags, the
 * source's length; we add a key tying it to the bundle) and compiles from
 * source when the cache does not fit or cannot be read: the CLI then works
 * the same, only starts slower (another Node version, V8 flags in
 * NODE_OPTIONS). Nothing is written at run time, so a read-only install is fine.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Script} from 'node:vm'
import type {runProcess} from './process.js'

/** The bundle's wrapper (tsup.config.ts): a CommonJS module's parameters, and the bundle's own URL for `import.meta.url`. */
type Wrapper = (exports: object, require: NodeJS.Require, module: {exports: object}, filename: string, dirname: string, importMetaUrl: string) => void

const url = new URL('./cli-bundle.cjs', import.meta.url)
const path = fileURLToPath(url)
// The bundle is ASCII (scripts/code-cache.mjs makes it so): latin1 reads it as it is, without decoding.
const source = readFileSync(path, 'latin1')
const cachedData = cacheOf(source)
const wrapper = new Script(source, {filename: path, ...(cachedData ? {cachedData} : {})}).runInThisContext() as Wrapper
const bundle = {exports: {} as {runProcess: typeof runProcess}}
wrapper(bundle.exports, createRequire(path), bundle, path, dirname(path), url.href)
// A script has no module loader for `import()`: JavaScript config files are imported from here.
await bundle.exports.runProcess({importModule: (specifier) => import(specifier)})

/**
 * The code cache made for this bundle, if it is there: its first line is a
 * key that the bundle's last line must repeat (V8 itself checks only the
 * source's length, and would run a stale cache's bytecode).
 */
function cacheOf(source: string): Buffer | undefined {
  let data: Buffer
  try {
    data = readFileSync(`${path.slice(0, -'.cjs'.length)}.v8-cache`)
  } catch {
    return undefined
  }
  const end = data.indexOf(10)
  return end > 0 && source.endsWith(`\n${data.toString('latin1', 0, end)}\n`) ? data.subarray(end + 1) : undefined
}
