/**
 * Operands → the inputs a command reads: files as given, folders walked
 * for matching files, glob patterns, and `-` for standard input; minus what
 * `.gitignore`-style ignore patterns exclude. Only paths are collected here:
 * contents are read one input at a time by `readInput`.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import {dirname, extname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {IoError, UsageError} from './errors.js'
import {holdYoungGeneration, longRunFiles} from './heap.js'
import type {Io} from './io.js'

/** How standard input is named in messages when `--stdin-filename` is not given. */
export const stdinName = '<stdin>'

/** One thing to read. */
export interface Input {
  /** Name shown in messages: the operand, operand/relative-path for files found in a folder or by a glob, or the stdin name. */
  name: string
  /** Absolute path; absent for standard input. */
  path?: string
  /** Folder that output paths and URLs are made relative to: the walked folder, the glob's static base, or the file's own folder. */
  base?: string
}

/** Options of `collectInputs`; every field is optional. */
export interface CollectOptions {
  /**
   * `.gitignore`-style patterns (negation with `!`), matched against paths
   * relative to `cwd`. They filter files found by walking folders and by
   * globs; an explicitly named file that matches is skipped with a warning
   * (as ESLint does). Files outside `cwd` are never ignored.
   */
  ignore?: readonly string[]
  /** Name for standard input (`--stdin-filename`): shown in reports, and its extension tells HTML from JSON. */
  stdinFilename?: string
  /** Told, in one sentence, about each explicitly named input skipped because it is ignored. */
  warn?: (message: string) => void
}

/** Folders never walked into, besides dot-folders. */
const skippedFolders = new Set(['node_modules'])

/** Glob ignore list mirroring `skippedFolders` (dot-folders are left out by `dot: false`). */
const skippedGlobs = ['**/node_modules/**']

/**
 * Resolve operands against `cwd`. An operand is, in this order: `-`
 * (standard input); an existing file, taken whatever its extension; an
 * existing folder, walked (skipping `node_modules` and dot-folders) for files
 * whose extension is in `extensions`; or a glob pattern (`'public/**\/*.html'`),
 * whose matches are filtered by `extensions` too. Ignore patterns then apply
 * (see `CollectOptions.ignore`). The result is deduplicated and sorted by
 * path in code-unit order, standard input last, so output does not depend on
 * operand order or file-system order.
 *
 * Throws `IoError` for an operand that is neither a path that exists nor a
 * glob, and `UsageError` for a glob that matches no file, or only ignored ones.
 */
export async function collectInputs(
  operands: readonly string[],
  cwd: string,
  extensions: readonly string[],
  options: CollectOptions = {}
): Promise<Input[]> {
  const filter = await ignoreFilter(options.ignore ?? [], cwd)
  const byPath = new Map<string, Input>()
  let stdin: Input | null | undefined
  for (const operand of operands) {
    if (operand === '-') {
      stdin ??= stdinInput(options, cwd, filter)
      continue
    }
    for (const input of await expandOperand(operand, cwd, extensions, filter, options.warn)) {
      if (input.path !== undefined && !byPath.has(input.path)) byPath.set(input.path, input)
    }
  }
  const inputs = [...byPath.values()].sort((a, b) => compareCodeUnits(slashed(a.path ?? ''), slashed(b.path ?? '')))
  if (stdin) inputs.push(stdin)
  return inputs
}

/** Read an input's bytes. Throws `IoError`. */
export async function readInput(input: Input, io: Io): Promise<Uint8Array> {
  try {
    return input.path === undefined ? await readAll(io.stdin) : await readFile(input.path)
  } catch (error) {
    throw new IoError('read', input.name, error)
  }
}

/** Tells whether an absolute path (a folder when `folder` is set) is ignored. */
type IgnoreFilter = (path: string, folder: boolean) => boolean

/** Standard input as an input, or `null` when its `--stdin-filename` is ignored (skipped like an ignored file). */
function stdinInput(options: CollectOptions, cwd: string, filter: IgnoreFilter): Input | null {
  const name = options.stdinFilename
  if (name === undefined) return {name: stdinName}
  if (filter(resolve(cwd, name), false)) {
    options.warn?.(ignoredMessage(name))
    return null
  }
  return {name}
}

