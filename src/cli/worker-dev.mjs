// Runs the TypeScript worker when ldpress runs from its sources (the test
// suite): the built package starts dist/worker.js directly and never loads this.
import {register} from 'tsx/esm/api'

register()
await import('./worker.ts')
