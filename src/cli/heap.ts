/**
 * Keep the V8 heap of a long run (thousands of files, one after another)
 * the size a short run's reaches, so peak memory does not grow with the
 * number of files.
 *
 * Nothing is kept per file (the heap left after a full collection is
 * 12–16 MB after 100 or 10,000 files), but V8 sizes a long-lived heap for
 * throughput: its young generation doubles whenever the bytes that survived
 * scavenges since the last growth exceed its size, which summed over
 * thousands of files they always do (16 → 32 MB committed, 8 → 16 MB
 * semi-spaces); and after a full collection it lets the old generation grow
 * to up to 4× the live heap before the next one (18.6 MB live, next full
 * collection at 74.6 MB, over 10,000 pages). A 10,000-file `extract` peaked
 * at 1.9–2.4× the RSS of a 100-file one, `validate` at 1.3×.
 *
 * Both sizes are fixed when the heap is created (`--max-semi-space-size`,
 * `--max-old-space-size`), which a program cannot choose for its own main
 * thread. Two GC heuristics are read each time the GC uses them, though:
 * the young generation's growth factor and the old generation's growing
 * percentage. A long run sets them, process-wide:
 *
 * - `--semi-space-growth-factor=1` once the young generation has reached
 *   the size a short run reaches (8 MB, 4 MB semi-spaces, or its maximum if that
 *   is smaller): it stops growing there;
 * - `--heap-growing-percent`: the old generation may grow by this share of
 *   the live heap between full collections (V8 adds a floor and the young
 *   generation's size to it).
 *
 * Only the GC's timing changes, never a result. Node warns that flags set
 * after start-up may do nothing or behave unpredictably; these two are
 * plain numbers V8 reads whenever it resizes a space (checked on Node 20,
 * V8 11.3, only: a V8 without them would print "unrecognized flag" on
 * stderr and keep its own sizing; test/cli/heap.test.ts would catch that).
 * Short runs, and so the test suite's in-process runs, never set them.
 *
 * A worker thread with
 * `resourceLimits` was tried first: its main thread's heap (grown by
 * collecting 10,000 inputs) plus the worker's own came to more than one
 * heap sized by default (127 MB against 110 MB for `validate`).
 */

import * as builtins from './builtins.js'

/** From this many inputs on, a run is long: V8 grows a default heap past a short run's only after some thousand files. */
export const longRunFiles = 500

/**
 * Young generation (both semi-spaces, committed) at which growth stops: a
 * 100-file `validate` run's since the CLI loads from a code cache (16 MB held
 * its 10,000-file peak at 1.27× the 100-file one, 8 MB at 1.15×; run time
 * the same within noise).
 */
const youngBytes = 8 * 2 ** 20

/** Old generation growth between full collections, in percent of the live heap (V8's default goes up to 300). */
const growingPercent = 25

/** What a long run calls once per file. */
export interface HeapGovernor {
  /** One more file done. */
  tick(): void
}

const idle: HeapGovernor = {tick: () => {}}

/**
 * A governor for a run over `files` inputs: idle for short runs; for long
 * ones, sets the old generation's growing percentage now and stops the young
 * generation's growth once it has reached a short run's size.
 */
export function heapGovernor(files: number): HeapGovernor {
  if (files < longRunFiles) return idle
  builtins.v8().setFlagsFromString(`--heap-growing-percent=${growingPercent}`)
  // Collecting thousands of inputs may already have grown it that far: then the first file must not grow it further.
  holdYoungGeneration()
  return {tick: holdYoungGeneration}
}

let held = false

/**
 * Stop the young generation's growth once it has reached a short run's
 * size. For long runs only: per file, and while a long list of inputs is
 * being collected (walking 10,000 files in ten folders grew it to 16 MB
 * before the first file was read).
 */
export function holdYoungGeneration(): void {
  if (held) return
  // Not `import()`: the code-cached CLI bundle has no module loader (./builtins.ts).
  const v8 = builtins.v8()
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')
  // Its maximum may be smaller (`--max-semi-space-size`): then it cannot outgrow a short run's anyway.
  if (young === undefined || young.space_size >= youngBytes) {
    v8.setFlagsFromString('--semi-space-growth-factor=1')
    held = true
  }
}
