/**
 * `npm run eval -- [corpus-dir] --entities [--wrong]`: how well `about` and
 * `mentions` agree with the tags publishers give their own articles.
 *
 * On every page whose publisher tags it (`article:tag`, `news_keywords`,
 * `keywords` meta, JSON-LD `keywords` and `about`), the tags are the
 * reference — and they are hidden from the entities stage by construction:
 * the stage reads only the headline, dek, body and captions, never meta tags
 * or JSON-LD. Reported:
 * - precision proxy: the share of ldpress's `about` entities that appear
 *   among the tags (name or another name it was written as; a tag matches
 *   when one contains the other as whole words, case-insensitive);
 * - recall proxy: the share of the publisher's named-entity tags (tags
 *   written with a capital, not all lower case) found among `about` +
 *   `mentions`;
 * - the entities stage's share of `extract`'s time (with vs without).
 * Tags are a weak gold: publishers tag topics ("Politics") and omit names,
 * so both figures are lower bounds of what a reader would judge.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {extract, read} from '../src/index.js'

export function evaluateEntities(casesDir: string, options: {wrong?: boolean; limit?: number; source?: string} = {}): void {
  let ids = readdirSync(casesDir).filter((id) => existsSync(path.join(casesDir, id, 'source.html'))).sort()
  if (options.source) ids = ids.filter((id) => id.startsWith(`${options.source}-`))
  if (options.limit) ids = ids.slice(0, options.limit)
  let pages = 0
  let aboutTotal = 0
  let aboutInTags = 0
  let englishAboutTotal = 0
  let englishAboutInTags = 0
  let namedPages = 0
  let namedAboutTotal = 0
  let namedAboutInTags = 0
  let namedTags = 0
  let namedFound = 0
  let withEntities = 0
  let timeWith = 0
  let timeWithout = 0
  const misses: string[] = []
  for (const id of ids) {
    const html = readFileSync(path.join(casesDir, id, 'source.html'))
    const gold = JSON.parse(readFileSync(path.join(casesDir, id, 'gold.json'), 'utf8')) as {url?: string; source?: string}
    const url = gold.source !== 'htmldate' && typeof gold.url === 'string' ? {url: gold.url} : {}
    // Interleave with and without, so drift in machine speed hits both alike.
    let started = performance.now()
    const plain = extract(html, {...url, entities: false})
    timeWithout += performance.now() - started
    started = performance.now()
    const {article} = extract(html, url)
    timeWith += performance.now() - started
    if (article.about.length + article.mentions.length > 0) withEntities++
    const tags = publisherTags(html, plain.article.keywords ?? [])
    if (tags.length === 0) continue
    pages++
    const normTags = tags.map(norm)
    const matches = (names: string[]) => names.some((name) => normTags.some((tag) => wholeWords(tag, norm(name)) || wholeWords(norm(name), tag)))
    // Publishers that tag names (not only topics like "News", "Politics") are the fairer reference.
    const tagsNames = tags.some(isNamed)
    if (tagsNames) namedPages++
    for (const entity of article.about) {
      aboutTotal++
      const hit = matches([entity.name, ...(entity.alternateName ?? [])])
      if (hit) aboutInTags++
      if (/^en(?:-|$)/i.test(plain.article.inLanguage ?? '')) {
        englishAboutTotal++
        if (hit) englishAboutInTags++
      }
      if (tagsNames) {
        namedAboutTotal++
        if (hit) namedAboutInTags++
      }
      if (!hit && options.wrong) misses.push(`${id}: about "${entity.name}" (${entity.type}) not in tags ${JSON.stringify(tags.slice(0, 12))}`)
    }
    const found = [...article.about, ...article.mentions]
    for (const tag of tags.filter(isNamed)) {
      namedTags++
      if (found.some((entity) => [entity.name, ...(entity.alternateName ?? [])].some((name) => wholeWords(norm(tag), norm(name)) || wholeWords(norm(name), norm(tag))))) namedFound++
    }
  }
  for (const miss of misses) console.log(miss)
  const pct = (a: number, b: number) => (b === 0 ? '-' : `${((a / b) * 100).toFixed(1)}%`)
  console.log(`\n== entities (${ids.length} pages; ${withEntities} with entities; ${pages} with publisher tags)`)
  console.log(`precision proxy: ${aboutInTags}/${aboutTotal} about entities among the publisher's tags = ${pct(aboutInTags, aboutTotal)}`)
  console.log(`  on English pages (tags in the same language as the names): ${englishAboutInTags}/${englishAboutTotal} = ${pct(englishAboutInTags, englishAboutTotal)}`)
  console.log(`  on the ${namedPages} pages whose tags include names: ${namedAboutInTags}/${namedAboutTotal} = ${pct(namedAboutInTags, namedAboutTotal)}`)
  console.log(`recall proxy:    ${namedFound}/${namedTags} named-entity tags found in about+mentions = ${pct(namedFound, namedTags)}`)
  console.log(`cost: extract ${(timeWithout / ids.length).toFixed(1)} ms/page without entities, ${(timeWith / ids.length).toFixed(1)} with: the stage is ${pct(timeWith - timeWithout, timeWith)} of extract`)
}

/** The publisher's tags: meta keywords (as extracted) plus JSON-LD `about` names. */
function publisherTags(html: Uint8Array, keywords: readonly string[]): string[] {
  const tags = new Set(keywords.map((tag) => tag.trim()).filter(Boolean))
  for (const {node} of read(html).nodes) {
    const about = node.about ?? node['schema:about']
    for (const item of Array.isArray(about) ? about : about === undefined ? [] : [about]) {
      const name = typeof item === 'string' ? item : item && typeof item === 'object' ? (item as {name?: unknown}).name : undefined
      if (typeof name === 'string' && name.trim()) tags.add(name.trim())
    }
  }
  return [...tags]
}

function isNamed(tag: string): boolean {
  return /^\p{Lu}/u.test(tag) && tag !== tag.toLowerCase() && tag.length > 1
}

function norm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim()
}

/** `needle` occurs in `hay` as whole words. */
function wholeWords(hay: string, needle: string): boolean {
  if (needle.length < 2) return false
  const index = hay.indexOf(needle)
  if (index === -1) return false
  const before = index === 0 || !/[\p{L}\p{N}]/u.test(hay[index - 1]!)
  const end = index + needle.length
  const after = end === hay.length || !/[\p{L}\p{N}]/u.test(hay[end]!)
  return before && after
}
