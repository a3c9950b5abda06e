/**
 * The word tables the entity rules read: general English news vocabulary
 * only (titles, head nouns, sentence starters), never words of one story.
 */
import type {EntityType} from './types.js'

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean))

/**
 * Capitalised words that are not names on their own: sentence starters,
 * function words, pronouns, and page furniture. A run of capitalised words
 * loses these at its edges ("However Moscow" → "Moscow").
 */
export const STOPWORDS = set(`
  A An The And Or But Nor So Yet If As At By For From In Into Of On Onto To With Without Within Over Under Upon
  About Above After Against Along Amid Among Around Before Behind Below Beside Between Beyond During Despite Except
  Inside Near Off Outside Since Through Throughout Toward Towards Until Via While Whilst Although Though Because Unless Whether
  When Where What Which Who Whom Whose Why How This That These Those It Its It's He She They We I You Me Him Her Them Us
  His Hers Their Theirs Our Ours My Mine Your Yours There Here Then Now Today Tonight Yesterday Tomorrow
  However Meanwhile Also Still Moreover Furthermore Nevertheless Nonetheless Instead Thus Hence Therefore Otherwise Indeed
  Later Earlier Once Already Perhaps Maybe Finally First Second Third Last Next Some Many Most More Much Few Several
  Other Others Another Both Each Every All Any No Not None Only Even Just Such Same Very Too Well Yes
  According Asked Speaking Following Including Like Unlike Given Based Amid Officials Sources Critics Analysts
  Is Are Was Were Be Been Being Has Have Had Do Does Did Will Would Can Could Should May Might Must Shall
  Let Let's Please Read Watch Listen See Click Share Subscribe Sign Follow Tweet Email Print Comment Comments
  Photo Photos Image Images Video Videos Credit Credits Caption File Source Editor Editors Note Update Updated
  Breaking Exclusive Analysis Opinion Live Related Advertisement Sponsored Popular Trending Top Latest News Story Stories
  Mr Mrs Ms Dr Sir Madam Dear
`)

