/**
 * The whole CLI as one CommonJS script, `dist/cli-bundle.cjs`, which
 * `dist/cli.js` (./launcher.ts) compiles with V8's code cache: no ES module
 * resolution, no parsing or compiling at start-up. Parts that only some
 * commands need (validators, the report renderer…) still load on first use:
 * the bundler turns their `import()`s into lazily run module bodies.
 * `main` is for scripts/code-cache.mjs, which runs it to fill the cache.
 */
export {main} from './main.js'
export {runProcess} from './process.js'
