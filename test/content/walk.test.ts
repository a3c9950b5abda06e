import type {Element} from 'hast'
import {describe, expect, test} from 'vitest'
import {parseHtml} from '../../src/parse/index.js'
import {walkPage} from '../../src/content/walk.js'

const read = (html: string) => {
  const page = walkPage(parseHtml(html).tree)
  return page.units.map((unit) => ({tag: page.items[unit.item]!.element.tagName, text: unit.text}))
}

describe('walkPage', () => {
  test('text in a div without <p> is a unit of that div', () => {
    expect(read('<body><div>Loose text in a div.</div></body>')).toEqual([{tag: 'div', text: 'Loose text in a div.'}])
  })

  test('text beside block children is cut at each block, and the holder is marked mixed', () => {
    const page = walkPage(parseHtml('<body><div id="x">Lead text.<p>A paragraph.</p>Tail text.</div></body>').tree)
    expect(page.units.map((unit) => unit.text)).toEqual(['Lead text.', 'A paragraph.', 'Tail text.'])
    const holder = page.items.find((item) => item.element.properties.id === 'x')!
    expect(holder.mixed).toBe(true)
    expect(holder.units).toBe(2)
  })

  test('two <br> end a paragraph; one is a line break inside it; source newlines are spaces', () => {
    expect(read('<body><div>First line<br>same paragraph<br><br>Second\nparagraph</div></body>').map((unit) => unit.text)).toEqual([
      'First line\nsame paragraph',
      'Second paragraph'
    ])
  })

  test('list items, headings and table cells are units of their own', () => {
    expect(read('<body><h2>Sub</h2><ul><li>One</li><li>Two</li></ul><table><tr><td>Cell</td></tr></table></body>')).toEqual([
      {tag: 'h2', text: 'Sub'},
      {tag: 'li', text: 'One'},
      {tag: 'li', text: 'Two'},
      {tag: 'td', text: 'Cell'}
    ])
  })

  test('inline elements do not cut a paragraph; link text is counted', () => {
    const page = walkPage(parseHtml('<p>Read <a href="/x">the report</a> <em>today</em>.</p>').tree)
    expect(page.units).toHaveLength(1)
    expect(page.units[0]).toMatchObject({text: 'Read the report today.', chars: 19, links: 9})
  })

  test('script, style, hidden and navigation text is never read', () => {
    const html = `<body><nav><p>Menu text here</p></nav><p>Kept<script>var x = 1</script></p><p hidden>Hidden</p>
      <p style="display: none">Invisible</p><button>Click</button></body>`
    expect(read(html).map((unit) => unit.text)).toEqual(['Kept'])
  })

  test('chrome named inline is cut out of the text around it', () => {
    const page = walkPage(parseHtml('<p>Story text <span class="share-tools">Share on X</span> goes on.</p>').tree)
    expect(page.units.map((unit) => unit.text)).toEqual(['Story text', 'Share on X', 'goes on.'])
    expect(page.items[page.units[1]!.item]!.chrome).toBe(true)
  })

  test('figure captions are collected apart from the text', () => {
    const page = walkPage(parseHtml('<article><figure><img src="a.jpg"><figcaption>A caption</figcaption></figure><p>Text</p></article>').tree)
    expect(page.captions).toMatchObject([{text: 'A caption', inArticle: true}])
    expect(page.units.map((unit) => unit.text)).toEqual(['Text'])
  })

  test('every item knows its parent and its last descendant', () => {
    const page = walkPage(parseHtml('<body><div><p>a</p><p>b</p></div><p>c</p></body>').tree)
    const tags = page.items.map((item) => item.element.tagName)
    const div = tags.indexOf('div')
    expect(page.items[div]!.end).toBe(div + 2)
    expect(page.items[div + 1]!.parent).toBe(div)
  })

  test('a tree nested deeper than the call stack is read (built by hand: the parser has its own limits)', () => {
    let node: Element = {type: 'element', tagName: 'p', properties: {}, children: [{type: 'text', value: 'Deep paragraph'}]}
    for (let depth = 0; depth < 100000; depth++) node = {type: 'element', tagName: 'div', properties: {}, children: [node]}
    const page = walkPage({type: 'root', children: [node]})
    expect(page.units.map((unit) => unit.text)).toEqual(['Deep paragraph'])
    expect(page.items).toHaveLength(100001)
  })
})
