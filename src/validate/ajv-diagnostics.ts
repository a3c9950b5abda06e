/**
 * Turn the errors of a generated Ajv validator into diagnostics.
 *
 * Every rule is a subschema annotated with `x-rule` (see
 * `scripts/gen-validators.mjs`); an error belongs to the nearest annotated
 * schema above its `schemaPath`. One diagnostic is kept per rule and place, so
 * the errors Ajv reports for every branch of an `anyOf` collapse into the one
 * message the rule defines.
 */
import type {Finding} from './finding.js'
import type {GeneratedError, GeneratedValidator, RuleEntry} from './generated/validators.js'
import {ruleTable} from './generated/validators.js'
import {preview} from './preview.js'
import {appendPointer, splitPointer, valueAt} from './pointer.js'

export interface RunOptions {
  validator: GeneratedValidator
  /** `$id` of the validator's schema (Ajv reports paths inside it as `#/…`). */
  schemaId: string
  /** Profile name, the diagnostics' `source`. */
  source: string
  /** Map a pointer into the validated value to a document pointer (default: unchanged). */
  toDocument?: (pointer: string) => string
}

/** Keywords whose subschema applies to a member or item (one level down in the instance). */
const DESCENDING = new Set(['properties', 'patternProperties', 'prefixItems', 'items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'contains'])
/** Keywords followed by a name or index in a schema path. */
const NAMED = new Set(['properties', 'patternProperties', 'prefixItems', 'dependentSchemas', 'allOf', 'anyOf', 'oneOf', '$defs'])

/**
 * Validate `data` and convert the errors at once (a validator's `errors` is
 * overwritten by its next call).
 */
export function runValidator(data: unknown, options: RunOptions): Finding[] {
  const {validator, schemaId, source} = options
  const toDocument = options.toDocument ?? ((pointer: string) => pointer)
  if (validator(data)) return []
  const errors = [...(validator.errors ?? [])]
  const diagnostics: Finding[] = []
  const seen = new Set<string>()
  for (const error of errors) {
    // `if` only says "then/else failed"; the errors of then/else say what.
    if (error.keyword === 'if') continue
    const site = findRule(error.schemaPath, schemaId)
    const entry: RuleEntry = site?.entry ?? {rule: `${source}/schema`, severity: 'error'}
    const rulePath = site === undefined ? error.instancePath : trimPointer(error.instancePath, site.descents)
    const member = memberName(error)
    const path = member === undefined ? error.instancePath : appendPointer(error.instancePath, member)
    const key = entry.message === undefined ? `${entry.rule}\0${path}\0${error.keyword}` : `${entry.rule}\0${rulePath}`
    if (seen.has(key)) continue
    seen.add(key)
    const diagnostic: Finding = {
      ruleId: entry.rule,
      severity: entry.severity,
      message: entry.message === undefined ? genericMessage(error, data) : fillTemplate(entry.message, error, rulePath, data),
      path: toDocument(path),
      source
    }
    if (entry.url !== undefined) diagnostic.url = entry.url
    if (member !== undefined) diagnostic.at = 'key'
    diagnostics.push(diagnostic)
  }
  return diagnostics
}

type RuleSite = {entry: RuleEntry; descents: number} | undefined

/** Schema locations are few and errors repeat them: remember each lookup. */
const ruleSites = new Map<string, RuleSite>()

/** The nearest rule above an error's schema location, and how many instance levels lie between them. */
function findRule(schemaPath: string, schemaId: string): RuleSite {
  const key = `${schemaId}\0${schemaPath}`
  if (ruleSites.has(key)) return ruleSites.get(key)
  const site = lookupRule(schemaPath, schemaId)
  ruleSites.set(key, site)
  return site
}

function lookupRule(schemaPath: string, schemaId: string): RuleSite {
  const hash = schemaPath.indexOf('#')
  const id = hash <= 0 ? schemaId : schemaPath.slice(0, hash)
  let fragment = schemaPath.slice(hash + 1)
  try {
    fragment = decodeURIComponent(fragment)
  } catch {
    // keep it as written
  }
  // Raw (still ~-escaped) tokens, as the rule table keys are written; the last one is the failing keyword.
  const tokens = fragment.split('/').slice(1, -1)
  let pointer = fragment.slice(0, fragment.lastIndexOf('/'))
  for (let length = tokens.length; length >= 0; length--) {
    const entry = Object.hasOwn(ruleTable, `${id}#${pointer}`) ? ruleTable[`${id}#${pointer}`] : undefined
    if (entry !== undefined) return {entry, descents: countDescents(tokens.slice(length))}
    pointer = pointer.slice(0, pointer.lastIndexOf('/'))
  }
  return undefined
}

function countDescents(tokens: string[]): number {
  let descents = 0
  for (let index = 0; index < tokens.length; index++) {
    const keyword = tokens[index]!
    if (DESCENDING.has(keyword)) descents++
    if (NAMED.has(keyword)) index++
  }
  return descents
}

function trimPointer(pointer: string, levels: number): string {
  if (levels === 0) return pointer
  const tokens = pointer.split('/')
  return tokens.slice(0, Math.max(1, tokens.length - levels)).join('/')
}

/** The member an error is about, for errors reported on the enclosing object. */
function memberName(error: GeneratedError): string | undefined {
  const name = error.params['additionalProperty'] ?? error.params['unevaluatedProperty']
  return typeof name === 'string' ? name : undefined
}

/**
 * Fill a rule's message template: `{value}` (the failing value), `{type}`
 * (the `@type` of the node the rule applies to), `{property}` (the member the
 * rule applies to) and `{length}` (of the failing string).
 */
function fillTemplate(template: string, error: GeneratedError, rulePath: string, data: unknown): string {
  return template.replace(/\{(value|type|property|length)\}/g, (_, name: string) => {
    if (name === 'value') return preview(valueAt(data, error.instancePath))
    if (name === 'length') {
      const value = valueAt(data, error.instancePath)
      return typeof value === 'string' ? String([...value].length) : '?'
    }
    if (name === 'property') return splitPointer(rulePath)?.at(-1) ?? '(root)'
    return describeType(valueAt(data, rulePath))
  })
}

function describeType(node: unknown): string {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return preview(node)
  const type = (node as Record<string, unknown>)['@type']
  if (typeof type === 'string') return type
  if (Array.isArray(type) && type.length > 0) return type.map((t) => (typeof t === 'string' ? t : preview(t))).join(', ')
  return type === undefined ? 'an object without `@type`' : preview(type)
}

/** A message for a rule without a template: what failed, in words, with the value. */
function genericMessage(error: GeneratedError, data: unknown): string {
  const tokens = splitPointer(error.instancePath) ?? []
  const name = tokens.length === 0 ? 'The document' : `\`${memberLabel(tokens)}\``
  const value = valueAt(data, error.instancePath)
  const params = error.params
  switch (error.keyword) {
    case 'required':
      return `${name} is missing the required property \`${String(params['missingProperty'])}\``
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `Unexpected property \`${String(memberName(error))}\` in ${tokens.length === 0 ? 'the document' : name}`
    case 'pattern':
      return `${name} ${preview(value)} is not in the expected format`
    case 'format':
      return `${name} ${preview(value)} is not a valid ${String(params['format'])}`
    case 'const':
      return `${name} must be ${preview(params['allowedValue'])}, not ${preview(value)}`
    case 'enum':
      return `${name} must be one of ${preview(params['allowedValues'], 120)}, not ${preview(value)}`
    case 'type':
      return `${name} must be ${String(params['type'])}, not ${preview(value)}`
    default:
      return `${name} ${error.message ?? 'is invalid'}`
  }
}

/** `/@graph/0/author/1` → `author[1]`: the last member name with the indices after it. */
function memberLabel(tokens: string[]): string {
  let label = ''
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (!/^\d+$/.test(token)) return token + label
    label = `[${token}]${label}`
  }
  return label
}
