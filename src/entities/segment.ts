/**
 * Reading one segment (headline, dek, a paragraph, a caption): table
 * matches, then runs of capitalised words read as a titled person, a name
 * typed by its head word, a longer name around a table name, or a plain
 * name typed by its context.
 */
import {matchTable, type TableMatch} from './matcher.js'
import {candidateFor, INDIRECT, SEGMENT_STRIDE, type Run, type Segment} from './state.js'
import type {Token} from './tokens.js'
import type {EntityType, KnownEntity} from './types.js'
import {CALENDAR, CALENDAR_SOFT, CONNECTORS, FOLLOWING_NOUNS, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, SAY_VERBS, STOPWORDS, TITLES} from './words.js'

/** Titles after which a single name word is enough ("President Biden"); other titles need 2–3 words. */
const SHORT_NAME_TITLES = new Set(['President', 'Prime Minister', 'Chancellor', 'King', 'Queen', 'Pope', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Gen.', 'Col.', 'Sen.', 'Rep.', 'Gov.', 'Senator', 'Governor', 'Mayor', 'Sheikh', 'Ayatollah'])
/** A person's name after a title: at most 3 name words and a few connectors ("Mohammed bin Salman al-Saud"). */
const MAX_NAME_TOKENS = 6
const MAX_DEPTH = 3
const TITLE_LENGTHS = [...new Set([...TITLES.keys()].map((title) => title.split(' ').length))].sort((a, b) => b - a)

interface SegmentState {
  run: Run
  segment: Segment
  base: number
  tokens: readonly Token[]
  matches: TableMatch[]
  /** Token index → index of the (first) table match covering it, or -1. */
  covered: Int32Array
  /** Per match: share of a mention it counts for (0: the name is part of another name). */
  factor: number[]
  /** Per match: title written before a person in the table. */
  title: Array<string | undefined>
  /** Token indexes of acronyms in "Full Name (ACR)", already counted with the full name. */
  consumed: Set<number>
}

/** Read one segment into the candidates of the run; `index` orders positions across segments. */
export function readSegment(run: Run, segment: Segment, index: number) {
  const {tokens} = segment
  const matches = matchTable(tokens, run.table)
  const covered = new Int32Array(tokens.length).fill(-1)
  matches.forEach((match, at) => {
    for (let token = match.from; token < match.to; token++) if ((covered[token] as number) < 0) covered[token] = at
  })
  const state: SegmentState = {
    run,
    segment,
    base: index * SEGMENT_STRIDE,
    tokens,
    matches,
    covered,
    factor: matches.map(() => 1),
    title: matches.map(() => undefined),
    consumed: new Set()
  }
  if (!segment.titleCase) for (const [from, to] of capitalRuns(state)) readRun(state, from, to)
  emitTableMatches(state)
}

const isCalendar = (token: Token) => CALENDAR.has(token.text)
const isNameWord = (state: SegmentState, at: number): boolean => {
  const token = state.tokens[at]
  return Boolean(token?.word && !isCalendar(token) && (token.cap || token.inner || (state.covered[at] as number) >= 0))
}
const isConnector = (token: Token | undefined): boolean => Boolean(token?.word && !token.cap && CONNECTORS.has(token.text))

/** Runs of name words, with connectors inside when a name word follows. */
function capitalRuns(state: SegmentState): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  const {tokens} = state
  let at = 0
  while (at < tokens.length) {
    if (!isNameWord(state, at)) {
      at++
      continue
    }
    const from = at
    let to = at + 1
    for (;;) {
      if (isNameWord(state, to)) to++
      else if (isConnector(tokens[to]) && isNameWord(state, to + 1)) to += 2
      else if (isConnector(tokens[to]) && isConnector(tokens[to + 1]) && isNameWord(state, to + 2)) to += 3
      else break
    }
    runs.push([from, to])
    at = to
  }
  return runs
}

const isEdgeNoise = (token: Token): boolean => !token.word || isConnector(token)

/** Read one run of name words: a titled person, a headed name, or table names and plain names. */
function readRun(state: SegmentState, start: number, end: number, depth = 0) {
  const {tokens, covered} = state
  let from = start
  let to = end
  while (from < to && (isEdgeNoise(tokens[from] as Token) || (STOPWORDS.has((tokens[from] as Token).text) && (covered[from] as number) < 0))) from++
  while (to > from && (isEdgeNoise(tokens[to - 1] as Token) || (STOPWORDS.has((tokens[to - 1] as Token).text) && (covered[to - 1] as number) < 0))) to--
  if (from >= to || (from === to - 1 && state.consumed.has(from))) return
  // The parts around a titled name are read again, a few levels deep at most (runs of titles are not news text).
  if (depth < MAX_DEPTH && readTitled(state, from, to, depth)) return
  if (readHeaded(state, from, to)) return
  if (readAround(state, from, to)) return
  // Split at table names: what is left are names the table does not know.
  let piece = from
  for (let at = from; at <= to; at++) {
    if (at === to || (covered[at] as number) >= 0) {
      let a = piece
      let b = at
      while (a < b && (isConnector(tokens[a]) || STOPWORDS.has((tokens[a] as Token).text))) a++
      while (b > a && (isConnector(tokens[b - 1]) || STOPWORDS.has((tokens[b - 1] as Token).text))) b--
      if (a < b && !state.consumed.has(a)) readPlain(state, a, b, a === from && start === from)
      piece = at + 1
    }
  }
}

/**
 * A table name inside a longer capitalised name is another thing ("West
 * Asia" is not Asia, "Michael Jordan" is not Jordan): the whole run is one
 * name, the table name not counted (a related word still counts, indirectly).
 */
function readAround(state: SegmentState, from: number, to: number): boolean {
  const {tokens, covered, matches} = state
  const first = tokens[from] as Token
  if ((covered[from] as number) < 0 && first.sentenceStart) return false
  let inside = false
  let outside = false
  for (let at = from; at < to; at++) {
    const token = tokens[at] as Token
    if ((covered[at] as number) >= 0) inside = true
    else if ((token.cap || token.inner) && !STOPWORDS.has(token.text)) outside = true
  }
  if (!inside || !outside) return false
  for (let at = from; at < to; at++) {
    const index = covered[at] as number
    if (index >= 0) state.factor[index] = (matches[index] as TableMatch).hits.every((hit) => hit.kind === 'related') ? INDIRECT : 0
  }
  readPlain(state, from, to, true)
  return true
}

function titleAt(tokens: readonly Token[], at: number, end: number): {length: number; jobTitle: string | undefined; key: string} | undefined {
  for (const length of TITLE_LENGTHS) {
    if (at + length >= end) continue
    let key = ''
    for (let offset = 0; offset < length; offset++) key += (offset ? ' ' : '') + (tokens[at + offset] as Token).text
    if (TITLES.has(key)) return {length, jobTitle: TITLES.get(key), key}
  }
  return undefined
}

const nameWordCount = (tokens: readonly Token[], from: number, to: number): number => {
  let count = 0
  for (let at = from; at < to; at++) if ((tokens[at] as Token).cap || (tokens[at] as Token).inner) count++
  return count
}

/** "Defense Minister Sergei Shoigu", "spokesman John Kirby": a person, the title kept as jobTitle. */
function readTitled(state: SegmentState, from: number, to: number, depth: number): boolean {
  const {tokens} = state
  for (let at = from; at < to; at++) {
    const title = titleAt(tokens, at, to)
    if (!title) continue
    const nameFrom = at + title.length
    let nameTo = nameFrom
    // The name ends at a possessive or "of" ("President Macron's party"); a name is short, so the scan is too.
    while (nameTo < to && nameTo - nameFrom <= MAX_NAME_TOKENS && (tokens[nameTo] as Token).text !== "'s" && (tokens[nameTo] as Token).text !== 'of') nameTo++
    if (nameTo - nameFrom > MAX_NAME_TOKENS) continue
    if (!personName(state, nameFrom, nameTo, SHORT_NAME_TITLES.has(title.key) ? 1 : 2)) continue
    if (at > from) readRun(state, from, at, depth + 1)
    addPerson(state, nameFrom, nameTo, title.jobTitle)
    if (nameTo < to) readRun(state, nameTo + 1, to, depth + 1)
    return true
  }
  const role = roleBefore(tokens, from)
  if (role && personName(state, from, to, 2)) {
    addPerson(state, from, to, role)
    return true
  }
  return false
}

/** A lower-case role noun of one or two words right before a name ("chief executive Maria Gonzalez"). */
function roleBefore(tokens: readonly Token[], from: number): string | undefined {
  const one = tokens[from - 1]
  if (!one?.word || one.cap) return undefined
  const two = tokens[from - 2]
  if (two?.word && !two.cap && ROLE_NOUNS.has(`${two.text} ${one.text}`)) return `${two.text} ${one.text}`
  return ROLE_NOUNS.has(one.text) ? one.text : undefined
}

/** Capitalised words that can be a person's name: 1–3 of them (at least `least`), not ending in a head word. */
function personName(state: SegmentState, from: number, to: number, least: number): boolean {
  const {tokens} = state
  const first = tokens[from]
  const last = tokens[to - 1]
  if (!first?.cap || !last || first.acronym || STOPWORDS.has(first.text) || TITLES.has(first.text)) return false
  if (ORG_HEADS.has(last.text) || PLACE_HEADS.has(last.text)) return false
  const count = nameWordCount(tokens, from, to)
  return count >= least && count <= 3
}

function addPerson(state: SegmentState, from: number, to: number, jobTitle: string | undefined) {
  const {covered, matches} = state
  const at = covered[from] as number
  const match = matches[at]
  if (match && match.from === from && match.to === to) {
    const person = match.hits.find((hit) => hit.kind !== 'related' && state.run.table.entries[hit.entry]?.type === 'Person')
    if (person) {
      state.title[at] = jobTitle
      return
    }
  }
  // A table name inside a person's name is not a mention of it ("President Jordan Smith").
  for (let token = from; token < to; token++) if ((covered[token] as number) >= 0) state.factor[covered[token] as number] = 0
  addMention(state, spanText(state, from, to), from, {type: 'Person', typeStrength: 2, jobTitle, weak: false})
}

/** "Russian Security Council", "Hermel District": a name typed by its last word. */
function readHeaded(state: SegmentState, from: number, to: number): boolean {
  const {tokens, covered, matches} = state
  if (nameWordCount(tokens, from, to) < 2) return false
  const last = (tokens[to - 1] as Token).text
  const type = headType(last)
  if (!type) return false
  const whole = matches[covered[from] as number]
  let allCovered = true
  for (let at = from; at < to; at++) if ((covered[at] as number) < 0) allCovered = false
  if (allCovered || (whole && whole.from === from && whole.to >= to)) return false
  // Table names inside a longer name count as indirect mentions ("Russian" in "Russian Security Council").
  for (let at = from; at < to; at++) if ((covered[at] as number) >= 0) state.factor[covered[at] as number] = INDIRECT
  const next = afterAcronym(state, from, to)
  addMention(state, spanText(state, from, to), from, {type, typeStrength: 2, weak: false}, next.acronym)
  return true
}

function headType(last: string): EntityType | undefined {
  if (last === 'Republic' || last === 'Republics') return 'AdministrativeArea'
  return ORG_HEADS.get(last) ?? PLACE_HEADS.get(last)
}

/** A name the table does not know and no head word types: typed by its context, if at all. */
function readPlain(state: SegmentState, from: number, to: number, runStart: boolean) {
  const {tokens} = state
  const first = tokens[from] as Token
  const single = to - from === 1
  if (single && (CALENDAR_SOFT.has(first.text) || first.text.length < 2)) return
  if (!first.cap && !first.inner) return
  const next = afterAcronym(state, from, to)
  const words = nameWordCount(tokens, from, to)
  let type: EntityType | undefined
  let typeStrength = 0
  const following = tokens[next.index]
  // "the Al-Tanf base near…" types the name; "the Docker base image" is a compound noun and does not.
  const afterFollowing = tokens[next.index + 1]
  const compound = Boolean(afterFollowing?.word && !afterFollowing.cap && !STOPWORDS.has(capitalise(afterFollowing.text)))
  const followingNoun = following?.word && !following.cap && !compound ? FOLLOWING_NOUNS.get(following.text) : undefined
  const secondNoun = following?.word && !following.cap ? FOLLOWING_NOUNS.get(tokens[next.index + 1]?.text ?? '') : undefined
  const before = tokens[from - 1]
  const isSay = (token: Token | undefined) => Boolean(token?.word && SAY_VERBS.has(token.text))
  if (followingNoun) [type, typeStrength] = [followingNoun, 1]
  else if (secondNoun === 'Organization' && tokens[next.index + 1]?.word) [type, typeStrength] = [secondNoun, 1]
  else if (words >= 2 && words <= 3 && !first.acronym && runStart && (isSay(following) || isSay(before)) && !hasCommonWord(state, from, to)) [type, typeStrength] = ['Person', 2]
  else if (words <= 3 && !first.acronym && isAge(tokens, next.index)) [type, typeStrength] = ['Person', 2]
  else if (next.acronym) [type, typeStrength] = ['Organization', 1]
  addMention(state, spanText(state, from, to), from, {type, typeStrength, weak: single && first.sentenceStart && !type}, next.acronym)
}

/** A word of the name is also written in lower case in the text ("Local Authorities said" / "local"): not a person's name. */
function hasCommonWord(state: SegmentState, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (state.run.lowerWords.has((state.tokens[at] as Token).text.toLowerCase())) return true
  return false
}

/** ", 19," after a name: news style for a person's age. */
function isAge(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === ',' && /^\d{1,3}$/.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === ','
}

/** After a name: "(ACR)" defining an acronym whose letters are the name's capitals in order. */
function afterAcronym(state: SegmentState, from: number, to: number): {index: number; acronym?: string | undefined} {
  const {tokens} = state
  const acronym = tokens[to + 1]
  if (tokens[to]?.text !== '(' || tokens[to + 2]?.text !== ')' || !acronym?.acronym) return {index: to}
  const capitals = spanText(state, from, to).replace(/[^\p{Lu}]/gu, '')
  const letters = acronym.text.replace(/[^\p{Lu}]/gu, '')
  let at = 0
  for (const letter of capitals) if (letter === letters[at]) at++
  if (at < letters.length || capitals[0] !== letters[0]) return {index: to}
  state.consumed.add(to + 1)
  return {index: to + 3, acronym: acronym.text}
}

function spanText(state: SegmentState, from: number, to: number): string {
  const first = state.tokens[from] as Token
  const last = state.tokens[to - 1] as Token
  return state.segment.text.slice(first.start, last.start + last.text.length).replace(/[’‘]/g, "'").replace(/\s+/g, ' ')
}

interface MentionInfo {
  type?: EntityType | undefined
  typeStrength: number
  jobTitle?: string | undefined
  weak: boolean
}

function addMention(state: SegmentState, name: string, at: number, info: MentionInfo, acronym?: string) {
  const key = `C:${name}`
  const candidate = candidateFor(state.run, key, name)
  if (info.type && info.typeStrength > candidate.typeStrength) {
    candidate.type = info.type
    candidate.typeStrength = info.typeStrength
  }
  candidate.jobTitle ??= info.jobTitle
  if (info.jobTitle) candidate.titles.add(info.jobTitle)
  candidate.direct++
  candidate.mentions.push({weight: state.segment.weight, position: state.base + (state.tokens[at] as Token).start, weak: info.weak})
  if (acronym) state.run.acronyms.set(acronym, key)
}


function emitTableMatches(state: SegmentState) {
  const {run, segment, tokens, matches, consumed} = state
  matches.forEach((match, index) => {
    if (consumed.has(match.from)) return
    const factor = state.factor[index] as number
    if (factor === 0) return
    const named = match.hits.find((hit) => hit.kind !== 'related')
    if (named && tokens[match.to]?.text === '(') {
      const next = afterAcronym(state, match.from, match.to)
      if (next.acronym) run.acronyms.set(next.acronym, `T:${named.entry}`)
    }
    for (const hit of match.hits) {
      const entry = run.table.entries[hit.entry] as KnownEntity
      const candidate = candidateFor(run, `T:${hit.entry}`, entry.name, hit.entry)
      const direct = hit.kind !== 'related' && factor === 1
      const share = hit.kind === 'related' ? INDIRECT : factor
      if (direct) candidate.direct++
      if (hit.kind === 'alias') candidate.written.add(match.written)
      const title = state.title[index]
      if (title) {
        candidate.jobTitle ??= title
        candidate.titles.add(title)
      }
      candidate.mentions.push({weight: segment.weight * share, position: state.base + (tokens[match.from] as Token).start, weak: false})
    }
  })
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
