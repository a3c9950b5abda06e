/**
 * After all segments are read: one entity per thing, whatever it was
 * written as (acronyms, surnames, "the defense minister").
 */
import {merge, type Candidate, type Run, type Segment} from './state.js'
import {tokenize, type Token} from './tokens.js'

/** Title Case headlines: count the names found elsewhere in the text. */
export function recountTitleCase(run: Run, segment: Segment, index: number) {
  const words = segment.tokens.filter((token) => token.word)
  for (const candidate of [...run.candidates.values()]) {
    if (candidate.entry !== undefined) continue
    const parts = tokenize(candidate.name).filter((token) => token.word).map((token) => token.text)
    for (let at = 0; at + parts.length <= words.length; at++) {
      if (parts.every((part, offset) => words[at + offset]?.text === part)) {
        candidate.direct++
        candidate.mentions.push({weight: segment.weight, position: index * 1_000_000 + (words[at] as Token).start, weak: false})
      }
    }
  }
}

/** "Hayat Tahrir al-Sham (HTS)" … "HTS": one entity, the acronym an alternate name. */
export function mergeAcronyms(run: Run) {
  for (const [acronym, key] of run.acronyms) {
    const full = run.candidates.get(key)
    if (!full) continue
    full.written.add(acronym)
    merge(run, `C:${acronym}`, key)
  }
}

/**
 * "Shoigu" after "Sergei Shoigu": the one person with that surname. A
 * surname typed as a person ("Baker, 19,") also claims the one untyped full
 * name ending with it ("Tom Baker"), which becomes a person.
 */
export function mergeSurnames(run: Run) {
  const bySurname = new Map<string, string[]>()
  for (const [key, candidate] of run.candidates) {
    if ((candidate.type !== 'Person' && candidate.type !== undefined) || candidate.direct === 0) continue
    const words = candidate.name.split(' ')
    if (words.length < 2 || words.length > 3) continue
    const surname = words[words.length - 1] as string
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), key])
  }
  for (const [key, candidate] of [...run.candidates]) {
    if (candidate.entry !== undefined || candidate.name.includes(' ')) continue
    const owners = (bySurname.get(candidate.name) ?? []).filter((owner) => run.candidates.get(owner)?.type === 'Person' || candidate.type === 'Person')
    if (owners.length !== 1) continue
    const owner = run.candidates.get(owners[0] as string) as Candidate
    if (!owner.type) [owner.type, owner.typeStrength] = ['Person', candidate.typeStrength]
    merge(run, key, owners[0] as string)
  }
}

/** "the defense minister", "the Russian president": the one person introduced with that title. */
export function countTitleReferences(run: Run, segments: readonly Segment[]) {
  const owners = new Map<string, Candidate | null>()
  for (const candidate of run.candidates.values()) {
    if (candidate.type !== 'Person') continue
    for (const written of candidate.titles) {
      const title = written.toLowerCase()
      owners.set(title, owners.has(title) && owners.get(title) !== candidate ? null : candidate)
    }
  }
  if (owners.size === 0) return
  segments.forEach((segment, index) => {
    const {tokens} = segment
    for (let at = 0; at < tokens.length; at++) {
      if ((tokens[at] as Token).text.toLowerCase() !== 'the') continue
      let word = at + 1
      while (word < at + 3 && tokens[word]?.cap) word++
      for (const [title, owner] of owners) {
        if (!owner) continue
        const parts = title.split(' ')
        if (parts.every((part, offset) => tokens[word + offset]?.word && tokens[word + offset]?.text === part)) {
          owner.mentions.push({weight: segment.weight, position: index * 1_000_000 + (tokens[at] as Token).start, weak: false})
        }
      }
    }
  })
}
