/**
 * What the CLI needs from its process. `bin.ts` passes the real streams;
 * tests pass strings collectors, so `main()` runs in-process.
 */

/** Something text can be written to (`process.stdout`, or a collector in tests). */
export interface TextSink {
  write(chunk: string): unknown
}

/** The process surroundings `main()` works in. */
export interface Io {
  stdout: TextSink
  stderr: TextSink
  /** Read when an input operand is `-`. */
  stdin: AsyncIterable<Uint8Array | string>
  /** Directory that relative operands are resolved against. */
  cwd: string
}
