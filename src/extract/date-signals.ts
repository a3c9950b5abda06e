/**
 * Date signals, collected during the one walk of `signals.ts`: every place a
 * page states a date for a reader or a machine outside `<meta>` and JSON-LD —
 * `itemprop=datePublished` on any element, `<abbr class=published title=…>`,
 * `<time>`, elements whose class or id says date/time/published, and short
 * text nodes that hold a full date. Each carries how far into the visible
 * text it stands, so rules can prefer the date next to the headline over the
 * dates of other articles, comments and archives further down.
 *
 * The signals walk skips subtrees it judges to be page chrome or reads whole
 * (short "By …" lines, deks); the collector reads those subtrees itself, so
 * every element is still read once, and decides what is chrome for dates on
 * its own: a container that holds the headline is never chrome, whatever its
 * class says ("right-sidebar" layouts).
 */
import {attr, classAndId, collapse, pointOf, walkElements, type Element} from '../parse/index.js'
import {CollapsedLength, collapsedLength, collapsedTail} from '../strings.js'
import type {Point} from '../types.js'

/** What a date says about the page: published, modified, unknown, or something else entirely (a birthday, a join date, an event). */
export type DateRole = 'published' | 'modified' | 'unknown' | 'other'

export interface DateSignal {
  /** The text or attribute value that holds the date. */
  value: string
  /** The element's visible text, when `value` came from an attribute (`<time datetime>` shows a local date, stores UTC). */
  shown?: string | undefined
  /** What kind of markup stated it. */
  source: 'itemprop' | 'attribute' | 'time' | 'class' | 'text'
  /** Publication or modification, from the class/itemprop or the label before it ("Updated:", "Veröffentlicht am"). */
  role: DateRole
  /** Label text right before the element ("posted:", "stand:"), lowercased. */
  label: string
  /** Visible-text characters before it in the page (script, style and the like not counted). */
  textPos: number
  position?: Point | undefined
  inArticle: boolean
  /** Inside a comment, a list of other articles, navigation, an archive or other page chrome. */
  aside: boolean
  /** Inside an `<h1>`–`<h3>`: a date in a title is usually what the story is about, unless the heading is only a date. */
  inHeading?: boolean | undefined
  /** Inside a byline ("By X - March 11 2022", class `byline`/`author`). */
  inByline?: boolean | undefined
}

export interface DateSignals {
  items: DateSignal[]
  /** The page's `<h1>`–`<h3>` headings with their text and visible-text position, in document order. */
  headings: Array<{level: number; text: string; textPos: number; inArticle: boolean}>
  /** Visible-text span of the article's headline (see {@link headlineOf}), when the page has one. */
  anchor?: {start: number; end: number} | undefined
}

/** What the signals walk calls: `visit` for every element it reaches (saying whether it skips it as chrome), `finish` once done. */
export interface DateCollector {
  signals: DateSignals
  visit: (node: Element, ancestors: readonly Element[], inArticle: boolean, chrome?: boolean) => void
  /** Settle the headline and what is chrome, given the page's titles (`<title>`, `og:title`). */
  finish: (titles: ReadonlyArray<string | undefined>) => void
}

/** Class/id words of elements that hold a date. */
const dateClass = /date|datum|fecha|data-?pub|time|zeit|publish|posted|pubdate|byline|dateline|timestamp|created|erstellt|meta-?info|post-?meta|article-?meta|entry-?meta|metadata/
/** Class/id words (at the start of a class token) of places whose dates belong to something else. */
const asideClass =
  /(?:^|[\s_-])(?:comment|kommentar|leserbrief|reply|respon[sd]|related|similar|recommend|popular|trending|most-?read|sidebar|archive|calendar|discussion|forum|teaser-?list|more-?news|other-?news|latest|recent|ticker)/
const asideTags = new Set(['nav', 'form'])
/**
 * Chrome outside an article — the site header shows today's date, the site footer a copyright —
 * but an article's own `<header>`, `<aside>` or `<footer>` often holds its date line.
 */
