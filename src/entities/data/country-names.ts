/**
 * How `scripts/gen-entities.mjs` turns @rapideditor/country-coder's features
 * into entity rows: the names news text uses, extra aliases, and the
 * features left out. Hand-written for this project; edit here, then run
 * `npm run gen`.
 *
 * country-coder's `nameEn` is mostly the short common name already (`Russia`,
 * `Syria`, `South Korea`, `United Kingdom`); where it is an official long
 * name (`United States of America`, `People's Republic of China`) or a
 * Wikidata-style disambiguation (`Republic of Ireland`), `names` gives the
 * short name and the package's name is kept as an alias. Its code-like
 * aliases (`GB-ENG`, `ZR`, `RC`) are dropped by the script; `UK` is kept.
 */

/** Short common English name by ISO alpha-2 code (the package's name becomes an alias). */
export const names: Readonly<Record<string, string>> = {
  BS: 'Bahamas',
  CI: 'Ivory Coast',
  CN: 'China',
  CY: 'Cyprus',
  DK: 'Denmark',
  FM: 'Micronesia',
  GM: 'Gambia',
  IE: 'Ireland',
  KN: 'Saint Kitts and Nevis',
  LC: 'Saint Lucia',
  NL: 'Netherlands',
  ST: 'São Tomé and Príncipe',
  US: 'United States',
  VC: 'Saint Vincent and the Grenadines',
}

/**
 * Extra aliases by ISO alpha-2 code: official long names and the
 * abbreviations news text uses. Two-letter codes are added only where they
 * are not English words (`US`, `UK`); ISO alpha-3 codes only where they are
 * in common use as words (`USA`).
 */
export const extraAliases: Readonly<Record<string, readonly string[]>> = {
  AE: ['UAE', 'U.A.E.'],
  BO: ['Plurinational State of Bolivia'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CI: ['Côte d’Ivoire', 'Cote d\'Ivoire'],
  CN: ['PRC'],
  CV: ['Cabo Verde'],
  CZ: ['Czech Republic'],
  DK: ['Kingdom of Denmark'],
  GB: ['U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  IR: ['Islamic Republic of Iran'],
  KN: ['St Kitts and Nevis'],
  KP: ['DPRK', 'Democratic People\'s Republic of Korea'],
  KR: ['Republic of Korea'],
  LA: ['Lao People\'s Democratic Republic'],
  LC: ['St Lucia'],
  MD: ['Republic of Moldova'],
  NL: ['Kingdom of the Netherlands'],
  PS: ['State of Palestine'],
  RU: ['Russian Federation'],
  ST: ['Sao Tome and Principe', 'São Tomé and Principe'],
  SY: ['Syrian Arab Republic'],
  TR: ['Türkiye'],
  TZ: ['United Republic of Tanzania'],
  US: ['USA', 'US', 'U.S.', 'U.S.A.'],
  VA: ['Vatican'],
  VC: ['St Vincent and the Grenadines'],
  VE: ['Bolivarian Republic of Venezuela'],
  VN: ['Viet Nam'],
}

/** Aliases from the package that are kept although they look like codes. */
export const keptCodeAliases: readonly string[] = ['UK']

/**
 * Wikidata ids of features left out, with why. Groups and helper areas
 * (country-coder levels `subcountryGroup`, `subunion`, `world`) are left out
 * by level in the script.
 */
export const skipped: Readonly<Record<string, string>> = {
  Q35: 'Denmark proper: its id is used for the DK row (named Denmark)',
  Q55: 'Netherlands proper: its id is used for the NL row (named Netherlands)',
  Q22890: 'island of Ireland: clashes with the country name',
  Q644636: 'island of Cyprus: clashes with the country name',
  Q23666: 'island of Great Britain: news uses the name for the UK (an alias there)',
  Q3359409: 'Micronesia region: clashes with the country name',
  Q3757: 'Java: more often the programming language in news text',
  Q1065: 'United Nations: an organisation, in the curated table',
  Q458: 'European Union: an organisation, in the curated table',
  Q27329: 'Asian Russia: a helper area, not a news name',
  Q875134: 'European Russia: a helper area, not a news name',
  Q578170: 'Contiguous United States: a helper area',
  Q28868874: 'Ceuta, Melilla: a combined code; each has its own row',
  Q1083368: 'Mainland Finland: a helper area',
  Q6736667: 'Mainland India: a helper area',
  Q16390686: 'Peninsular Spain: a helper area',
  Q98059339: 'Mainland Norway: a helper area',
  Q98543636: 'Mainland Ecuador: a helper area',
  Q212429: 'Metropolitan France: a helper area',
}

/** When a skipped feature's Wikidata id replaces the id of a country row. */
export const sameAsOverride: Readonly<Record<string, string>> = {
  DK: 'Q35',
  NL: 'Q55',
}
