import {describe, expect, it} from 'vitest'
import {formatters} from '../../src/cli/formats/index.js'
import {inSourceOrder, shownSeverities, summaryLine, unixLine} from '../../src/cli/report.js'
import type {Diagnostic} from '../../src/types.js'
import {render} from './formats-fixtures.js'

const error: Diagnostic = {ruleId: 'schema/unknown-property', severity: 'error', message: "Unknown property 'hedline'", line: 3, column: 5, source: 'schema.org'}
const warning: Diagnostic = {ruleId: 'google/author-url', severity: 'warning', message: 'author has no url\nor sameAs', path: '/author/0', source: 'google'}
const reports = [
  {name: 'a.html', diagnostics: [error, warning]},
  {name: 'b.html', diagnostics: []}
]

describe('unix lines', () => {
  it('reads file:line:column severity message rule-id', () => {
    expect(unixLine('a.html', error)).toBe("a.html:3:5 error Unknown property 'hedline' schema/unknown-property")
  })

  it('keeps one finding on one line and names the JSON pointer when there is no position', () => {
    expect(unixLine('a.jsonld', warning)).toBe('a.jsonld warning author has no url or sameAs (at /author/0) google/author-url')
  })
})

describe('summary', () => {
  it('counts in words', () => {
    expect(summaryLine({errors: 2, warnings: 1, files: 1})).toBe('2 errors, 1 warning in 1 file')
    expect(summaryLine({errors: 0, warnings: 0, files: 3})).toBe('0 errors, 0 warnings in 3 files')
  })
})

describe('formatters', () => {
  it('unix: a line per finding and a summary', () => {
    expect(render(formatters.unix, reports).split('\n')).toEqual([unixLine('a.html', error), unixLine('a.html', warning), '1 error, 1 warning in 2 files', ''])
  })

  it("json: ESLint's result shape, every file, severity 2 for errors and 1 for warnings", () => {
    expect(JSON.parse(render(formatters.json, reports))).toStrictEqual([
      {
        filePath: 'a.html',
        messages: [
          {ruleId: 'schema/unknown-property', severity: 2, message: "Unknown property 'hedline'", line: 3, column: 5},
          {ruleId: 'google/author-url', severity: 1, message: 'author has no url\nor sameAs', path: '/author/0'}
        ],
        errorCount: 1,
        warningCount: 1
      },
      {filePath: 'b.html', messages: [], errorCount: 0, warningCount: 0}
    ])
  })

  it('json: an info shown with --verbose is severity 1 and counted as a warning', () => {
    const info: Diagnostic = {ruleId: 'schema/external-vocabulary', severity: 'info', message: 'og:title is not schema.org', line: 1, column: 2, path: '/og:title', source: 'schema.org'}
    expect(JSON.parse(render(formatters.json, [{name: 'c.html', diagnostics: [info]}]))).toStrictEqual([
      {filePath: 'c.html', messages: [{ruleId: info.ruleId, severity: 1, message: info.message, line: 1, column: 2, path: '/og:title'}], errorCount: 0, warningCount: 1}
    ])
  })

  it('json: an empty run is an empty array', () => {
    expect(JSON.parse(render(formatters.json, []))).toStrictEqual([])
  })

  it('github: workflow commands with escaped data', () => {
    const lines = render(formatters.github, reports).split('\n')
    expect(lines[0]).toBe("::error file=a.html,line=3,col=5,title=schema/unknown-property::Unknown property 'hedline'")
    expect(lines[1]).toBe('::warning file=a.html,title=google/author-url::author has no url%0Aor sameAs')
  })
})

describe('severity filter and order', () => {
  it('--quiet keeps errors, --verbose adds infos', () => {
    expect([...shownSeverities({quiet: true, verbose: false})]).toEqual(['error'])
    expect([...shownSeverities({quiet: false, verbose: false})]).toEqual(['error', 'warning'])
    expect([...shownSeverities({quiet: false, verbose: true})]).toEqual(['error', 'warning', 'info'])
  })

  it('sorts by position, position-less first', () => {
    const late = {...error, line: 9}
    expect(inSourceOrder([late, error, warning])).toEqual([warning, error, late])
  })
})
