/**
 * The `entities` option of `extract`/`inject` from the command line:
 * `--no-entities`, `--entities-max`, `--entities-min-score`, and
 * `--entities-file` (a JSON array of known entities, checked here so a bad
 * file is a one-line error, exit 2).
 */
import {readFile} from 'node:fs/promises'
import {resolve} from 'node:path'
import type {EntitiesOptions, KnownEntity} from '../entities/types.js'
import type {Options} from './args.js'
import {CliError, IoError} from './errors.js'

const types = new Set(['Person', 'Place', 'Country', 'AdministrativeArea', 'Organization', 'NewsMediaOrganization', 'GovernmentOrganization', 'Thing'])

/** `false` with `--no-entities`, else the options the flags give. */
export async function entitiesOption(options: Options, cwd: string): Promise<false | EntitiesOptions> {
  if (options.noEntities) return false
  const known = options.entitiesFile === undefined ? undefined : await readKnown(options.entitiesFile, cwd)
  return {
    ...(options.entitiesMax === undefined ? {} : {max: options.entitiesMax}),
    ...(options.entitiesMinScore === undefined ? {} : {minScore: options.entitiesMinScore}),
    ...(known === undefined ? {} : {known})
  }
}

async function readKnown(file: string, cwd: string): Promise<KnownEntity[]> {
  let text: string
  try {
    text = await readFile(resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new IoError('read', file, error)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new CliError(`--entities-file ${file}: not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  if (!Array.isArray(value)) throw new CliError(`--entities-file ${file}: expected an array of entities`)
  value.forEach((entry, index) => checkEntry(entry, `${file}[${index}]`))
  return value as KnownEntity[]
}

function checkEntry(entry: unknown, where: string): void {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new CliError(`--entities-file ${where}: expected an object`)
  const record = entry as Record<string, unknown>
  if (typeof record.name !== 'string' || record.name.trim() === '') throw new CliError(`--entities-file ${where}.name: expected a non-empty string`)
  if (typeof record.type !== 'string' || !types.has(record.type)) throw new CliError(`--entities-file ${where}.type: expected one of ${[...types].join(', ')}`)
  for (const key of ['aliases', 'related', 'sameAs'] as const) {
    const list = record[key]
    if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
      throw new CliError(`--entities-file ${where}.${key}: expected an array of strings`)
    }
  }
  if (record.jobTitle !== undefined && typeof record.jobTitle !== 'string') throw new CliError(`--entities-file ${where}.jobTitle: expected a string`)
  const unknown = Object.keys(record).find((key) => !['name', 'type', 'aliases', 'related', 'sameAs', 'jobTitle'].includes(key))
  if (unknown !== undefined) throw new CliError(`--entities-file ${where}: unknown key "${unknown}"`)
}
