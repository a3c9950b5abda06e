/**
 * The unit of work of the file-processing commands, run in-process or in a
 * worker thread (src/cli/worker.ts) with the same result: validate one
 * input's bytes, or inject one page. Jobs and results are plain data, so
 * they cross to and from workers by structured clone.
 */
import type {EntitiesOptions, ExistingPolicy, InjectAction, LimitOptions, ValidateOptions} from '../index.js'
import type {PageData} from '../report/types.js'
import type {Diagnostic} from '../types.js'
import {unifiedDiff} from './diff.js'
import type {Library, ReportLibrary} from './library.js'

/** What to do with each input. `details`: also read the page's graph and snippets (for `--format html`). */
export type Job =
  | {kind: 'validate'; profiles?: readonly string[] | undefined; details?: boolean; limits?: LimitOptions}
  | {kind: 'inject'; existing: ExistingPolicy; body: boolean; articlesOnly: boolean; entities: false | EntitiesOptions; dryRun: boolean; limits?: LimitOptions}

/** What came of one input. */
export type JobResult =
  | {kind: 'validate'; diagnostics: Diagnostic[]; page?: PageData}
  | {
      kind: 'inject'
      action: InjectAction
      changed: boolean
      diagnostics: Diagnostic[]
      /** The new page, when it changed (and this is no dry run). */
      output?: Uint8Array
      /** With `dryRun`: the unified diff of the change. */
      diff?: string
      /** Why `--check` lists the page, when it changed. */
      stale?: string
    }

/** Extensions read as JSON text; anything else explicitly given is sniffed. */
const jsonExtensions = ['.json', '.jsonld']
const htmlExtensions = ['.html', '.htm']

/**
 * Run `job` on one input's bytes. `url` is the page's address (inject).
 * A validate job with `details` needs the report library (`loadReportLibrary`).
 */
export function runJob(library: Library & Partial<Pick<ReportLibrary, 'pageData'>>, name: string, bytes: Uint8Array, job: Job, url?: string): JobResult {
  if (job.kind === 'validate') {
    const diagnostics = checkBytes(library, name, bytes, job.profiles, job.limits)
    if (!job.details || !library.pageData) return {kind: 'validate', diagnostics}
    return {kind: 'validate', diagnostics, page: library.pageData(bytes, isJson(name, bytes), diagnostics, job.limits)}
  }
  const result = library.injectPage(bytes, {
    ...(url === undefined ? {} : {url}),
    existing: job.existing,
    body: job.body,
    articlesOnly: job.articlesOnly,
    entities: job.entities,
    ...job.limits
  })
  const base = {kind: 'inject' as const, action: result.action, changed: result.changed, diagnostics: result.diagnostics}
  if (!result.changed) return base
  const decode = (data: Uint8Array) => new TextDecoder().decode(data)
  return {
    ...base,
    stale: staleReason(result.action, bytes),
    ...(job.dryRun ? {diff: unifiedDiff(name, decode(bytes), decode(result.output))} : {output: result.output})
  }
}

/**
 * Diagnostics of one page or JSON-LD document. `profiles` are library profile names (checked by the caller); the
 * limits apply to pages.
 */
export function checkBytes(library: Library, name: string, bytes: Uint8Array, profiles: readonly string[] | undefined, limits: LimitOptions = {}): Diagnostic[] {
  const options: ValidateOptions = profiles === undefined ? {} : {profiles: [...profiles] as NonNullable<ValidateOptions['profiles']>}
  if (isJson(name, bytes)) return library.validate(new TextDecoder().decode(bytes), options).diagnostics
  return library.validateHtml(bytes, {...options, ...limits}).diagnostics
}

/** Why `inject --check` lists a page that would change. */
function staleReason(action: InjectAction, bytes: Uint8Array): string {
  if (action === 'kept') return 'has an ldpress script it should not have (the page has its own article)'
  if (action === 'skipped') return 'has an ldpress script it should not have (not an article page)'
  return /data-ldpress/i.test(new TextDecoder().decode(bytes)) ? 'JSON-LD out of date' : 'JSON-LD missing'
}

/** JSON by extension; for other names (and stdin), JSON when the first non-blank character opens an object or array. */
function isJson(name: string, bytes: Uint8Array): boolean {
  const lower = name.toLowerCase()
  if (jsonExtensions.some((extension) => lower.endsWith(extension))) return true
  if (htmlExtensions.some((extension) => lower.endsWith(extension))) return false
  const start = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart()
  return start.startsWith('{') || start.startsWith('[')
}