const articleChromeTags = new Set(['header', 'aside', 'footer'])
/** Breadcrumbs are chrome for other fields, but a date in them is the page's own. */
const breadcrumbClass = /breadcrumb/
const publishedWords =
  /publi|posted|erstellt|erschienen|veröffentlicht|mis en ligne|pubblicato|gepubliceerd|opublikowano|опубликовано|yayın|written|created|datum:|date:/
/** Class/id words of bylines, and the words a byline starts with. */
const bylineClass = /by-?line|author|autor|auteur|writer/
const bylinePrefix = /^\s*(?:by|von|par|por|di|door|av|przez|от|автор)\s*[:\s]/i
/** hAtom/microformat classes whose `title` holds a machine date. */
const hentryClass = /published|updated|dtstart|dtreviewed|(?:post|entry|article)-?date|date-?published/
/** Dates that are not the page's: sign-up, birth, deadlines, copyright. */
const otherWords = /join|member\s+since|registriert|anmelde|birth|born|geboren|geburtstag|deadline|einsendeschluss|copyright|©|naissance|nacimiento/
const modifiedWords =
  /updat|modif|aktualisiert|geändert|bearbeitet|editiert|stand\b|mis à jour|mise à jour|actualiza|aggiornat|bijgewerkt|zaktualizowano|обновлено|güncel|last\s+(?:changed|edited)|letzte\s+änderung/
const datePropNames = new Map<string, DateRole>([
  ['datepublished', 'published'],
  ['datecreated', 'published'],
  ['uploaddate', 'published'],
  ['datemodified', 'modified']
])
const invisible = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'object', 'head', 'select', 'textarea'])

/** Text nodes longer than this are paragraphs: only a dateline at their start is read. */
const textLimit = 200
const datelineLength = 60
const hintedTextLimit = 120
/** Tags the signals walk may read whole without entering: headlines, figures, short "By …" lines, deks. */
const wholeTags = new Set(['h1', 'h2', 'h3', 'figure', 'p', 'div', 'span'])
/** An element this small (children, visible characters) is read whole when the walk reaches it. */
const smallChildren = 12
const smallText = 200
/** Headings recorded per page at most. */
const headingLimit = 300
/** Dates recorded per page at most: a page with more is an archive or a list, and the first ones matter. */
const itemLimit = 400
/** Ancestors kept per date to judge chrome: the nearest ones decide. */
const pathLimit = 40

