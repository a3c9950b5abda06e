import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Element, Root, Text} from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extract, toJsonLd, toScriptTag, validateHtml} from '../src/index.js'
import {walkElements} from '../src/parse/index.js'
import rehypeLdpress, {rehypeLdpress as named, type Options} from '../src/rehype.js'

const root = join(import.meta.dirname, '..')
const article = readFileSync(join(root, 'examples/volunteer-fighters/article.html'), 'utf8')
const articleUrl = 'https://news.example/world/russia-volunteer-fighters-west-asia'

function processor(options?: Options, fragment = false) {
  return unified().use(rehypeParse, {fragment}).use(rehypeLdpress, options).use(rehypeStringify)
}

function run(html: string, options?: Options, fragment = false): VFile {
  return processor(options, fragment).processSync(new VFile({value: html, path: 'page.html'}))
}

/** The text of every `<script data-ldpress>` in a page, parsed the way a browser would. */
function ownScripts(html: string): string[] {
  const tree = unified().use(rehypeParse).parse(html)
  const found: string[] = []
  walkElements(tree, (element) => {
    if (element.tagName === 'script' && element.properties.dataLdpress !== undefined) {
      found.push((element.children[0] as Text | undefined)?.value ?? '')
    }
  })
  return found
}

const page = (head: string, body = '<article><h1>Rain falls on the plain</h1><p>By Jane Doe</p><p>The first rain in months reached the plain on Tuesday.</p></article>') =>
  `<!doctype html>\n<html lang="en">\n<head>\n<title>Rain falls on the plain</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`

