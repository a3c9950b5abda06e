/**
 * schema.org's own examples (test/fixtures-vocab/examples-dev.txt, a copy of
 * the schema.org 30.0 examples file): every JSON-LD example validates with
 * zero errors under the `schema.org` profile, and mutated copies are caught.
 */
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {shortName} from '../../src/validate/normalize.js'
import {validate} from '../../src/validate/index.js'
import {loadExamples} from '../markup/examples.js'
import {ancestorsOf, domainsOf, isKnown, rangesOf} from '../../src/validate/vocabulary.js'

interface Example {
  id: string
  /** Index of the block within the example (some have several). */
  block: number
  json: string
}

/** Every JSON-LD block of every example (the file is parsed by the same loader as the markup tests). */
function readExamples(): Example[] {
  const examples: Example[] = []
  for (const example of loadExamples(fileURLToPath(new URL('../fixtures-vocab/examples-dev.txt', import.meta.url)))) {
    let block = 0
    for (const match of (example.json ?? '').matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      examples.push({id: example.id, block: block++, json: match[1]!})
    }
  }
  return examples
}

/**
 * Examples that are invalid upstream, with the errors they really have.
 * Enumeration members: the examples predate the renamed members.
 */
const KNOWN_INVALID: Record<string, {rules: string[]; reason: string}> = {
  'eg-0348': {rules: ['jsonld/missing-context'], reason: 'no @context'},
  'eg-0460': {rules: ['jsonld/missing-context'], reason: 'no @context'},
  'eg-0217': {rules: ['schema.org/value-range'], reason: 'bookFormat "AudioBook": the member is AudiobookFormat'},
  'eg-0490': {
    rules: ['schema.org/value-range', 'schema.org/value-range', 'schema.org/value-range'],
    reason: '"TaxCredit", "NewPurchase", "Active": the members are IncentiveTypeTaxCredit, PurchaseTypeNewPurchase, IncentiveStatusActive'
  },
  'eg-0493': {
    rules: ['schema.org/value-range', 'schema.org/value-range', 'schema.org/value-range'],
    reason: '"RebateOrSubsidy", "NewPurchase", "Active": the members are prefixed with their enumeration (IncentiveTypeRebateOrSubsidy…)'
  }
}

const examples = readExamples()
const errorsOf = (json: string) => validate(json, {profiles: ['schema.org']}).diagnostics.filter((d) => d.severity === 'error')

describe('schema.org examples (JSON-LD)', () => {
  it('reads the examples file', () => {
    expect(examples.length).toBeGreaterThan(200)
  })

  it('validates every JSON-LD example with zero errors (known upstream problems listed)', () => {
    const failures: string[] = []
    for (const {id, block, json} of examples) {
      const errors = errorsOf(json).map((d) => d.ruleId)
      const known = KNOWN_INVALID[id]?.rules ?? []
      if (JSON.stringify(errors) !== JSON.stringify(known)) failures.push(`${id}#${block}: ${JSON.stringify(errors)}`)
    }
    expect(failures).toEqual([])
  })

  describe('mutated copies are caught', () => {
    /** Valid examples whose top node has one known schema.org type. */
    const targets = examples
      .filter(({id}) => KNOWN_INVALID[id] === undefined)
      .map(({id, block, json}) => {
        const document = JSON.parse(json) as unknown
        const top = Array.isArray(document) ? document[0] : (document as Record<string, unknown>)
        const node = Array.isArray(top?.['@graph']) ? top['@graph'][0] : top
        return {name: `${id}#${block}`, document, node: node as Record<string, unknown> | undefined}
      })
      .filter(({node}) => node !== null && typeof node === 'object' && typeof node['@type'] === 'string' && isKnown('class', shortName(node['@type'] as string)))

    const caught = (document: unknown, ruleId: string, path: string, name: string): void => {
      const found = validate(JSON.stringify(document), {profiles: ['schema.org']}).diagnostics
      expect(found.some((d) => d.ruleId === ruleId && d.severity === 'error' && d.path?.endsWith(path)), `${name}: ${ruleId} at ${path} in ${JSON.stringify(found)}`).toBe(true)
    }

    it('a misspelt property → schema.org/unknown-property', () => {
      let count = 0
      for (const {name, document, node} of targets) {
        const key = Object.keys(node!).find((k) => !k.startsWith('@') && !k.includes(':') && k.length > 3)
        if (key === undefined) continue
        const misspelt = key.slice(0, -2) + key.at(-1) + key.at(-2)
        if (misspelt === key || isKnown('property', misspelt)) continue
        const value = node![key]
        delete node![key]
        node![misspelt] = value
        caught(document, 'schema.org/unknown-property', `/${misspelt}`, name)
        node![key] = value
        delete node![misspelt]
        count++
      }
      expect(count).toBeGreaterThan(100)
    })

    it('an unknown type → schema.org/unknown-type', () => {
      let count = 0
      for (const {name, document, node} of targets) {
        const type = node!['@type']
        node!['@type'] = 'Thingamajig'
        caught(document, 'schema.org/unknown-type', '/@type', name)
        node!['@type'] = type
        count++
      }
      expect(count).toBeGreaterThan(150)
    })

    it("a property of another type's domain → schema.org/property-domain", () => {
      let count = 0
      for (const {name, document, node} of targets) {
        const ancestors = ancestorsOf(shortName(node!['@type'] as string))
        const property = ['recipeIngredient', 'birthDate', 'flightNumber'].find(
          (p) => !domainsOf(p).some((d) => ancestors.has(d)) && !Object.hasOwn(node!, p)
        )!
        node![property] = 'x'
        caught(document, 'schema.org/property-domain', `/${property}`, name)
        delete node![property]
        count++
      }
      expect(count).toBeGreaterThan(150)
    })

    it('a bad date → schema.org/value-range', () => {
      let count = 0
      for (const {name, document, node} of targets) {
        const ancestors = ancestorsOf(shortName(node!['@type'] as string))
        const property = ['datePublished', 'birthDate', 'startDate', 'validFrom', 'foundingDate', 'dateCreated'].find(
          (p) => domainsOf(p).some((d) => ancestors.has(d)) && rangesOf(p).every((r) => ['Date', 'DateTime'].includes(r))
        )
        if (property === undefined) continue
        const before = node![property]
        for (const bad of ['yesterday', 20240501, '05/01/2024']) {
          node![property] = bad
          caught(document, 'schema.org/value-range', `/${property}`, name)
        }
        if (before === undefined) delete node![property]
        else node![property] = before
        count++
      }
      expect(count).toBeGreaterThan(50)
    })
  })
})
