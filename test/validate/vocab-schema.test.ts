/**
 * The generated JSON Schema of the vocabulary
 * (`schemas/schemaorg/schemaorg.schema.json`) and the validator's own
 * vocabulary checks are two readings of the same vocabulary: compiled with a
 * standard Ajv, the schema must accept and reject exactly the nodes the
 * `schema.org` profile accepts and rejects (unknown properties, property
 * domains, value ranges) — on every node of schema.org's examples and on
 * mutated copies of them.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import {beforeAll, describe, expect, it} from 'vitest'
import {validate} from '../../src/validate/index.js'
import {normalize, shortName, type NodeEntry} from '../../src/validate/normalize.js'
import {isKnown, isSubclassOf} from '../../src/validate/vocabulary.js'
import {loadExamples} from '../markup/examples.js'

const schemaFile = new URL('../../schemas/schemaorg/schemaorg.schema.json', import.meta.url)
const VOCABULARY_RULES = new Set(['schema.org/unknown-property', 'schema.org/property-domain', 'schema.org/value-range'])
const SCHEMA_TERM = /^(?:schema:|https?:\/\/schema\.org\/)([^/#?]+)$/

type Check = (data: unknown) => boolean
const checks = new Map<string, Check>()
/** The Ajv class, whichever way the CommonJS module's default export arrives. */
const Ajv = (Ajv2020 as unknown as {default?: typeof Ajv2020}).default ?? Ajv2020
let ajv: InstanceType<typeof Ajv2020>
let schemaId: string

beforeAll(() => {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as {$id: string}
  // A stock Ajv with its strictest settings: the schema is meant for users' own tools.
  ajv = new Ajv({strict: true, allowUnionTypes: true})
  ajv.addSchema(schema)
  schemaId = schema.$id
})

/** The validator for a node of these types, as a user would write it: `$defs/<Class>` for one, composed `open:` definitions for several. */
function checkFor(types: readonly string[]): Check {
  const key = [...new Set(types)].sort().join(' ')
  let check = checks.get(key)
  if (check === undefined) {
    const names = key.split(' ')
    const schema =
      names.length === 1
        ? {$ref: `${schemaId}#/$defs/${names[0]}`}
        : {
            type: 'object',
            allOf: names.map((name) => ({$ref: `${schemaId}#/$defs/open:${name}`})),
            patternProperties: {'^@': true, ':': true},
            unevaluatedProperties: false
          }
    check = ajv.compile(schema) as Check
    checks.set(key, check)
  }
  return check
}

/** The node as the schema reads it: schema.org property IRIs shortened; a Role without the property it stands in for. */
function view(entry: NodeEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(entry.node)) {
    const match = SCHEMA_TERM.exec(key)
    out[match === null ? key : match[1]!] = value
  }
  const parent = parentProperty(entry.pointer)
  if (parent !== undefined && entry.types.some((type) => isSubclassOf(type, 'Role'))) delete out[parent]
  return out
}

function parentProperty(pointer: string): string | undefined {
  const tokens = pointer.split('/').slice(1)
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index]!
    if (/^\d+$/.test(token)) continue
    return shortName(token.replace(/~1/g, '/').replace(/~0/g, '~'))
  }
  return undefined
}

/**
 * Nodes the comparison is meaningful for: typed with schema.org classes only,
 * under the schema.org context alone (no inline terms, other contexts, or the
 * context's `type`/`id` aliases in use).
 */
function comparable(entry: NodeEntry): boolean {
  const {scope, node, types} = entry
  if (!scope.schemaOrg || scope.terms.size > 0 || scope.foreign.length > 0) return false
  if (scope.aliases && (Object.hasOwn(node, 'type') || Object.hasOwn(node, 'id'))) return false
  return types.length > 0 && types.every((type) => isKnown('class', type))
}

interface Verdict {
  where: string
  ldpress: string[]
  schema: boolean
}

/** Each comparable node's verdict from both: the profile's vocabulary errors on its own properties, and the schema. */
function verdicts(document: unknown, name: string): Verdict[] {
  const normalized = normalize(document)
  const errors = validate(document, {profiles: ['schema.org']}).diagnostics.filter((d) => d.severity === 'error' && VOCABULARY_RULES.has(d.ruleId))
  const out: Verdict[] = []
  for (const entry of normalized.nodes) {
    if (!comparable(entry)) continue
    const own = errors.filter((d) => {
      const rest = d.path?.startsWith(`${entry.pointer}/`) ? d.path.slice(entry.pointer.length + 1) : undefined
      const key = rest?.split('/')[0]?.replace(/~1/g, '/').replace(/~0/g, '~')
      return key !== undefined && Object.hasOwn(entry.node, key)
    })
    out.push({where: `${name} ${entry.pointer || '/'}`, ldpress: own.map((d) => `${d.ruleId} ${d.path}`), schema: checkFor(entry.types)(view(entry))})
  }
  return out
}

function disagreements(list: Verdict[]): string[] {
  return list.filter((v) => v.schema === v.ldpress.length > 0).map((v) => `${v.where}: schema ${v.schema ? 'valid' : 'invalid'}, ldpress ${JSON.stringify(v.ldpress)}`)
}

const documents = loadExamples(fileURLToPath(new URL('../fixtures-vocab/examples-dev.txt', import.meta.url))).flatMap((example) =>
  [...(example.json ?? '').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((match, block) => {
    try {
      return [{name: `${example.id}#${block}`, document: JSON.parse(match[1]!) as unknown}]
    } catch {
      return []
    }
  })
)

describe('schemas/schemaorg/schemaorg.schema.json', () => {
  it('is a draft 2020-12 schema with a definition per class and a range per property', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as {$schema: string; $defs: Record<string, unknown>}
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    for (const name of ['NewsArticle', 'Person', 'open:CreativeWork', 'range:datePublished', 'enumeration:ItemAvailability']) {
      expect(schema.$defs).toHaveProperty([name])
    }
  })

  it('judges every node of schema.org’s JSON-LD examples as the schema.org profile does', () => {
    const all = documents.flatMap(({name, document}) => verdicts(document, name))
    expect(all.length).toBeGreaterThan(500)
    expect(all.filter((v) => !v.schema).length).toBeGreaterThan(0) // the upstream examples with real errors
    expect(disagreements(all)).toEqual([])
  }, 120_000)

  it('judges mutated nodes as the schema.org profile does, and rejects them', () => {
    const mutations: Array<[string, (node: Record<string, unknown>) => void]> = [
      ['misspelt property', (node) => void (node.nmae = 'x')],
      ['property of another type', (node) => void (node.flightNumber = 'x')],
      ['bad date', (node) => void (node.dateCreated = 'yesterday')],
      ['number as date', (node) => void (node.dateCreated = 20240501)],
      ['object where text fits', (node) => void (node.dateCreated = {'@type': 'Person', name: 'x'})],
      ['unknown enumeration member', (node) => void (node.creativeWorkStatus = 'x')]
    ]
    const all: Verdict[] = []
    for (const [label, mutate] of mutations) {
      const node: Record<string, unknown> = {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'A headline'}
      mutate(node)
      all.push(...verdicts(node, label))
    }
    expect(disagreements(all)).toEqual([])
    // creativeWorkStatus takes DefinedTerm or Text: any string fits, so only five of the six are errors.
    expect(all.filter((v) => !v.schema).map((v) => v.where.split(' /')[0])).toEqual(mutations.slice(0, 5).map(([label]) => label))
  })
})
