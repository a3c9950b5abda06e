/**
 * Main-text detection: which text on a page is the article body.
 *
 * One walk reads the page into elements and text units (`walk.ts`);
 * paragraphs vote for the elements around them, Readability-style, and the
 * best container, widened to its siblings that carry the same story, is the
 * body (`score.ts`); inside it, chrome (share bars, link lists, "Read more",
 * bylines) is left out (`body.ts`). Page chrome (navigation, "Most Popular",
 * related links, comments, bylines, deks, captions) never votes. When names
 * mislead (a layout `div.l-sidebar-fixed` around the story), the detection
 * runs again over the same units without trusting names.
 */
import type {Root} from '../parse/index.js'
import {assemble, type Body} from './body.js'
import {walkPage} from './walk.js'

export interface Content {
  /** Body paragraphs (and sub-headings, list items) in order. */
  paragraphs: string[]
  /** Figure captions inside the body container or the article. */
  captions: string[]
  /** Words in the body, counted with a regular expression (CJK: one per character). */
  wordCount: number
}

/** A body shorter than this (characters other than white space) is suspect: names may have hidden the story. */
const shortBody = 500

/** Find the article body in a page. */
export function detectContent(tree: Root): Content {
  const page = walkPage(tree)
  let body: Body = assemble(page, true)
  if (body.chars < shortBody) {
    const loose = assemble(page, false)
    if (loose.chars > body.chars) body = loose
  }
  if (body.roots.length === 0) return {paragraphs: [], captions: [], wordCount: 0}
  const within = (item: number) => body.roots.some((root) => item >= root && item <= page.items[root]!.end)
  const captions = page.captions.filter((caption) => caption.inArticle || within(caption.item)).map((caption) => caption.text)
  return {paragraphs: body.paragraphs, captions, wordCount: countWords(body.paragraphs.join('\n'))}
}

const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+|(?<=\d),\d+)*/gu
const ideograph = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

/** Count words with a regular expression: `Intl.Segmenter` goes super-linear on long texts. */
export function countWords(text: string): number {
  const cjk = text.match(ideograph)?.length ?? 0
  const rest = cjk > 0 ? text.replace(ideograph, ' ') : text
  return cjk + (rest.match(word)?.length ?? 0)
}
