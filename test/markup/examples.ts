/**
 * schema.org's examples file (`test/fixtures-vocab/examples-dev.txt`) parsed
 * into sections, and a normal form for comparing the nodes read from its
 * microdata, RDFa and JSON-LD versions.
 */
import {readFileSync} from 'node:fs'
import {read} from '../../src/reading.js'
import {toDocument} from '../../src/markup/document.js'

/** One example: its id (`eg-0382`), the types it illustrates, and each version's markup (absent when `TODO.` or empty). */
export interface Example {
  id: string
  types: string[]
  microdata?: string
  rdfa?: string
  json?: string
}

const sectionNames = ['PRE-MARKUP', 'MICRODATA', 'RDFA', 'JSON'] as const

/** Parse the examples file. */
export function loadExamples(path: string | URL): Example[] {
  const text = readFileSync(path, 'utf8')
  const examples: Example[] = []
  for (const chunk of text.split(/^TYPES:/m).slice(1)) {
    const [header = '', ...lines] = chunk.split('\n')
    const id = /#(eg-\d+)/.exec(header)?.[1] ?? header.trim()
    const types = header.replace(/#eg-\d+/, '').split(/[\s,]+/).filter(Boolean)
    const sections: Record<string, string[]> = {}
    let current: string | undefined
    for (const line of lines) {
      const name = /^([A-Z-]+):\s*$/.exec(line)?.[1]
      if (name && (sectionNames as readonly string[]).includes(name)) {
        current = name
        sections[name] = []
      } else if (current) sections[current]!.push(line)
    }
    // `TODO.`, `This example is JSON only.`, `<div>Not available</div>` and the like: no markup in this syntax.
    const body = (name: string, marker: RegExp) => {
      const value = sections[name]?.join('\n').trim()
      return value && marker.test(value) ? value : undefined
    }
    examples.push({
      id,
      types,
      microdata: body('MICRODATA', /\bitem(?:scope|prop)\b/i),
      rdfa: body('RDFA', /\b(?:typeof|property|vocab)\s*=/i),
      json: body('JSON', /<script\b/i)
    })
  }
  return examples
}

/** The syntaxes of `read()` blocks. */
export type Syntax = 'json-ld' | 'microdata' | 'rdfa'

/** Read one version of an example and put its top-level nodes in normal form (sorted canonical JSON strings). */
export function normalNodes(html: string, syntax: Syntax): {nodes: string[]; errors: string[]} {
  const result = read(html)
  const document = toDocument(result.blocks, {syntax: [syntax]})
  const nodes = document['@graph'].map((node) => canonical(normalise(node, 0))).sort()
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').map((diagnostic) => `${diagnostic.ruleId}: ${diagnostic.message}`)
  return {nodes, errors}
}

/**
 * The normal form: `@context` ignored; types as a sorted list of short names;
 * `@id` kept as written; literals (strings, numbers, booleans, `@value`
 * objects) as strings with white space collapsed; a bare `{"@id": x}`
 * reference as the string `x` (microdata and RDFa give links as strings);
 * every property value as a sorted list (arrays are multisets, one value is
 * a list of one); nested nodes normalised recursively.
 */
export function normalise(value: unknown, depth: number): unknown {
  if (depth > 50) return '…'
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return literal(value)
  if (Array.isArray(value)) return value.map((item) => normalise(item, depth + 1))
  const node = value as Record<string, unknown>
  if (Object.hasOwn(node, '@value')) return literal(node['@value'])
  const keys = Object.keys(node).filter((key) => key !== '@context')
  if (keys.length === 1 && keys[0] === '@id') return collapse(String(node['@id']))
  const out: Record<string, unknown> = {}
  for (const key of keys.sort()) {
    const item = node[key]
    if (key === '@type') out[key] = ([] as unknown[]).concat(item).map(String).sort()
    else if (key === '@id') out[key] = String(item)
    else out[key] = ([] as unknown[]).concat(item).map((entry) => normalise(entry, depth + 1)).sort(byCanonical)
  }
  // `additionalType` naming a schema.org type is another `@type` (microdata has one vocabulary per item, so it is how microdata says "Event and TouristAttraction").
  const additional = (out.additionalType as unknown[] | undefined)?.filter((entry) => typeof entry === 'string' && schemaOrgType.test(entry)) as string[] | undefined
  if (additional && additional.length > 0) {
    const types = new Set([...((out['@type'] as string[] | undefined) ?? []), ...additional.map((iri) => iri.replace(schemaOrgType, '$1'))])
    out['@type'] = [...types].sort()
    const rest = (out.additionalType as unknown[]).filter((entry) => !additional.includes(entry as string))
    if (rest.length > 0) out.additionalType = rest
    else delete out.additionalType
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }
  return out
}

const schemaOrgType = /^https?:\/\/schema\.org\/([A-Z]\w*)$/

function byCanonical(a: unknown, b: unknown): number {
  const x = canonical(a)
  const y = canonical(b)
  return x < y ? -1 : x > y ? 1 : 0
}

/** JSON with keys in order (normal forms are built with sorted keys already). */
export function canonical(value: unknown): string {
  return JSON.stringify(value)
}

/** A literal as a string; numbers written differently (`15`, `15.00`) are the same number. */
function literal(value: unknown): string {
  const text = collapse(String(value))
  // Booleans: `true` in JSON, `<link href="https://schema.org/True">` in microdata and RDFa.
  const boolean = /^https?:\/\/schema\.org\/(True|False)$/.exec(text)
  if (boolean) return boolean[1]!.toLowerCase()
  return /^-?\d+(?:\.\d+)?$/.test(text) ? String(Number(text)) : text
}

/**
 * Where two normal forms differ, as short lines (`/0/address/streetAddress:
 * "a" ≠ "b"`, `/0/creator: only in microdata`). Top-level nodes are paired in
 * sorted order; property values are compared as multisets, recursing when
 * both sides have one value.
 */
export function differences(left: string[], right: string[], names: [string, string]): string[] {
  const out: string[] = []
  if (left.length !== right.length) out.push(`${left.length} top-level nodes in ${names[0]}, ${right.length} in ${names[1]}`)
  const count = Math.min(left.length, right.length)
  for (let index = 0; index < count; index++) diff(JSON.parse(left[index]!), JSON.parse(right[index]!), `/${index}`, names, out)
  return out
}

function diff(a: unknown, b: unknown, path: string, names: [string, string], out: string[]): void {
  if (canonical(a) === canonical(b)) return
  const objects = a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)
  if (!objects) {
    out.push(`${path}: ${short(a)} ≠ ${short(b)}`)
    return
  }
  const x = a as Record<string, unknown[]>
  const y = b as Record<string, unknown[]>
  for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) {
    const at = `${path}/${key}`
    if (!Object.hasOwn(y, key)) out.push(`${at}: only in ${names[0]}`)
    else if (!Object.hasOwn(x, key)) out.push(`${at}: only in ${names[1]}`)
    else if (canonical(x[key]) === canonical(y[key])) continue
    else if (key === '@type' || key === '@id') out.push(`${at}: ${short(x[key])} ≠ ${short(y[key])}`)
    else if (x[key]!.length === y[key]!.length) x[key]!.forEach((value, index) => diff(value, y[key]![index], x[key]!.length === 1 ? at : `${at}/${index}`, names, out))
    else out.push(`${at}: ${x[key]!.length} values ≠ ${y[key]!.length} values`)
  }
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