/** Collect date signals during the one walk. */
export function dateCollector(): DateCollector {
  const signals: DateSignals = {items: [], headings: []}
  // Plain maps and sets: they live for one page, and weak ones cost the garbage collector more.
  const preceding = new Map<Element, string>()
  const paths: Array<readonly Element[]> = []
  const chromeRoots: Array<Element | undefined> = []
  const headingPaths: Array<readonly Element[]> = []
  const done = new Set<Element>()
  const headingElements = new Set<Element>()
  const bylineElements = new Set<Element>()
  let textPos = 0

  const read = (node: Element, parent: Element | undefined, outer: readonly Element[], root: Element | undefined, inner: readonly Element[] | undefined, inArticle: boolean, chromeRoot: Element | undefined) => {
    const names = classAndId(node)
    const level = headingLevels.get(node.tagName) ?? 0
    const inHeading = level > 0 || (parent !== undefined && headingElements.has(parent))
    if (inHeading) headingElements.add(node)
    const inByline = (parent !== undefined && bylineElements.has(parent)) || (names.trim() !== '' && bylineClass.test(names)) || startsAsByline(node)
    if (inByline) bylineElements.add(node)
    let path: readonly Element[] | undefined

    if (level > 0 && signals.headings.length < headingLimit) {
      path = pathOf(outer, root, inner)
      signals.headings.push({level, text: boundedText(node, 300) ?? '', textPos, inArticle})
      headingPaths.push(path.slice(-pathLimit))
    }

    // The dates the element states, noted as found; what they share (the label before the element, its ancestors)
    // is built only for the few elements that have one.
    let found: Found[] | undefined
    const itemProp = attr(node, 'itemProp')?.toLowerCase()
    const propRole = itemProp ? datePropNames.get(itemProp) : undefined
    if (propRole && node.tagName !== 'meta') {
      const stored = attr(node, 'content') ?? attr(node, 'dateTime')
      const text = boundedText(node, hintedTextLimit)
      const value = stored ?? text
      if (value) (found ??= []).push({value, shown: stored ? text : undefined, source: 'itemprop', role: propRole, words: '', textPos})
    } else if (node.tagName === 'time') {
      const stored = attr(node, 'dateTime')
      const text = boundedText(node, hintedTextLimit)
      const value = stored ?? text
      if (value) (found ??= []).push({value, shown: stored ? text : undefined, source: 'time', role: undefined, words: `${names} ${itemProp ?? ''}`, textPos})
    } else if (names.trim() !== '' && dateClass.test(names)) {
      const title = attr(node, 'title')
      // hAtom and Blogger: <abbr class="published" title="2020-04-28T21:11:00+02:00">
      if (title && /\d{4}/.test(title) && hentryClass.test(names)) (found ??= []).push({value: title, shown: undefined, source: 'attribute', role: undefined, words: names, textPos})
      const text = boundedText(node, hintedTextLimit)
      if (text && /\d/.test(text)) (found ??= []).push({value: text, shown: undefined, source: 'class', role: undefined, words: names, textPos})
    }

    // Direct text children: count visible text, keep those holding a date, note what precedes each child element.
    // The text before the next child element, as written: collapsed only for a label that is read (labelOf).
    let before = ''
    for (const child of node.children) {
      if (child.type === 'text') {
        if (!nonSpace.test(child.value)) continue
        // Most text holds no digit, so no date: only its collapsed length counts.
        if (/\d/.test(child.value)) {
          const text = collapse(child.value)
          const head = text.length <= textLimit ? text : text.slice(0, datelineLength)
          if (/\d/.test(head) && mayHoldDate.test(head)) (found ??= []).push({value: head, shown: undefined, source: 'text', role: undefined, words: '', textPos})
          textPos += text.length
        } else {
          textPos += collapsedLength(child.value)
        }
        before = child.value
      } else if (child.type === 'element') {
        // No text before it reads as no label: only elements after text are noted.
        if (before !== '') preceding.set(child, before)
        before = ''
      }
    }

    if (found === undefined) return
    const label = labelOf(node, parent, preceding)
    path ??= pathOf(outer, root, inner)
    for (const date of found) {
      if (signals.items.length >= itemLimit) return
      const byline = inByline || bylinePrefix.test(date.value)
      signals.items.push({
        value: date.value,
        ...(date.shown ? {shown: date.shown} : {}),
        source: date.source,
        role: date.role ?? roleOf(date.words, label),
        label,
        textPos: date.textPos,
        position: pointOf(node),
        inArticle,
        aside: false,
        ...(inHeading ? {inHeading} : {}),
        ...(byline ? {inByline: true} : {})
      })
      paths.push([...path.slice(-pathLimit), node])
      chromeRoots.push(chromeRoot)
    }
  }

  /** Read a subtree the signals walk will not enter, in document order. */
  const readSubtree = (root: Element, ancestors: readonly Element[], inArticle: boolean, chromeRoot: Element | undefined) => {
    const articles = new Set<Element>()
    if (inArticle) articles.add(root)
    walkElements(root, (child, inner) => {
      done.add(child)
      if (invisible.has(child.tagName)) return false
      const parent = inner.at(-1) ?? root
      const inside = articles.has(parent) || isArticleRoot(child)
      if (inside) articles.add(child)
      read(child, parent, ancestors, root, inner, inside, chromeRoot)
      return undefined
    })
  }

  const visit = (node: Element, ancestors: readonly Element[], inArticle: boolean, chrome = false) => {
    if (done.has(node)) return
    read(node, ancestors.at(-1), ancestors, undefined, undefined, inArticle, undefined)
    if (chrome) {
      readSubtree(node, ancestors, inArticle, node)
      return
    }
    // Only the tags the signals walk reads whole (bylines, deks) need this.
    const small =
      wholeTags.has(node.tagName) &&
      node.children.length <= smallChildren &&
      node.children.some((child) => child.type === 'element') &&
      hasBoundedText(node, smallText)
    if (small) readSubtree(node, ancestors, inArticle, undefined)
  }

  const finish = (titles: ReadonlyArray<string | undefined>) => {
    const headline = headlineOf(signals.headings, titles)
    const heading = headline === undefined ? undefined : signals.headings[headline]!
    signals.anchor = heading ? {start: heading.textPos, end: heading.textPos + heading.text.length} : undefined
    // The elements around the headline are the article, whatever their class says.
    const headlinePath: ReadonlySet<Element> = new Set(headline === undefined ? [] : headingPaths[headline])
    signals.items.forEach((item, index) => {
      item.aside = isAside(paths[index]!, headlinePath, item.inArticle, chromeRoots[index])
    })
    paths.length = 0
    chromeRoots.length = 0
    headingPaths.length = 0
  }
  return {signals, visit, finish}
}

