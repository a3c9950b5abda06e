/**
 * The `schema.org` profile: `@type`/`@id` shape (schemas/schemaorg-node.schema.json)
 * and the vocabulary — unknown types and properties (with a suggestion),
 * superseded terms, and terms of other vocabularies (`og:title`), which are
 * noted and not checked. Where a context ldpress does not load is in effect
 * (`"@context": ["https://schema.org", "https://www.w3.org/ns/credentials/v2"]`),
 * an unknown term may be that context's: it is noted, not an error.
 *
 * Then, for every schema.org property of a node (src/validate/vocab-checks.ts):
 * its domain (`schema.org/property-domain`: not on any of the node's types)
 * and the range of its values (`schema.org/value-range`: a non-ISO date, an
 * object where only literals fit, an enumeration member that does not exist).
 */
import {runValidator} from '../ajv-diagnostics.js'
import {schemaIds, schemaorgNode} from '../generated/validators.js'
import type {NodeEntry, ReverseEntry} from '../normalize.js'
import {appendPointer, splitPointer} from '../pointer.js'
import {checkDomain, checkRange} from '../vocab-checks.js'
import {isKnown, replacementOf, suggest, type TermKind} from '../vocabulary.js'
import type {Finding, Profile} from './types.js'

const SCHEMA_TERM = /^(?:schema:|https?:\/\/schema\.org\/)([^/#?]+)$/
const DOCS = 'https://schema.org/docs/full.html'
/** Terms outside schema.org that Google documents for its features (sitelinks search box). */
const GOOGLE_EXTENSIONS = new Set(['query-input'])

/** Check every node: shape of `@type`/`@id`, then each type and property name against the vocabulary. */
export const schemaOrgProfile: Profile = ({normalized}) => {
  const findings: Finding[] = []
  const suggestions = suggester()
  for (const entry of normalized.nodes) {
    const shape = runValidator(entry.node, {
      validator: schemaorgNode,
      schemaId: schemaIds.schemaorgNode,
      source: 'schema.org',
      toDocument: (pointer) => entry.pointer + pointer
    })
    for (const finding of [...shape, ...checkTypes(entry, suggestions)]) findings.push(finding)
    const {scope} = entry
    const parentProperty = parentPropertyOf(entry.pointer)
    for (const key of Object.keys(entry.node)) {
      if (key.startsWith('@') || scope.terms.has(key) || GOOGLE_EXTENSIONS.has(key)) continue
      if (scope.aliases && (key === 'type' || key === 'id')) continue
      const path = appendPointer(entry.pointer, key)
      const finding = checkTerm('property', key, path, scope.foreign, suggestions)
      if (finding !== undefined) findings.push({...finding, at: 'key'})
      const match = SCHEMA_TERM.exec(key)
      const name = match === null ? key : match[1]!
      if (finding !== undefined && finding.ruleId !== 'schema.org/superseded') continue
      if (match === null && key.includes(':')) continue
      const domain = checkDomain(name, entry.types, parentProperty, path)
      if (domain !== undefined) findings.push(domain)
      for (const range of checkRange(name, entry.node[key], path, scope.aliases, suggestions)) findings.push(range)
    }
  }
  for (const reverse of normalized.reverse) for (const finding of checkReverse(reverse, suggestions)) findings.push(finding)
  return findings
}

/**
 * A reverse property (`"@reverse": {"author": {"@type": "NewsArticle"}}` on a Person): its name like any
 * property, its domain against the types of the nodes inside, its range against the node holding `@reverse`.
 */
function checkReverse({property, pointer, object, subjects}: ReverseEntry, suggestions: Suggester): Finding[] {
  const {scope} = object
  if (scope.terms.has(property) || GOOGLE_EXTENSIONS.has(property)) return []
  const findings: Finding[] = []
  const finding = checkTerm('property', property, pointer, scope.foreign, suggestions)
  if (finding !== undefined) findings.push({...finding, at: 'key'})
  if (finding !== undefined && finding.ruleId !== 'schema.org/superseded') return findings
  const match = SCHEMA_TERM.exec(property)
  if (match === null && property.includes(':')) return findings
  const name = match === null ? property : match[1]!
  for (const subject of subjects) {
    const domain = checkDomain(name, subject.types, undefined, pointer)
    if (domain !== undefined) {
      findings.push(domain)
      break
    }
  }
  return findings
}

/** The property a nested node is the value of (`/author/0` → `author`), schema.org IRIs shortened. */
function parentPropertyOf(pointer: string): string | undefined {
  const tokens = splitPointer(pointer) ?? []
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (/^\d+$/.test(token) || token === '@list' || token === '@set') continue
    const match = SCHEMA_TERM.exec(token)
    return match === null ? token : match[1]
  }
  return undefined
}

function checkTypes(entry: NodeEntry, suggestions: Suggester): Finding[] {
  const {node, scope} = entry
  const typeKey = Object.hasOwn(node, '@type') || !scope.aliases ? '@type' : 'type'
  const type = node[typeKey]
  const list: Array<[unknown, string]> = Array.isArray(type)
    ? type.map((item, index) => [item, appendPointer(appendPointer(entry.pointer, typeKey), index)])
    : [[type, appendPointer(entry.pointer, typeKey)]]
  const findings: Finding[] = []
  for (const [name, path] of list) {
    if (typeof name !== 'string' || name === '') continue
    const finding = checkTerm('class', name, path, scope.foreign, suggestions)
    if (finding !== undefined) findings.push(finding)
  }
  return findings
}

type Suggester = (kind: TermKind, name: string) => string | undefined

/**
 * Suggestions for one run: each distinct unknown name is looked up once, and
 * only the first 100 get one, so a document with 200,000 made-up names costs
 * no more than one with a hundred.
 */
function suggester(): Suggester {
  const memo = new Map<string, string | undefined>()
  return (kind, name) => {
    const key = `${kind}\0${name}`
    if (!memo.has(key)) memo.set(key, memo.size < 100 ? suggest(kind, name) : undefined)
    return memo.get(key)
  }
}

/** One type or property name: schema.org (short, `schema:` or IRI), or another vocabulary's. */
function checkTerm(kind: TermKind, term: string, path: string, foreign: readonly string[], suggestions: Suggester): Finding | undefined {
  const noun = kind === 'class' ? 'type' : 'property'
  const match = SCHEMA_TERM.exec(term)
  if (match === null && term.includes(':')) {
    return {
      ruleId: `schema.org/foreign-${noun}`,
      severity: 'info',
      message: `\`${term}\` is not a schema.org ${noun}; terms of other vocabularies are not checked`,
      path,
      source: 'schema.org',
      url: DOCS
    }
  }
  const name = match === null ? term : match[1]!
  if (!isKnown(kind, name) && match === null && foreign.length > 0) {
    return {
      ruleId: 'schema.org/unchecked-term',
      severity: 'info',
      message: `\`${name}\` is not a schema.org ${noun}; it may come from ${foreign.map((c) => JSON.stringify(c)).join(', ')}, which ldpress does not load`,
      path,
      source: 'schema.org',
      url: DOCS
    }
  }
  if (!isKnown(kind, name)) {
    const suggestion = suggestions(kind, name)
    return {
      ruleId: `schema.org/unknown-${noun}`,
      severity: 'error',
      message: `\`${name}\` is not a schema.org ${noun}${suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`}`,
      path,
      source: 'schema.org',
      url: suggestion === undefined ? DOCS : `https://schema.org/${suggestion}`
    }
  }
  const replacement = replacementOf(name)
  if (replacement !== undefined) {
    return {
      ruleId: 'schema.org/superseded',
      severity: 'warning',
      message: `\`${name}\` is superseded by \`${replacement}\``,
      path,
      source: 'schema.org',
      url: `https://schema.org/${replacement}`
    }
  }
  return undefined
}
