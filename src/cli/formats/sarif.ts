/**
 * `--format sarif`: SARIF 2.1.0, one run, for code-scanning tools (GitHub
 * code scanning, IDE viewers).
 *
 * Streaming: results are written as files are done, and the run's `tool`
 * (whose `rules` are the rule ids that occurred, known only at the end)
 * follows them — JSON key order does not matter to readers. Only the rule
 * table is kept in memory.
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import {isAbsolute, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Diagnostic, Severity} from '../../types.js'
import {crypto} from '../builtins.js'
import {stdinName} from '../inputs.js'
import type {FormatContext, Formatter} from '../report.js'
import {version} from '../version.js'
import {homepage, ruleUrl} from './docs.js'

/** The SARIF schema URL the log names. */
export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json'
/** Key of our `partialFingerprints` entry. */
export const fingerprintKey = 'ldpressFingerprint/v1'

type Level = 'error' | 'warning' | 'note'
const levels: Record<Severity, Level> = {error: 'error', warning: 'warning', info: 'note'}

interface Rule {
  id: string
  helpUri: string
  defaultConfiguration: {level: Level}
}

/** A SARIF formatter for files named relative to `cwd`. */
export function sarif({cwd}: FormatContext): Formatter {
  const rules = new Map<string, {index: number; rule: Rule}>()
  let written = 0
  const ruleIndex = (diagnostic: Diagnostic): number => {
    let entry = rules.get(diagnostic.ruleId)
    if (!entry) {
      entry = {index: rules.size, rule: {id: diagnostic.ruleId, helpUri: ruleUrl(diagnostic.ruleId), defaultConfiguration: {level: levels[diagnostic.severity]}}}
      rules.set(diagnostic.ruleId, entry)
    }
    return entry.index
  }
  return {
    start: () => `{"$schema":${JSON.stringify(sarifSchema)},"version":"2.1.0","runs":[{"results":[`,
    file(report) {
      const artifact = artifactLocation(report.name, cwd)
      return report.diagnostics.map((diagnostic) => `${written++ > 0 ? ',' : ''}\n${JSON.stringify(result(diagnostic, ruleIndex(diagnostic), artifact))}`).join('')
    },
    end() {
      const driver = {name: 'ldpress', version, informationUri: homepage, rules: [...rules.values()].map((entry) => entry.rule)}
      return `${written > 0 ? '\n' : ''}],"tool":{"driver":${JSON.stringify(driver)}}}]}\n`
    }
  }
}

interface ArtifactLocation {
  uri: string
  uriBaseId?: string
}

function result(diagnostic: Diagnostic, ruleIndex: number, artifactLocation: ArtifactLocation) {
  const region = diagnostic.line === undefined ? {} : {region: {startLine: diagnostic.line, startColumn: diagnostic.column ?? 1}}
  return {
    ruleId: diagnostic.ruleId,
    ruleIndex,
    level: levels[diagnostic.severity],
    message: {text: diagnostic.message},
    locations: [{physicalLocation: {artifactLocation, ...region}}],
    partialFingerprints: {[fingerprintKey]: fingerprint(diagnostic, artifactLocation.uri)}
  }
}

/**
 * A file's URI: relative to `cwd` with forward slashes under `%SRCROOT%`
 * when it is inside `cwd`, else an absolute `file:` URL.
 */
export function artifactLocation(name: string, cwd: string): ArtifactLocation {
  if (name === stdinName) return {uri: 'stdin'}
  const path = relative(cwd, resolve(cwd, name))
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return {uri: pathToFileURL(resolve(cwd, name)).href}
  return {uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%'}
}

/**
 * Same finding, same fingerprint across runs: a hash of rule, file, JSON
 * pointer and message — not the line, so code moving down a page does not
 * make a finding look new.
 */
function fingerprint(diagnostic: Diagnostic, uri: string): string {
  return crypto().createHash('sha256')
    .update([diagnostic.ruleId, uri, diagnostic.path ?? '', diagnostic.message].join('\u0000'))
    .digest('hex')
    .slice(0, 32)
}
