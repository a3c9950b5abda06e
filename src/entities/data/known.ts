/**
 * Curated well-known entities the news names often: international
 * organisations, news agencies, a few government bodies, heads of state and
 * government of G20 countries and ministers in the news in 2022–2025, and
 * regions and cities country-coder lacks (Donbas, the self-proclaimed
 * "people's republics", Idlib, Kyiv…).
 *
 * Entered by hand for this project. `sameAs` Wikidata ids were entered by
 * hand too, only where the id is certain (several come from country-coder:
 * United Nations Q1065, European Union Q458, Crimea Q7835, West Bank Q36678,
 * Gaza Strip Q39760); elsewhere `sameAs` is left out on purpose — a wrong
 * link is worse than none. To correct or extend: check the id on
 * wikidata.org, edit the row, run `npx vitest run test/entities/data.test.ts`
 * (names and aliases must stay unique and must not be common words). Users
 * can pass their own table (`entities: {known: […]}`, `--entities-file`),
 * which wins over this one.
 *
 * `jobTitle` is the role as of 2022–2025 (a person keeps one title here even
 * when it changed; the stage writes the title found in the text).
 * Agencies are `NewsMediaOrganization`: the stage uses them to keep agency
 * names (credits, datelines) out of `about`/`mentions`.
 *
 * Aliases are matched exactly and case-sensitively. Left out on purpose as
 * ambiguous: `DPR` (also Indonesia's parliament, North Korea's "DPR"),
 * `ICC` (also the International Cricket Council), `AU` (gold, Australia),
 * `PA` (Pennsylvania), `EPA` (US Environmental Protection Agency), `Fed`,
 * `Red Cross` alone (national societies), `Bloomberg` alone (a person),
 * `Wagner` alone, and bare surnames shared by relatives (`Biden`, `Trump`,
 * `Assad`, `Johnson`, `Xi`).
 */
import type {KnownEntity} from '../types.js'

const wd = (id: string): string[] => [`https://www.wikidata.org/wiki/${id}`]

/** International and supranational organisations. */
const organisations: KnownEntity[] = [
  {name: 'United Nations', type: 'Organization', aliases: ['UN', 'U.N.'], sameAs: wd('Q1065')},
  {name: 'United Nations Security Council', type: 'Organization', aliases: ['UN Security Council', 'U.N. Security Council', 'UNSC'], sameAs: wd('Q37470')},
  {name: 'United Nations General Assembly', type: 'Organization', aliases: ['UN General Assembly', 'U.N. General Assembly']},
  {name: 'NATO', type: 'Organization', aliases: ['North Atlantic Treaty Organization', 'Nato'], sameAs: wd('Q7184')},
  {name: 'European Union', type: 'Organization', aliases: ['EU', 'E.U.'], sameAs: wd('Q458')},
  {name: 'European Commission', type: 'Organization', sameAs: wd('Q8880')},
  {name: 'European Parliament', type: 'Organization', sameAs: wd('Q8889')},
  {name: 'European Central Bank', type: 'Organization', aliases: ['ECB'], sameAs: wd('Q8901')},
  {name: 'Council of Europe', type: 'Organization', sameAs: wd('Q8908')},
  {name: 'World Health Organization', type: 'Organization', aliases: ['WHO', 'World Health Organisation'], sameAs: wd('Q7817')},
  {name: 'International Monetary Fund', type: 'Organization', aliases: ['IMF'], sameAs: wd('Q7804')},
  {name: 'World Bank', type: 'Organization', sameAs: wd('Q7164')},
  {name: 'World Trade Organization', type: 'Organization', aliases: ['WTO', 'World Trade Organisation'], sameAs: wd('Q7825')},
  {name: 'UNICEF', type: 'Organization', aliases: ["United Nations Children's Fund"], sameAs: wd('Q740308')},
  {name: 'UNHCR', type: 'Organization', aliases: ['UN Refugee Agency', 'United Nations High Commissioner for Refugees']},
  {name: 'International Atomic Energy Agency', type: 'Organization', aliases: ['IAEA']},
  {name: 'International Committee of the Red Cross', type: 'Organization', aliases: ['ICRC']},
  {name: 'International Federation of Red Cross and Red Crescent Societies', type: 'Organization', aliases: ['IFRC']},
  {name: 'OPEC', type: 'Organization', aliases: ['Organization of the Petroleum Exporting Countries'], sameAs: wd('Q7795')},
  {name: 'African Union', type: 'Organization', sameAs: wd('Q7159')},
  {name: 'Arab League', type: 'Organization', aliases: ['League of Arab States'], sameAs: wd('Q7172')},
  {name: 'ASEAN', type: 'Organization', aliases: ['Association of Southeast Asian Nations'], sameAs: wd('Q7768')},
  {name: 'OSCE', type: 'Organization', aliases: ['Organization for Security and Co-operation in Europe'], sameAs: wd('Q81299')},
  {name: 'International Criminal Court', type: 'Organization', sameAs: wd('Q47488')},
  {name: 'International Court of Justice', type: 'Organization', aliases: ['ICJ']},
  {name: 'Interpol', type: 'Organization', aliases: ['INTERPOL', 'International Criminal Police Organization']},
  {name: 'G7', type: 'Organization', aliases: ['G-7', 'Group of Seven']},
  {name: 'G20', type: 'Organization', aliases: ['G-20', 'Group of Twenty']},
  {name: 'Hamas', type: 'Organization'},
  {name: 'Hezbollah', type: 'Organization'},
  {name: 'Taliban', type: 'Organization'},
  {name: 'Islamic State', type: 'Organization', aliases: ['ISIS', 'ISIL', 'Islamic State of Iraq and the Levant']},
  {name: 'Wagner Group', type: 'Organization', aliases: ['Wagner private military company', 'PMC Wagner']},
]