/**
 * Whether a date stands in a comment, a list of other articles, navigation or
 * other chrome: the nearest ancestors decide, and the headline's own
 * containers are never chrome.
 */
function isAside(path: readonly Element[], headlinePath: ReadonlySet<Element>, inArticle: boolean, chromeRoot: Element | undefined): boolean {
  for (let index = path.length - 1; index >= 0; index--) {
    const element = path[index]!
    if (headlinePath.has(element)) return false
    if (element === chromeRoot && !(articleChromeTags.has(element.tagName) && inArticle) && !breadcrumbClass.test(classAndId(element))) return true
    if (asideTags.has(element.tagName) || (articleChromeTags.has(element.tagName) && !inArticle)) return true
    const names = classAndId(element)
    if (names.trim() !== '' && asideClass.test(names)) return true
  }
  return false
}

/**
 * Which heading is the article's headline: the one that best repeats the page
 * title (at any level: some pages title articles with an `<h2>`) — the whole
 * title, then its start (site names come last), then any part of it — else
 * the first `<h1>` in the article, else the first `<h1>`.
 */
export function headlineOf(headings: DateSignals['headings'], titles: ReadonlyArray<string | undefined>): number | undefined {
  const wanted = titles.map((title) => normalizeTitle(title ?? '')).filter((title) => title.length >= 8)
  const score = (text: string) =>
    text.length < 8 ? 0 : wanted.some((title) => title === text) ? 3 : wanted.some((title) => title.startsWith(text) || text.startsWith(title)) ? 2 : wanted.some((title) => title.includes(text) || text.includes(title)) ? 1 : 0
  let best: number | undefined
  let bestScore = 0
  headings.forEach((heading, index) => {
    const value = score(normalizeTitle(heading.text))
    if (value > bestScore) {
      best = index
      bestScore = value
    }
  })
  if (best !== undefined) return best
  const h1 = headings.findIndex((heading) => heading.level === 1 && heading.inArticle)
  if (h1 >= 0) return h1
  const first = headings.findIndex((heading) => heading.level === 1)
  return first >= 0 ? first : undefined
}

function normalizeTitle(text: string): string {
  return text.toLowerCase().replace(/\p{Cf}+/gu, '').replace(/[\s\p{P}\p{S}]+/gu, ' ').trim()
}

function isArticleRoot(node: Element): boolean {
  return node.tagName === 'article' || node.tagName === 'main' || attr(node, 'itemProp') === 'articleBody'
}

