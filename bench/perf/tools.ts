/**
 * The tools timed in-process. Each is loaded lazily (only those selected),
 * and its import time is recorded.
 */
import {readFileSync} from 'node:fs'
import type {ToolName} from './args.js'
import type {Page} from './pages.js'

export interface Tool {
  name: ToolName
  label: string
  /** Runs the tool on one page; the result is returned (not kept) so nothing is optimised away. */
  run: (page: Page) => unknown
  /** Whether `run` returns a promise that must be awaited inside the timing. */
  async: boolean
  importMs: number
}

export const labels: Record<ToolName, string> = {
  parse: 'rehype-parse parse (floor)',
  'extract-ne': 'ldpress extract, entities:false',
  extract: 'ldpress extract (entities on)',
  validate: 'ldpress validateHtml',
  inject: 'ldpress injectPage (existing: keep)',
  readability: 'jsdom + @mozilla/readability',
  metascraper: 'metascraper (6 rule sets)',
  adobe: 'Adobe web-auto-extractor + validator'
}

export const vocabPath = '/work/shared/vocab/schemaorg-current-https.jsonld'

async function timedImport<T>(load: () => Promise<T>): Promise<{module: T; ms: number}> {
  const started = performance.now()
  const module = await load()
  return {module, ms: performance.now() - started}
}

type Ldpress = typeof import('../../src/index.js')

export async function loadTools(names: ReadonlySet<ToolName>, options: {dist?: boolean} = {}): Promise<Tool[]> {
  const tools: Tool[] = []
  if (names.has('parse')) {
    const {module, ms} = await timedImport(async () => ({unified: (await import('unified')).unified, rehypeParse: (await import('rehype-parse')).default}))
    // One frozen processor, as ldpress itself does: the floor is the parse alone, not building a processor per page.
    const processor = module.unified().use(module.rehypeParse).freeze()
    tools.push({name: 'parse', label: labels.parse, async: false, importMs: ms, run: (page) => processor.parse(page.html)})
  }
  if (names.has('extract-ne') || names.has('extract') || names.has('validate') || names.has('inject')) {
    // From src/ through tsx by default; --dist: the build (what users run).
    const {module: ldpress, ms} = await timedImport(async () => (options.dist ? ((await import(new URL('../../dist/index.js', import.meta.url).href)) as Ldpress) : import('../../src/index.js')))
    if (names.has('extract-ne')) {
      tools.push({name: 'extract-ne', label: labels['extract-ne'], async: false, importMs: ms, run: (page) => ldpress.extract(page.html, {entities: false, url: page.url})})
    }
    if (names.has('extract')) {
      tools.push({name: 'extract', label: labels.extract, async: false, importMs: ms, run: (page) => ldpress.extract(page.html, {url: page.url})})
    }
    if (names.has('validate')) {
      tools.push({name: 'validate', label: labels.validate, async: false, importMs: ms, run: (page) => ldpress.validateHtml(page.html)})
    }
    if (names.has('inject')) {
      // What `ldpress inject` does to a page in a build step, with the defaults: the edited page, not written.
      tools.push({name: 'inject', label: labels.inject, async: false, importMs: ms, run: (page) => ldpress.injectPage(page.html, {url: page.url})})
    }
  }
  if (names.has('readability')) {
    const {module, ms} = await timedImport(async () => ({jsdom: await import('jsdom'), readability: await import('@mozilla/readability')}))
    const {JSDOM, VirtualConsole} = module.jsdom
    const {Readability} = module.readability
    // A console that goes nowhere: jsdom would otherwise print every CSS parse error.
    const virtualConsole = new VirtualConsole()
    tools.push({
      name: 'readability',
      label: labels.readability,
      async: false,
      importMs: ms,
      run: (page) => {
        const dom = new JSDOM(page.html, {url: page.url, virtualConsole})
        try {
          return new Readability(dom.window.document).parse()
        } finally {
          dom.window.close()
        }
      }
    })
  }
  if (names.has('metascraper')) {
    const {module, ms} = await timedImport(async () => {
      const rules = await Promise.all(
        ['metascraper-author', 'metascraper-date', 'metascraper-image', 'metascraper-title', 'metascraper-description', 'metascraper-publisher'].map(
          async (name) => ((await import(name)) as {default: () => unknown}).default
        )
      )
      return {create: ((await import('metascraper')) as unknown as {default: (rules: unknown[]) => (input: {html: string; url: string}) => Promise<unknown>}).default, rules}
    })
    const scrape = module.create(module.rules.map((rule) => rule()))
    tools.push({name: 'metascraper', label: labels.metascraper, async: true, importMs: ms, run: (page) => scrape({html: page.html, url: page.url})})
  }
  if (names.has('adobe')) {
    const {module, ms} = await timedImport(async () => ({
      Validator: ((await import('@adobe/structured-data-validator')) as unknown as {default: new (vocab: unknown) => {validate: (data: unknown) => Promise<unknown>}}).default,
      Extractor: ((await import('@marbec/web-auto-extractor')) as unknown as {default: new (options: unknown) => {parse: (html: string) => unknown}}).default,
      // The schema.org vocabulary from disk, never the network.
      vocab: JSON.parse(readFileSync(vocabPath, 'utf8')) as unknown
    }))
    const validator = new module.Validator(module.vocab)
    tools.push({
      name: 'adobe',
      label: labels.adobe,
      async: true,
      importMs: ms,
      run: async (page) => {
        // As in the validator's README: extractor per page, then the validator.
        const data = new module.Extractor({addLocation: true, embedSource: ['rdfa', 'microdata']}).parse(page.html)
        return validator.validate(data)
      }
    })
  }
  return tools
}
