/**
 * Property domains and value ranges of the schema.org vocabulary, for the
 * `schema.org` profile. Everything is read from tables generated from the
 * vocabulary (`schema:domainIncludes`, `schema:rangeIncludes`, enumeration
 * members, data types) and memoised per property, so a check is a few Set
 * lookups.
 *
 * Lenient where schema.org is: a value matching ANY type of the range is
 * valid; a Thing-valued property may be a plain string; numbers may be
 * strings; Text and URL take any string; Role objects stand in for values;
 * untyped, unknown-typed or other-vocabulary nodes are not judged.
 */
import type {Finding} from './finding.js'
import {isReference, shortName} from './normalize.js'
import {appendPointer} from './pointer.js'
import {preview} from './preview.js'
import {ancestorsOf, domainsOf, enumerationsOf, isDataType, isKnown, isSubclassOf, rangesOf, suggest, type TermKind} from './vocabulary.js'

/** Looks up "did you mean" names; the profile passes one that caps the lookups per run. */
export type Suggest = (kind: TermKind, name: string) => string | undefined

const SOURCE = 'schema.org'
const SCHEMA_IRI = /^(?:schema:|https?:\/\/schema\.org\/)([^/#?]+)$/
const TOKEN = /^[A-Za-z][A-Za-z0-9_]*$/
const DATE_TYPES = new Set(['Date', 'DateTime', 'Time'])

interface RangeInfo {
  ranges: readonly string[]
  /** Every range type is a literal type (Text, URL, Number, Date…): no node object fits. */
  literalOnly: boolean
  /** Every range type is Date, DateTime or Time. */
  dateOnly: boolean
  /** Time is in the range. */
  time: boolean
  /** The enumerations in the range. */
  enumerations: readonly string[]
  /** The range is enumerations (and possibly Boolean/Number-like literals) only, no Text and no other class. */
  enumerationOnly: boolean
}

const rangeMemo = new Map<string, RangeInfo>()

function rangeInfo(property: string): RangeInfo {
  let info = rangeMemo.get(property)
  if (info !== undefined) return info
  const ranges = rangesOf(property)
  const enumerations = ranges.filter((range) => isSubclassOf(range, 'Enumeration'))
  const text = ranges.some((range) => isSubclassOf(range, 'Text'))
  info = {
    ranges,
    literalOnly: ranges.length > 0 && ranges.every(isDataType),
    dateOnly: ranges.length > 0 && ranges.every((range) => DATE_TYPES.has(range)),
    time: ranges.includes('Time'),
    enumerations,
    enumerationOnly: enumerations.length > 0 && !text && ranges.every((range) => isDataType(range) || enumerations.includes(range))
  }
  rangeMemo.set(property, info)
  return info
}

/** The node's types are all schema.org classes (and there is one): only then can a domain be judged. */
function knownTypes(types: readonly string[]): boolean {
  return types.length > 0 && types.every((type) => isKnown('class', type))
}

/**
 * `schema.org/property-domain`: `property` is on none of the node's types
 * (nor their superclasses). A Role node may carry the property it stands in
 * for (`parentProperty`).
 */
export function checkDomain(property: string, types: readonly string[], parentProperty: string | undefined, path: string): Finding | undefined {
  const domains = domainsOf(property)
  if (domains.length === 0 || !knownTypes(types)) return undefined
  for (const type of types) {
    const ancestors = ancestorsOf(type)
    if (domains.some((domain) => ancestors.has(domain))) return undefined
  }
  if (property === parentProperty && types.some((type) => isSubclassOf(type, 'Role'))) return undefined
  const listed = domains.slice(0, 6).map((d) => `\`${d}\``).join(', ') + (domains.length > 6 ? ` and ${domains.length - 6} more` : '')
  const own = types.map((t) => `\`${t}\``).join(', ')
  return {
    ruleId: 'schema.org/property-domain',
    severity: 'error',
    message: `\`${property}\` is not a property of ${own}; it is a property of ${listed}`,
    path,
    source: SOURCE,
    url: `https://schema.org/${property}`,
    at: 'key'
  }
}

/** `schema.org/value-range` for every value of `property` (arrays item by item). */
export function checkRange(property: string, value: unknown, path: string, aliases: boolean, suggestions: Suggest = suggest): Finding[] {
  const info = rangeInfo(property)
  if (info.ranges.length === 0) return []
  const findings: Finding[] = []
  const items: Array<[unknown, string]> = []
  // Array.from, not map: the holes of a sparse array (JS callers) become `undefined` items, reported like any other.
  for (const [item, itemPath] of Array.isArray(value) ? Array.from(value, (item: unknown, index) => [item, appendPointer(path, index)] as const) : [[value, path] as const]) {
    // `{"@list": [...]}` and `{"@set": [...]}` are transparent: their items are the values.
    const wrapper = item !== null && typeof item === 'object' && !Array.isArray(item) ? (['@list', '@set'] as const).find((key) => Object.hasOwn(item, key)) : undefined
    if (wrapper === undefined) items.push([item, itemPath])
    else {
      const inner = (item as Record<string, unknown>)[wrapper]
      const listPath = appendPointer(itemPath, wrapper)
      if (Array.isArray(inner)) inner.forEach((entry, index) => items.push([entry, appendPointer(listPath, index)]))
      else items.push([inner, listPath])
    }
  }
  for (const [item, itemPath] of items) {
    const message = rangeProblem(property, item, info, aliases, suggestions)
    if (message !== undefined) {
      findings.push({ruleId: 'schema.org/value-range', severity: 'error', message, path: itemPath, source: SOURCE, url: `https://schema.org/${property}`})
    }
  }
  return findings
}

function expected(info: RangeInfo): string {
  return info.ranges.map((r) => `\`${r}\``).join(' or ')
}

function rangeProblem(property: string, value: unknown, info: RangeInfo, aliases: boolean, suggestions: Suggest): string | undefined {
  if (typeof value === 'string') {
    if (info.dateOnly && !isIsoDate(value, info.time)) {
      return `\`${property}\` expects ${expected(info)} in ISO 8601 (2024-05-01, 2024-05-01T09:30:00+02:00), not ${preview(value)}`
    }
    if (info.enumerationOnly) return enumerationProblem(property, value, info, suggestions)
    return undefined
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    if (info.dateOnly) return `\`${property}\` expects ${expected(info)} as an ISO 8601 string, not the ${typeof value} ${String(value)}`
    return undefined
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const object = value as Record<string, unknown>
  if (Object.hasOwn(object, '@value') || Object.hasOwn(object, '@list') || Object.hasOwn(object, '@set')) return undefined
  if (isReference(object)) {
    const id = object['@id']
    return info.enumerationOnly && typeof id === 'string' && SCHEMA_IRI.test(id) ? enumerationProblem(property, id, info, suggestions) : undefined
  }
  if (!info.literalOnly || Object.keys(object).every((key) => key.startsWith('@') && key !== '@type')) return undefined
  const type = Object.hasOwn(object, '@type') ? object['@type'] : aliases ? object['type'] : undefined
  const types = (Array.isArray(type) ? type : type === undefined ? [] : [type]).filter((t): t is string => typeof t === 'string').map(shortName)
  if (types.length > 0 && !knownTypes(types)) return undefined
  if (types.some((t) => isSubclassOf(t, 'Role'))) return undefined
  if (types.some((t) => info.ranges.some((range) => isSubclassOf(t, range)))) return undefined
  const what = types.length === 0 ? 'an object' : `a ${types.map((t) => `\`${t}\``).join('/')} object`
  return `\`${property}\` expects a literal value (${expected(info)}), not ${what}`
}

/** A string for an enumeration-only range: a member (short name or schema.org IRI) of one of the range's enumerations. */
function enumerationProblem(property: string, value: string, info: RangeInfo, suggestions: Suggest): string | undefined {
  const iri = SCHEMA_IRI.exec(value)
  const name = iri === null ? value : iri[1]!
  if (iri === null && !TOKEN.test(value)) return undefined // free text: lenient, as for any Thing-valued property
  if (info.ranges.includes('Boolean') && /^(?:true|false)$/i.test(name)) return undefined
  const fits = enumerationsOf(name).some((enumeration) => info.enumerations.some((range) => isSubclassOf(enumeration, range)))
  if (fits) return undefined
  const members = info.enumerations.map((e) => `\`${e}\``).join(' or ')
  const suggestion = suggestMember(name, info, suggestions)
  return `${preview(value)} is not a member of ${members} (\`${property}\`)${suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`}`
}

function suggestMember(name: string, info: RangeInfo, suggestions: Suggest): string | undefined {
  const candidate = suggestions('member', name)
  if (candidate === undefined) return undefined
  return enumerationsOf(candidate).some((e) => info.enumerations.some((range) => isSubclassOf(e, range))) ? candidate : undefined
}

const DATE = /^[+-]?(\d{4,})(?:-(?:(\d{2})(?:-(\d{2}))?|W\d{2}(?:-\d)?|\d{3}))?$/
const BASIC_DATE = /^\d{8}$/
const TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/
const DURATION = /^P(?=\d|T\d)(?:\d+(?:[.,]\d+)?[YMWD])*(?:T(?:\d+(?:[.,]\d+)?[HMS])+)?$/

function isDate(text: string): boolean {
  if (BASIC_DATE.test(text)) return true
  const match = DATE.exec(text)
  if (match === null) return false
  const month = match[2] === undefined ? 1 : Number(match[2])
  const day = match[3] === undefined ? 1 : Number(match[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

function isTime(text: string): boolean {
  const match = TIME.exec(text)
  if (match === null) return false
  return Number(match[1]) <= 24 && (match[2] === undefined || Number(match[2]) <= 59) && (match[3] === undefined || Number(match[3]) <= 60)
}

function isDateOrDateTime(text: string): boolean {
  const t = text.indexOf('T')
  return t === -1 ? isDate(text) : isDate(text.slice(0, t)) && isTime(text.slice(t + 1))
}

/** ISO 8601: a date, a date-time, a time (when Time is allowed), or an interval of these and durations. */
export function isIsoDate(text: string, time = false): boolean {
  const trimmed = text.trim()
  if (isDateOrDateTime(trimmed) || (time && isTime(trimmed))) return true
  const parts = trimmed.split('/')
  return parts.length === 2 && parts.every((part) => isDateOrDateTime(part) || DURATION.test(part)) && !parts.every((part) => DURATION.test(part))
}
