import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {applyRuleSeverities, checkConfig, ConfigError, configFileNames, loadConfig, urlFor} from '../../src/cli/config.js'
import {CliError, exitCodes} from '../../src/cli/errors.js'
import type {Diagnostic} from '../../src/types.js'
import {temporaryFolder} from './run.js'

let folder: {path: string; remove: () => Promise<void>}
beforeEach(async () => {
  folder = await temporaryFolder()
})
afterEach(() => folder.remove())

async function write(path: string, text: string): Promise<string> {
  const full = join(folder.path, path)
  await mkdir(join(full, '..'), {recursive: true})
  await writeFile(full, text)
  return full
}

const sample = {profiles: ['google'], rules: {'google/article-author-url': 'off'}, maxWarnings: 0}
const sampleJs = `{profiles: ['google'], rules: {'google/article-author-url': 'off'}, maxWarnings: 0}`

describe('loadConfig: finding the file', () => {
  const cases: [string, string][] = [
    ['ldpress.config.json', JSON.stringify(sample)],
    ['.ldpressrc.json', JSON.stringify(sample)],
    ['ldpress.config.mjs', `export default ${sampleJs}\n`],
    ['ldpress.config.cjs', `module.exports = ${sampleJs}\n`],
    ['package.json', JSON.stringify({name: 'site', ldpress: sample})]
  ]
  it.each(cases)('reads %s', async (name, text) => {
    const filepath = await write(name, text)
    expect(await loadConfig({cwd: folder.path})).toEqual({config: sample, filepath})
  })

  it('reads ldpress.config.js exporting default in an ES module package', async () => {
    await write('package.json', JSON.stringify({type: 'module'}))
    const filepath = await write('ldpress.config.js', `export default ${sampleJs}\n`)
    expect(await loadConfig({cwd: folder.path})).toEqual({config: sample, filepath})
  })

  it('covers every documented file name', () => {
    expect([...configFileNames].sort()).toEqual(
      ['.ldpressrc.json', 'ldpress.config.cjs', 'ldpress.config.js', 'ldpress.config.json', 'ldpress.config.mjs', 'package.json'].sort()
    )
  })

  it('searches upward from a sub-folder, skipping package.json files without the key', async () => {
    const filepath = await write('ldpress.config.json', JSON.stringify({format: 'json'}))
    await write('site/package.json', JSON.stringify({name: 'inner'}))
    await mkdir(join(folder.path, 'site/public/news'), {recursive: true})
    expect(await loadConfig({cwd: join(folder.path, 'site/public/news')})).toEqual({config: {format: 'json'}, filepath})
  })

  it('prefers the nearest folder, and a config file over package.json in one folder', async () => {
    await write('ldpress.config.json', JSON.stringify({format: 'outer'}))
    await write('site/package.json', JSON.stringify({ldpress: {format: 'package'}}))
    const filepath = await write('site/.ldpressrc.json', JSON.stringify({format: 'rc'}))
    expect(await loadConfig({cwd: join(folder.path, 'site')})).toEqual({config: {format: 'rc'}, filepath})
  })

  it('loads only the --config file when one is given', async () => {
    await write('ldpress.config.json', JSON.stringify({format: 'found'}))
    const filepath = await write('conf/ci.json', JSON.stringify({format: 'explicit'}))
    expect(await loadConfig({cwd: folder.path, configPath: 'conf/ci.json'})).toEqual({config: {format: 'explicit'}, filepath})
  })

  it('fails for a missing --config file, naming it', async () => {
    const error = await loadConfig({cwd: folder.path, configPath: 'nope.json'}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigError)
    expect(error).toBeInstanceOf(CliError)
    expect((error as CliError).exitCode).toBe(exitCodes.failure)
    expect((error as Error).message).toBe("cannot read config 'nope.json': ENOENT")
  })

  it('fails for a --config package.json without the ldpress key', async () => {
    await write('package.json', JSON.stringify({name: 'x'}))
    await expect(loadConfig({cwd: folder.path, configPath: 'package.json'})).rejects.toThrow(`config 'package.json' has no "ldpress" key`)
  })

  it('fails for a --config file of an unknown kind as a ConfigError', async () => {
    await write('ldpress.yaml', 'format: json\n')
    await expect(loadConfig({cwd: folder.path, configPath: 'ldpress.yaml'})).rejects.toBeInstanceOf(ConfigError)
  })
})

