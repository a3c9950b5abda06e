/**
 * The limits on hostile input (src/limits.ts): `maxBytes`, `maxDepth`,
 * `maxJsonLdBlocks`, `timeBudgetMs`. Past each, the library gives a partial
 * result and a warning naming the limit, never an exception; the CLI prints
 * that warning in the file's findings and goes on with the next file. Time
 * budgets are tested with a clock that ticks once per look, so the stage where
 * the budget runs out is exact.
 */
import {readFileSync} from 'node:fs'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import type {Root} from 'hast'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {defaultLimits, extract, injectPage, read, validateHtml} from '../../src/index.js'
import {pruneDepth, resolveLimits, type Clock} from '../../src/limits.js'
import {extractWithMarkup} from '../../src/pipeline.js'
import {readWithin} from '../../src/reading.js'
import {validateHtmlWithin} from '../../src/validation.js'
import {run, temporaryFolder} from '../cli/run.js'
import {checkDiagnostics, contractErrors, sampleHeadline} from './properties.js'
import {root} from './page.js'

const sample = readFileSync(new URL('examples/volunteer-fighters/article.html', root), 'utf8')
const ruleIds = (diagnostics: ReadonlyArray<{ruleId: string}>) => diagnostics.map((diagnostic) => diagnostic.ruleId)
const withHead = (html: string) => sample.replace('</head>', `${html}</head>`)
const withBody = (html: string) => sample.replace('</body>', `${html}</body>`)
const nested = (depth: number) => `<div class="wrap">${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</div>`
const block = (headline: string) => `<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": ${JSON.stringify(headline)}}</script>`

/** A clock that advances 1 ms each time it is read: the budget check before the n-th stage sees n ms spent. */
function ticking(): Clock {
  let now = 0
  return () => now++
}

describe('limits: options and defaults', () => {
  it('defaults: 50 MiB, 10,000 levels, 1,000 JSON-LD blocks, 10 s per page', () => {
    expect(defaultLimits).toEqual({maxBytes: 50 * 1024 * 1024, maxDepth: 10_000, maxJsonLdBlocks: 1_000, timeBudgetMs: 10_000})
    expect(resolveLimits({})).toEqual(defaultLimits)
    expect(resolveLimits({maxDepth: 5, timeBudgetMs: Infinity})).toEqual({...defaultLimits, maxDepth: 5, timeBudgetMs: Infinity})
  })

  it('a limit that is not a number ≥ 0 is misuse: a TypeError quoting it', () => {
    expect(() => extract('<p>x</p>', {maxDepth: -1})).toThrow(/`maxDepth` must be a whole number ≥ 0 \(or Infinity\), got -1/)
    expect(() => read('<p>x</p>', {maxJsonLdBlocks: 1.5})).toThrow(/`maxJsonLdBlocks` must be a whole number/)
    expect(() => validateHtml('<p>x</p>', {timeBudgetMs: Number.NaN})).toThrow(/`timeBudgetMs` must be a number ≥ 0 \(or Infinity\), got NaN/)
    expect(() => extract('<p>x</p>', {maxBytes: '10' as unknown as number})).toThrow(/`maxBytes` must be a whole number ≥ 0 \(or Infinity\), got "10"/)
  })

  it('real pages hit none of them', () => {
    for (const diagnostics of [extract(sample).diagnostics, read(sample).diagnostics, validateHtml(sample).diagnostics]) {
      expect(ruleIds(diagnostics).filter((id) => /max-|time-budget/.test(id))).toEqual([])
    }
  })
})

describe('maxBytes', () => {
  const page = withBody(`<p>${'More text. '.repeat(5_000)}</p>`)

  it('extract, read and validateHtml read the first maxBytes, with parse/max-bytes', () => {
    for (const diagnostics of [extract(page, {maxBytes: 30_000}).diagnostics, read(page, {maxBytes: 30_000}).diagnostics, validateHtml(page, {maxBytes: 30_000}).diagnostics]) {
      expect(diagnostics).toContainEqual(expect.objectContaining({ruleId: 'parse/max-bytes', severity: 'warning'}))
    }
    expect(extract(page, {maxBytes: 30_000}).article.headline).toBe(sampleHeadline)
  })
})