/** Loaded only when there are patterns: `ignore` costs ~15 ms to import. */
async function ignoreFilter(patterns: readonly string[], cwd: string): Promise<IgnoreFilter> {
  if (patterns.length === 0) return () => false
  const {default: ignore} = await import('ignore')
  const matcher = ignore().add([...patterns])
  return (path, folder) => {
    const relativePath = relative(cwd, path)
    // `ignore` accepts only paths below the folder the patterns belong to.
    if (relativePath === '' || relativePath === '..' || relativePath.startsWith(`..${sep}`) || isAbsolute(relativePath)) return false
    return matcher.ignores(slashed(relativePath) + (folder ? '/' : ''))
  }
}

function ignoredMessage(name: string): string {
  return `'${name}' skipped: it matches an ignore pattern`
}

async function expandOperand(
  operand: string,
  cwd: string,
  extensions: readonly string[],
  filter: IgnoreFilter,
  warn: CollectOptions['warn']
): Promise<Input[]> {
  const path = resolve(cwd, operand)
  let isFolder: boolean
  try {
    isFolder = (await stat(path)).isDirectory()
  } catch (error) {
    // A path that exists wins over a glob reading of the same text (`[id].html`).
    // tinyglobby (~35 ms to import) is loaded only when an operand is not a path.
    const tinyglobby = await import('tinyglobby')
    if (tinyglobby.isDynamicPattern(operand)) return expandGlob(tinyglobby, operand, cwd, extensions, filter)
    throw new IoError('read', operand, error)
  }
  if (!isFolder) {
    if (filter(path, false)) {
      warn?.(ignoredMessage(operand))
      return []
    }
    return [{name: operand, path, base: dirname(path)}]
  }
  const found = await walk(path, operand, extensions, filter)
  return found.map((relativePath) => {
    const file = join(path, relativePath)
    // An absolute operand names its files by their paths: one string for both (10,000 files: 1 MB less held).
    return {name: operand === path ? file : join(operand, relativePath), path: file, base: path}
  })
}

/** Files matching a glob, filtered by extension and ignore patterns. Names are cwd-relative as the glob was. */
async function expandGlob(
  {glob, isDynamicPattern}: Tinyglobby,
  pattern: string,
  cwd: string,
  extensions: readonly string[],
  filter: IgnoreFilter
): Promise<Input[]> {
  const matches = await glob(pattern, {cwd, absolute: true, onlyFiles: true, dot: false, expandDirectories: false, ignore: skippedGlobs})
  const wanted = matches.filter((path) => extensions.includes(extname(path).toLowerCase()))
  if (wanted.length === 0) {
    throw new UsageError(`No files matching the pattern "${pattern}" were found (looked for ${extensions.join(', ')} files)`)
  }
  const kept = wanted.filter((path) => !filter(resolve(path), false))
  if (kept.length === 0) throw new UsageError(`All files matched by "${pattern}" are ignored`)
  const base = staticBase(pattern, cwd, isDynamicPattern)
  return kept.map((path) => {
    const absolute = resolve(path)
    return {name: isAbsolute(pattern) ? absolute : relative(cwd, absolute), path: absolute, base}
  })
}

type Tinyglobby = typeof import('tinyglobby')

/** The folder a glob's static leading segments name (`public` for `public/**\/*.html`), absolute. */
export async function globBase(pattern: string, cwd: string): Promise<string> {
  return staticBase(pattern, cwd, (await import('tinyglobby')).isDynamicPattern)
}

function staticBase(pattern: string, cwd: string, isDynamicPattern: Tinyglobby['isDynamicPattern']): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === segments.length) fixed.pop()
  const joined = fixed.join('/')
  return resolve(cwd, joined === '' && pattern.startsWith('/') ? '/' : joined)
}

/** Relative paths of the matching files under `root`, sorted. Iterative, so deep trees cannot overflow the stack. */
async function walk(root: string, operand: string, extensions: readonly string[], filter: IgnoreFilter): Promise<string[]> {
  const files: string[] = []
  const pending = [root]
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries
    try {
      entries = await readdir(folder, {withFileTypes: true})
    } catch (error) {
      throw new IoError('read', join(operand, relative(root, folder)), error)
    }
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        // Pruning an ignored folder is what .gitignore does too: nothing below it can be re-included.
        if (!entry.name.startsWith('.') && !skippedFolders.has(entry.name) && !filter(path, true)) pending.push(path)
      } else if ((entry.isFile() || entry.isSymbolicLink()) && extensions.includes(extname(entry.name).toLowerCase()) && !filter(path, false)) {
        files.push(relative(root, path))
      }
    }
    if (files.length >= longRunFiles) holdYoungGeneration()
  }
  return files.sort(compareCodeUnits)
}

/** Path with `/` separators, so sorting and ignore matching agree across platforms. */
function slashed(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk)
  }
  return concat(chunks)
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}
