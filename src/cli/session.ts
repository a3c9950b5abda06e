/**
 * What every file-processing command does first: find the configuration,
 * collect the inputs (operands, globs, `--ignore`, `--stdin-filename`), and
 * keep this runner's `--shard`. Command-line flags win over the
 * configuration file.
 */
import type {LimitOptions} from '../limits.js'
import type {Options} from './args.js'
import {loadConfig, type Config} from './config.js'
import {UsageError} from './errors.js'
import {collectInputs, type Input} from './inputs.js'
import type {Io} from './io.js'

export interface Session {
  config: Config
  /** The configuration file read, if any. */
  configPath?: string
  /** This runner's inputs, sorted by path. */
  inputs: Input[]
}

/** Load the configuration and collect the inputs for a command. */
export async function startSession(io: Io, operands: readonly string[], options: Options, extensions: readonly string[]): Promise<Session> {
  const loaded = await loadConfig({
    cwd: io.cwd,
    ...(options.config === undefined ? {} : {configPath: options.config}),
    ...(io.importModule ? {importModule: io.importModule} : {})
  })
  const config = loaded?.config ?? {}
  const all = await collectInputs(operands, io.cwd, extensions, {
    ignore: [...(config.ignore ?? []), ...(options.ignore ?? [])],
    ...(options.stdinFilename === undefined ? {} : {stdinFilename: options.stdinFilename}),
    warn: (message) => io.stderr.write(`ldpress: warning: ${message}\n`)
  })
  const inputs = options.shard === undefined ? all : shardOf(all, options.shard)
  return {config, ...(loaded ? {configPath: loaded.filepath} : {}), inputs}
}

/**
 * The `index`-th of `count` parts of a file list (1-based). A file's part
 * depends only on its name (FNV-1a of the name as shown, which is relative
 * to the working folder), so every runner of a CI matrix computes the same
 * split without talking to the others, and adding a file moves no other.
 */
export function shardOf<T extends {name: string}>(inputs: readonly T[], {index, count}: {index: number; count: number}): T[] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 1 || index > count) {
    throw new UsageError(`--shard ${index}/${count}: needs 1 ≤ I ≤ N`)
  }
  return inputs.filter((input) => fnv1a(input.name.replaceAll('\\', '/')) % count === index - 1)
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** The page limits: each flag given wins over the configuration's key; absent ones are left to the library's defaults. */
export function limitsOf(options: Options, config: Config): LimitOptions {
  const limits: LimitOptions = {}
  for (const key of ['maxBytes', 'maxDepth', 'maxJsonLdBlocks', 'timeBudgetMs'] as const) {
    const value = options[key] ?? config[key]
    if (value !== undefined) limits[key] = value
  }
  return limits
}
