/**
 * The non-recursive parse5 → hast conversion builds exactly the tree
 * rehype-parse builds (hast-util-from-parse5), positions and key order
 * included, on every test page and on the awkward corners of HTML; and
 * unlike it, survives nesting far deeper than the call stack.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'parse5'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Element, Root} from 'hast'
import {fromParse5, parseToHast} from '../../src/parse/hast.js'
import {root} from '../cli/run.js'
import {openingsDifferences} from './openings.js'

const rehype = unified().use(rehypeParse)
const rehypeVerbose = unified().use(rehypeParse, {verbose: true})
const ours = (text: string, verbose = false) => fromParse5(parse(text, {sourceCodeLocationInfo: true, scriptingEnabled: false}), text, {verbose})

function expectSameTree(text: string): void {
  expect(JSON.stringify(ours(text))).toBe(JSON.stringify(rehype.parse(text)))
  expect(JSON.stringify(ours(text, true))).toBe(JSON.stringify(rehypeVerbose.parse(text)))
}

const pages = [
  ...readdirSync(join(root, 'test/fixtures')).map((name) => join(root, 'test/fixtures', name, 'source.html')),
  join(root, 'examples/volunteer-fighters/article.html')
]

describe('fromParse5', () => {
  it.each(pages.map((page) => [page.slice(root.length)]))('%s: the same tree as rehype-parse', (page) => {
    expectSameTree(readFileSync(join(root, page), 'utf8'))
  })

  it.each([
    ['empty', ''],
    ['text only', 'just text'],
    ['quirks', '<p>no doctype'],
    ['doctype and comments', '<!doctype html><!-- a --><html><!-- b --><body>x<!-- c --></body></html><!-- d -->'],
    ['unclosed elements end at their last child', '<!doctype html><div><p>one<p>two<div><span>three'],
    ['lists, booleans, numbers', '<input type=checkbox checked disabled="disabled" tabindex="3" class=" a  b " rel="x y" accept="a, b" coords="1,2,3" size=x hidden="">'],
    ['svg and mathml', '<svg viewBox="0 0 10 10" xlink:href="#a" xml:lang="en"><foreignObject><p>html</p></foreignObject><clipPath/><template><g/></template></svg><math><mi>x</mi></math>'],
    ['template', '<template id=t><p>inside</p><template><b>nested</b></template></template><p>after'],
    ['unclosed template', '<p>before</p><template><p>inside'],
    ['tables and foster parenting', '<table><tr><td>a</td>text<div>b</div></tr></table>'],
    ['adoption agency', '<p><b>1<i>2</b>3</i>4</p>'],
    ['noscript is parsed as markup (scripting off)', '<head><noscript><link rel=stylesheet href=a.css></noscript></head><body><noscript><p>hi</p></noscript>'],
    ['character references, CR LF, NUL', '<p title="&amp;&lt;">a&nbsp;b\r\nc\rd\u0000e &notin; &copy</p>'],
    ['script, style, textarea, pre', '<script>if (a < b) {}</script><style>p>a{}</style><textarea>\n<b></textarea><pre>\n\nx</pre>'],
    ['class and classname join', '<div class="a b" classname="a c" id=x></div>'],
    ['frameset', '<!doctype html><frameset><frame src=a></frameset>'],
    ['attributes on html and body merged', '<html lang=en><body class=a><html data-x=1><body id=b>']
  ])('%s', (_name, text) => {
    expectSameTree(text)
    expect(openingsDifferences(text)).toEqual([])
  })

  it.each(pages.map((page) => [page.slice(root.length)]))('%s: positions "openings" place every element at its opening tag', (page) => {
    expect(openingsDifferences(readFileSync(join(root, page), 'utf8'))).toEqual([])
  })

  it.each([
    ['CR LF in JSON-LD', '<script type="application/ld+json">\r\n{"@type": "NewsArticle",\r\n "headline": 1}\r\n</script>'],
    ['script closed by </SCRIPT >', '<p>x</p><script type=application/ld+json>{"@type": "Thing"}</SCRIPT ><p>y'],
    ['unclosed script', '<script type="application/ld+json">{"@type": "Thing", "name": "x"'],
    ['astral characters before the tag', '<p>\u{1F600}\u{1F600}</p>\n<script type="application/ld+json">{"@type": "Thing", "name": "\u{1F600}"}</script>'],
    ['microdata and RDFa', '<div itemscope itemtype="https://schema.org/Person"><span itemprop=name>A</span></div><div vocab="https://schema.org/" typeof="Person"><span property="name">B</span></div>']
  ])('positions "openings": %s reads the same structured data', (_name, text) => {
    expect(openingsDifferences(text)).toEqual([])
  })

  it('drops prototype-named attributes, also in verbose mode (where rehype-parse throws)', () => {
    const text = '<div constructor="x" __proto__="y" toString="z" hasOwnProperty="w" id=ok></div>'
    expect(JSON.stringify(ours(text))).toBe(JSON.stringify(rehype.parse(text)))
    expect(() => rehypeVerbose.parse(text)).toThrow()
    const div = ours(text, true).children[0] as unknown as {children: Array<{children: Array<{properties: object; data: {position: {properties: object}}}>}>}
    const element = div.children[1]!.children[0]!
    // HTML lower-cases attribute names: `tostring` is no prototype member.
    expect(Object.keys(element.properties)).toEqual(['tostring', 'hasownproperty', 'id'])
    expect(Object.keys(element.data.position.properties)).toEqual(['tostring', 'hasownproperty', 'id'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('converts 100,000 nested elements, which rehype-parse cannot', () => {
    const depth = 100_000
    const text = `<p>before</p>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}<p>after</p>`
    expect(() => rehype.parse(text)).toThrow(RangeError)
    const tree = ours(text)
    let node = tree.children[0]!
    let levels = 0
    // html > body > p, div…
    const body = (node as {children: Array<{tagName?: string; children?: unknown[]}>}).children[1]!
    expect(body.tagName).toBe('body')
    node = body.children![1] as typeof node
    while (node.type === 'element' && node.tagName === 'div') {
      levels++
      node = node.children[0]!
    }
    expect(levels).toBe(depth)
    expect(node).toMatchObject({type: 'text', value: 'deep'})
    expect(body.children![2]).toMatchObject({tagName: 'p'})
  })
})

describe('positions "openings"', () => {
  it('counts lines from offsets, where parse5 counts a line twice after `&` and a line break in an attribute', () => {
    const text = '<p class="&\n">x</p><b>y</b>'
    // html > body > b
    const bold = (tree: Root) => ((tree.children[0] as Element).children[1] as Element).children[1] as Element
    const openings = bold(parseToHast(text, {positions: 'openings'}))
    expect(openings.tagName).toBe('b')
    expect(openings.position).toEqual({start: {line: 2, column: 8, offset: 19}, end: {line: 2, column: 11, offset: 22}})
    expect(bold(parseToHast(text)).position!.start).toEqual({line: 3, column: 8, offset: 19})
  })
})

describe('runs taken in one step (raw text, quoted attribute values, tag and attribute names)', () => {
  // The openings tokenizer takes plain runs in one step: trees must be what parse5 gives a code point at a time.
  const pieces = ['<', '</', '</script', '</style', '</scriptx>', '<!--', '-->', '<script>', '\r', '\r\n', '\n', '\n\n', ' ', '\t', '\f', '\u0000', 'a', 'if (a<b) {}', '&amp;', '&', '"', "'", '=', '>', '\ud83d\ude00', '\ud83d', '\ude00', 'é', '\u2028', 'x'.repeat(70)]
  const text = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((parts) => parts.join(''))
  const name = fc.array(fc.constantFrom('a', 'z', 'data-', 'x_y', 'ns:', '.', '0', '9', 'A', 'Z', 'É', 'é', '\u0000', '\r', '\n', '"', "'", '<', '`'), {minLength: 1, maxLength: 8}).map((parts) => parts.join(''))
  const attribute = fc.tuple(name, text, fc.constantFrom('"', "'", '')).map(([key, value, quote]) => (quote ? `${key}=${quote}${value.replaceAll(quote, '')}${quote}` : `${key}=${value.replace(/[\s>]/g, '')}`))
  // (JSON-LD scripts are left to the corpus check: an unclosed one reports its syntax error at another column in each mode.)
  const element = fc.constantFrom('script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'script type="text/template"', 'svg><style', 'p', 'DIV', 'my-el', 'a:b', 'pre', 'textarea', 'title', 'table', 'select', 'svg', 'math')
  // Past 64 KiB parse5 drops parsed input between tokens: runs must survive the shift.
  const filler = fc.oneof({arbitrary: fc.constant(''), weight: 9}, {arbitrary: fc.constant(`<p>${'filler '.repeat(10_000)}</p>\r\n`), weight: 1})

  // Where the tree builder tells whitespace from other text: before <html>, between table rows.
  const gap = fc.array(fc.constantFrom(' ', '\t', '\f', '\n', '\r\n', '\r', 'x', '\u00a0'), {maxLength: 6}).map((parts) => parts.join(''))

  it('gives the trees and opening positions of the full parse', () => {
    fc.assert(
      fc.property(filler, element, fc.array(attribute, {maxLength: 4}), text, fc.boolean(), gap, (before, tag, attributes, content, closed, space) => {
        const tagName = tag.split(/[ >]/)[0]!
        const page = `${space}<!doctype html>${space}<html>${space}<head>${space}</head>${space}${before}<p>before</p>\n<${tag}${attributes.map((item) => ` ${item}`).join('')}>${content}${closed ? `</${tagName}>` : ''}<p id=after>after</p>\n <table>${space}<tr>${space}<td>${content}</td>${space}</tr>\n</table>`
        expect(openingsDifferences(page)).toEqual([])
      }),
      {seed: 20261207, numRuns: 500}
    )
  }, 60_000)
})
