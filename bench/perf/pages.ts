/** Which pages the benchmark runs on, and each page's text and URL. */
import {existsSync, readFileSync, statSync} from 'node:fs'
import {basename, dirname, join, relative} from 'node:path'
import {globSync} from 'tinyglobby'
import {decode} from '../../src/parse/index.js'
import {evenlySpaced} from './stats.js'

export interface PageFile {
  /** Short stable name: the page's folder for `…/<id>/source.html`, else the path. */
  id: string
  path: string
  /** Size on disk, bytes. */
  size: number
}

export interface Page extends PageFile {
  /** The decoded text (ldpress's own decoding: BOM, meta charset, detection), fed to every tool alike. */
  html: string
  encoding: string
  /** From a `gold.json` / `case.json` next to the page, with a real TLD (metascraper insists); else https://www.example.com/<id>. */
  url: string
}

/** The default globs, relative to the project root: the dev corpus when present, else the test fixtures. */
export function defaultGlobs(root: string): {globs: string[]; source: string} {
  const corpus = join(root, '../shared/corpus/dev')
  if (existsSync(corpus)) return {globs: [join(corpus, '*/source.html')], source: '../shared/corpus/dev/*/source.html'}
  return {globs: [join(root, 'test/fixtures/*/source.html')], source: 'test/fixtures/*/source.html'}
}

/** Every page file matched by the globs, sorted by path (deterministic), empty files left out. */
export function findPages(globs: readonly string[], cwd: string): PageFile[] {
  const paths = new Set<string>()
  for (const glob of globs) {
    if (existsSync(glob) && statSync(glob).isFile()) paths.add(join(glob.startsWith('/') ? '' : cwd, glob))
    else for (const path of globSync(glob, {cwd, absolute: true, onlyFiles: true})) paths.add(path)
  }
  const files = [...paths].sort().map((path) => ({path, size: statSync(path).size}))
  const byFolder = files.every((file) => /^(source|index|article)\.html?$/.test(basename(file.path)))
  return files
    .filter((file) => file.size > 0)
    .map((file) => ({...file, id: byFolder ? basename(dirname(file.path)) : relative(cwd, file.path)}))
}

/** `count` pages evenly spaced over the sorted list (0: all). */
export function sample<T>(items: readonly T[], count: number): T[] {
  return evenlySpaced(items.length, count).map((index) => items[index]!)
}

export function loadPage(file: PageFile): Page {
  const decoded = decode(readFileSync(file.path))
  return {...file, html: decoded.text, encoding: decoded.encoding, url: pageUrl(file)}
}

function pageUrl(file: PageFile): string {
  for (const name of ['gold.json', 'case.json']) {
    const sidecar = join(dirname(file.path), name)
    if (!existsSync(sidecar)) continue
    try {
      const url = (JSON.parse(readFileSync(sidecar, 'utf8')) as {url?: unknown}).url
      if (typeof url === 'string') return withRealTld(url, file.id)
    } catch {}
  }
  return `https://www.example.com/${encodeURIComponent(file.id)}`
}

/**
 * `http://fakehost/test/page.html` → `https://www.example.com/test/page.html`: metascraper rejects hosts without
 * a public suffix (no dot, an IP, or a reserved TLD such as `.example` or `.test`).
 */
function withRealTld(url: string, id: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http')
    if (!parsed.hostname.includes('.') || /^[\d.]+$/.test(parsed.hostname) || /\.(example|test|invalid|localhost|local)$/.test(parsed.hostname)) {
      parsed.protocol = 'https:'
      parsed.host = 'www.example.com'
    }
    return parsed.href
  } catch {
    return `https://www.example.com/${encodeURIComponent(id)}`
  }
}
