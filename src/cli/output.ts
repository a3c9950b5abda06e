/**
 * Where `extract --out-dir` writes, and how: one `.jsonld` per input at the
 * input's path relative to the inputs' common folder (so `a/index.html` and
 * `b/index.html` do not clobber each other), written atomically.
 */
import {mkdir, open, rename, rm, stat, writeFile, type FileHandle} from 'node:fs/promises'
import {basename, dirname, extname, join, relative, resolve, sep} from 'node:path'
import {crypto} from './builtins.js'
import {IoError} from './errors.js'
import type {Input} from './inputs.js'

/** Name used for standard input under `--out-dir`. */
const stdinOutput = 'stdin.jsonld'

/** Where one input's JSON-LD goes. */
export interface OutputPlan {
  input: Input
  /** Absolute path to write. */
  target: string
  /** Path to print: `outDir` as given, joined with the relative output path. */
  shown: string
}

/**
 * Plan one output file per input under `outDir` (as given on the command
 * line, resolved against `cwd`), in input order. Paths are relative to the
 * deepest folder that holds every input; a clash left after that (`x.html`
 * and `x.htm`) gets a `-2`, `-3`… suffix. Pure apart from path arithmetic.
 * Plans are made as they are taken, so a run over many files keeps only the
 * names used so far, not a plan per file (4.6 MB for 10,000 files).
 */
export function* planOutputs(inputs: readonly Input[], outDir: string, cwd: string): Generator<OutputPlan> {
  const root = commonFolder(inputs)
  const used = new Set<string>()
  for (const input of inputs) {
    const wanted = input.path === undefined || root === undefined ? stdinOutput : withJsonLdExtension(relative(root, input.path))
    const name = unused(wanted, used)
    used.add(name)
    yield {input, target: resolve(cwd, outDir, name), shown: join(outDir, name)}
  }
}

/**
 * Write `text` to `path` via a temporary file and a rename, creating
 * folders as needed, so no reader ever sees half a file. Throws `IoError`.
 */
export async function writeFileAtomic(path: string, text: string, shown: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`
  try {
    await mkdir(dirname(path), {recursive: true})
    await writeFile(temporary, text)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true}).catch(() => undefined)
    throw new IoError('write', shown, error)
  }
}

/**
 * Replace an existing file's bytes without ever leaving it half-written: write
 * a temporary file next to it (same folder, so the rename cannot cross file
 * systems), flush it to disk, give it the original's mode, rename it over
 * the original, and flush the folder (where the platform allows) so the
 * rename itself survives a power cut. A crash at any moment leaves the old
 * file or the new one. `path` must be the real file, not a symbolic link to
 * it (the rename would replace the link). Throws `IoError`.
 */
export async function replaceFileAtomic(path: string, bytes: Uint8Array, shown: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.ldpress-${process.pid}-${crypto().randomBytes(4).toString('hex')}.tmp`)
  let handle: FileHandle | undefined
  try {
    const {mode} = await stat(path)
    handle = await open(temporary, 'wx', mode & 0o7777)
    await handle.writeFile(bytes)
    await handle.sync()
    await handle.chmod(mode & 0o7777) // `open`'s mode is filtered by the umask
    await handle.close()
    handle = undefined
    await rename(temporary, path)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temporary, {force: true}).catch(() => undefined)
    throw new IoError('write', shown, error)
  }
  await syncFolder(dirname(path))
}

/** fsync a folder (its entries: a rename). Not possible on Windows, and not needed for correctness there: ignored. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // EISDIR / EPERM / EINVAL where folders cannot be opened or synced.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

function withJsonLdExtension(path: string): string {
  const extension = extname(path)
  return `${extension ? path.slice(0, -extension.length) : path}.jsonld`
}

function unused(name: string, used: ReadonlySet<string>): string {
  if (!used.has(name)) return name
  const stem = name.slice(0, -'.jsonld'.length)
  let counter = 2
  while (used.has(`${stem}-${counter}.jsonld`)) counter++
  return `${stem}-${counter}.jsonld`
}

/** Deepest folder containing the `base` of every input that has one (absolute paths); undefined when none has. */
function commonFolder(inputs: readonly Input[]): string | undefined {
  let parts: string[] | undefined
  let last: string | undefined
  for (const {base} of inputs) {
    // Inputs found in one folder share its base: compare each distinct one once.
    if (base === undefined || base === last) continue
    last = base
    const other = base.split(sep)
    if (parts === undefined) {
      parts = other
      continue
    }
    let length = 0
    while (length < parts.length && length < other.length && parts[length] === other[length]) length++
    parts = parts.slice(0, length)
  }
  return parts === undefined ? undefined : parts.join(sep) || sep
}
