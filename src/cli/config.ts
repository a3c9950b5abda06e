/**
 * `ldpress.config.*`: find it (from cwd upwards, or `--config PATH`), check
 * its shape by hand (no Ajv at start-up), and the two things the CLI does
 * with it besides passing options on: remap rule severities, and turn file
 * paths into page URLs under `baseUrl`.
 */
import {access} from 'node:fs/promises'
import {basename, isAbsolute, relative, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'
import {lilconfig, type Loader} from 'lilconfig'
import type {Diagnostic, Severity} from '../types.js'
import {CliError, errorCode} from './errors.js'
import {closest} from './suggest.js'

/** A problem with a configuration file: exits 2, like a usage error (`CliError`'s default status). */
export class ConfigError extends CliError {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/** Profiles a config may name (the library's profile names). */
export const configProfiles = ['schema.org', 'google', 'ldpress'] as const

/** A rule's setting: a severity, `off`, or ESLint's numbers (0 off, 1 warning, 2 error). */
export type RuleSetting = 'off' | Severity | 0 | 1 | 2

/** What a configuration file may say; every field is optional. */
export interface Config {
  profiles?: (typeof configProfiles)[number][]
  /** Rule id (`google/article-author-url`) → setting. */
  rules?: Record<string, RuleSetting>
  /** `.gitignore`-style patterns, relative to the working folder (like `--ignore`). */
  ignore?: string[]
  /** Absolute http(s) URL ending with `/`: the URL of the folder being checked. */
  baseUrl?: string
  /** A `--format` name; the CLI checks it against its formatters. */
  format?: string
  /** Fail (exit 1) when there are more warnings than this. */
  maxWarnings?: number
  /** The page limits (`--max-bytes`, `--max-depth`, `--max-jsonld-blocks`, `--time-budget`; see the library's `LimitOptions`). */
  maxBytes?: number
  maxDepth?: number
  maxJsonLdBlocks?: number
  timeBudgetMs?: number
}

/** A configuration and the file it came from. */
export interface LoadedConfig {
  config: Config
  /** Absolute path of the file read. */
  filepath: string
}

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /** Folder the search starts from, and that `configPath` is resolved against. */
  cwd: string
  /** `--config PATH`: load this file only, and fail when it is missing. */
  configPath?: string
  /** How a JavaScript config is loaded (`Io.importModule`). Default: this module's own `import()`. */
  importModule?: ModuleImporter
}

/** Loads an ES module by URL, as `import()` does. */
export type ModuleImporter = (url: string) => Promise<unknown>

/**
 * File names looked for in each folder, from `cwd` up to the file-system
 * root; the first found wins, in this order within a folder (the dedicated
 * files before package.json, whose `"ldpress"` key counts only when present).
 */
export const configFileNames = [
  'ldpress.config.js',
  'ldpress.config.mjs',
  'ldpress.config.cjs',
  'ldpress.config.json',
  '.ldpressrc.json',
  'package.json'
] as const

const configKeys = ['profiles', 'rules', 'ignore', 'baseUrl', 'format', 'maxWarnings', 'maxBytes', 'maxDepth', 'maxJsonLdBlocks', 'timeBudgetMs'] as const

/** The limit keys, and whether each must be a whole number. */
const limitKeys = [['maxBytes', true], ['maxDepth', true], ['maxJsonLdBlocks', true], ['timeBudgetMs', false]] as const

/** Rule ids look like `google/article-author-url`: a prefix, a slash, a name. */
const ruleIdPattern = /^[a-z][a-z0-9.]*\/[a-z0-9][a-z0-9-]*$/

/** Settings → severities; `undefined` means off. */
const settingSeverity = new Map<unknown, Severity | undefined>([
  ['off', undefined],
  [0, undefined],
  ['info', 'info'],
  ['warning', 'warning'],
  [1, 'warning'],
  ['error', 'error'],
  [2, 'error']
])

/**
 * Find and read the configuration: `configPath` alone when given (missing
 * → `ConfigError`), else the first of `configFileNames` from `cwd` upwards.
 * Resolves to `undefined` when there is none. Throws `ConfigError` for a file
 * that does not parse, does not load, or has the wrong shape.
 */
export async function loadConfig({cwd, configPath, importModule = (url) => import(url)}: LoadConfigOptions): Promise<LoadedConfig | undefined> {
  const moduleLoader = moduleLoaderOf(importModule)
  const explorer = lilconfig('ldpress', {
    searchPlaces: [...configFileNames],
    loaders: {'.json': jsonLoader, noExt: jsonLoader, '.js': moduleLoader, '.mjs': moduleLoader, '.cjs': moduleLoader},
    stopDir: resolve('/'),
    cache: false
  })
  const filepath = configPath === undefined ? undefined : resolve(cwd, configPath)
  if (filepath !== undefined) {
    try {
      await access(filepath)
    } catch (error) {
      throw new ConfigError(`cannot read config '${configPath}': ${errorCode(error)}`)
    }
  }
  let result
  try {
    result = filepath === undefined ? await explorer.search(cwd) : await explorer.load(filepath)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    // lilconfig's own errors: an extension it has no loader for, an unreadable file.
    throw new ConfigError(`cannot load config '${configPath ?? cwd}': ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!result) return undefined
  if (filepath !== undefined && basename(filepath) === 'package.json' && result.config == null) {
    throw new ConfigError(`config '${configPath}' has no "ldpress" key`)
  }
  // An empty file configures nothing.
  if (result.config === undefined || result.config === null) return filepath === undefined ? undefined : {config: {}, filepath: result.filepath}
  return {config: checkConfig(result.config, result.filepath), filepath: result.filepath}
}

const jsonLoader: Loader = (filepath, content) => {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ConfigError(`cannot parse config '${filepath}'${jsonPlace(content, error)}: ${(error as Error).message}`)
  }
}

/** The loader of `.js`/`.mjs`/`.cjs` configs: the module's default export, else the module. */
function moduleLoaderOf(importModule: ModuleImporter): Loader {
  return async (filepath) => {
    try {
      const module = (await importModule(pathToFileURL(filepath).href)) as {default?: unknown}
      return module.default ?? module
    } catch (error) {
      throw new ConfigError(`cannot load config '${filepath}': ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}

/** ` at line L, column C` from a JSON.parse error's "position N", when it has one. */
function jsonPlace(content: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '')
  if (!match) return ''
  const before = content.replace(/^\uFEFF/, '').slice(0, Number(match[1]))
  const lines = before.split('\n')
  return ` at line ${lines.length}, column ${(lines.at(-1) ?? '').length + 1}`
}

/**
 * Check a loaded value against the `Config` shape. Throws `ConfigError`
 * naming the file and the offending key (`rules["google/article-author-url"]`), with a
 * did-you-mean for unknown top-level keys. Rule ids are checked for their
 * `prefix/name` form only: there is no cheap list of known ids yet.
 */
export function checkConfig(value: unknown, filepath: string): Config {
  const fail = (where: string, problem: string): never => {
    throw new ConfigError(`invalid config '${filepath}': ${where} ${problem}`)
  }
  if (!isRecord(value)) return fail('the configuration', `must be an object, not ${describe(value)}`)
  for (const key of Object.keys(value)) {
    if (!(configKeys as readonly string[]).includes(key)) {
      const suggestion = closest(key, configKeys)
      fail(`unknown key "${key}"`, suggestion ? `(did you mean "${suggestion}"?)` : `(known keys: ${configKeys.join(', ')})`)
    }
  }
  const {profiles, rules, ignore, baseUrl, format, maxWarnings} = value
  if (profiles !== undefined) {
    if (!Array.isArray(profiles)) fail('"profiles"', `must be an array, not ${describe(profiles)}`)
    for (const [index, profile] of (profiles as unknown[]).entries()) {
      if (!(configProfiles as readonly unknown[]).includes(profile)) {
        fail(`profiles[${index}]`, `must be one of ${configProfiles.join(', ')}, not ${describe(profile)}`)
      }
    }
  }
  if (rules !== undefined) {
    if (!isRecord(rules)) fail('"rules"', `must be an object, not ${describe(rules)}`)
    for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
      if (!ruleIdPattern.test(id)) fail(`rules[${JSON.stringify(id)}]`, 'is not a rule id (expected prefix/name, e.g. "google/article-author-url")')
      if (!settingSeverity.has(setting)) fail(`rules[${JSON.stringify(id)}]`, `must be "off", "info", "warning", "error", 0, 1 or 2, not ${describe(setting)}`)
    }
  }
  if (ignore !== undefined) {
    if (!Array.isArray(ignore)) fail('"ignore"', `must be an array of patterns, not ${describe(ignore)}`)
    for (const [index, pattern] of (ignore as unknown[]).entries()) {
      if (typeof pattern !== 'string' || pattern === '') fail(`ignore[${index}]`, `must be a non-empty string, not ${describe(pattern)}`)
    }
  }
  if (baseUrl !== undefined && !isBaseUrl(baseUrl)) {
    fail('"baseUrl"', `must be an absolute http(s) URL ending with '/', not ${describe(baseUrl)}`)
  }
  if (format !== undefined && (typeof format !== 'string' || format === '')) fail('"format"', `must be a format name, not ${describe(format)}`)
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && (maxWarnings as number) >= 0)) {
    fail('"maxWarnings"', `must be a whole number, 0 or more, not ${describe(maxWarnings)}`)
  }
  for (const [key, whole] of limitKeys) {
    const limit = value[key]
    if (limit !== undefined && !(typeof limit === 'number' && limit >= 0 && (whole ? Number.isInteger(limit) : Number.isFinite(limit)))) {
      fail(`"${key}"`, `must be ${whole ? 'a whole number' : 'a number'}, 0 or more, not ${describe(limit)}`)
    }
  }
  return value as Config
}

