import {describe, expect, test} from 'vitest'
import {findEntities} from '../../src/entities/index.js'
import type {EntitiesResult, EntityText, KnownEntity} from '../../src/entities/types.js'

const wd = (id: string) => [`https://www.wikidata.org/wiki/${id}`]

/** Only what the built-in table has for these rows (kept here so the rules are tested on their own). */
export const stubTable: readonly KnownEntity[] = [
  {name: 'Russia', type: 'Country', aliases: ['Russian Federation'], related: ['Russian', 'Russians', 'Moscow', 'Kremlin'], sameAs: wd('Q159')},
  {name: 'Ukraine', type: 'Country', related: ['Ukrainian', 'Ukrainians', 'Kyiv', 'Kiev'], sameAs: wd('Q212')},
  {name: 'Syria', type: 'Country', related: ['Syrian', 'Syrians', 'Damascus'], sameAs: wd('Q858')},
  {name: 'United States', type: 'Country', aliases: ['US', 'U.S.', 'USA', 'United States of America'], related: ['American', 'Americans', 'Washington'], sameAs: wd('Q30')},
  {name: 'NATO', type: 'Organization', aliases: ['North Atlantic Treaty Organization'], sameAs: wd('Q7184')},
  {name: 'Vladimir Putin', type: 'Person', aliases: ['Vladimir Vladimirovich Putin'], sameAs: wd('Q7747')},
  {name: 'Kyiv', type: 'Place', aliases: ['Kiev'], sameAs: wd('Q1899')},
  {name: "Donetsk People's Republic", type: 'AdministrativeArea', aliases: ['DPR']},
  {name: "Luhansk People's Republic", type: 'AdministrativeArea', aliases: ["Lugansk People's Republic", 'LPR']},
  {name: 'Idlib', type: 'Place'},
  {name: 'Associated Press', type: 'NewsMediaOrganization', aliases: ['AP']},
  {name: 'Reuters', type: 'NewsMediaOrganization'}
]

/** examples/volunteer-fighters, by hand: no byline, no "Most Popular", the caption without its credit. */
export const volunteerFighters: EntityText = {
  headline: 'Russia willing to allow ‘volunteer fighters’ from West Asia to join fight against Ukraine',
  description: "More than 16,000 foreign fighters have expressed their desire to join the 'liberation movement' of the Donetsk and Luhansk People’s Republics",
  paragraphs: [
    'Russian President Vladimir Putin announced on 11 March his approval to allow thousands of volunteer fighters from across West Asia to join the forces of the People’s Republics of Luhansk and Donetsk.',
    'During a meeting of the Russian Security Council, Defense Minister Sergei Shoigu revealed that the Kremlin had received “numerous requests from various volunteers from various countries, who want to come to the People’s Republics of Luhansk and Donetsk to participate in what they believe is a liberation movement.”',
    '“The majority of requests came from [West Asia], as we have received over 16,000 of them,” Shoigu specified.',
    'In response to the news, the Russian president said: “We need to meet those who want to join voluntarily, to come and help the people who live in Donbass.”',
    'Putin also referred to the west’s ongoing recruitment efforts of mercenaries and extremist groups from across the globe, saying: “As for the mercenaries from all over the world being sent to Ukraine, we see that they do not conceal it, the western sponsors of Ukraine, the Ukrainian regime, do not hide it, they do it openly, neglecting all norms of international law.”',
    'Kiev claims some 20,000 foreign citizens from 52 nations have agreed to help its cause.',
    'On 8 March, hundreds of militants belonging to Hayat Tahrir al-Sham (HTS) extremist group arrived in Ukraine to join the fight against the Russian army. They reportedly left Idlib governorate in northern Syria after receiving extensive training by US troops illegally stationed in Al-Tanf base.',
    '“If you see that there are people who are willing to come as volunteers, especially not for money, and help people residing in Donbass, well, we need to meet them halfway and assist them in moving to the combat zone,” Putin went on to add.',
    'He also ordered that the defense minister prepare a separate report on strengthening Russia’s western borders “in connection to the actions that NATO countries are taking in this direction.”',
    'In late February, Moscow launched a special military operation against its eastern neighbor after recognizing the independence of Luhansk and Donetsk and following a seven-year conflict between Ukrainian forces and the separatist regions.'
  ],
  captions: ['Celebrations in the Lugansk and Donetsk People’s Republics following Moscow’s recognition of their independence.'],
  exclude: ['News Desk', 'AP', 'Alexei Alexandrov', 'AP Photo/Alexei Alexandrov']
}

const names = (result: EntitiesResult) => [...result.about, ...result.mentions].map((entity) => entity.name)
const find = (result: EntitiesResult, name: string) => [...result.about, ...result.mentions].find((entity) => entity.name === name)

/** Words that must never come out as entities of ordinary news text. */
const JUNK = ['The', 'Monday', 'Tuesday', 'However', 'Photo', 'Most Popular', 'Related', 'Advertisement', 'AP', 'Reuters', 'He', 'She', 'In', 'But', 'March']

