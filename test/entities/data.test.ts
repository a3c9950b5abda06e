import {borders} from '@rapideditor/country-coder'
import {describe, expect, it} from 'vitest'
import {builtInEntities, mergeKnown} from '../../src/entities/data/index.js'
import {places} from '../../src/entities/generated/places.js'
import type {KnownEntity} from '../../src/entities/types.js'

const byName = new Map(builtInEntities.map((e) => [e.name, e]))

/** The entity a written name (name or alias) reaches. */
function reach(written: string): KnownEntity | undefined {
  return builtInEntities.find((e) => e.name === written || e.aliases?.includes(written))
}

/** Common English words no name or alias may be (compared lower-cased). */
const stopwords = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'can', 'do', 'for', 'from', 'go', 'he',
  'her', 'his', 'i', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'not', 'of', 'oh', 'on', 'or', 'our',
  'so', 'the', 'to', 'up', 'us', 'we', 'who', 'what', 'will', 'with', 'you', 'am', 'may', 'new',
  'fed', 'pole', 'chad', 'turkey', 'china', 'java', 'male', 'world', 'earth', 'planet', 'guinea',
  'jersey', 'victoria', 'georgia', 'jordan', 'wagner', 'red cross', 'bloomberg',
])
/**
 * Deliberate exceptions: all-caps acronyms whose lower-case form is a word;
 * matching is case-sensitive, and news text uses them constantly. And the
 * country names Turkey, China, Chad, Georgia, Jordan, Guinea: a country's
 * name is its name.
 */
const allowed = new Set(['US', 'WHO', 'Turkey', 'China', 'Chad', 'Georgia', 'Jordan', 'Guinea'])

