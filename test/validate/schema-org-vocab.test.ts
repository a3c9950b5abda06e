import {describe, expect, it} from 'vitest'
import {validate} from '../../src/validate/index.js'
import {isIsoDate} from '../../src/validate/vocab-checks.js'
import {ancestorsOf, domainsOf, enumerationsOf, isDataType, rangesOf} from '../../src/validate/vocabulary.js'

const schemaOrg = (document: unknown) => validate(document, {profiles: ['schema.org']}).diagnostics
const doc = (node: Record<string, unknown>) => ({'@context': 'https://schema.org', ...node})
const errors = (node: Record<string, unknown>) => schemaOrg(doc(node)).filter((d) => d.severity === 'error')
const rules = (node: Record<string, unknown>) => errors(node).map((d) => [d.ruleId, d.path])

describe('vocabulary tables', () => {
  it('knows domains, ranges, inheritance, enumeration members and data types', () => {
    expect(domainsOf('recipeIngredient')).toEqual(['Recipe'])
    expect(rangesOf('datePublished')).toEqual(['Date', 'DateTime'])
    expect([...ancestorsOf('NewsArticle')].sort()).toEqual(['Article', 'CreativeWork', 'NewsArticle', 'Thing'])
    expect(enumerationsOf('InStock')).toEqual(['ItemAvailability'])
    for (const type of ['Text', 'URL', 'Number', 'Integer', 'Float', 'Date', 'DateTime', 'Time', 'Boolean', 'CssSelectorType']) expect(isDataType(type)).toBe(true)
    for (const type of ['Thing', 'Person', 'ItemAvailability']) expect(isDataType(type)).toBe(false)
  })
})

describe('schema.org/property-domain', () => {
  it('accepts properties of the type, of its superclasses, and of any type of a multi-type node', () => {
    expect(errors({'@type': 'NewsArticle', headline: 'A', name: 'B', author: 'J', datePublished: '2024-05-01'})).toEqual([])
    expect(errors({'@type': ['Product', 'Car'], vehicleEngine: {'@type': 'EngineSpecification', name: 'V8'}, gtin13: '0000000000000'})).toEqual([])
    expect(errors({'@type': 'schema:Recipe', 'schema:recipeIngredient': ['flour'], 'https://schema.org/name': 'Bread'})).toEqual([])
  })

  it('reports a property none of the types has, on its name, naming the types that do', () => {
    const found = schemaOrg(doc({'@type': 'Person', name: 'Jane', recipeIngredient: 'flour'}))
    expect(found).toEqual([
      {
        ruleId: 'schema.org/property-domain',
        severity: 'error',
        message: '`recipeIngredient` is not a property of `Person`; it is a property of `Recipe`',
        path: '/recipeIngredient',
        source: 'schema.org',
        url: 'https://schema.org/recipeIngredient'
      }
    ])
    expect(rules({'@type': ['Person', 'Organization'], 'http://schema.org/headline': 'x'})).toEqual([['schema.org/property-domain', '/http:~1~1schema.org~1headline']])
    const text = JSON.stringify(doc({'@type': 'Person', headline: 'x'}), null, 2)
    expect(validate(text, {profiles: ['schema.org']}).diagnostics[0]).toMatchObject({ruleId: 'schema.org/property-domain', line: 4, column: 3})
  })

  it('does not judge untyped nodes, unknown types or other vocabularies', () => {
    expect(rules({'@type': 'Person', knows: {headline: 'x'}})).toEqual([])
    expect(rules({'@type': ['Person', 'gs1:Person'], headline: 'x'})).toEqual([])
    expect(rules({'@type': 'Persn', headline: 'x'}).map(([rule]) => rule)).toEqual(['schema.org/unknown-type'])
  })

  it('lets a Role carry the property it stands in for', () => {
    const team = {
      '@type': 'SportsTeam',
      name: 'San Francisco 49ers',
      member: {'@type': 'OrganizationRole', member: {'@type': 'Person', name: 'Joe Montana'}, startDate: '1979', endDate: '1992', roleName: 'Quarterback'}
    }
    expect(errors(team)).toEqual([])
    const film = {'@type': 'Movie', actor: [{'@type': 'PerformanceRole', actor: {'@type': 'Person', name: 'A'}, characterName: 'B'}]}
    expect(errors(film)).toEqual([])
    // …but not some other property.
    expect(rules({'@type': 'SportsTeam', member: {'@type': 'OrganizationRole', actor: 'x'}})).toEqual([['schema.org/property-domain', '/member/actor']])
  })
})

