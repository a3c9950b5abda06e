/**
 * `ldpress inject`: byte-preserving, idempotent, atomic, and honest in
 * `--check` and `--dry-run`; the `--existing` policies.
 */
import {spawn} from 'node:child_process'
import {chmod, cp, lstat, mkdir, readdir, readFile, realpath, stat, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {injectPage} from '../../src/inject.js'
import {root, run, temporaryFolder} from './run.js'

/** tsx's loader by path: the child runs in a temporary folder, where the bare name does not resolve. */
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
const sample = join(root, 'examples/volunteer-fighters/article.html')
const ours = /[ \t]*<script type="application\/ld\+json" data-ldpress>.*?<\/script>(?:\r\n|\n|\r)?/s

let folder: {path: string; remove: () => Promise<void>}
beforeEach(async () => {
  folder = await temporaryFolder()
})
afterEach(async () => {
  await folder.remove()
})

const publisherArticle = (extra = '') => `<!doctype html>
<html lang="en">
<head>
  <title>Storm closes the harbour</title>
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","@id":"https://news.example/storm#article","headline":"Storm closes the harbour"${extra}}</script>
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}</script>
</head>
<body><article><h1>Storm closes the harbour</h1><p class="byline">By Ann Lee</p><p>The harbour closed on Monday as the storm arrived and boats stayed in.</p></article></body>
</html>
`

describe('ldpress inject', () => {
  it('inserts one script into the head and changes no other byte; a second run changes nothing', async () => {
    const page = join(folder.path, 'story.html')
    const original = await readFile(sample)
    await writeFile(page, original)
    const first = await run(['inject', 'story.html', '--base-url', 'https://news.example/'], {cwd: folder.path})
    expect(first.code).toBe(0)
    expect(first.stdout).toBe('story.html: written\n')
    const after = await readFile(page, 'utf8')
    expect(after.match(new RegExp(ours.source, 'gs'))).toHaveLength(1)
    expect(after.replace(ours, '')).toBe(original.toString('utf8'))
    const json = JSON.parse(/data-ldpress>(.*?)<\/script>/s.exec(after)![1]!) as {'@graph': Array<{'@type': string; '@id': string}>}
    // --base-url gives the page its address: story.html under the folder's URL.
    expect(json['@graph'].find((node) => node['@type'] === 'NewsArticle')!['@id']).toBe('https://news.example/story.html#article')

    const modified = (await stat(page)).mtimeMs
    const second = await run(['inject', 'story.html', '--base-url', 'https://news.example/'], {cwd: folder.path})
    expect(second.stdout).toBe('story.html: unchanged\n')
    expect(second.stderr).toMatch(/nothing to do; 1 unchanged in 1 page/)
    expect(await readFile(page, 'utf8')).toBe(after)
    expect((await stat(page)).mtimeMs).toBe(modified)
  })

  it('--check writes nothing and exits 1 listing missing and out-of-date pages; 0 when all are current', async () => {
    await cp(sample, join(folder.path, 'a.html'))
    await cp(sample, join(folder.path, 'b.html'))
    await run(['inject', 'b.html'], {cwd: folder.path})
    const b = await readFile(join(folder.path, 'b.html'), 'utf8')
    await writeFile(join(folder.path, 'b.html'), b.replace('"@type":"NewsArticle"', '"@type":"NewsArticle","x":1'))
    const before = await readFile(join(folder.path, 'a.html'))
    const check = await run(['inject', '.', '--check'], {cwd: folder.path})
    expect(check.code).toBe(1)
    expect(check.stdout).toBe('a.html: JSON-LD missing\nb.html: JSON-LD out of date\n')
    expect(await readFile(join(folder.path, 'a.html'))).toEqual(before)
    await run(['inject', '.'], {cwd: folder.path})
    const clean = await run(['inject', '.', '--check'], {cwd: folder.path})
    expect(clean.code).toBe(0)
    expect(clean.stdout).toBe('')
    expect(clean.stderr).toMatch(/all pages up to date/)
  })

  it('--dry-run prints a unified diff of the insertion and writes nothing', async () => {
    await cp(sample, join(folder.path, 'a.html'))
    const before = await readFile(join(folder.path, 'a.html'))
    const {code, stdout} = await run(['inject', 'a.html', '--dry-run'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(stdout).toMatch(/^--- a\/a\.html\n\+\+\+ b\/a\.html\n@@ -\d+,6 \+\d+,7 @@\n/)
    expect(stdout.split('\n').filter((line) => line.startsWith('+<') || line.startsWith('+ '))).toHaveLength(1)
    expect(stdout.split('\n').filter((line) => line.startsWith('-') && !line.startsWith('---'))).toHaveLength(0)
    expect(await readFile(join(folder.path, 'a.html'))).toEqual(before)
  })

  it('--jobs 2 writes exactly what --jobs 1 writes, and prints the same', async () => {
    const original = await readFile(sample)
    const names = Array.from({length: 12}, (_, index) => `p${String(index).padStart(2, '0')}.html`)
    const outcomes: Array<{stdout: string; files: string[]}> = []
    for (const jobs of ['1', '2']) {
      for (const name of names) await writeFile(join(folder.path, name), original)
      const {stdout, code} = await run(['inject', '.', '--base-url', 'https://news.example/', '--jobs', jobs], {cwd: folder.path})
      expect(code).toBe(0)
      outcomes.push({stdout, files: await Promise.all(names.map((name) => readFile(join(folder.path, name), 'utf8')))})
    }
    expect(outcomes[0]!.stdout.split('\n').filter((line) => line.endsWith(': written'))).toHaveLength(12)
    expect(outcomes[1]).toEqual(outcomes[0])
  })

  it('keeps the file mode', async () => {
    const page = join(folder.path, 'a.html')
    await cp(sample, page)
    await chmod(page, 0o640)
    await run(['inject', 'a.html'], {cwd: folder.path})
    expect((await stat(page)).mode & 0o777).toBe(0o640)
  })

  it('leaves no temporary files behind', async () => {
    await cp(sample, join(folder.path, 'a.html'))
    await run(['inject', 'a.html'], {cwd: folder.path})
    expect(await readdir(folder.path)).toEqual(['a.html'])
  })

  it('edits a windows-1252 page byte for byte, writing the script in ASCII', async () => {
    const html = '<html><head><meta charset="windows-1252"><title>Caf\xe9 news</title></head><body><article><h1>Caf\xe9 opens in M\xfcnchen</h1><p>By J\xfcrgen M\xfcller</p><p>A caf\xe9 opened today in the old town, and people queued in the rain to get in.</p></article></body></html>'
    const bytes = Uint8Array.from(html, (char) => char.charCodeAt(0))
    const result = injectPage(bytes, {url: 'https://news.example/cafe'})
    expect(result.changed).toBe(true)
    const out = Buffer.from(result.output)
    const start = out.indexOf('<script type="application/ld+json" data-ldpress>')
    const end = out.indexOf('</script>', start) + '</script>'.length
    expect(Buffer.concat([out.subarray(0, start), out.subarray(end)])).toEqual(Buffer.from(bytes))
    const script = out.subarray(start, end)
    expect(script.every((byte) => byte < 0x80)).toBe(true)
    expect(script.toString('latin1')).toContain('Caf\\u00e9 opens in M\\u00fcnchen')
    expect(injectPage(result.output, {url: 'https://news.example/cafe'}).changed).toBe(false)
  })

  it('skips pages with no date and no author (home pages, listings) unless --all-pages', async () => {
    const home = '<!doctype html><html><head><title>News Example</title></head><body><h1>Latest</h1><ul><li><a href="/a">Storm closes harbour</a></li><li><a href="/b">Vote delayed</a></li></ul></body></html>'
    await writeFile(join(folder.path, 'index.html'), home)
    const skipped = await run(['inject', 'index.html'], {cwd: folder.path})
    expect(skipped.stdout).toBe('index.html: skipped\n')
    expect(await readFile(join(folder.path, 'index.html'), 'utf8')).toBe(home)
    const forced = await run(['inject', 'index.html', '--all-pages'], {cwd: folder.path})
    expect(forced.stdout).toBe('index.html: written\n')
    // Judged not an article again: the script written before is taken out.
    const again = await run(['inject', 'index.html'], {cwd: folder.path})
    expect(again.stdout).toBe('index.html: skipped\n')
    expect(await readFile(join(folder.path, 'index.html'), 'utf8')).toBe(home)
  })

  it('leaves UTF-16 pages alone, with a diagnostic', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from('<html><head></head></html>', 'utf16le')])
    const result = injectPage(bytes)
    expect(result).toMatchObject({changed: false, action: 'skipped'})
    expect(result.output).toBe(bytes)
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['emit/encoding'])
  })

  describe('--existing', () => {
    it('keep (default): a page with its own article gets nothing, and is validated', async () => {
      const page = join(folder.path, 'a.html')
      await writeFile(page, publisherArticle(', "datePublished": "Monday"'))
      const {stdout, stderr} = await run(['inject', 'a.html'], {cwd: folder.path})
      expect(stdout).toBe('a.html: kept\n')
      expect(await readFile(page, 'utf8')).toBe(publisherArticle(', "datePublished": "Monday"'))
      expect(stderr).toMatch(/a\.html:5:\d+ error .*datePublished/)
    })

    it('keep: takes out the script an earlier run wrote when the page now has its own article', () => {
      const withOurs = publisherArticle().replace('</head>', '<script type="application/ld+json" data-ldpress>{"@context":"https://schema.org"}</script>\n</head>')
      const result = injectPage(withOurs)
      expect(result.action).toBe('kept')
      expect(result.output).toBe(publisherArticle())
    })

    it("merge: ldpress's graph joins the page's article by @id, the page's values win", () => {
      const result = injectPage(publisherArticle(), {existing: 'merge', url: 'https://news.example/storm'})
      expect(result.action).toBe('merged')
      const graph = JSON.parse(/data-ldpress>(.*?)<\/script>/s.exec(result.output)![1]!) as {'@graph': Array<Record<string, unknown>>}
      const article = graph['@graph'].find((node) => node['@type'] === 'NewsArticle')!
      expect(article['@id']).toBe('https://news.example/storm#article')
      expect(article.headline).toBeUndefined()
      expect(article.author).toBeDefined()
      const webpage = graph['@graph'].find((node) => node['@type'] === 'WebPage')
      expect(JSON.stringify(webpage)).not.toContain('"https://news.example/storm#webpage#article"')
      expect(result.output.replace(ours, '')).toBe(publisherArticle())
    })

    it('merge without an @id keeps the page as it is, with a warning', () => {
      const page = publisherArticle().replace('"@id":"https://news.example/storm#article",', '')
      const result = injectPage(page, {existing: 'merge'})
      expect(result).toMatchObject({action: 'kept', changed: false})
      expect(result.diagnostics.map((d) => d.ruleId)).toContain('emit/merge-without-id')
    })

    it("replace: the page's article JSON-LD goes, other JSON-LD stays, ldpress's comes in", () => {
      const result = injectPage(publisherArticle(), {existing: 'replace', url: 'https://news.example/storm'})
      expect(result.action).toBe('replaced')
      expect(result.output).not.toContain('"headline":"Storm closes the harbour"}')
      expect(result.output).toContain('BreadcrumbList')
      expect(result.output.match(/application\/ld\+json/g)).toHaveLength(2)
      expect(injectPage(result.output, {existing: 'replace', url: 'https://news.example/storm'}).changed).toBe(false)
    })
  })

  it('a run killed with SIGKILL at random moments leaves every page as it was or fully updated', async () => {
    const pages = 40
    const original = await readFile(sample)
    const names = Array.from({length: pages}, (_, index) => `p${String(index).padStart(2, '0')}.html`)
    const done = new Map(names.map((name) => [name, Buffer.from(injectPage(original, {url: `https://news.example/${name}`}).output)]))
    // Random moments after writing has begun (0–400 ms; a whole run takes a few hundred ms more), printed on failure.
    const delays = [0, ...Array.from({length: 4}, () => Math.floor(Math.random() * 400))]
    let partial = 0
    for (const delay of delays) {
      for (const name of names) await writeFile(join(folder.path, name), original)
      const child = spawn(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/bin.ts'), 'inject', '.', '--base-url', 'https://news.example/', '--quiet'], {
        cwd: folder.path,
        stdio: 'ignore'
      })
      const exited = new Promise((resolve) => child.once('exit', resolve))
      // Kill once writing has begun (the first page in sorted order is written first), plus the delay.
      let running = true
      void exited.then(() => (running = false))
      while (running && !(await readFile(join(folder.path, names[0]!))).equals(done.get(names[0]!)!)) await new Promise((resolve) => setTimeout(resolve, 2))
      await new Promise((resolve) => setTimeout(resolve, delay))
      child.kill('SIGKILL')
      await exited
      let updated = 0
      for (const name of names) {
        const bytes = await readFile(join(folder.path, name))
        expect(bytes.equals(original) || bytes.equals(done.get(name)!), `${name}, killed ${delay} ms after the first write (delays ${delays.join(', ')})`).toBe(true)
        if (!bytes.equals(original)) updated++
      }
      // A kill can leave a temporary file (a hidden one, next to its page), never another file.
      for (const entry of await readdir(folder.path)) expect(names.includes(entry) || /^\.p\d\d\.html\.ldpress-\d+-[0-9a-f]{8}\.tmp$/.test(entry), entry).toBe(true)
      if (updated > 0 && updated < pages) partial++
    }
    // At least one kill landed mid-run, so the check above saw both kinds of page.
    expect(partial).toBeGreaterThan(0)
  }, 90_000)
})