describe('findEntities: the volunteer-fighters article', () => {
  const result = findEntities(volunteerFighters, stubTable)

  test('about: the two countries, the two republics, Putin and Shoigu', () => {
    const about = result.about.map((entity) => entity.name)
    for (const name of ['Russia', 'Ukraine', "Donetsk People's Republic", "Luhansk People's Republic", 'Vladimir Putin', 'Sergei Shoigu']) expect(about).toContain(name)
    for (const name of about) expect(['Russia', 'Ukraine', "Donetsk People's Republic", "Luhansk People's Republic", 'Vladimir Putin', 'Sergei Shoigu', 'West Asia']).toContain(name)
  })

  test('mentions: NATO, Syria, HTS, Kyiv, Idlib, Al-Tanf, the United States, the Russian Security Council', () => {
    const mentions = result.mentions.map((entity) => entity.name)
    for (const name of ['NATO', 'Syria', 'Hayat Tahrir al-Sham', 'Kyiv', 'Idlib', 'Al-Tanf', 'United States', 'Russian Security Council']) expect(mentions).toContain(name)
  })

  test('never the credits, the byline or page furniture', () => {
    for (const name of ['AP', 'Associated Press', 'Alexei Alexandrov', 'Alexandrov', 'News Desk', 'Most Popular', ...JUNK]) expect(names(result)).not.toContain(name)
  })

  test('a titled person: the title is the jobTitle, the surname alone merges into the full name', () => {
    expect(find(result, 'Sergei Shoigu')).toMatchObject({type: 'Person', jobTitle: 'Defense Minister'})
    expect(names(result)).not.toContain('Shoigu')
    expect(names(result)).not.toContain('Defense Minister Sergei Shoigu')
    expect(find(result, 'Vladimir Putin')).toMatchObject({type: 'Person', sameAs: wd('Q7747')})
    expect(names(result)).not.toContain('Putin')
  })

  test('"Full Name (ACR)": the acronym is an alternate name, counted once', () => {
    expect(find(result, 'Hayat Tahrir al-Sham')).toMatchObject({type: 'Organization', alternateName: ['HTS']})
    expect(names(result)).not.toContain('HTS')
  })

  test('aliases merge and keep sameAs: Kiev is Kyiv, Lugansk is Luhansk', () => {
    expect(find(result, 'Kyiv')).toMatchObject({type: 'Place', sameAs: wd('Q1899'), alternateName: ['Kiev']})
    expect(find(result, "Luhansk People's Republic")?.alternateName).toEqual(["Lugansk People's Republic"])
    expect(find(result, 'Russia')).toMatchObject({type: 'Country', sameAs: wd('Q159')})
    expect(find(result, 'United States')).toMatchObject({sameAs: wd('Q30'), alternateName: ['US']})
  })

  test('types from head words and following nouns', () => {
    expect(find(result, 'Russian Security Council')?.type).toBe('GovernmentOrganization')
    expect(find(result, 'Al-Tanf')?.type).toBe('Place')
  })

  test('deterministic: score descending, then first mention', () => {
    const again = findEntities(volunteerFighters, stubTable)
    expect(again).toEqual(result)
    const scores = [...result.about.map((entity) => entity.score)]
    expect([...scores].sort((a, b) => b - a)).toEqual(scores)
  })

  test('options.max caps the total, options.minScore drops the weak', () => {
    const capped = findEntities(volunteerFighters, stubTable, {max: 3})
    expect(capped.about.length + capped.mentions.length).toBe(3)
    const strict = findEntities(volunteerFighters, stubTable, {minScore: 4})
    for (const entity of [...strict.about, ...strict.mentions]) expect(entity.score).toBeGreaterThanOrEqual(4)
  })
})

