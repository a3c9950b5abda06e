import {defineConfig} from 'tsup'

// unified, rehype and their hast/vfile utilities are ESM-only: the CJS build
// bundles them (esbuild's interop would otherwise hand `unified` a namespace
// object), the ESM build keeps them external.
const esmOnly = [/^unified/, /^rehype/, /^hast/, /^unist/, /^vfile/, /^property-information/, /^space-separated/, /^comma-separated/, /^web-namespaces/, /^zwitch/, /^html-void/, /^devlop/, /^bail/, /^trough/, /^is-plain-obj/, /^extend/, /^parse5/, /^entities/]

export default defineConfig([
  {
    entry: {index: 'src/index.ts'},
    format: ['esm'],
    dts: true,
    target: 'node20',
    sourcemap: false
  },
  {
    entry: {index: 'src/index.ts'},
    format: ['cjs'],
    dts: true,
    target: 'node20',
    noExternal: esmOnly
  },
  {
    entry: {cli: 'src/cli/bin.ts'},
    format: ['esm'],
    splitting: true,
    target: 'node20',
    banner: {js: '#!/usr/bin/env node'}
  }
])
