/**
 * `--format junit`: JUnit XML for CI test reporters. Each file is a test:
 * a `<testcase>` (classname and name: the file) with one `<failure>` per
 * error; warnings (and infos under `--verbose`) are not failures and go to
 * its `<system-out>`.
 *
 * Streaming structure: a root `<testsuites>` cannot carry counts without
 * buffering the whole report, so each file is its own `<testsuite>` with
 * `tests="1"` and its `failures`, written as soon as the file is done; the
 * root carries only a name (its counts are optional in the JUnit schemas, and
 * reporters sum the suites).
 * @see https://github.com/testmoapp/junitxml
 */
import type {Diagnostic} from '../../types.js'
import {unixLine, type FileReport, type Formatter} from '../report.js'

/** The JUnit formatter (stateless). */
export function junit(): Formatter {
  return {
    start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ldpress">\n',
    file: testsuite,
    end: () => '</testsuites>\n'
  }
}

function testsuite(report: FileReport): string {
  const name = attribute(report.name)
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
  const others = report.diagnostics.filter((diagnostic) => diagnostic.severity !== 'error')
  const lines = [
    `  <testsuite name="${name}" tests="1" failures="${errors.length}" errors="0" skipped="0">`,
    `    <testcase classname="${name}" name="${name}">`,
    ...errors.map(failure),
    ...(others.length > 0 ? [`      <system-out>${text(others.map((diagnostic) => unixLine(report.name, diagnostic)).join('\n'))}</system-out>`] : []),
    '    </testcase>',
    '  </testsuite>'
  ]
  return `${lines.join('\n')}\n`
}

function failure(diagnostic: Diagnostic): string {
  const place = diagnostic.line === undefined ? '' : `${diagnostic.line}:${diagnostic.column ?? 1}`
  const body = [place, diagnostic.path ?? ''].filter(Boolean).join(' ')
  return `      <failure message="${attribute(`${diagnostic.ruleId}: ${diagnostic.message}`)}" type="${attribute(diagnostic.ruleId)}">${text(body)}</failure>`
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF): replaced by U+FFFD. */
const invalidXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/** Element content. */
export function text(value: string): string {
  return value.replace(invalidXml, '\uFFFD').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/** A double-quoted attribute value (newlines and tabs as character references, so parsers keep them). */
export function attribute(value: string): string {
  return text(value).replaceAll('"', '&quot;').replaceAll('\t', '&#9;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;')
}