describe('findEntities: other news', () => {
  test('a business story: companies by head word, a titled chief executive, no junk', () => {
    const result = findEntities(
      {
        headline: 'Acme Corporation to cut 2,000 jobs as profits fall',
        description: 'The maker of industrial robots said on Monday it would close two plants in Ohio.',
        paragraphs: [
          'Acme Corporation said on Monday it would cut 2,000 jobs, about 8% of its workforce, after quarterly profits fell by a third.',
          'However, chief executive Maria Gonzalez told analysts the company remained confident. "We are not retreating," Gonzalez said.',
          'The Federal Reserve has raised rates five times this year. Shares of Acme fell 6% in New York trading, according to Reuters.',
          'Photo: the company headquarters. Related: Most Popular stories.'
        ],
        captions: ['The Acme Corporation headquarters on Tuesday.'],
        exclude: ['Jane Doe', 'Reuters']
      },
      stubTable
    )
    expect(find(result, 'Acme Corporation')?.type).toBe('Organization')
    expect(find(result, 'Maria Gonzalez')).toMatchObject({type: 'Person', jobTitle: 'chief executive'})
    expect(names(result)).not.toContain('Gonzalez')
    for (const name of [...JUNK, 'Shares', 'We', 'Acme', 'Jane Doe']) expect(names(result)).not.toContain(name)
  })

  test('a sports story: a coach, a club, a stadium; no days, no sentence starters', () => {
    const result = findEntities(
      {
        headline: 'Late goal sends Riverside United into the cup final',
        paragraphs: [
          'Riverside United reached the final on Saturday after a late goal by Tom Baker beat Northgate 2-1 at Hillcrest Stadium.',
          'Coach Anna Kowalski said her team never stopped believing. "The players were fantastic," Kowalski said.',
          'Northgate had led through a first-half header. Meanwhile, the club said tickets for the final would go on sale on Tuesday.',
          'Baker, 19, has scored in each of his last three games.'
        ],
        captions: ['Tom Baker celebrates on Saturday. Photo: Jane Roe'],
        exclude: ['Jane Roe', 'Sam Writer']
      },
      stubTable
    )
    expect(find(result, 'Anna Kowalski')).toMatchObject({type: 'Person', jobTitle: 'Coach'})
    expect(find(result, 'Hillcrest Stadium')?.type).toBe('Place')
    expect(find(result, 'Riverside United')?.type).toBe('Organization')
    // "Baker, 19," is a person, and claims "Tom Baker".
    expect(find(result, 'Tom Baker')?.type).toBe('Person')
    expect(names(result)).not.toContain('Baker')
    for (const name of [...JUNK, 'Saturday', 'Coach', 'Late', 'Meanwhile', 'Jane Roe', 'Kowalski', 'Photo']) expect(names(result)).not.toContain(name)
  })

  test('a Title Case headline proves nothing by its capitals but still counts known names', () => {
    const result = findEntities(
      {
        headline: 'Putin Says Russia Will Never Give Up Its Claims',
        paragraphs: ['Vladimir Putin said in Moscow that Russia would keep its claims.'],
        captions: [],
        exclude: []
      },
      stubTable
    )
    for (const name of ['Says', 'Will', 'Never Give Up', 'Claims', 'Putin Says Russia Will Never Give Up Its Claims']) expect(names(result)).not.toContain(name)
    expect(result.about.map((entity) => entity.name)).toEqual(['Russia', 'Vladimir Putin'])
  })

  test('a name-dense body paragraph is not a Title Case headline (regression: Gen. Mark Milley was lost)', () => {
    const result = findEntities(
      {paragraphs: ['Zelensky later visited the Pentagon, where he met Defense Secretary Lloyd Austin and Gen. Mark Milley.'], captions: [], exclude: []},
      stubTable
    )
    expect(find(result, 'Lloyd Austin')).toMatchObject({type: 'Person', jobTitle: 'Defense Secretary'})
    expect(find(result, 'Mark Milley')).toMatchObject({type: 'Person', jobTitle: 'General'})
  })

  test('"said" makes a person only of words that are not ordinary words of the text', () => {
    const result = findEntities(
      {
        paragraphs: ['Local Authorities said the road would reopen.', 'The local council met on Friday. Heavy Rain said nothing, of course; heavy rain is weather.'],
        captions: [],
        exclude: []
      },
      stubTable
    )
    expect(names(result)).toEqual([])
  })

  test('user entries win on a name clash', () => {
    const result = findEntities(
      {headline: 'NATO meets', paragraphs: ['NATO met again.'], captions: [], exclude: []},
      stubTable,
      {known: [{name: 'NATO', type: 'Organization', sameAs: ['https://example.org/nato']}]}
    )
    expect(find(result, 'NATO')?.sameAs).toEqual(['https://example.org/nato'])
  })
})

describe('findEntities: with the built-in table', async () => {
  const {builtInEntities} = await import('../../src/entities/data/index.js')
  const result = findEntities(volunteerFighters, builtInEntities)

  test('the acceptance case holds with the real table too', () => {
    const about = result.about.map((entity) => entity.name)
    for (const name of ['Russia', 'Ukraine', "Donetsk People's Republic", "Luhansk People's Republic", 'Vladimir Putin', 'Sergei Shoigu']) expect(about).toContain(name)
    const mentions = result.mentions.map((entity) => entity.name)
    for (const name of ['NATO', 'Syria', 'Hayat Tahrir al-Sham', 'Kyiv', 'Idlib', 'Al-Tanf', 'United States', 'Russian Security Council']) expect(mentions).toContain(name)
    for (const name of ['AP', 'Associated Press', 'Alexei Alexandrov', 'News Desk', 'Most Popular', 'Asia', ...JUNK]) expect(names(result)).not.toContain(name)
  })

  test('a table name inside a longer name is not that entity ("West Asia" is not Asia)', () => {
    expect(find(result, 'West Asia')?.type).toBe('Thing')
    expect(names(result)).not.toContain('Asia')
  })

  test('a coordinated plural names each table entry ("Donetsk and Luhansk People\'s Republics")', () => {
    expect(names(result)).not.toContain("Luhansk People's Republics")
    expect(find(result, "Donetsk People's Republic")?.score).toBe(find(result, "Luhansk People's Republic")?.score)
  })
})
