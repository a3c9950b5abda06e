/**
 * schema.org's own examples (test/fixtures-vocab/examples-dev.txt): every
 * microdata and RDFa example validates with zero errors under the
 * `schema.org` profile, except those listed below with the errors they
 * really have and why (JSON-LD: examples.test.ts).
 */
import {describe, expect, it} from 'vitest'
import {validateHtml} from '../../src/index.js'
import {loadExamples} from '../markup/examples.js'

const examples = loadExamples(new URL('../fixtures-vocab/examples-dev.txt', import.meta.url))

const additionalType = 'the extra schema.org type is given only as additionalType (the JSON-LD lists both types), which is not a type'
const noVocab = 'the RDFa has no vocab (nor prefix), so its types and properties are not schema.org terms'

/** `id syntax` → the error rules it really has (in order) and why. */
const KNOWN_INVALID: Record<string, {rules: string[]; reason: string}> = {
  'eg-0437 microdata': {
    rules: ['schema.org/property-domain', 'schema.org/property-domain', 'schema.org/property-domain'],
    reason: `startDate, endDate and location on a TouristAttraction: Event (${additionalType})`
  },
  'eg-0439 microdata': {
    rules: ['schema.org/property-domain', 'schema.org/property-domain'],
    reason: `openingHours and email on a TouristAttraction: Winery (${additionalType})`
  },
  'eg-0265 microdata': {
    rules: ['schema.org/property-domain', 'schema.org/property-domain', 'schema.org/property-domain', 'schema.org/property-domain'],
    reason: `numberOfItems and itemListElement on two ListItems that are also ItemLists (${additionalType}); the RDFa says rdf:type and reads clean`
  },
  'eg-0255 microdata': {
    rules: ['schema.org/property-domain'],
    reason: `holdingArchive on a Collection that is also an ArchiveComponent (${additionalType})`
  },
  'eg-0217 microdata': {
    rules: ['schema.org/value-range'],
    reason: 'bookFormat "AudioBook": the member is AudiobookFormat (as in the JSON-LD)'
  },
  'eg-0217 rdfa': {
    rules: ['schema.org/value-range'],
    reason: 'bookFormat "AudioBook": the member is AudiobookFormat (as in the microdata); the mixed typeof="Movie http://productontology.org/id/DVD" reads clean'
  },
  'eg-0029 rdfa': {rules: ['jsonld/missing-context'], reason: noVocab},
  'eg-0031 rdfa': {rules: ['jsonld/missing-context'], reason: noVocab},
  'eg-0438 rdfa': {
    rules: ['jsonld/missing-context', 'jsonld/missing-context'],
    reason: 'the vocab div closes after touristType: the address and geo nodes that follow are outside it (no vocab, separate top-level nodes)'
  }
}

const versions = examples.flatMap((example) =>
  (['microdata', 'rdfa'] as const).flatMap((syntax) => (example[syntax] === undefined ? [] : [{key: `${example.id} ${syntax}`, html: example[syntax]!}]))
)

describe('schema.org examples (microdata and RDFa)', () => {
  it('has many microdata and RDFa versions', () => {
    expect(versions.length).toBeGreaterThanOrEqual(190)
  })

  it('validates every microdata and RDFa example with zero errors (known problems listed)', () => {
    const failures: string[] = []
    for (const {key, html} of versions) {
      const errors = validateHtml(html, {profiles: ['schema.org']}).diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)
      const known = KNOWN_INVALID[key]?.rules ?? []
      if (JSON.stringify(errors) !== JSON.stringify(known)) failures.push(`${key}: ${JSON.stringify(errors)}`)
    }
    expect(failures).toEqual([])
  })

  it('lists only versions that exist, each with a reason', () => {
    const keys = new Set(versions.map((version) => version.key))
    for (const [key, entry] of Object.entries(KNOWN_INVALID)) {
      expect(keys.has(key), key).toBe(true)
      expect(entry.reason.length).toBeGreaterThan(10)
    }
  })
})