describe('rehypeLdpress', () => {
  it('is the default and a named export', () => {
    expect(named).toBe(rehypeLdpress)
  })

  it('injects the graph extract() gives for the same page and URL, exactly as toScriptTag writes it', () => {
    const file = run(article, {url: articleUrl})
    const output = String(file)
    const expected = extract(article, {url: articleUrl}).graph
    const scripts = ownScripts(output)
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(scripts[0]!)).toEqual(expected)
    expect(scripts[0]).toBe(toJsonLd(expected))
    expect(output).toContain(toScriptTag(expected))
    // In <head>, not the body.
    expect(output.indexOf(toScriptTag(expected))).toBeLessThan(output.indexOf('</head>'))
    expect(file.data.ldpress?.graph).toEqual(expected)
    expect(file.data.ldpress?.injected).toBe(true)
  })

  it('is idempotent: the output run through the pipeline again comes out the same', () => {
    const once = String(run(article, {url: articleUrl}))
    const twice = String(run(once, {url: articleUrl}))
    expect(twice).toBe(once)
  })

  it('replaces an existing data-ldpress script in place instead of adding a second', () => {
    const stale = '<script type="application/ld+json" data-ldpress>{"@context":"https://schema.org","@type":"NewsArticle","headline":"Stale"}</script>'
    const html = page(`${stale}\n<meta name="author" content="Jane Doe">`)
    const file = run(html, {url: 'https://news.example/rain'})
    const output = String(file)
    const scripts = ownScripts(output)
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).not.toContain('Stale')
    expect(JSON.parse(scripts[0]!)).toEqual(extract(html, {url: 'https://news.example/rain'}).graph)
    // Where the old one stood: before the meta element.
    expect(output.indexOf('data-ldpress')).toBeLessThan(output.indexOf('<meta name="author"'))
    // The stale script is not validated: it is gone.
    expect(file.messages.filter((message) => message.fatal === true)).toEqual([])
  })

  it('removes further data-ldpress scripts with a warning each', () => {
    const stale = '<script type="application/ld+json" data-ldpress>{"@context":"https://schema.org","@type":"NewsArticle","headline":"Stale"}</script>'
    const html = page(stale, `<article><h1>Rain falls on the plain</h1><p>Text.</p></article>\n${stale}`)
    const file = run(html, {url: 'https://news.example/rain'})
    expect(ownScripts(String(file))).toHaveLength(1)
    const duplicates = file.messages.filter((message) => message.ruleId === 'emit/duplicate-script')
    expect(duplicates).toHaveLength(1)
    expect(duplicates[0]!.line).toBe(9)
    expect(duplicates[0]!.fatal).toBe(false)
  })

  it('does not take a data-ldpress script inside <noscript> for its own (a browser reads it as text)', () => {
    const hidden = '<noscript><script type="application/ld+json" data-ldpress>{"@context":"https://schema.org","@type":"Thing","name":"Hidden"}</script></noscript>'
    const output = String(run(page('', `<article><h1>Rain falls on the plain</h1><p>Text.</p></article>\n${hidden}`), {url: 'https://news.example/rain'}))
    expect(output).toMatch(/<noscript><script type="application\/ld\+json" data-ldpress(?:="")?>[^<]*"Hidden"[^<]*<\/script><\/noscript>/)
    const scripts = ownScripts(output)
    expect(scripts).toHaveLength(2)
    expect(output.indexOf('data-ldpress')).toBeLessThan(output.indexOf('</head>'))
  })

  it('reports a broken JSON-LD block as a fatal message at its line and column', () => {
    const broken = '<script type="application/ld+json">\n{"@context": "https://schema.org", "@type": "NewsArticle",}\n</script>'
    const html = page(broken)
    const file = run(html, {url: 'https://news.example/rain'})
    const syntax = file.messages.filter((message) => message.ruleId === 'markup/json-syntax')
    expect(syntax).toHaveLength(1)
    const [message] = syntax
    // Line 6 of the page; the stray `}` after the comma is column 59.
    expect({line: message!.line, column: message!.column}).toEqual({line: 6, column: 59})
    expect(html.split('\n')[5]![58]).toBe('}')
    expect(message!.fatal).toBe(true)
    expect(message!.source).toBe('ldpress')
    // Same place as the string API reports.
    const fromString = validateHtml(html).diagnostics.find((diagnostic) => diagnostic.ruleId === 'markup/json-syntax')
    expect({line: message!.line, column: message!.column}).toEqual({line: fromString?.line, column: fromString?.column})
    // A broken block is not the publisher's article: ldpress still injects.
    expect(ownScripts(String(file))).toHaveLength(1)
  })

  it('reports validation findings on existing blocks with severity, rule docs URL and position', () => {
    const block = '<script type="application/ld+json">\n{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rain"}\n</script>'
    const html = page(block)
    const file = run(html, {existing: 'replace'})
    const expected = validateHtml(html).diagnostics
    expect(expected.length).toBeGreaterThan(0)
    for (const diagnostic of expected) {
      const message = file.messages.find((m) => m.ruleId === diagnostic.ruleId && m.line === diagnostic.line && m.column === diagnostic.column)
      expect(message, diagnostic.ruleId).toBeDefined()
      expect(message!.reason).toBe(diagnostic.message)
      expect(message!.fatal).toBe(diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined)
      if (diagnostic.url) expect(message!.url).toBe(diagnostic.url)
    }
    expect(file.messages.some((message) => typeof message.url === 'string' && message.url.startsWith('https://'))).toBe(true)
  })

  it("with existing: 'keep' (the default) does not inject when the publisher has an Article, but validates", () => {
    const publisher = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Rain falls on the plain"}</script>'
    const html = page(publisher)
    const file = run(html)
    expect(ownScripts(String(file))).toEqual([])
    expect(String(file)).not.toContain('data-ldpress')
    expect(file.data.ldpress?.injected).toBe(false)
    expect(file.messages.some((message) => message.ruleId === 'rehype/existing-article')).toBe(true)
    expect(file.messages.some((message) => message.ruleId?.startsWith('google/'))).toBe(true)

    expect(ownScripts(String(run(html, {existing: 'replace'})))).toHaveLength(1)
  })

  it('does not count a WebPage node or its own earlier script as the publisher article', () => {
    const webPage = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Rain"}</script>'
    expect(ownScripts(String(run(page(webPage))))).toHaveLength(1)
  })

  it('with inject: false leaves the tree alone and still puts the graph on file.data', () => {
    const html = page('')
    const file = run(html, {inject: false})
    expect(String(file)).not.toContain('data-ldpress')
    expect(file.data.ldpress?.graph).toEqual(extract(html).graph)
  })

  it('does not throw on a fragment: one message, output unchanged', () => {
    const html = '<p>Just a paragraph</p><script type="application/ld+json">{"@type":</script>'
    const file = run(html, {}, true)
    expect(String(file)).toBe(html)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['rehype/fragment'])
    expect(file.data.ldpress).toBeUndefined()
  })

  it('extracts from the tree it is given, not from file.value', () => {
    const html = page('')
    const retitle = () => (tree: Root) => {
      walkElements(tree, (element: Element) => {
        if (element.tagName === 'h1' || element.tagName === 'title') element.children = [{type: 'text', value: 'Snow falls on the hills'}]
      })
    }
    const file = unified().use(rehypeParse).use(retitle).use(rehypeLdpress).use(rehypeStringify).processSync(html)
    const [script] = ownScripts(String(file))
    expect(JSON.stringify(JSON.parse(script!))).toContain('Snow falls on the hills')
    expect(script).not.toContain('Rain falls')
  })

  it('works without file.value (a tree run directly): positions come from the tree', () => {
    const broken = '<script type="application/ld+json">\n{"@context": "https://schema.org", "@type": "NewsArticle",}\n</script>'
    const html = page(broken)
    const tree = unified().use(rehypeParse).parse(html)
    const file = new VFile()
    unified().use(rehypeLdpress).runSync(tree, file)
    const message = file.messages.find((m) => m.ruleId === 'markup/json-syntax')
    expect({line: message?.line, column: message?.column}).toEqual({line: 6, column: 59})
    expect(file.data.ldpress?.injected).toBe(true)
  })

  it('takes the URL from file.data.url, then file.data.meta.url; options.url wins', () => {
    const html = page('')
    const withData = (data: Record<string, unknown>, options?: Options) =>
      processor(options).processSync(new VFile({value: html, data})).data.ldpress?.graph
    expect(JSON.stringify(withData({url: 'https://a.example/x'}))).toContain('https://a.example/x#article')
    expect(JSON.stringify(withData({meta: {url: 'https://b.example/y'}}))).toContain('https://b.example/y#article')
    expect(JSON.stringify(withData({url: 'https://a.example/x'}, {url: 'https://c.example/z'}))).toContain('https://c.example/z#article')
    const file = processor().processSync(new VFile({value: html, data: {url: 'not a url'}}))
    expect(file.messages.some((message) => message.ruleId === 'rehype/invalid-url')).toBe(true)
  })

  it('throws on misuse: a relative url option, an unknown existing mode or profile', () => {
    expect(() => processor({url: '/relative'}).processSync(page(''))).toThrow(/absolute http\(s\) URL, got "\/relative"/)
    expect(() => processor({existing: 'merge' as never}).processSync(page(''))).toThrow(/'keep' or 'replace'/)
    // Thrown even for a page without structured data.
    expect(() => processor({validate: {profiles: ['bing' as never]}}).processSync(page(''))).toThrow(/Unknown validation profile "bing"/)
  })

  it('escapes </script> in values so the output page keeps one script element', () => {
    const html = page('', '<article><h1>Rain &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; falls</h1><p>Text of the story.</p></article>')
    const output = String(run(html, {url: 'https://news.example/rain'}))
    const [script] = ownScripts(output)
    expect(JSON.stringify(JSON.parse(script!))).toContain('</script><script>alert(1)</script>')
    // One closing tag: the body's text is escaped by rehype-stringify, the JSON by toJsonLd.
    expect(output.split('</script>')).toHaveLength(2)
  })
})