/** Day and month names: never entities, and a run of capitals breaks at them ("Monday Putin said"). */
export const CALENDAR = set(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
  January February March April June July September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`)

/** Month names that are also given names or words: not run breakers, but never an entity alone. */
export const CALENDAR_SOFT = set('May August')

/** Whole candidate names that are page furniture, whatever their capitals. */
export const JUNK_NAMES: ReadonlySet<string> = new Set(
  "Most Popular|Read More|Related Articles|Related Stories|Getty Images|Photo Credit|Editor's Note|Top Stories|Breaking News|Live Updates".split('|')
)

/** Lower-case connectors allowed inside a name when a capitalised word follows ("Bank of the Philippines", "Mohammed bin Salman"). */
export const CONNECTORS = set(`of the 's de del della da di du van von der den ter bin ibn ben la le y e`)

/** Lower-case prefixes of a hyphenated name part ("al-Sham", "el-Sisi"): inner name words. */
export const NAME_PREFIX = /^(?:al|el|ad|an|ar|as|ash|at|az|ed|ibn|bin|abu|bint|d|l)-\p{Lu}/u

/** Abbreviations that end in a full stop without ending a sentence. */
export const ABBREVIATIONS = set('Mr Mrs Ms Dr Gen Col Lt Maj Capt Sgt Adm Cmdr Sen Rep Gov Prof Rev Gov St Jr Sr Brig Cpl Pte Supt Insp')

/**
 * Capitalised titles written before a person's name, longest first at
 * match time. The value is the `jobTitle` kept (`undefined` for honorifics).
 */
export const TITLES: ReadonlyMap<string, string | undefined> = new Map<string, string | undefined>([
  ...[
    'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'First Minister', 'Chancellor', 'Vice Chancellor',
    'Minister', 'Deputy Minister', 'Defense Minister', 'Defence Minister', 'Foreign Minister', 'Interior Minister', 'Finance Minister',
    'Health Minister', 'Economy Minister', 'Energy Minister', 'Justice Minister', 'Education Minister', 'Trade Minister',
    'Home Secretary', 'Foreign Secretary', 'Defence Secretary', 'Defense Secretary', 'Secretary of State', 'Secretary-General',
    'Secretary General', 'Secretary', 'Treasury Secretary', 'Attorney General', 'Speaker', 'Senator', 'Representative', 'Congressman',
    'Congresswoman', 'Governor', 'Mayor', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emperor', 'Pope', 'Sheikh', 'Emir',
    'Ayatollah', 'Archbishop', 'Bishop', 'Cardinal', 'General', 'Colonel', 'Lieutenant', 'Major General', 'Lieutenant General',
    'Brigadier General', 'Admiral', 'Commander', 'Captain', 'Sergeant', 'Ambassador', 'Judge', 'Justice', 'Chief Justice',
    'Chief Executive', 'Chairman', 'Chairwoman', 'Chief Executive Officer', 'CEO', 'Coach', 'Manager', 'Professor', 'Inspector',
    'Detective', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Leader', 'Opposition Leader', 'President-elect'
  ].map((title): [string, string] => [title, title]),
  ['Gen.', 'General'], ['Col.', 'Colonel'], ['Lt.', 'Lieutenant'], ['Maj.', 'Major'], ['Capt.', 'Captain'], ['Sgt.', 'Sergeant'],
  ['Adm.', 'Admiral'], ['Cmdr.', 'Commander'], ['Brig.', 'Brigadier'], ['Sen.', 'Senator'], ['Rep.', 'Representative'],
  ['Gov.', 'Governor'], ['Prof.', 'Professor'], ['Insp.', 'Inspector'], ['Supt.', 'Superintendent'],
  ['Mr.', undefined], ['Mrs.', undefined], ['Ms.', undefined], ['Dr.', undefined], ['Mr', undefined], ['Mrs', undefined],
  ['Ms', undefined], ['Dr', undefined], ['Sir', undefined], ['Dame', undefined], ['Rev.', undefined]
])

/** Lower-case role nouns written before a full name ("spokesman John Kirby"): a person only when 2–3 name words follow. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'chief executive', 'chief economist', 'prime minister', 'foreign minister', 'defense minister', 'defence minister', 'finance minister',
  'opposition leader', 'head coach', 'team captain', 'press secretary',
  ...'spokesman spokeswoman spokesperson leader chief coach manager striker midfielder defender goalkeeper forward captain analyst economist professor minister president secretary envoy ambassador commander founder'.split(' ')
])

/** Verbs of saying next to a 2–3 word name make it a person ("John Smith said", "said Jane Roe"). */
export const SAY_VERBS = set('said says told tells added adds wrote writes asked asks explained noted stated argued insisted warned')

/** Capitalised last words that make a phrase an organisation (`GovernmentOrganization` for the state's own bodies). */
export const ORG_HEADS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...'Council Ministry Parliament Court Government Senate Congress Assembly Cabinet Duma Knesset Department Office Commission'
    .split(' ')
    .map((word): [string, EntityType] => [word, 'GovernmentOrganization']),
  ...'Party Army Navy Forces Force Agency Committee Union Organization Organisation Corporation Company Co Inc Ltd LLC PLC plc Group Bank University College Institute Foundation Association Federation Front Brigade Brigades Battalion Regiment Movement Alliance Coalition League Club Network Fund Authority Service Services Guard Police Airlines Airways Motors Holdings Partners Capital Technologies Systems Studios Records Press Times Post Journal FC United Rovers Athletic Wanderers Rangers'
    .split(' ')
    .map((word): [string, EntityType] => [word, 'Organization'])
])

/** Capitalised last words that make a phrase a place. */
export const PLACE_HEADS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>(
  'Province Region Oblast County District Governorate Prefecture Territory Valley Sea Ocean Gulf Bay River Lake Mountains Mountain Hills Desert Island Islands Strait Peninsula Base Airport Stadium Square Street Avenue Bridge Park Canal Coast Plain Plateau Basin Pass Crossing'
    .split(' ')
    .map((word): [string, EntityType] => [word, 'Place'])
)

/** Lower-case nouns right after a name that type it ("Idlib governorate", "the Wagner group"). */
export const FOLLOWING_NOUNS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...'base province region governorate district city town village camp airport airbase river valley border crossing county oblast'
    .split(' ')
    .map((word): [string, EntityType] => [word, 'Place']),
  ...'group militia party company firm agency organisation organization movement network brigade battalion bank club team union alliance coalition insurgents rebels startup'
    .split(' ')
    .map((word): [string, EntityType] => [word, 'Organization'])
])