describe('loadConfig: bad files', () => {
  it('names the file and the line and column of invalid JSON', async () => {
    const filepath = await write('ldpress.config.json', '{\n  "format": "json",\n  }\n')
    const error = await loadConfig({cwd: folder.path}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain(`cannot parse config '${filepath}' at line 3, column 3`)
  })

  it('names the file of a module that throws', async () => {
    const filepath = await write('ldpress.config.mjs', 'throw new Error("boom")\n')
    await expect(loadConfig({cwd: folder.path})).rejects.toThrow(`cannot load config '${filepath}': boom`)
  })

  it('suggests the key meant for an unknown key', async () => {
    const filepath = await write('.ldpressrc.json', JSON.stringify({rule: {}}))
    await expect(loadConfig({cwd: folder.path})).rejects.toThrow(`invalid config '${filepath}': unknown key "rule" (did you mean "rules"?)`)
  })

  it('names the rule with a bad severity', async () => {
    const filepath = await write('package.json', JSON.stringify({ldpress: {rules: {'google/article-author-url': 'warn'}}}))
    await expect(loadConfig({cwd: folder.path})).rejects.toThrow(
      `invalid config '${filepath}': rules["google/article-author-url"] must be "off", "info", "warning", "error", 0, 1 or 2, not "warn"`
    )
  })

  it('skips an empty config file while searching', async () => {
    await write('ldpress.config.json', '')
    expect(await loadConfig({cwd: folder.path})).toBeUndefined()
  })
})

describe('checkConfig', () => {
  const check = (value: unknown) => () => checkConfig(value, 'c.json')

  it('accepts the full shape, ESLint numbers included', () => {
    const config = {
      profiles: ['schema.org', 'google', 'ldpress'],
      rules: {'google/a': 0, 'google/b': 1, 'schema.org/c': 2, 'ldpress/d': 'info'},
      ignore: ['**/drafts/**', '!keep.html'],
      baseUrl: 'https://example.com/news/',
      format: 'github',
      maxWarnings: 10
    }
    expect(checkConfig(config, 'c.json')).toEqual(config)
  })

  it.each([
    [[], 'the configuration must be an object, not an array'],
    [{profiles: 'google'}, '"profiles" must be an array, not "google"'],
    [{profiles: ['google', 'bing']}, 'profiles[1] must be one of schema.org, google, ldpress, not "bing"'],
    [{rules: []}, '"rules" must be an object, not an array'],
    [{rules: {'no-slash': 'off'}}, 'rules["no-slash"] is not a rule id'],
    [{rules: {'google/x': 3}}, 'rules["google/x"] must be'],
    [{ignore: 'drafts'}, '"ignore" must be an array of patterns'],
    [{ignore: ['a', 1]}, 'ignore[1] must be a non-empty string, not 1'],
    [{baseUrl: 'https://example.com'}, `"baseUrl" must be an absolute http(s) URL ending with '/'`],
    [{baseUrl: 'ftp://example.com/'}, '"baseUrl" must be'],
    [{baseUrl: '/news/'}, '"baseUrl" must be'],
    [{format: 3}, '"format" must be a format name, not 3'],
    [{maxWarnings: -1}, '"maxWarnings" must be a whole number, 0 or more, not -1'],
    [{maxWarnings: 1.5}, '"maxWarnings" must be'],
    [{maxDepth: 1.5}, '"maxDepth" must be a whole number, 0 or more, not 1.5'],
    [{maxBytes: '1000'}, '"maxBytes" must be a whole number, 0 or more, not "1000"'],
    [{timeBudgetMs: -1}, '"timeBudgetMs" must be a number, 0 or more, not -1'],
    [{zzzzzz: 1}, 'unknown key "zzzzzz" (known keys: profiles, rules, ignore, baseUrl, format, maxWarnings, maxBytes, maxDepth, maxJsonLdBlocks, timeBudgetMs)'],
    [{maxWarning: 1}, 'unknown key "maxWarning" (did you mean "maxWarnings"?)']
  ])('rejects %j', (value, message) => {
    expect(check(value)).toThrow(ConfigError)
    expect(check(value)).toThrow(`invalid config 'c.json': ${message}`)
  })
})

describe('applyRuleSeverities', () => {
  const diagnostic = (ruleId: string, severity: Diagnostic['severity']): Diagnostic => ({ruleId, severity, message: ruleId, source: 'google'})
  const diagnostics = [diagnostic('google/a', 'error'), diagnostic('google/b', 'warning'), diagnostic('google/c', 'info'), diagnostic('google/d', 'error')]

  it('drops rules that are off and remaps the rest, leaving unlisted rules and the input alone', () => {
    const result = applyRuleSeverities(diagnostics, {'google/a': 'off', 'google/b': 2, 'google/c': 1, 'google/z': 0})
    expect(result.map((d) => [d.ruleId, d.severity])).toEqual([
      ['google/b', 'error'],
      ['google/c', 'warning'],
      ['google/d', 'error']
    ])
    expect(diagnostics[1]?.severity).toBe('warning')
  })

  it('returns a copy when there are no rules', () => {
    expect(applyRuleSeverities(diagnostics, undefined)).toEqual(diagnostics)
  })

  it('does not take inherited keys for rules', () => {
    expect(applyRuleSeverities([diagnostic('toString', 'error')], {})).toHaveLength(1)
  })
})

describe('urlFor', () => {
  const cwd = '/project'
  const baseUrl = 'https://example.com/'

  it('maps a path under the root folder', () => {
    expect(urlFor('dist/a/b.html', {cwd, baseUrl, root: 'dist'})).toBe('https://example.com/a/b.html')
    expect(urlFor('/project/dist/a/b.html', {cwd, baseUrl: 'https://example.com/news/', root: '/project/dist'})).toBe('https://example.com/news/a/b.html')
  })

  it('maps index.html to its folder unless told not to', () => {
    expect(urlFor('dist/a/index.html', {cwd, baseUrl, root: 'dist'})).toBe('https://example.com/a/')
    expect(urlFor('dist/index.htm', {cwd, baseUrl, root: 'dist'})).toBe('https://example.com/')
    expect(urlFor('dist/a/index.html', {cwd, baseUrl, root: 'dist', trimIndex: false})).toBe('https://example.com/a/index.html')
  })

  it('is relative to cwd without a root, and percent-encodes segments', () => {
    expect(urlFor('a b/c#1?.html', {cwd, baseUrl})).toBe('https://example.com/a%20b/c%231%3F.html')
  })

  it('throws for files outside the root and for a bad base URL', () => {
    expect(() => urlFor('other/x.html', {cwd, baseUrl, root: 'dist'})).toThrow("is not inside '/project/dist'")
    expect(() => urlFor('dist/x.html', {cwd, baseUrl: 'https://example.com'})).toThrow('baseUrl')
  })
})