describe('maxDepth', () => {
  /** A hast tree: root > html > body > div × depth > text. */
  function tree(depth: number): Root {
    let inner: Root['children'][number] = {type: 'text', value: 'deep'}
    for (let level = 0; level < depth; level++) inner = {type: 'element', tagName: 'div', properties: {}, children: [inner]}
    return {
      type: 'root',
      children: [{type: 'element', tagName: 'html', properties: {}, children: [{type: 'element', tagName: 'body', properties: {}, children: [inner as never, {type: 'text', value: 'tail'}]}]}]
    }
  }

  it('pruneDepth drops the elements below maxDepth and counts them; text above stays', () => {
    const deep = tree(10)
    const {dropped, diagnostic} = pruneDepth(deep, 5)
    // html 1, body 2, divs 3…12: the divs at levels 6…12 go.
    expect(dropped).toBe(7)
    expect(diagnostic).toMatchObject({ruleId: 'parse/max-depth', severity: 'warning', source: 'parse'})
    expect(diagnostic!.message).toContain('deeper than 5 levels (`maxDepth`): the 7 elements')
    const body = (deep.children[0] as {children: Array<{children: unknown[]}>}).children[0]!
    expect(body.children[1]).toEqual({type: 'text', value: 'tail'})
    let level = 3
    let node = body.children[0] as {children: Array<{type: string; children?: unknown}>}
    while (node.children[0]?.type === 'element') {
      node = node.children[0] as typeof node
      level++
    }
    expect(level).toBe(5)
    expect(node.children).toEqual([])
  })

  it('pruneDepth: nothing deeper, nothing dropped, no diagnostic; 100,000 levels without recursion', () => {
    expect(pruneDepth(tree(10), 12)).toEqual({dropped: 0})
    expect(pruneDepth(tree(100_000), 10_000).dropped).toBe(100_002 - 10_000)
  })

  it('pruneDepth counts template content as its template’s children', () => {
    const template = {type: 'element' as const, tagName: 'template', properties: {}, children: [], content: tree(3)}
    const page: Root = {type: 'root', children: [{type: 'element', tagName: 'html', properties: {}, children: [template]}]}
    // template at 2; its content's html 3, body 4, divs 5…7.
    expect(pruneDepth(page, 4).dropped).toBe(3)
  })

  it('extract: the article comes through; parse/max-depth points at the first element dropped', () => {
    const result = extract(withBody(nested(200)), {maxDepth: 50})
    checkDiagnostics(result.diagnostics)
    const warning = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'parse/max-depth')
    expect(warning).toMatchObject({severity: 'warning', line: expect.any(Number), column: expect.any(Number)})
    expect(result.article.headline).toBe(sampleHeadline)
    expect(contractErrors(result.graph)).toEqual([])
  })

  it('read and validateHtml: markup below maxDepth is not read', () => {
    const item = '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Deep Person</span></div>'
    const page = `<!doctype html><html><head><title>t</title></head><body>${'<div>'.repeat(20)}${item}${'</div>'.repeat(20)}</body></html>`
    expect(read(page).blocks).toHaveLength(1)
    const cut = read(page, {maxDepth: 10})
    expect(cut.blocks).toHaveLength(0)
    expect(ruleIds(cut.diagnostics)).toEqual(['parse/max-depth'])
    expect(ruleIds(validateHtml(page, {maxDepth: 10}).diagnostics)).toEqual(['parse/max-depth'])
  })
})

describe('maxJsonLdBlocks', () => {
  const five = Array.from({length: 5}, (_, index) => block(`Block ${index}`)).join('\n')

  it('read: the first N blocks; the rest ignored, with one warning at the first one ignored', () => {
    const page = withHead(five)
    const all = read(page)
    expect(all.blocks).toHaveLength(5)
    const cut = read(page, {maxJsonLdBlocks: 2})
    expect(cut.blocks.map((entry) => (entry.data as {headline: string}).headline)).toEqual(['Block 0', 'Block 1'])
    const warnings = cut.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'markup/max-jsonld-blocks')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({severity: 'warning', line: all.blocks[2]!.start.line, message: expect.stringContaining('More than 2 JSON-LD blocks (`maxJsonLdBlocks`): 3 more were ignored')})
  })

  it('blocks past the limit are not parsed: a broken one gives no json-syntax error', () => {
    const page = withHead(`${block('First')}<script type="application/ld+json">{"broken": </script>`)
    expect(ruleIds(read(page).diagnostics)).toContain('markup/json-syntax')
    const cut = read(page, {maxJsonLdBlocks: 1})
    expect(ruleIds(cut.diagnostics)).toEqual(['markup/max-jsonld-blocks'])
  })

  it('values concatenated in one script count one by one', () => {
    const page = withHead('<script type="application/ld+json">{"@type": "Thing", "name": "a"}{"@type": "Thing", "name": "b"}{"@type": "Thing", "name": "c"}</script>')
    const cut = read(page, {maxJsonLdBlocks: 2})
    expect(cut.blocks).toHaveLength(2)
    expect(cut.diagnostics.find((diagnostic) => diagnostic.ruleId === 'markup/max-jsonld-blocks')?.message).toContain('1 more was ignored')
  })

  it('extract and validateHtml use the blocks read; 0 reads none', () => {
    const page = withHead(five)
    expect(extract(page, {maxJsonLdBlocks: 0}).article.headline).toBe(sampleHeadline)
    const report = validateHtml(page, {maxJsonLdBlocks: 1})
    expect(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'google/article-author-missing')).toHaveLength(1)
    expect(ruleIds(report.diagnostics)).toContain('markup/max-jsonld-blocks')
  })
})

