/**
 * What an element's tag, `class`, `id` and `role` say about it, as tables.
 * Readability's lists (`unlikelyCandidates`, `okMaybeItsACandidate`,
 * `positive`, `negative`) plus the boilerplate of news pages ("Most
 * Popular", newsletter boxes, bylines, captions).
 * https://github.com/mozilla/readability/blob/main/Readability.js
 */
import {attr, isInvisible, type Element} from '../parse/index.js'

/** Never read: invisible, form controls, and page regions that are chrome by their tag. */
const skippedTags = new Set(['nav', 'aside', 'footer', 'header', 'button', 'select', 'option', 'input', 'textarea', 'label', 'dialog', 'menu', 'map', 'canvas', 'video', 'audio', 'picture', 'math'])
const chromeRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'button'])

/**
 * Chrome by name. Substrings, as in Readability: `comments-area`,
 * `relatedPosts` and `share-bar` all match. Short words need a boundary
 * (`[-_ ]` or an end), so `ads` does not match `uploads` nor `meta` `metadata`.
 */
const chromeName = new RegExp(
  [
    'breadcrumb|combx|comment|community|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar',
    'skyscraper|social|sponsor|supplemental|agegate|pagination|pager|popup|newsletter|subscri|signup|sign-up|share|sharing',
    'popular|most-?read|trending|recommend|promo|outbrain|taboola|byline|author|dateline|caption|credit|paywall|cookie|consent',
    'advert|banner|sr-only|screen-reader|visually-hidden|read-?more|more-stories|next-article|print-only|toolbar|widget',
    '(?:^|[\\s_-])(?:ad|ads|adv|nav|tags?|meta|dek|kicker|hidden|hide|modal|overlay|tools|date|time|timestamp)(?:$|[\\s_-])'
  ].join('|')
)
/** A name that also says "content" keeps its element (`content-with-sidebar`, `article-header`). */
const contentName = /and|article|body|column|content|main|shadow|story|entry|post-text|text-?block/

const positiveName = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text/
const negativeName = /-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscri|popular|recommend|teaser|card/

const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

/** Elements never read at all: not body, not votes, not text. */
export function isSkipped(element: Element): boolean {
  if (skippedTags.has(element.tagName) || isInvisible(element)) return true
  const style = attr(element, 'style')
  return style !== undefined && hiddenStyle.test(style)
}

/** Elements whose class, id or role names them as chrome; the page's outer frame never is. */
export function isChromeByName(element: Element, names: string): boolean {
  const role = attr(element, 'role')
  if (role !== undefined && chromeRoles.has(role)) return true
  if (frameTags.has(element.tagName) || names.trim() === '') return false
  return chromeName.test(names) && !contentName.test(names)
}

const frameTags = new Set(['html', 'body', 'article', 'main'])

/** Readability's class weight: +25 for names that say content, −25 for names that say chrome. */
export function classWeight(names: string): number {
  if (names.trim() === '') return 0
  return (positiveName.test(names) ? 25 : 0) - (negativeName.test(names) ? 25 : 0)
}

/** Readability's starting score by tag: a div is a likely container, a list or a heading is not. */
export function tagWeight(tagName: string): number {
  return tagWeights[tagName] ?? 0
}

const tagWeights: Record<string, number> = {
  div: 5, section: 5, article: 8, main: 8, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5
}

