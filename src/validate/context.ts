/**
 * `@context` as ldpress reads it: no remote loading, just enough to know
 * whether terms are schema.org terms. Accepted as schema.org:
 * `https://schema.org`, `http://schema.org` (with or without a trailing
 * slash), the schema.org context file, `{"@vocab": "https://schema.org/"}`,
 * and arrays holding one of these.
 */
import type {Diagnostic} from '../types.js'
import {appendPointer} from './pointer.js'
import {preview} from './preview.js'

/** What the contexts in effect at a node say about its terms. */
export interface ContextScope {
  /** The schema.org context (or vocabulary) is in effect. */
  schemaOrg: boolean
  /** The schema.org context file is in effect, with its aliases `type` → `@type`, `id` → `@id`. */
  aliases: boolean
  /** Terms defined inline by `@context` objects: not schema.org terms. */
  terms: ReadonlySet<string>
  /** Other remote contexts or vocabularies in effect, which may define any term (not loaded). */
  foreign: readonly string[]
}

/** The scope outside any `@context`: nothing is known to be schema.org. */
export const EMPTY_SCOPE: ContextScope = {schemaOrg: false, aliases: false, terms: new Set(), foreign: []}

const JSONLD_SPEC = 'https://www.w3.org/TR/json-ld11/'
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/
const SCHEMA_ORG_FILE = /^https?:\/\/schema\.org\/docs\/jsonldcontext\.jsonld?$/

/**
 * The scope inside an object whose `@context` is `context`, given the scope
 * around it. Reports `jsonld/unknown-context` (no schema.org in effect) and
 * `jsonld/context-vocab` (`@vocab` without its trailing slash).
 */
export function enterContext(parent: ContextScope, context: unknown, pointer: string, diagnostics: Diagnostic[]): ContextScope {
  const scope = {schemaOrg: parent.schemaOrg, aliases: parent.aliases, terms: new Set(parent.terms), foreign: [...parent.foreign]}
  const items = Array.isArray(context) ? context : [context]
  items.forEach((item, index) => {
    const itemPointer = Array.isArray(context) ? appendPointer(pointer, index) : pointer
    if (item === null) {
      Object.assign(scope, EMPTY_SCOPE, {terms: new Set<string>(), foreign: []})
    } else if (typeof item === 'string') {
      if (SCHEMA_ORG.test(item) || SCHEMA_ORG_FILE.test(item)) Object.assign(scope, {schemaOrg: true, aliases: true})
      else scope.foreign.push(item)
    } else if (typeof item === 'object' && !Array.isArray(item)) {
      readDefinitions(item as Record<string, unknown>, itemPointer, scope, diagnostics)
    }
  })
  if (!scope.schemaOrg) {
    diagnostics.push({
      ruleId: 'jsonld/unknown-context',
      severity: 'warning',
      message: `\`@context\` ${preview(context)} does not bring in schema.org; use "https://schema.org"`,
      path: pointer,
      source: 'jsonld',
      url: JSONLD_SPEC + '#the-context'
    })
  }
  return scope
}

function readDefinitions(
  definitions: Record<string, unknown>,
  pointer: string,
  scope: {schemaOrg: boolean; terms: Set<string>; foreign: string[]},
  diagnostics: Diagnostic[]
): void {
  for (const key of Object.keys(definitions)) {
    if (key.startsWith('@')) continue
    scope.terms.add(key)
    // A prefix for schema.org ("schema": "https://schema.org/") brings it in for prefixed terms.
    const definition = definitions[key]
    const iri = typeof definition === 'object' && definition !== null ? (definition as Record<string, unknown>)['@id'] : definition
    if (typeof iri === 'string' && /^https?:\/\/schema\.org\/$/.test(iri)) scope.schemaOrg = true
  }
  const vocab = definitions['@vocab']
  if (typeof vocab !== 'string') return
  if (/^https?:\/\/schema\.org\/$/.test(vocab)) {
    scope.schemaOrg = true
  } else if (SCHEMA_ORG.test(vocab)) {
    scope.schemaOrg = true
    diagnostics.push({
      ruleId: 'jsonld/context-vocab',
      severity: 'warning',
      message: `"@vocab": ${JSON.stringify(vocab)} lacks the trailing slash, so terms expand to IRIs like ${vocab}NewsArticle; use "${vocab}/"`,
      path: appendPointer(pointer, '@vocab'),
      source: 'jsonld',
      url: JSONLD_SPEC + '#default-vocabulary'
    })
  } else {
    scope.foreign.push(vocab)
  }
}
