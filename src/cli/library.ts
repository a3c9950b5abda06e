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

/** What `extract` uses: extraction and serialisation, without the validators. */
export type Extraction = typeof import('./extraction.js')

/** Load the extraction half of the library on first use. */
export function loadExtraction(): Promise<Extraction> {
  return import('./extraction.js')
}

/** What `read` uses: reading structured data and serialisation. */
export type Reading = typeof import('./reading.js')

/** Load the reading part of the library on first use. */
export function loadReading(): Promise<Reading> {
  return import('./reading.js')
}

/** `toDocument` (blocks → one JSON-LD document), loaded lazily like the library. */
export type DocumentModule = typeof import('../markup/document.js')

/** Load `toDocument` on first use. */
export function loadDocumentModule(): Promise<DocumentModule> {
  return import('../markup/document.js')
}

/** The library plus what `--format html` reads of each page (its graph, source snippets): `report-library.ts`. */
export type ReportLibrary = typeof import('./report-library.js')

/** Load the report library on first use (by `validate` and its workers, only for `--format html`). */
export function loadReportLibrary(): Promise<ReportLibrary> {
  return import('./report-library.js')
}