/** News and photo agencies: names to keep out of about/mentions. */
const agencies: KnownEntity[] = [
  {name: 'Associated Press', type: 'NewsMediaOrganization', aliases: ['AP', 'The Associated Press'], sameAs: wd('Q40469')},
  {name: 'Reuters', type: 'NewsMediaOrganization', sameAs: wd('Q130879')},
  {name: 'Agence France-Presse', type: 'NewsMediaOrganization', aliases: ['AFP', 'Agence France Presse'], sameAs: wd('Q40464')},
  {name: 'Bloomberg News', type: 'NewsMediaOrganization'},
  {name: 'United Press International', type: 'NewsMediaOrganization', aliases: ['UPI']},
  {name: 'Deutsche Presse-Agentur', type: 'NewsMediaOrganization', aliases: ['dpa', 'DPA']},
  {name: 'Xinhua', type: 'NewsMediaOrganization', aliases: ['Xinhua News Agency']},
  {name: 'TASS', type: 'NewsMediaOrganization', aliases: ['Tass', 'ITAR-TASS']},
  {name: 'RIA Novosti', type: 'NewsMediaOrganization'},
  {name: 'Interfax', type: 'NewsMediaOrganization'},
  {name: 'Ukrinform', type: 'NewsMediaOrganization'},
  {name: 'Anadolu Agency', type: 'NewsMediaOrganization', aliases: ['Anadolu']},
  {name: 'ANSA', type: 'NewsMediaOrganization'},
  {name: 'EFE', type: 'NewsMediaOrganization', aliases: ['Agencia EFE']},
  {name: 'Kyodo News', type: 'NewsMediaOrganization', aliases: ['Kyodo']},
  {name: 'Yonhap', type: 'NewsMediaOrganization', aliases: ['Yonhap News Agency']},
  {name: 'Press Trust of India', type: 'NewsMediaOrganization', aliases: ['PTI']},
  {name: 'PA Media', type: 'NewsMediaOrganization', aliases: ['Press Association']},
  {name: 'Australian Associated Press', type: 'NewsMediaOrganization', aliases: ['AAP']},
  {name: 'The Canadian Press', type: 'NewsMediaOrganization', aliases: ['Canadian Press']},
  {name: 'Korean Central News Agency', type: 'NewsMediaOrganization', aliases: ['KCNA']},
  {name: 'Islamic Republic News Agency', type: 'NewsMediaOrganization', aliases: ['IRNA']},
  {name: 'Syrian Arab News Agency', type: 'NewsMediaOrganization', aliases: ['SANA']},
  {name: 'Getty Images', type: 'NewsMediaOrganization'},
  {name: 'European Pressphoto Agency', type: 'NewsMediaOrganization', aliases: ['EPA-EFE']},
]