describe('ldpress inject: symbolic links', () => {
  const original = () => readFile(sample)

  it('writes through a link inside the folder given: the file it points to is replaced, the link stays a link', async () => {
    await mkdir(join(folder.path, 'site/.store'), {recursive: true})
    await cp(sample, join(folder.path, 'site/.store/story.html'))
    await chmod(join(folder.path, 'site/.store/story.html'), 0o640)
    await symlink('.store/story.html', join(folder.path, 'site/story.html'))
    const {code, stdout, stderr} = await run(['inject', 'site', '--base-url', 'https://news.example/'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(stdout).toBe(`${join('site', 'story.html')}: written\n`)
    expect(stderr).toMatch(/1 written in 1 page/)
    expect((await lstat(join(folder.path, 'site/story.html'))).isSymbolicLink()).toBe(true)
    const written = await readFile(join(folder.path, 'site/.store/story.html'), 'utf8')
    // The page's URL is where the link is served.
    expect(written).toContain('"@id":"https://news.example/story.html#article"')
    expect(written.replace(ours, '')).toBe((await original()).toString('utf8'))
    expect((await stat(join(folder.path, 'site/.store/story.html'))).mode & 0o777).toBe(0o640)
    expect(await readdir(join(folder.path, 'site/.store'))).toEqual(['story.html'])
    expect(await readdir(join(folder.path, 'site'))).toEqual(['.store', 'story.html'])
  })

  it('refuses a link out of the folders given, says why, and goes on with the next page; --follow-symlinks writes there', async () => {
    await mkdir(join(folder.path, 'site'), {recursive: true})
    await mkdir(join(folder.path, 'outside'), {recursive: true})
    await cp(sample, join(folder.path, 'outside/victim.html'))
    await cp(sample, join(folder.path, 'site/z.html'))
    await symlink('../outside/victim.html', join(folder.path, 'site/a.html'))
    const before = await readFile(join(folder.path, 'outside/victim.html'))

    for (const extra of [[], ['--check'], ['--dry-run']]) {
      const refused = await run(['inject', 'site', ...extra], {cwd: folder.path})
      expect(refused.stderr).toContain(`${join('site', 'a.html')}: skipped: a symbolic link to '${await realpath(join(folder.path, 'outside/victim.html'))}' outside the folders given (pass --follow-symlinks to write there)`)
      expect(await readFile(join(folder.path, 'outside/victim.html'))).toEqual(before)
    }
    const refused = await run(['inject', 'site'], {cwd: folder.path})
    expect(refused.code).toBe(0)
    expect(refused.stdout).toBe(`${join('site', 'z.html')}: unchanged\n`)
    expect(refused.stderr).toMatch(/1 unchanged, 1 skipped in 2 pages/)
    // An explicitly named link is refused the same way: the tree is the folder it stands in.
    expect((await run(['inject', 'site/a.html'], {cwd: folder.path})).stderr).toMatch(/skipped: a symbolic link to .* outside the folders given/)
    expect(await readFile(join(folder.path, 'outside/victim.html'))).toEqual(before)

    const followed = await run(['inject', 'site', '--follow-symlinks'], {cwd: folder.path})
    expect(followed.code).toBe(0)
    expect(followed.stdout).toBe(`${join('site', 'a.html')}: written\n${join('site', 'z.html')}: unchanged\n`)
    expect((await lstat(join(folder.path, 'site/a.html'))).isSymbolicLink()).toBe(true)
    expect((await readFile(join(folder.path, 'outside/victim.html'), 'utf8')).replace(ours, '')).toBe(before.toString('utf8'))
    expect(await readdir(join(folder.path, 'outside'))).toEqual(['victim.html'])
  })

  it('a link to another page given is that page: written once, under its own name; a dangling link is skipped', async () => {
    await cp(sample, join(folder.path, 'b.html'))
    await symlink('b.html', join(folder.path, 'a.html'))
    await symlink('missing.html', join(folder.path, 'c.html'))
    const {code, stdout, stderr} = await run(['inject', '.'], {cwd: folder.path})
    expect(code).toBe(0)
    expect(stdout).toBe('b.html: written\n')
    expect(stderr).toContain("a.html: skipped: the same file as 'b.html', which is processed under its own name")
    expect(stderr).toMatch(/c\.html: skipped: cannot resolve it \(ENOENT\)/)
    expect((await lstat(join(folder.path, 'a.html'))).isSymbolicLink()).toBe(true)
  })

  it('--follow-symlinks is in the help of inject only', async () => {
    expect((await run(['inject', '--help'])).stdout).toMatch(/--follow-symlinks/)
    expect((await run(['extract', 'x.html', '--follow-symlinks'])).stderr).toMatch(/does not apply to 'extract'/)
  })
})
