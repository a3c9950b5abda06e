/**
 * Where `inject` writes each page: the real file behind a symbolic link, and
 * only inside the tree it was pointed at (the folders walked, the globs'
 * folders, the folders of files named) unless `--follow-symlinks` says so.
 * A link out of the tree is how a checked-out site or an upload tricks a
 * build step into rewriting `/etc/…` or another project's files.
 */
import {lstat, realpath} from 'node:fs/promises'
import {isAbsolute, relative, sep} from 'node:path'
import {errorCode} from './errors.js'
import type {Input} from './inputs.js'

/** An input `inject` will edit, and the file the edit replaces. */
export interface Target {
  input: Input
  /** The real path (symbolic links resolved): the temporary file is made in its folder and renamed over it. */
  file: string
}

/** An input left alone, and why (one line, for standard error). */
export interface Refusal {
  input: Input
  reason: string
}

/**
 * Resolve every input to its real file. Refused: a file whose real path is
 * outside every input's `base` folder (resolved too), unless `follow`; a file
 * that cannot be resolved (a dangling link); a second input for a file
 * already listed (a link to another page of the site, which would be written
 * twice with two URLs): the input that is not a link wins, else the first.
 */
export async function resolveTargets(inputs: readonly Input[], follow: boolean): Promise<{targets: Target[]; refused: Refusal[]}> {
  const roots = [...new Set(await Promise.all(inputs.flatMap((input) => (input.base === undefined ? [] : [realpath(input.base).catch(() => input.base!)]))))]
  const targets: Target[] = []
  const refused: Refusal[] = []
  const resolved = await Promise.all(inputs.map((input) => resolveOne(input)))
  // Who owns each real file: a page that is not a link wins over a link to it.
  const owner = new Map<string, Input>()
  for (const entry of resolved) if ('file' in entry && !entry.link) owner.set(entry.file, entry.input)
  for (const entry of resolved) {
    const {input} = entry
    if (!('file' in entry)) {
      refused.push({input, reason: `skipped: cannot resolve it (${entry.error}); a dangling symbolic link?`})
      continue
    }
    const {file, link} = entry
    if (!follow && !roots.some((root) => isInside(file, root))) {
      const what = link ? `a symbolic link to '${file}'` : `its real path '${file}' (through a linked folder) is`
      refused.push({input, reason: `skipped: ${what} outside the folders given (pass --follow-symlinks to write there)`})
      continue
    }
    const first = owner.get(file)
    if (first !== undefined && first !== input) {
      refused.push({input, reason: `skipped: the same file as '${first.name}', which is processed under its own name`})
      continue
    }
    owner.set(file, input)
    targets.push({input, file})
  }
  return {targets, refused}
}

async function resolveOne(input: Input): Promise<{input: Input; file: string; link: boolean} | {input: Input; error: string}> {
  try {
    const link = (await lstat(input.path!)).isSymbolicLink()
    return {input, file: await realpath(input.path!), link}
  } catch (error) {
    return {input, error: errorCode(error)}
  }
}

/** Whether `path` is `root` or below it (both absolute, resolved). */
function isInside(path: string, root: string): boolean {
  const rest = relative(root, path)
  return rest === '' || !(rest === '..' || rest.startsWith(`..${sep}`) || isAbsolute(rest))
}