/**
 * Government bodies. `Kremlin`, `White House`, `Pentagon` and `Downing
 * Street` are buildings, but news text uses them as metonyms for the
 * government, so they are `GovernmentOrganization` without a `sameAs` (the
 * Wikidata items are the buildings).
 */
const government: KnownEntity[] = [
  {name: 'Kremlin', type: 'GovernmentOrganization'},
  {name: 'White House', type: 'GovernmentOrganization'},
  {name: 'Pentagon', type: 'GovernmentOrganization'},
  {name: 'Downing Street', type: 'GovernmentOrganization'},
  {name: 'State Department', type: 'GovernmentOrganization', aliases: ['US State Department', 'U.S. State Department', 'United States Department of State']},
  {name: 'Russian Defence Ministry', type: 'GovernmentOrganization', aliases: ['Russian Defense Ministry', 'Ministry of Defence of the Russian Federation']},
  {name: 'State Duma', type: 'GovernmentOrganization'},
  {name: 'Verkhovna Rada', type: 'GovernmentOrganization'},
  {name: 'Federal Security Service', type: 'GovernmentOrganization', aliases: ['FSB']},
  {name: 'Central Intelligence Agency', type: 'GovernmentOrganization', aliases: ['CIA']},
  {name: 'Federal Reserve', type: 'GovernmentOrganization', aliases: ['Federal Reserve System']},
]

