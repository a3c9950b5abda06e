import {writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {brokenPage} from './fixtures.js'
import {run, temporaryFolder} from './run.js'

let folder: {path: string; remove: () => Promise<void>}
beforeEach(async () => {
  folder = await temporaryFolder()
})
afterEach(() => folder.remove())

/** A page with one JSON-LD block (an `@graph` with http:// names) and one microdata item. */
const mixedPage = `<!doctype html>
<html><head><title>Mixed</title>
<script type="application/ld+json">
{"@context": "http://schema.org/", "@graph": [
  {"@type": "http://schema.org/WebSite", "@id": "https://news.example/#site", "schema:name": "News Example"},
  {"@type": "Organization", "@id": "https://news.example/#org", "name": "News Example Ltd"}
]}
</script>
</head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
  <h1 itemprop="headline">Rain falls</h1>
  <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span></span>
</article>
<div vocab="https://schema.org/" typeof="Event"><span property="name">Fair</span></div>
</body></html>
`

async function page(name: string, text: string): Promise<string> {
  await writeFile(join(folder.path, name), text)
  return name
}

describe('ldpress read', () => {
  it('prints JSON-LD, microdata and RDFa as one @graph with short names', async () => {
    const {code, stdout, stderr} = await run(['read', await page('mixed.html', mixedPage)], {cwd: folder.path})
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toStrictEqual({
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'WebSite', '@id': 'https://news.example/#site', name: 'News Example'},
        {'@type': 'Organization', '@id': 'https://news.example/#org', name: 'News Example Ltd'},
        {'@type': 'NewsArticle', headline: 'Rain falls', author: {'@type': 'Person', name: 'Jane Doe'}},
        {'@type': 'Event', name: 'Fair'}
      ]
    })
    expect(stdout.split('\n')).toHaveLength(2)
  })

  it('--pretty indents by two spaces', async () => {
    const {stdout} = await run(['read', await page('mixed.html', mixedPage), '--pretty'], {cwd: folder.path})
    expect(stdout.startsWith('{\n  "@context": "https://schema.org",\n  "@graph": [\n')).toBe(true)
  })

  it('--syntax microdata reads microdata only; repeated, several syntaxes', async () => {
    const name = await page('mixed.html', mixedPage)
    const microdata = await run(['read', name, '--syntax', 'microdata'], {cwd: folder.path})
    expect(microdata.code).toBe(0)
    expect(JSON.parse(microdata.stdout)['@graph'].map((node: {'@type': string}) => node['@type'])).toEqual(['NewsArticle'])
    const two = await run(['read', name, '--syntax', 'jsonld', '-s', 'rdfa'], {cwd: folder.path})
    expect(JSON.parse(two.stdout)['@graph'].map((node: {'@type': string}) => node['@type'])).toEqual(['WebSite', 'Organization', 'Event'])
  })

  it('a page without structured data gives an empty @graph', async () => {
    const {code, stdout} = await run(['read', '-'], {stdin: '<p>Nothing here</p>'})
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toStrictEqual({'@context': 'https://schema.org', '@graph': []})
  })

  it('reports a broken block on stderr with line:column, prints the rest, and exits 1', async () => {
    const text = brokenPage.replace('</head>', '</head><div itemscope itemtype="https://schema.org/Thing"><b itemprop="name">Kept</b></div>')
    const {code, stdout, stderr} = await run(['read', await page('broken.html', text)], {cwd: folder.path})
    expect(code).toBe(1)
    expect(stderr).toMatch(/^broken\.html:4:81 error .* markup\/json-syntax\n$/)
    expect(JSON.parse(stdout)['@graph']).toEqual([{'@type': 'Thing', name: 'Kept'}])
  })

  it('merges several pages into one document', async () => {
    const first = await page('a.html', mixedPage)
    const second = await page('b.html', '<div itemscope itemtype="https://schema.org/Place"><span itemprop="name">Plain</span></div>')
    const {code, stdout} = await run(['read', first, second, '--syntax', 'microdata'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(JSON.parse(stdout)['@graph'].map((node: {'@type': string}) => node['@type'])).toEqual(['NewsArticle', 'Place'])
  })

  it('usage errors exit 2', async () => {
    expect((await run(['read'])).code).toBe(2)
    const bad = await run(['read', 'x.html', '--syntax', 'turtle'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe("ldpress: invalid value 'turtle' for --syntax (expected jsonld, microdata, rdfa)\n")
    expect((await run(['read', 'missing.html'], {cwd: folder.path})).code).toBe(2)
    expect((await run(['extract', 'x.html', '--syntax', 'rdfa'])).code).toBe(2)
  })

  it('is listed in --help with its flags', async () => {
    expect((await run(['--help'])).stdout).toMatch(/^ {2}read +Print the JSON-LD, microdata and RDFa/m)
    const help = (await run(['read', '--help'])).stdout
    expect(help).toContain('--syntax')
    expect(help).toContain('--pretty')
  })
})
