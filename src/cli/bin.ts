#!/usr/bin/env node
/**
 * The `ldpress` executable run from source (`node --import tsx src/cli/bin.ts`):
 * hand the process to `main()`. The built `dist/cli.js` is ./launcher.ts,
 * which runs the same `runProcess` from a code-cached bundle.
 */
import {runProcess} from './process.js'

await runProcess()
