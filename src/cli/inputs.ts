/**
 * Operands → the inputs a command reads: files as given, folders walked
 * for matching files, and `-` for standard input.
 */
import {readdir, readFile, stat} from 'node:fs/promises'
import {dirname, extname, join, relative, resolve} from 'node:path'
import {IoError} from './errors.js'
import type {Io} from './io.js'

/** How standard input is named in messages. */
export const stdinName = '<stdin>'

/** One thing to read. */
export interface Input {
  /** Name shown in messages: the operand, or operand/relative-path for files found in a folder. */
  name: string
  /** Absolute path; absent for standard input. */
  path?: string
  /** Folder that output paths are made relative to: the walked folder, or the file's own folder. */
  base?: string
}

/** Folders never walked into, besides dot-folders. */
const skippedFolders = new Set(['node_modules'])

/**
 * Resolve operands against `cwd`. Files are taken whatever their extension;
 * folders are walked (sorted, skipping `node_modules` and dot-folders) for
 * files whose extension is in `extensions`. Repeats are dropped.
 * Throws `IoError` for an operand that does not exist.
 */
export async function collectInputs(operands: readonly string[], cwd: string, extensions: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = []
  const seen = new Set<string>()
  for (const operand of operands) {
    for (const input of await expandOperand(operand, cwd, extensions)) {
      const key = input.path ?? stdinName
      if (seen.has(key)) continue
      seen.add(key)
      inputs.push(input)
    }
  }
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

async function expandOperand(operand: string, cwd: string, extensions: readonly string[]): Promise<Input[]> {
  if (operand === '-') return [{name: stdinName}]
  const path = resolve(cwd, operand)
  let isFolder: boolean
  try {
    isFolder = (await stat(path)).isDirectory()
  } catch (error) {
    throw new IoError('read', operand, error)
  }
  if (!isFolder) return [{name: operand, path, base: dirname(path)}]
  const found = await walk(path, operand, extensions)
  return found.map((relativePath) => ({name: join(operand, relativePath), path: join(path, relativePath), base: path}))
}

/** Relative paths of the matching files under `root`, sorted. Iterative, so deep trees cannot overflow the stack. */
async function walk(root: string, operand: string, extensions: readonly string[]): Promise<string[]> {
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
        if (!entry.name.startsWith('.') && !skippedFolders.has(entry.name)) pending.push(path)
      } else if ((entry.isFile() || entry.isSymbolicLink()) && extensions.includes(extname(entry.name).toLowerCase())) {
        files.push(relative(root, path))
      }
    }
  }
  return files.sort(compareCodePoints)
}

function compareCodePoints(a: string, b: string): number {
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