describe('timeBudgetMs', () => {
  it('0: extract stops after the parse; the graph holds what was found (nothing) and keeps the output contract', () => {
    const result = extract(sample, {timeBudgetMs: 0})
    checkDiagnostics(result.diagnostics)
    const warning = result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'extract/time-budget')
    expect(warning).toMatchObject({severity: 'warning', source: 'extract'})
    expect(warning!.message).toBe('The time budget of 0 ms per page (`timeBudgetMs`) ran out: skipped markup reading, field extraction, main text, entities; the result is partial')
    expect(result.article.headline).toBeUndefined()
    expect(result.article.wordCount).toBe(0)
    expect(contractErrors(result.graph)).toEqual([])
  })

  it('runs out between stages: what was done before is kept', () => {
    // Looks: start 0, markup 1, fields 2 (≥ 2: spent).
    const {extracted} = extractWithMarkup(sample, {timeBudgetMs: 2}, ticking())
    expect(extracted.article.headline).toBeUndefined()
    expect(extracted.diagnostics.find((diagnostic) => diagnostic.ruleId === 'extract/time-budget')?.message).toContain('skipped field extraction, main text, entities;')
    // start 0, markup 1, fields 2, main text 3 (≥ 3): the fields are found, the rest skipped.
    const later = extractWithMarkup(sample, {timeBudgetMs: 3}, ticking()).extracted
    expect(later.article.headline).toBe(sampleHeadline)
    expect(later.article.wordCount).toBe(0)
    expect(later.diagnostics.find((diagnostic) => diagnostic.ruleId === 'extract/time-budget')?.message).toContain('skipped main text, entities;')
    expect(contractErrors(later.graph)).toEqual([])
  })

  it('read and validateHtml: markup/time-budget; validation stops between blocks', () => {
    const page = withHead(Array.from({length: 4}, (_, index) => block(`Block ${index}`)).join(''))
    const nothing = readWithin(page, {timeBudgetMs: 0})
    expect(nothing.blocks).toEqual([])
    expect(ruleIds(nothing.diagnostics)).toEqual(['markup/time-budget'])
    // start 0, markup 1, block 1: 2, block 2: 3, block 3: 4 (≥ 4): two blocks validated.
    const report = validateHtmlWithin(page, {timeBudgetMs: 4}, ticking())
    expect(report.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'google/article-author-missing')).toHaveLength(2)
    expect(report.diagnostics.at(-1)).toMatchObject({ruleId: 'markup/time-budget', message: expect.stringContaining('skipped validation (2 of 4 blocks)')})
  })

  it('Infinity turns it off', () => {
    expect(ruleIds(extract(sample, {timeBudgetMs: Infinity}).diagnostics)).not.toContain('extract/time-budget')
  })

  it('injectPage leaves a page whose extraction ran out of time unchanged, with emit/partial-extraction', () => {
    const result = injectPage(sample, {timeBudgetMs: 0, url: 'https://news.example/story'})
    expect(result).toMatchObject({changed: false, action: 'skipped', output: sample})
    expect(ruleIds(result.diagnostics)).toEqual(expect.arrayContaining(['extract/time-budget', 'emit/partial-extraction']))
  })
})