describe('built-in entity tables', () => {
  it.each([
    ['Russia', 'Q159'],
    ['Ukraine', 'Q212'],
    ['Syria', 'Q858'],
    ['United States', 'Q30'],
    ['United Kingdom', 'Q145'],
    ['Vladimir Putin', 'Q7747'],
    ['NATO', 'Q7184'],
    ['Kyiv', 'Q1899'],
  ])('has %s linked to Wikidata %s', (name, qid) => {
    expect(byName.get(name)?.sameAs).toContain(`https://www.wikidata.org/wiki/${qid}`)
  })

  it('types countries as Country', () => {
    for (const name of ['Russia', 'Ukraine', 'Syria', 'United States']) expect(byName.get(name)?.type).toBe('Country')
  })

  it('keeps demonyms and capitals in related, not in aliases', () => {
    const russia = byName.get('Russia')
    expect(russia?.related).toEqual(expect.arrayContaining(['Russian', 'Russians', 'Moscow']))
    expect(russia?.aliases ?? []).not.toContain('Russian')
    expect(byName.get('Ukraine')?.related).toEqual(expect.arrayContaining(['Ukrainian', 'Kyiv', 'Kiev']))
    expect(byName.get('Syria')?.related).toEqual(expect.arrayContaining(['Syrian', 'Damascus']))
    expect(byName.get('United States')?.related).toEqual(expect.arrayContaining(['American', 'Washington']))
  })

  it('reaches entities through aliases', () => {
    expect(reach('Kiev')?.name).toBe('Kyiv')
    expect(reach('Russian Federation')?.name).toBe('Russia')
    expect(reach('U.S.')?.name).toBe('United States')
    expect(reach('UK')?.name).toBe('United Kingdom')
    expect(reach('Zelenskyy')?.name).toBe('Volodymyr Zelensky')
    expect(reach('Donetsk People’s Republic')?.name).toBe("Donetsk People's Republic")
  })

  it('leaves out demonyms shared by several countries', () => {
    const related = builtInEntities.flatMap((e) => e.related ?? [])
    for (const word of ['Guinean', 'Congolese', 'Dominican', 'Korean']) expect(related).not.toContain(word)
  })

  it('gives every related word to one country only', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const e of places) {
      for (const word of e.related ?? []) {
        if (seen.has(word)) clashes.push(`${word}: ${seen.get(word)} / ${e.name}`)
        seen.set(word, e.name)
      }
    }
    expect(clashes).toEqual([])
  })

  it('has no two entries sharing a name or alias', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const e of builtInEntities) {
      for (const written of new Set([e.name, ...(e.aliases ?? [])])) {
        if (seen.has(written)) clashes.push(`${written}: ${seen.get(written)} / ${e.name}`)
        seen.set(written, e.name)
      }
    }
    expect(clashes).toEqual([])
  })

  it('links only to Wikidata entities or Wikipedia pages', () => {
    const link = /^(https:\/\/www\.wikidata\.org\/wiki\/Q\d+|https:\/\/[a-z-]+\.wikipedia\.org\/wiki\/\S+)$/
    for (const e of builtInEntities) for (const url of e.sameAs ?? []) expect(url).toMatch(link)
  })

  it('links no two entries to the same Wikidata entity', () => {
    const urls = builtInEntities.flatMap((e) => e.sameAs ?? [])
    expect(new Set(urls).size).toBe(urls.length)
  })

  it('has no name or alias that is a common English word', () => {
    const words = builtInEntities
      .flatMap((e) => [e.name, ...(e.aliases ?? [])])
      .filter((w) => !allowed.has(w) && stopwords.has(w.toLowerCase()))
    expect(words).toEqual([])
  })

  it('has no two-letter code that is a word', () => {
    const codes = builtInEntities.flatMap((e) => e.aliases ?? []).filter((a) => /^[A-Z]{2}$/.test(a))
    expect(codes.sort()).toEqual(['AP', 'EU', 'UK', 'UN', 'US'])
  })

  it('types news agencies as NewsMediaOrganization', () => {
    for (const name of ['Associated Press', 'Reuters', 'Agence France-Presse']) {
      expect(byName.get(name)?.type).toBe('NewsMediaOrganization')
    }
    expect(reach('AP')?.type).toBe('NewsMediaOrganization')
    expect(reach('AFP')?.name).toBe('Agence France-Presse')
  })

  it('gives people their title', () => {
    expect(byName.get('Vladimir Putin')?.jobTitle).toBe('President of Russia')
    expect(byName.get('Sergei Shoigu')?.jobTitle).toBe('Defence Minister of Russia')
  })

  it('lets the curated table win on a name clash', () => {
    expect(builtInEntities.filter((e) => e.name === 'Crimea')).toHaveLength(1)
    expect(byName.get('Crimea')?.aliases).toContain('Crimean Peninsula')
    const merged = mergeKnown(
      [{name: 'Georgia', type: 'AdministrativeArea', aliases: ['GA']}],
      [{name: 'Georgia', type: 'Country'}, {name: 'Gabon', type: 'Country', aliases: ['GA', 'Gabonese Republic']}],
    )
    expect(merged).toEqual([
      {name: 'Georgia', type: 'AdministrativeArea', aliases: ['GA']},
      {name: 'Gabon', type: 'Country', aliases: ['Gabonese Republic']},
    ])
  })

  it('covers every UN member state with a country row', () => {
    const countries = places.filter((e) => e.type === 'Country')
    expect(countries.length).toBeGreaterThanOrEqual(193)
  })

  it('gives every UN member state demonyms or a capital', () => {
    // country-coder's feature types need @types/geojson: name the fields read here.
    type Props = {level: string; iso1A2?: string; groups: string[]; wikidata: string}
    const members = (borders.features as unknown as {properties: Props}[])
      .map((f) => f.properties)
      .filter((p) => p.level === 'country' && p.iso1A2 && p.groups?.includes('UN'))
    expect(members).toHaveLength(193)
    const wikidata = new Set(places.filter((e) => e.related?.length).flatMap((e) => e.sameAs ?? []))
    const missing = members.filter((p) => !wikidata.has(`https://www.wikidata.org/wiki/${p.iso1A2 === 'DK' ? 'Q35' : p.iso1A2 === 'NL' ? 'Q55' : p.wikidata}`))
    expect(missing.map((p) => p.iso1A2)).toEqual([])
  })

  it('is sorted by name, so regeneration is stable', () => {
    const names = places.map((e) => e.name)
    expect(names).toEqual([...names].sort())
  })
})
