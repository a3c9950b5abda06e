/**
 * The JSON-LD scan (src/parse/scan.ts) stands in for the parse only where it
 * reads the same structured data: on every page it either declines
 * (`undefined`) or gives what reading the whole `positions: 'openings'` tree
 * gives, blocks, nodes, diagnostics and positions included.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {decode} from '../../src/parse/decode.js'
import {root} from '../cli/run.js'
import {applyMutations, mutatedPage, tagSoup} from '../hostile/arbitraries.js'
import {scanAgreement} from '../hostile/properties.js'

const compare = scanAgreement

const jsonLd = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A"}</script>'
const page = (head: string, body = '') => `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`

describe('scanJsonLd', () => {
  it.each([
    ['one block', page(jsonLd)],
    ['no structured data', page('<meta property="og:title" content="x">', '<p>text</p>')],
    ['two blocks, one in the body', page(jsonLd, `<p>x</p>${jsonLd}`)],
    ['CR LF and CR in the JSON', page('<script type="application/ld+json">\r\n{"@type": "Thing",\r "name": 1}\r\n</script>')],
    ['broken JSON', page('<script type="application/ld+json">{"@type": "Thing", "name": }</script>')],
    ['empty script', page('<script type="application/ld+json"></script><script type="application/ld+json">  </script>')],
    ['unclosed script', `<p>x</p><script type="application/ld+json">{"@type": "Thing"`],
    ['upper case and parameters', page('<SCRIPT TYPE="Application/LD+JSON; charset=utf-8">{"@type": "Thing"}</SCRIPT >')],
    ['first of two type attributes', page('<script type="text/javascript" type="application/ld+json">{"@type": "Thing"}</script>')],
    ['data-ldpress', page('<script type="application/ld+json" data-ldpress>{"@type": "Thing"}</script>')],
    ['scripts, styles and comments around', page(`<script>var s = "<script type='application/ld+json'>"</script><style>a{}</style><!-- ${jsonLd} -->`, jsonLd)],
    ['in a textarea or title (text, not a script)', page(`<title>${jsonLd}</title>`, `<textarea>${jsonLd}</textarea>`)],
    ['astral characters and NUL before', page('<meta name="x" content="\u{1F600}\u0000">', `\u{1F600}\n${jsonLd}`)],
    ['in noscript', page('', `<noscript>${jsonLd}</noscript>`)],
    ['old-style script comments and CDATA', page(`<script><!--\nvar a = 1 //--></script><script>//<![CDATA[\nvar b = 2\n//]]></script><!--> <!---> <![CDATA[x]]>${jsonLd}`)],
    ['text-only title inside SVG, empty iframe', page('', `<svg><title>Icon</title></svg><iframe src="x"></iframe>${jsonLd}`)],
    ['a JSON string holding </script', page('<script type="application/ld+json">{"@type": "Thing", "name": "<\\/script>"}</script>')]
  ])('%s: reads what the parse reads', (_name, text) => {
    expect(compare(text)).toBe('same')
  })

  it.each([
    ['microdata', page(jsonLd, '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">A</span></div>')],
    ['RDFa', page(jsonLd, '<div vocab="https://schema.org/" typeof="Person"><span property="name">A</span></div>')],
    ['a script in SVG', page('', `<svg>${jsonLd}</svg>`)],
    ['a script in a template', page('', `<template>${jsonLd}</template>`)],
    ['a script in an iframe', page('', `<iframe>${jsonLd}</iframe>`)],
    ['plaintext', page('', `<plaintext>${jsonLd}`)],
    ['self-closing script', page('<script type="application/ld+json"/>{"@type": "Thing"}</script>')],
    ['script-data escape', page(`<script><!--<script></script>${jsonLd}`)],
    ['character reference in the type', page('<script type="application/ld&#43;json">{"@type": "Thing"}</script>')],
    ['comment ended by --!>', page(`<!-- a --!>${jsonLd}`)],
    ['CDATA section with >', page(`<![CDATA[ a > b ]]>${jsonLd}`)],
    ['<style/>', page(`<style/>${jsonLd}`)],
    ['raw text with tags inside SVG', page(`<svg><title>a <b>b</b></title></svg>${jsonLd}`)],
    ['closing tag after white space', page(`</ svg>${jsonLd}`)],
    // htmlparser2 compares end tags as `c | 0x20`: U+001C reads as `<` and U+000F as `/` (found by the long fuzz run,
    // seed 1224809816: `<title>t\u001c/title>` ended the title for the tokenizer, not for the parser).
    ['U+001C for < in a title end tag', `<html><head><title>t\u001c/title>${jsonLd}</head></html>`],
    ['U+000F for / in a style end tag', page(`<style>a{}<\u000fstyle>${jsonLd}</style>`)]
  ])('%s: declines', (_name, text) => {
    expect(compare(text)).toBe('declined')
  })

  const fixtures = readdirSync(join(root, 'test/fixtures')).map((name) => join(root, 'test/fixtures', name, 'source.html'))
  it.each(fixtures.map((path) => [path.slice(root.length)]))('%s: never reads differently', (path) => {
    expect(compare(decode(readFileSync(join(root, path))).text)).not.toHaveProperty('scanned')
  })

  it('never reads differently on mutated pages', () => {
    fc.assert(
      fc.property(mutatedPage({giant: 2000}), (mutated) => {
        const input = applyMutations(mutated)
        expect(compare(typeof input === 'string' ? input : decode(input).text)).not.toHaveProperty('scanned')
      }),
      {numRuns: 150, seed: 20_261_125}
    )
  })

  it('never reads differently on tag soup with JSON-LD', () => {
    fc.assert(
      fc.property(tagSoup(), tagSoup(), (before, after) => {
        expect(compare(`${before}${jsonLd}${after}`)).not.toHaveProperty('scanned')
      }),
      {numRuns: 300, seed: 20_261_125}
    )
  })
})
