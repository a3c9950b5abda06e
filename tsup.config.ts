import {defineConfig} from 'tsup'

// unified, rehype and their hast/vfile utilities are ESM-only: the CJS build
// bundles them (esbuild's interop would otherwise hand `unified` a namespace
// object), the ESM build keeps them external.
const esmOnly = [/^unified/, /^rehype/, /^hast/, /^unist/, /^vfile/, /^property-information/, /^space-separated/, /^comma-separated/, /^web-namespaces/, /^zwitch/, /^html-void/, /^devlop/, /^bail/, /^trough/, /^is-plain-obj/, /^extend/, /^parse5/, /^entities/]

export default defineConfig([
  {
    // The library and the CLI share chunks: the CLI loads the library lazily
    // and the package carries it once. The CLI's shebang comes from src/cli/bin.ts.
    entry: {index: 'src/index.ts', rehype: 'src/rehype.ts', cli: 'src/cli/bin.ts', worker: 'src/cli/worker.ts'},
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
  }
])
