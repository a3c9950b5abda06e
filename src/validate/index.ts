/**
 * The validate stage: JSON text or a JSON-LD value → diagnostics.
 *
 * JSON text is parsed with positions, the document is normalised (contexts,
 * `@graph`, nesting, `@id` references), then each requested profile runs over
 * it. Validators are generated at build time (Ajv standalone), so nothing is
 * compiled at run time.
 */
import type {Diagnostic, Point} from '../types.js'
import type {Finding} from './finding.js'
import {parseJson} from './json.js'
import {normalize} from './normalize.js'
import {googleProfile} from './profiles/google.js'
import {ldpressProfile} from './profiles/ldpress.js'
import {schemaOrgProfile} from './profiles/schema-org.js'
import type {Profile} from './profiles/types.js'

/** A set of rules to validate against (see {@link ValidateOptions.profiles}). */
export type ProfileName = 'schema.org' | 'google' | 'ldpress'

export interface ValidateOptions {
  /**
   * What to check (default `['schema.org', 'google']`): `schema.org` — the
   * vocabulary; `google` — Google's Article rules; `ldpress` — the contract of
   * ldpress's own extract output. JSON syntax and JSON-LD checks always run.
   */
  profiles?: ProfileName[]
  /** Where the JSON text starts in its file (e.g. inside a `<script>`), to shift line and column. */
  start?: Point
  /** Nesting depth below which nothing is validated (default 256). */
  maxDepth?: number
  /**
   * `@id`s that other blocks of the same page define (`validateHtml` and
   * `validateBlocks` pass them): a reference to one is not dangling.
   */
  pageIds?: ReadonlySet<string>
}

export interface ValidateResult {
  /** `true` when no diagnostic is an error. */
  valid: boolean
  /** JSON, then JSON-LD, then each profile's diagnostics in the order of `profiles`. */
  diagnostics: Diagnostic[]
}

const PROFILES: Record<ProfileName, Profile> = {
  'schema.org': schemaOrgProfile,
  google: googleProfile,
  ldpress: ldpressProfile
}

/**
 * Validate structured data. `input` is JSON text (diagnostics then carry line
 * and column) or an already parsed JSON-LD value: an object, an `@graph`
 * document or an array of nodes. Bad content gives diagnostics; only an
 * unknown profile name throws.
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidateResult {
  const profiles = [...new Set(options.profiles ?? (['schema.org', 'google'] as const))]
  for (const profile of profiles) {
    if (!Object.hasOwn(PROFILES, profile)) {
      throw new TypeError(`Unknown validation profile ${JSON.stringify(profile)}; expected one of ${Object.keys(PROFILES).join(', ')}`)
    }
  }
  // Arrays of findings, flattened once: a spread into push() overflows on hostile input with huge counts.
  const groups: Finding[][] = []
  let document = input
  let locate: ((pointer: string, at?: 'key' | 'value') => Point | undefined) | undefined
  if (typeof input === 'string') {
    const parsed = parseJson(input)
    groups.push(parsed.diagnostics)
    if (!parsed.ok) return finish(groups.flat(), undefined, options.start)
    document = parsed.value
    locate = parsed.locate
  }
  const normalized = normalize(document, {maxDepth: options.maxDepth ?? 256, ...(options.pageIds ? {pageIds: options.pageIds} : {})})
  groups.push(normalized.diagnostics)
  for (const profile of profiles) groups.push(PROFILES[profile]({document, normalized}))
  return finish(groups.flat(), locate, options.start)
}

/** Add positions (shifted by `start`), drop internal fields, decide validity. */
function finish(
  findings: Finding[],
  locate: ((pointer: string, at?: 'key' | 'value') => Point | undefined) | undefined,
  start: Point | undefined
): ValidateResult {
  const diagnostics = findings.map(({ruleId, severity, message, path, line, column, source, url, at}): Diagnostic => {
    if (line === undefined && locate !== undefined && path !== undefined) {
      const point = locate(path, at)
      line = point?.line
      column = point?.column
    }
    if (start !== undefined && line !== undefined && column !== undefined) {
      if (line === 1) column += start.column - 1
      line += start.line - 1
    }
    // Fixed key order, so serialised reports are stable.
    return {
      ruleId,
      severity,
      message,
      ...(path === undefined ? {} : {path}),
      ...(line === undefined || column === undefined ? {} : {line, column}),
      source,
      ...(url === undefined ? {} : {url})
    }
  })
  return {valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics}
}
