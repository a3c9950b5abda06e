/**
 * The rule engine. A field is data: an ordered list of named rules, most
 * trusted first, and one normaliser. A rule returns candidates or nothing; the
 * normaliser turns a candidate into a value or rejects it, and then the next
 * candidate (and the next rule) is tried. The winner carries its provenance.
 */
import type {Point} from '../types.js'
import type {Provenance} from './types.js'

/** A raw value a rule found, and where. */
export interface Candidate<Raw> {
  value: Raw
  position?: Point | undefined
}

export interface Rule<Context, Raw> {
  /** Stable id, shown in provenance and `--explain`: `jsonld`, `meta:og:title`, `h1`… */
  id: string
  /** Candidates in order of preference; empty when the rule has nothing. */
  find: (context: Context) => Iterable<Candidate<Raw>>
}

export interface Field<Context, Raw, Value> {
  rules: ReadonlyArray<Rule<Context, Raw>>
  /** Turn a raw candidate into a value, or `undefined` to fall through to the next one. */
  normalize: (raw: Raw, context: Context) => Value | undefined
}

export interface Winner<Value> {
  value: Value
  provenance: Provenance
}

/** Run a field's rules in order and return the first candidate its normaliser accepts. */
export function runField<Context, Raw, Value>(field: Field<Context, Raw, Value>, context: Context): Winner<Value> | undefined {
  for (const rule of field.rules) {
    for (const candidate of rule.find(context)) {
      const value = field.normalize(candidate.value, context)
      if (value !== undefined) return {value, provenance: provenanceOf(rule.id, candidate.position)}
    }
  }
  return undefined
}

/** Every accepted value of a field, one per rule at most, for conflict checks. */
export function allOfField<Context, Raw, Value>(field: Field<Context, Raw, Value>, context: Context): Array<Winner<Value>> {
  const found: Array<Winner<Value>> = []
  for (const rule of field.rules) {
    for (const candidate of rule.find(context)) {
      const value = field.normalize(candidate.value, context)
      if (value !== undefined) {
        found.push({value, provenance: provenanceOf(rule.id, candidate.position)})
        break
      }
    }
  }
  return found
}

function provenanceOf(rule: string, position: Point | undefined): Provenance {
  return position ? {rule, position} : {rule}
}

/** One candidate a field's rules produced, and what became of it. */
export interface Considered {
  rule: string
  /** The normalised value, or the raw candidate when the normaliser rejected it. */
  value: unknown
  position?: Point
  /** `won`: the value used; `lost`: usable but a more trusted candidate won; `rejected`: the normaliser refused it. */
  outcome: 'won' | 'lost' | 'rejected'
}

/** Every candidate of a field in rule order, for `--explain`. At most `limit` are listed. */
export function explainField<Context, Raw, Value>(field: Field<Context, Raw, Value>, context: Context, limit = 30): Considered[] {
  const considered: Considered[] = []
  let won = false
  for (const rule of field.rules) {
    for (const candidate of rule.find(context)) {
      if (considered.length >= limit) return considered
      const value = field.normalize(candidate.value, context)
      const outcome = value === undefined ? 'rejected' : won ? 'lost' : 'won'
      if (outcome === 'won') won = true
      considered.push({rule: rule.id, value: value ?? candidate.value, ...(candidate.position ? {position: candidate.position} : {}), outcome})
    }
  }
  return considered
}
