/**
 * What the CLI needs from its process. `bin.ts` passes the real streams;
 * tests pass strings collectors, so `main()` runs in-process.
 */

/** Something text can be written to (`process.stdout`, or a collector in tests). */
export interface TextSink {
  write(chunk: string): unknown
  /** True when the sink is a terminal (`process.stdout.isTTY`); decides whether reports are coloured. */
  isTTY?: boolean
}

/** The process surroundings `main()` works in. */
export interface Io {
  stdout: TextSink
  stderr: TextSink
  /** Read when an input operand is `-`. */
  stdin: AsyncIterable<Uint8Array | string>
  /** Directory that relative operands are resolved against. */
  cwd: string
  /**
   * Environment variables the CLI reads (`NO_COLOR`, `FORCE_COLOR`, `TERM`,
   * `GITHUB_STEP_SUMMARY`). `bin.ts` passes `process.env`; left out, none are
   * set, so tests stay hermetic.
   */
  env?: Readonly<Record<string, string | undefined>>
  /**
   * Loads a JavaScript configuration file (an ES module, by file URL). Left
   * out, the CLI's own `import()` does it; `dist/cli.js` passes its own,
   * because the code-cached CLI bundle runs as a script, where `import()` has
   * no module loader (./launcher.ts).
   */
  importModule?: (url: string) => Promise<unknown>
}