const nonSpace = /\S/
const headingLevels = new Map([['h1', 1], ['h2', 2], ['h3', 3]])
/** Cheap test before the parser runs: a four-digit year, a dotted/slashed day and month, or CJK date marks. */
const mayHoldDate = /\d{4}|\d[./-]\s?\d{1,2}[./-]\s?\d{2}|[年년]/

/** Whether an element's own text opens with "By", "Von", "Par"…: a byline whatever its class. */
function startsAsByline(node: Element): boolean {
  for (const child of node.children) {
    if (child.type === 'text' && nonSpace.test(child.value)) return bylinePrefix.test(child.value)
    if (child.type === 'element') return false
  }
  return false
}

/**
 * The label before an element: the end of the text before it (`preceding`
 * holds that text as written, for the elements that follow text), else its
 * parent's when it opens the parent.
 */
function labelOf(node: Element, parent: Element | undefined, preceding: ReadonlyMap<Element, string>): string {
  const own = labelText(preceding.get(node))
  if (own !== '' || !parent) return own
  return labelText(preceding.get(parent))
}

function labelText(before: string | undefined): string {
  return before === undefined ? '' : collapsedTail(before, 40).toLowerCase()
}

/** The ancestors of an element the collector reads: the walk's own, or those of a subtree's root and the root's own within it. */
function pathOf(outer: readonly Element[], root: Element | undefined, inner: readonly Element[] | undefined): readonly Element[] {
  return root === undefined ? outer : [...outer.slice(-pathLimit), root, ...(inner ?? []).slice(-pathLimit)]
}

/** A date an element states, noted while it is read (`read` in dateCollector). */
interface Found {
  value: string
  shown: string | undefined
  source: DateSignal['source']
  /** Known from the markup (`itemprop`), else judged from `words` and the label. */
  role: DateRole | undefined
  words: string
  /** Visible characters before it. */
  textPos: number
}

/** Publication or modification, from class/id words and the label before a date. */
export function roleOf(names: string, label: string): DateRole {
  const text = `${names} ${label}`.toLowerCase()
  if (otherWords.test(text)) return 'other'
  if (modifiedWords.test(text)) return 'modified'
  if (publishedWords.test(text)) return 'published'
  return 'unknown'
}

/** Visible text of a small element, `undefined` once it passes `max` characters or 200 nodes (a container, not a date). */
function boundedText(node: Element, max: number): string | undefined {
  const raw = boundedRaw(node, max)
  const value = raw === undefined ? '' : collapse(raw)
  return value.length > 0 ? value : undefined
}

/** Whether `boundedText` would give a text, counting instead of building it. */
function hasBoundedText(node: Element, max: number): boolean {
  const counted = new CollapsedLength()
  let visited = 0
  const stack: Element['children'] = [...node.children].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (++visited > 200) return false
    if (current.type === 'text') {
      if (!counted.add(current.value, max)) return false
    } else if (current.type === 'element' && !invisible.has(current.tagName)) {
      if (current.tagName === 'br' || current.tagName === 'p' || current.tagName === 'div' || current.tagName === 'li') counted.separate()
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    }
  }
  return counted.length > 0
}

/** `boundedText` before collapsing: the raw text, `undefined` when too long or too big a subtree. */
function boundedRaw(node: Element, max: number): string | undefined {
  let text = ''
  let visited = 0
  let checkAt = max
  const stack: Element['children'] = [...node.children].reverse()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (++visited > 200) return undefined
    if (current.type === 'text') {
      text += current.value
      if (text.length > checkAt) {
        if (collapsedLength(text) > max) return undefined
        checkAt = text.length + max
      }
    } else if (current.type === 'element' && !invisible.has(current.tagName)) {
      if (current.tagName === 'br' || current.tagName === 'p' || current.tagName === 'div' || current.tagName === 'li') text += ' '
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index]!)
    }
  }
  return collapsedLength(text) <= max ? text : undefined
}
