/**
 * Main-text detection: which paragraphs are the article body. Paragraphs
 * vote for their parent (and half for their grandparent), as Readability
 * does; the container with the most text wins and its paragraphs are the
 * body. Page chrome (navigation, "Most Popular", related links, comments,
 * share bars, bylines, deks, captions) never votes.
 */
import {classAndId, collapse, visibleText, walkElements, type Element, type Root} from '../parse/index.js'

export interface Content {
  /** Body paragraphs (and sub-headings, list items) in order. */
  paragraphs: string[]
  /** Figure captions inside the body container or the article. */
  captions: string[]
  /** Words in the body, counted with a regular expression (CJK: one per character). */
  wordCount: number
}

const chromeTags = new Set(['nav', 'aside', 'footer', 'form', 'header', 'figure', 'figcaption', 'script', 'style', 'noscript', 'template', 'button', 'select', 'svg', 'iframe', 'table'])
const chromeClass =
  /\b(?:nav|navbar|menu|sidebar|side-bar|widget|footer|related|popular|most-read|most-popular|trending|recommend(?:ed|ations)?|promo|newsletter|subscribe|signup|share|sharing|social|comments?|breadcrumbs?|advert|ads?|ad-slot|sponsor|cookie|byline|author|dek|subtitle|standfirst|caption|credit|tags?|meta|dateline|paywall|modal|popup)\b/
const blockTags = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'pre'])
const byline = /^\s*(?:by|von|par|por)\s+\S/i

/** Find the article body in a page. */
export function detectContent(tree: Root): Content {
  const scores = new Map<Element, number>()
  const blocks: Array<{node: Element; text: string; parent: Element}> = []
  const captions: Array<{text: string; within: readonly Element[]}> = []

  walkElements(tree, (node, ancestors) => {
    if (node.tagName === 'figure') {
      walkElements(node, (child) => {
        if (child.tagName !== 'figcaption') return
        const text = collapse(visibleText(child))
        if (text) captions.push({text, within: [...ancestors]})
        return false
      })
      return false
    }
    if (isChrome(node)) return false
    if (!blockTags.has(node.tagName)) return
    // A block inside another block (p in blockquote, li in li) is read through its outermost block.
    const text = collapse(visibleText(node))
    if (text.length === 0 || (text.length <= 150 && byline.test(text))) return false
    const parent = ancestors[ancestors.length - 1]
    if (!parent) return false
    blocks.push({node, text, parent})
    if (node.tagName === 'p' && text.length >= 25) {
      const score = 1 + (text.match(/[,，、]/g)?.length ?? 0) + Math.min(text.length / 100, 3)
      scores.set(parent, (scores.get(parent) ?? 0) + score)
      const grandparent = ancestors[ancestors.length - 2]
      if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2)
    }
    return false
  })

  let best: Element | undefined
  let bestScore = 0
  for (const [node, score] of scores) {
    if (score > bestScore) {
      best = node
      bestScore = score
    }
  }
  if (!best) return {paragraphs: [], captions: [], wordCount: 0}

  const inside = descendants(best)
  const paragraphs = blocks.filter((block) => inside.has(block.node)).map((block) => block.text)
  const captionTexts = captions.filter((caption) => caption.within.includes(best!) || caption.within.some((a) => a.tagName === 'article')).map((c) => c.text)
  return {paragraphs, captions: captionTexts, wordCount: countWords(paragraphs.join('\n'))}
}

function isChrome(node: Element): boolean {
  if (chromeTags.has(node.tagName)) return true
  if (node.tagName === 'body' || node.tagName === 'article' || node.tagName === 'main' || node.tagName === 'html') return false
  const names = classAndId(node)
  return names.trim() !== '' && chromeClass.test(names) && !/\b(?:article-?body|entry-content|post-content|story-?body)\b/.test(names)
}

function descendants(root: Element): Set<Element> {
  const set = new Set<Element>()
  walkElements(root, (node) => {
    set.add(node)
  })
  return set
}

const word = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+|(?<=\d),\d+)*/gu
const ideograph = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu

/** Count words with a regular expression: `Intl.Segmenter` goes super-linear on long texts. */
export function countWords(text: string): number {
  const cjk = text.match(ideograph)?.length ?? 0
  const rest = cjk > 0 ? text.replace(ideograph, ' ') : text
  return cjk + (rest.match(word)?.length ?? 0)
}
