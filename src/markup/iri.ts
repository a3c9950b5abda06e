/**
 * Names of types and properties: schema.org IRIs become the short names a
 * JSON-LD document with `"@context": "https://schema.org"` would use.
 */

/** A resolved type or property name. */
export interface Name {
  name: string
  /** Whether the name is a schema.org term (and `name` its short form). */
  schemaOrg: boolean
}

const schemaOrgTerm = /^https?:\/\/(?:www\.)?schema\.org\/([A-Za-z][\w-]*)$/i
const schemaOrgVocab = /^https?:\/\/(?:www\.)?schema\.org\/?$/i
const absoluteIri = /^[a-z][a-z\d+.-]*:\/\//i

/**
 * Prefixes every RDFa processor knows without a `prefix` attribute (a subset
 * of the RDFa 1.1 initial context, https://www.w3.org/2011/rdfa-context/rdfa-1.1).
 */
const initialPrefixes: ReadonlyMap<string, string> = new Map([
  ['schema', 'http://schema.org/'],
  ['og', 'http://ogp.me/ns#'],
  ['dc', 'http://purl.org/dc/terms/'],
  ['dcterms', 'http://purl.org/dc/terms/'],
  ['foaf', 'http://xmlns.com/foaf/0.1/'],
  ['rdf', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfa', 'http://www.w3.org/ns/rdfa#'],
  ['rdfs', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['xsd', 'http://www.w3.org/2001/XMLSchema#']
])

/** `https://schema.org/NewsArticle` → `NewsArticle`; any other IRI stays as written. */
export function shortName(iri: string): Name {
  const match = schemaOrgTerm.exec(iri)
  return match ? {name: match[1]!, schemaOrg: true} : {name: iri, schemaOrg: false}
}

/** Whether an RDFa `vocab` is schema.org (with or without `www.`, `https` or the final slash). */
export function isSchemaOrgVocab(vocab: string): boolean {
  return schemaOrgVocab.test(vocab)
}

/** Whether a token is an absolute IRI (`scheme://…`) rather than a term or CURIE. */
export function isAbsoluteIri(token: string): boolean {
  return absoluteIri.test(token)
}

/**
 * Resolve an RDFa Lite `typeof` or `property` token: an absolute IRI, a
 * CURIE (`schema:name`, prefixes from `prefix` attributes or the initial
 * context), or a term relative to `vocab`. Unresolvable tokens stay as written.
 */
export function resolveRdfaTerm(token: string, vocab: string | undefined, prefixes: ReadonlyMap<string, string>): Name {
  if (isAbsoluteIri(token)) return shortName(token)
  const colon = token.indexOf(':')
  if (colon > 0) {
    const namespace = prefixes.get(token.slice(0, colon)) ?? initialPrefixes.get(token.slice(0, colon))
    return namespace ? shortName(namespace + token.slice(colon + 1)) : {name: token, schemaOrg: false}
  }
  if (vocab === undefined) return {name: token, schemaOrg: false}
  if (isSchemaOrgVocab(vocab)) return {name: token, schemaOrg: true}
  return shortName(vocab + token)
}

/** Escape a key for a JSON pointer (RFC 6901). */
export function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}
