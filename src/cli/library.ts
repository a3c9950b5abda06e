/**
 * The one door from the CLI into the library. It is imported lazily, so
 * `ldpress --version` and `--help` start without loading parsers or
 * validators.
 */

/** The public API of `ldpress` (what `import … from 'ldpress'` gives). */
export type Library = typeof import('../index.js')

/** Load the library on first use. */
export function loadLibrary(): Promise<Library> {
  return import('../index.js')
}