describe('schema.org/value-range', () => {
  it('accepts ISO 8601 dates, date-times and times', () => {
    for (const date of ['2024', '2024-05', '2024-05-01', '2024-05-01T09:30', '2024-05-01T09:30:00Z', '2024-05-01T09:30:00.123+02:00', '2024-05-01T09:30:00-0500', '2024-W18', '20240501', '2024-05-01/2024-05-03', '2024-05-01T09:00/PT2H']) {
      expect(isIsoDate(date), date).toBe(true)
      expect(errors({'@type': 'NewsArticle', datePublished: date}), date).toEqual([])
    }
    expect(errors({'@type': 'Event', name: 'x', doorTime: '19:30'})).toEqual([])
    expect(errors({'@type': 'Event', name: 'x', doorTime: '2024-05-01T19:30'})).toEqual([])
  })

  it('reports a non-date string, a number or a boolean where only dates fit', () => {
    for (const bad of ['yesterday', '05/01/2024', '2024-05-01 09:30:00', '2024-13-01', 'Wed, 02 Feb 2022 09:12:22 +0100', '', 20240501, true]) {
      expect(rules({'@type': 'NewsArticle', datePublished: bad}), String(bad)).toEqual([['schema.org/value-range', '/datePublished']])
    }
    expect(errors({'@type': 'NewsArticle', datePublished: 'yesterday'})[0]!.message).toBe(
      '`datePublished` expects `Date` or `DateTime` in ISO 8601 (2024-05-01, 2024-05-01T09:30:00+02:00), not "yesterday"'
    )
    expect(rules({'@type': 'Event', name: 'x', doorTime: 'at seven'})).toEqual([['schema.org/value-range', '/doorTime']])
  })

  it('checks each item of an array', () => {
    expect(rules({'@type': 'NewsArticle', dateModified: ['2024-05-01', 'soon']})).toEqual([['schema.org/value-range', '/dateModified/1']])
  })

  it('accepts strings for Thing-valued properties, numbers as strings, anything for Text and URL', () => {
    expect(errors({'@type': 'NewsArticle', author: 'Jane Doe', publisher: 'https://news.example/', image: 'https://x.example/a.jpg', about: ['a', 'b']})).toEqual([])
    expect(errors({'@type': 'AggregateRating', ratingValue: '4.5', ratingCount: '12', bestRating: 5})).toEqual([])
    expect(errors({'@type': 'Product', name: 'x', url: '/relative', sameAs: 'not even a URL', description: 42})).toEqual([])
    expect(errors({'@type': 'ImageObject', width: 1600, height: '900'})).toEqual([])
  })

  it('reports an object where only literals fit, but accepts @value objects and references', () => {
    expect(rules({'@type': 'Person', name: {'@type': 'Person', name: 'Jane'}})).toEqual([['schema.org/value-range', '/name']])
    expect(errors({'@type': 'Person', name: {'@type': 'Person', name: 'Jane'}})[0]!.message).toBe('`name` expects a literal value (`Text`), not a `Person` object')
    expect(rules({'@type': 'Person', sameAs: {url: 'https://x.example/'}})).toEqual([['schema.org/value-range', '/sameAs']])
    expect(errors({'@type': 'Person', name: {'@value': 'Jane', '@language': 'en'}, sameAs: {'@id': 'https://x.example/'}})).toEqual([])
  })

  it('accepts enumeration members as short names, schema: names and http/https IRIs', () => {
    for (const value of ['InStock', 'schema:InStock', 'https://schema.org/InStock', 'http://schema.org/InStock', {'@id': 'https://schema.org/InStock'}]) {
      expect(errors({'@type': 'Offer', availability: value, price: '10', priceCurrency: 'EUR'}), JSON.stringify(value)).toEqual([])
    }
    // A subclass of the ranged enumeration, and Boolean members.
    expect(errors({'@type': 'Offer', itemCondition: 'https://schema.org/NewCondition'})).toEqual([])
    expect(errors({'@type': 'Offer', isFamilyFriendly: 'True'})).toEqual([])
    // Free text is a plain string for a Thing-valued property: lenient.
    expect(errors({'@type': 'Offer', availability: 'in stock'})).toEqual([])
  })

  it('reports an enumeration member that does not exist (with a suggestion)', () => {
    for (const value of ['InStok', 'https://schema.org/InStok', 'http://schema.org/inStock', 'Hardcover', {'@id': 'https://schema.org/Nope'}]) {
      expect(rules({'@type': 'Offer', availability: value}), JSON.stringify(value)).toEqual([['schema.org/value-range', '/availability']])
    }
    expect(errors({'@type': 'Offer', availability: 'inStock'})[0]!.message).toBe('"inStock" is not a member of `ItemAvailability` (`availability`); did you mean `InStock`?')
  })

  it('accepts Role objects in place of values, multi-type values and @vocab', () => {
    expect(errors({'@type': 'Person', name: 'x', alumniOf: {'@type': 'OrganizationRole', alumniOf: {'@type': 'CollegeOrUniversity', name: 'U'}, startDate: '2001'}})).toEqual([])
    expect(schemaOrg({'@context': {'@vocab': 'https://schema.org/'}, '@type': 'NewsArticle', datePublished: '2024-05-01', author: {'@type': ['Person', 'Patient'], name: 'J'}})).toEqual([])
    expect(rules({'@type': 'NewsArticle', datePublished: {'@type': 'Event', name: 'x'}})).toEqual([['schema.org/value-range', '/datePublished']])
  })

  it('never turns other vocabularies into errors', () => {
    const found = schemaOrg(doc({'@type': ['Product', 'gs1:Product'], 'gs1:productName': 'x', 'og:title': {'@type': 'Person'}}))
    expect(found.every((d) => d.severity === 'info')).toBe(true)
  })
})