describe('limits in the CLI: the finding names the limit, the run goes on', () => {
  let folder: {path: string; remove: () => Promise<void>}
  beforeEach(async () => {
    folder = await temporaryFolder()
    await mkdir(join(folder.path, 'site'))
    // A microdata item: validate must parse the page (a page with only JSON-LD is scanned, not parsed, and has no depth to cut).
    await writeFile(join(folder.path, 'site/a.html'), withBody(`<div itemscope itemtype="https://schema.org/Thing"><span itemprop="name">x</span></div>${nested(60)}`))
    await writeFile(join(folder.path, 'site/b.html'), withHead(Array.from({length: 3}, (_, index) => block(`Block ${index}`)).join('')))
  })
  afterEach(async () => {
    await folder.remove()
  })

  it('--help of extract, read, validate and inject lists the four flags with their defaults', async () => {
    for (const command of ['extract', 'read', 'validate', 'inject']) {
      const {stdout} = await run([command, '--help'])
      for (const flag of ['--max-bytes', '--max-depth', '--max-jsonld-blocks', '--time-budget']) expect(stdout, `${command} ${flag}`).toContain(flag)
    }
  })

  it('extract --max-depth: parse/max-depth on standard error, the JSON-LD on standard output', async () => {
    const {code, stdout, stderr} = await run(['extract', 'site/a.html', '--max-depth', '20'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(stderr).toMatch(/^site\/a\.html:\d+:\d+ warning Elements nest deeper than 20 levels \(`maxDepth`\).* parse\/max-depth$/m)
    expect(JSON.parse(stdout)['@graph'].find((node: {'@type': string}) => node['@type'] === 'NewsArticle').headline).toBe(sampleHeadline)
  })

  it('validate: each file reports the limit it hit, and every file is checked', async () => {
    const {stdout} = await run(['validate', 'site', '--max-depth', '20', '--max-jsonld-blocks', '1', '--format', 'unix'], {cwd: folder.path})
    expect(stdout).toMatch(/^site\/a\.html:\d+:\d+ warning .* parse\/max-depth$/m)
    expect(stdout).toMatch(/^site\/b\.html:\d+:\d+ warning More than 1 JSON-LD blocks \(`maxJsonLdBlocks`\): 2 more were ignored.* markup\/max-jsonld-blocks$/m)
    expect(stdout.match(/^site\/b\.html:.*google\/article-author-missing$/gm)).toHaveLength(1)
  })

  it('read --time-budget 0: markup/time-budget for each file, exit 0, an empty graph', async () => {
    const {code, stdout, stderr} = await run(['read', 'site', '--time-budget', '0'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(stderr.match(/^site\/[ab]\.html warning The time budget of 0 ms per page \(`timeBudgetMs`\) ran out: skipped markup reading; the result is partial markup\/time-budget$/gm)).toHaveLength(2)
    expect(JSON.parse(stdout)).toEqual({'@context': 'https://schema.org', '@graph': []})
  })

  it('inject --time-budget 0: pages left unchanged and skipped, the reason shown without --verbose', async () => {
    const before = await readFile(join(folder.path, 'site/a.html'))
    const {code, stdout, stderr} = await run(['inject', 'site', '--time-budget', '0'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(stdout).toBe('site/a.html: skipped\nsite/b.html: skipped\n')
    expect(stderr).toMatch(/^site\/a\.html warning .*`timeBudgetMs`.* extract\/time-budget$/m)
    expect(stderr).toMatch(/^site\/a\.html warning Extraction ran out of time .* emit\/partial-extraction$/m)
    expect(stderr).toMatch(/2 skipped in 2 pages/)
    expect(await readFile(join(folder.path, 'site/a.html'))).toEqual(before)
  })

  it('the configuration file sets limits; a flag wins over it', async () => {
    await writeFile(join(folder.path, 'ldpress.config.json'), JSON.stringify({maxJsonLdBlocks: 1}))
    const fromConfig = await run(['validate', 'site/b.html', '--format', 'unix'], {cwd: folder.path})
    expect(fromConfig.stdout).toMatch(/markup\/max-jsonld-blocks$/m)
    const fromFlag = await run(['validate', 'site/b.html', '--format', 'unix', '--max-jsonld-blocks', '5'], {cwd: folder.path})
    expect(fromFlag.stdout).not.toMatch(/markup\/max-jsonld-blocks/)
  })

  it('a limit that is not a number is a usage error (exit 2)', async () => {
    for (const [flag, value] of [['--max-bytes', 'lots'], ['--max-depth', '-1'], ['--max-jsonld-blocks', '1.5'], ['--time-budget', '1s']]) {
      const {code, stderr} = await run(['validate', 'site', `${flag}=${value}`], {cwd: folder.path})
      expect(code, `${flag} ${value}`).toBe(2)
      expect(stderr).toContain(`${flag} needs a number, not '${value}'`)
    }
  })
})