/** True for an absolute http: or https: URL whose path ends with `/` (and has no query or fragment). */
export function isBaseUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !URL.canParse(value)) return false
  const url = new URL(value)
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.pathname.endsWith('/') && url.search === '' && url.hash === '' && value.endsWith('/')
}

/**
 * Apply a config's `rules` to diagnostics: drop those whose rule is `off`,
 * give the others the configured severity, leave unlisted rules alone.
 * Returns new objects; the input is not changed.
 */
export function applyRuleSeverities<T extends Pick<Diagnostic, 'ruleId' | 'severity'>>(
  diagnostics: readonly T[],
  rules: Readonly<Record<string, RuleSetting>> | undefined
): T[] {
  if (rules === undefined) return [...diagnostics]
  const result: T[] = []
  for (const diagnostic of diagnostics) {
    if (!Object.hasOwn(rules, diagnostic.ruleId)) {
      result.push(diagnostic)
      continue
    }
    const severity = settingSeverity.get(rules[diagnostic.ruleId])
    if (severity !== undefined) result.push(severity === diagnostic.severity ? diagnostic : {...diagnostic, severity})
  }
  return result
}

/** Options of `urlFor`. */
export interface UrlForOptions {
  /** Folder relative paths are resolved against. */
  cwd: string
  /** URL of `root`: absolute http(s), ending with `/`. */
  baseUrl: string
  /** Folder served at `baseUrl`: pass the input's `base` (the walked folder or glob base). Default: `cwd`. */
  root?: string
  /** Map `index.html` / `index.htm` to their folder's URL, as static hosts serve them. Default: true. */
  trimIndex?: boolean
}

const indexNames = new Set(['index.html', 'index.htm'])

/**
 * The URL a file is served at: its path relative to `root`, each segment
 * percent-encoded, under `baseUrl`. `dist/a/b.html` with root `dist` and
 * `https://example.com/` → `https://example.com/a/b.html`; `dist/a/index.html`
 * → `https://example.com/a/` (unless `trimIndex` is false). Throws `Error`
 * (misuse) for a file outside `root` or a bad `baseUrl`.
 */
export function urlFor(filePath: string, {cwd, baseUrl, root, trimIndex = true}: UrlForOptions): string {
  if (!isBaseUrl(baseUrl)) throw new Error(`urlFor: baseUrl must be an absolute http(s) URL ending with '/', got '${baseUrl}'`)
  const folder = resolve(cwd, root ?? '.')
  const path = relative(folder, resolve(cwd, filePath))
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) {
    throw new Error(`urlFor: '${filePath}' is not inside '${folder}'`)
  }
  const segments = path.split(sep)
  if (trimIndex && indexNames.has(basename(path).toLowerCase())) segments[segments.length - 1] = ''
  return baseUrl + segments.map(encodeURIComponent).join('/')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object' && value !== null) return 'an object'
  return JSON.stringify(value)
}