/** Heads of state and government (G20, 2022–2025) and ministers in the news. */
const people: KnownEntity[] = [
  {name: 'Vladimir Putin', type: 'Person', aliases: ['Putin', 'Vladimir Vladimirovich Putin'], jobTitle: 'President of Russia', sameAs: wd('Q7747')},
  {name: 'Mikhail Mishustin', type: 'Person', aliases: ['Mishustin'], jobTitle: 'Prime Minister of Russia'},
  {name: 'Sergei Shoigu', type: 'Person', aliases: ['Sergey Shoigu', 'Shoigu'], jobTitle: 'Defence Minister of Russia'},
  {name: 'Sergey Lavrov', type: 'Person', aliases: ['Sergei Lavrov', 'Lavrov'], jobTitle: 'Foreign Minister of Russia'},
  {name: 'Dmitry Peskov', type: 'Person', aliases: ['Dmitri Peskov', 'Peskov'], jobTitle: 'Kremlin spokesman'},
  {name: 'Valery Gerasimov', type: 'Person', aliases: ['Valeriy Gerasimov', 'Gerasimov'], jobTitle: 'Chief of the General Staff of Russia'},
  {name: 'Yevgeny Prigozhin', type: 'Person', aliases: ['Evgeny Prigozhin', 'Prigozhin'], jobTitle: 'Head of the Wagner Group'},
  {name: 'Ramzan Kadyrov', type: 'Person', aliases: ['Kadyrov'], jobTitle: 'Head of the Chechen Republic'},
  {name: 'Volodymyr Zelensky', type: 'Person', aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Zelensky', 'Zelenskyy', 'Zelenskiy'], jobTitle: 'President of Ukraine', sameAs: wd('Q3874799')},
  {name: 'Denys Shmyhal', type: 'Person', aliases: ['Shmyhal'], jobTitle: 'Prime Minister of Ukraine'},
  {name: 'Dmytro Kuleba', type: 'Person', aliases: ['Kuleba'], jobTitle: 'Foreign Minister of Ukraine'},
  {name: 'Oleksii Reznikov', type: 'Person', aliases: ['Oleksiy Reznikov', 'Reznikov'], jobTitle: 'Defence Minister of Ukraine'},
  {name: 'Alexander Lukashenko', type: 'Person', aliases: ['Aleksandr Lukashenko', 'Alyaksandr Lukashenka', 'Lukashenko'], jobTitle: 'President of Belarus'},
  {name: 'Joe Biden', type: 'Person', aliases: ['Joseph R. Biden', 'Joseph Biden'], jobTitle: 'President of the United States', sameAs: wd('Q6279')},
  {name: 'Donald Trump', type: 'Person', aliases: ['Donald J. Trump'], jobTitle: 'President of the United States', sameAs: wd('Q22686')},
  {name: 'Kamala Harris', type: 'Person', jobTitle: 'Vice President of the United States', sameAs: wd('Q10853588')},
  {name: 'Antony Blinken', type: 'Person', aliases: ['Blinken'], jobTitle: 'United States Secretary of State'},
  {name: 'Lloyd Austin', type: 'Person', jobTitle: 'United States Secretary of Defense'},
  {name: 'Xi Jinping', type: 'Person', jobTitle: 'President of China', sameAs: wd('Q15031')},
  {name: 'Li Qiang', type: 'Person', jobTitle: 'Premier of China'},
  {name: 'Li Keqiang', type: 'Person', jobTitle: 'Premier of China'},
  {name: 'Emmanuel Macron', type: 'Person', aliases: ['Macron'], jobTitle: 'President of France', sameAs: wd('Q3052772')},
  {name: 'Olaf Scholz', type: 'Person', aliases: ['Scholz'], jobTitle: 'Chancellor of Germany', sameAs: wd('Q61053')},
  {name: 'Friedrich Merz', type: 'Person', aliases: ['Merz'], jobTitle: 'Chancellor of Germany'},
  {name: 'Boris Johnson', type: 'Person', jobTitle: 'Prime Minister of the United Kingdom', sameAs: wd('Q180589')},
  {name: 'Liz Truss', type: 'Person', jobTitle: 'Prime Minister of the United Kingdom'},
  {name: 'Rishi Sunak', type: 'Person', aliases: ['Sunak'], jobTitle: 'Prime Minister of the United Kingdom'},
  {name: 'Keir Starmer', type: 'Person', aliases: ['Starmer'], jobTitle: 'Prime Minister of the United Kingdom'},
  {name: 'Ben Wallace', type: 'Person', jobTitle: 'Defence Secretary of the United Kingdom'},
  {name: 'Mario Draghi', type: 'Person', aliases: ['Draghi'], jobTitle: 'Prime Minister of Italy'},
  {name: 'Giorgia Meloni', type: 'Person', aliases: ['Meloni'], jobTitle: 'Prime Minister of Italy'},
  {name: 'Justin Trudeau', type: 'Person', jobTitle: 'Prime Minister of Canada', sameAs: wd('Q3099714')},
  {name: 'Mark Carney', type: 'Person', jobTitle: 'Prime Minister of Canada'},
  {name: 'Fumio Kishida', type: 'Person', aliases: ['Kishida'], jobTitle: 'Prime Minister of Japan'},
  {name: 'Shigeru Ishiba', type: 'Person', aliases: ['Ishiba'], jobTitle: 'Prime Minister of Japan'},
  {name: 'Narendra Modi', type: 'Person', aliases: ['Modi'], jobTitle: 'Prime Minister of India', sameAs: wd('Q1058')},
  {name: 'Recep Tayyip Erdoğan', type: 'Person', aliases: ['Recep Tayyip Erdogan', 'Erdoğan', 'Erdogan'], jobTitle: 'President of Turkey', sameAs: wd('Q39259')},
  {name: 'Luiz Inácio Lula da Silva', type: 'Person', aliases: ['Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula'], jobTitle: 'President of Brazil', sameAs: wd('Q37181')},
  {name: 'Jair Bolsonaro', type: 'Person', aliases: ['Bolsonaro'], jobTitle: 'President of Brazil'},
  {name: 'Andrés Manuel López Obrador', type: 'Person', aliases: ['Andres Manuel Lopez Obrador', 'López Obrador', 'Lopez Obrador'], jobTitle: 'President of Mexico'},
  {name: 'Claudia Sheinbaum', type: 'Person', aliases: ['Sheinbaum'], jobTitle: 'President of Mexico'},
  {name: 'Joko Widodo', type: 'Person', aliases: ['Jokowi'], jobTitle: 'President of Indonesia'},
  {name: 'Prabowo Subianto', type: 'Person', aliases: ['Prabowo'], jobTitle: 'President of Indonesia'},
  {name: 'Yoon Suk Yeol', type: 'Person', aliases: ['Yoon Suk-yeol'], jobTitle: 'President of South Korea'},
  {name: 'Lee Jae-myung', type: 'Person', aliases: ['Lee Jae Myung'], jobTitle: 'President of South Korea'},
  {name: 'Cyril Ramaphosa', type: 'Person', aliases: ['Ramaphosa'], jobTitle: 'President of South Africa'},
  {name: 'Anthony Albanese', type: 'Person', jobTitle: 'Prime Minister of Australia'},
  {name: 'Scott Morrison', type: 'Person', jobTitle: 'Prime Minister of Australia'},
  {name: 'Alberto Fernández', type: 'Person', aliases: ['Alberto Fernandez'], jobTitle: 'President of Argentina'},
  {name: 'Javier Milei', type: 'Person', aliases: ['Milei'], jobTitle: 'President of Argentina'},
  {name: 'Mohammed bin Salman', type: 'Person', aliases: ['Mohammad bin Salman'], jobTitle: 'Crown Prince and Prime Minister of Saudi Arabia'},
  {name: 'Ursula von der Leyen', type: 'Person', aliases: ['von der Leyen'], jobTitle: 'President of the European Commission', sameAs: wd('Q60772')},
  {name: 'Charles Michel', type: 'Person', jobTitle: 'President of the European Council'},
  {name: 'Jens Stoltenberg', type: 'Person', aliases: ['Stoltenberg'], jobTitle: 'Secretary General of NATO'},
  {name: 'António Guterres', type: 'Person', aliases: ['Antonio Guterres', 'Guterres'], jobTitle: 'Secretary-General of the United Nations'},
  {name: 'Bashar al-Assad', type: 'Person', aliases: ['Bashar Assad', 'Bashar al-Asad'], jobTitle: 'President of Syria', sameAs: wd('Q44329')},
  {name: 'Benjamin Netanyahu', type: 'Person', aliases: ['Netanyahu'], jobTitle: 'Prime Minister of Israel', sameAs: wd('Q43723')},
  {name: 'Ali Khamenei', type: 'Person', aliases: ['Ayatollah Ali Khamenei', 'Khamenei'], jobTitle: 'Supreme Leader of Iran'},
  {name: 'Ebrahim Raisi', type: 'Person', aliases: ['Raisi'], jobTitle: 'President of Iran'},
]

/**
 * Regions and cities country-coder lacks or that the news names often.
 * Crimea, West Bank and Gaza Strip replace country-coder's rows (same ids).
 */
const places: KnownEntity[] = [
  {name: "Donetsk People's Republic", type: 'AdministrativeArea', aliases: ['Donetsk People’s Republic']},
  {name: "Luhansk People's Republic", type: 'AdministrativeArea', aliases: ['Luhansk People’s Republic', "Lugansk People's Republic", 'Lugansk People’s Republic', 'LPR']},
  {name: 'Crimea', type: 'AdministrativeArea', aliases: ['Crimean Peninsula'], sameAs: wd('Q7835')},
  {name: 'Donbas', type: 'Place', aliases: ['Donbass']},
  {name: 'Idlib', type: 'Place'},
  {name: 'Gaza Strip', type: 'AdministrativeArea', aliases: ['Gaza'], sameAs: wd('Q39760')},
  {name: 'West Bank', type: 'AdministrativeArea', sameAs: wd('Q36678')},
  {name: 'Kyiv', type: 'Place', aliases: ['Kiev'], sameAs: wd('Q1899')},
  {name: 'Moscow', type: 'Place', sameAs: wd('Q649')},
  {name: 'Kharkiv', type: 'Place', aliases: ['Kharkov']},
  {name: 'Odesa', type: 'Place', aliases: ['Odessa']},
  {name: 'Mariupol', type: 'Place'},
  {name: 'Kherson', type: 'Place'},
  {name: 'Zaporizhzhia', type: 'Place', aliases: ['Zaporizhia', 'Zaporozhye']},
  {name: 'Donetsk', type: 'Place'},
  {name: 'Luhansk', type: 'Place', aliases: ['Lugansk']},
  {name: 'Bakhmut', type: 'Place', aliases: ['Artemovsk']},
  {name: 'Lviv', type: 'Place', aliases: ['Lvov']},
  {name: 'Aleppo', type: 'Place'},
]

/** The curated table: organisations, agencies, government bodies, people, places. */
export const curatedEntities: readonly KnownEntity[] = [
  ...organisations,
  ...agencies,
  ...government,
  ...people,
  ...places,
]
