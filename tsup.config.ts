import {defineConfig} from 'tsup'

// unified, rehype and their hast/vfile utilities are ESM-only: the CJS build
// bundles them (esbuild's interop would otherwise hand `unified` a namespace
// object), the ESM build keeps them external.
const esmOnly = [/^unified/, /^rehype/, /^hast/, /^unist/, /^vfile/, /^property-information/, /^space-separated/, /^comma-separated/, /^web-namespaces/, /^zwitch/, /^html-void/, /^devlop/, /^bail/, /^trough/, /^is-plain-obj/, /^extend/, /^parse5/, /^entities/]

export default defineConfig([
  {
    // The library and the --jobs worker share chunks. dist/cli.js is only the
    // launcher of the CLI bundle below; its shebang comes from src/cli/launcher.ts.
    entry: {index: 'src/index.ts', rehype: 'src/rehype.ts', cli: 'src/cli/launcher.ts', worker: 'src/cli/worker.ts'},
    format: ['esm'],
    splitting: true,
    dts: {entry: {index: 'src/index.ts', rehype: 'src/rehype.ts'}},
    target: 'node20',
    sourcemap: false
  },
  {
    // `ldpress/rehype` is a second entry; without splitting each CJS file carries its own copy of the library.
    entry: {index: 'src/index.ts', rehype: 'src/rehype.ts'},
    format: ['cjs'],
    dts: true,
    target: 'node20',
    noExternal: esmOnly
  },
  {
    // The whole CLI, dependencies included, as one CommonJS script that
    // dist/cli.js compiles with V8's code cache (src/cli/launcher.ts; the
    // cache is made after the build by scripts/code-cache.mjs, which also
    // escapes what esbuild leaves non-ASCII, so it reads as latin1). The wrapper
    // is part of the file, so the launcher and the cache maker compile the
    // same source; `import.meta.url` is the bundle's URL, passed in.
    entry: {'cli-bundle': 'src/cli/bundle.ts'},
    format: ['cjs'],
    outExtension: () => ({js: '.cjs'}),
    platform: 'node',
    target: 'node20',
    noExternal: [/./],
    define: {'import.meta.url': 'importMetaUrl'},
    banner: {js: '(function (exports, require, module, __filename, __dirname, importMetaUrl) {'},
    footer: {js: '})'},
    // Names kept (stack traces with LDPRESS_DEBUG=1); white space and comments go: less to read and to hold.
    minifyWhitespace: true,
    minifySyntax: true,
    dts: false,
    sourcemap: false
  }
])
