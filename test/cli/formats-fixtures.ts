/**
 * Fixed findings and an in-process runner with an environment, for the
 * format tests.
 */
import {main} from '../../src/cli/main.js'
import type {FormatContext, FormatterFactory, FileReport, Totals} from '../../src/cli/report.js'
import type {Diagnostic} from '../../src/types.js'

export const error: Diagnostic = {ruleId: 'schema.org/unknown-property', severity: 'error', message: "Unknown property 'hedline'", line: 3, column: 5, path: '/hedline', source: 'schema.org'}
export const warning: Diagnostic = {ruleId: 'google/article-author-url', severity: 'warning', message: 'author has no url\nor sameAs', path: '/author/0', source: 'google'}
export const info: Diagnostic = {ruleId: 'schema.org/external-vocabulary', severity: 'info', message: 'og:title is not schema.org', line: 1, column: 2, source: 'schema.org'}

/** Run a formatter over `reports` and return everything it wrote. */
export function render(factory: FormatterFactory, reports: readonly FileReport[], context: Partial<FormatContext> = {}): string {
  const formatter = factory({cwd: '/repo', color: false, ...context})
  const totals: Totals = {errors: 0, warnings: 0, files: 0}
  for (const report of reports) {
    totals.files++
    totals.errors += report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length
    totals.warnings += report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length
  }
  return formatter.start() + reports.map((report, index) => formatter.file(report, index)).join('') + formatter.end(totals)
}

/** A JSON-LD document that validates with exactly one warning (google/article-author-url) and no error. */
export const oneWarningJsonLd = `${JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Rain',
  datePublished: '2024-05-01T10:00:00+00:00',
  image: ['https://news.example/a.jpg'],
  author: [{'@type': 'Person', name: 'Jane Doe'}]
})}\n`

/** Run `ldpress` in-process with an environment and a TTY flag for standard output. */
export async function runWith(argv: string[], {cwd, env = {}, isTTY = false}: {cwd: string; env?: Record<string, string>; isTTY?: boolean}) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: {write: (chunk: string) => (stdout += chunk), isTTY},
    stderr: {write: (chunk: string) => (stderr += chunk)},
    stdin: (async function* () {})(),
    cwd,
    env
  })
  return {code, stdout, stderr}
}
