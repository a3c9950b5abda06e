/**
 * Every flag `ldpress` accepts, in one table. The argument parser
 * (`util.parseArgs`) and `--help` are both derived from it, so they cannot
 * drift apart.
 */

import type {ValidateOptions} from '../index.js'

/** Names of the commands; `'*'` in a flag's scope means every command and none. */
export type CommandName = 'extract' | 'read' | 'validate' | 'report' | 'inject' | 'merge'

/** One row of the flag table. */
export interface Flag {
  /** Long name, without the dashes. */
  name: string
  /** One-letter alias. */
  short?: string
  /** `boolean` flags take no value; `string` flags take one. */
  type: 'boolean' | 'string'
  /** May be given more than once (values are collected). */
  multiple?: boolean
  /** Placeholder shown in help for the value, e.g. `URL`. */
  value?: string
  /** The only values accepted. */
  choices?: readonly string[]
  /** Default shown in help (and applied by the command). */
  default?: string
  /** Where the flag applies: `'*'` for everywhere, else the commands that take it. */
  scope: '*' | readonly CommandName[]
  /** One line for `--help`. */
  description: string
}

/** Profiles the validator knows (see `ValidateOptions.profiles`). */
export const profileNames = ['schema.org', 'google', 'ldpress'] as const satisfies NonNullable<ValidateOptions['profiles']>

/** Output formats of `ldpress validate` (see `formats/index.ts`); the first is the default. */
export const formatNames = ['stylish', 'unix', 'json', 'github', 'sarif', 'junit', 'html'] as const

/** What `ldpress inject` does on a page that already has article markup of its own. */
export const existingPolicies = ['keep', 'merge', 'replace'] as const

/** Syntaxes `ldpress read --syntax` can select. */
export const syntaxNames = ['jsonld', 'microdata', 'rdfa'] as const

/** A `--format` value. */
export type FormatName = (typeof formatNames)[number]

/** The table. Order here is the order in `--help`. */
export const flags: readonly Flag[] = [
  {
    name: 'url',
    type: 'string',
    value: 'URL',
    scope: ['extract'],
    description: 'Address of the page: makes @ids and image URLs absolute'
  },
  {
    name: 'pretty',
    type: 'boolean',
    scope: ['extract', 'read'],
    description: 'Indent the JSON-LD by two spaces'
  },
  {
    name: 'body',
    type: 'boolean',
    scope: ['extract', 'inject'],
    description: 'Include the article text as articleBody'
  },
  {
    name: 'no-entities',
    type: 'boolean',
    scope: ['extract', 'inject'],
    description: 'Leave out about and mentions (the people, places and organisations found in the text)'
  },
  {
    name: 'entities-file',
    type: 'string',
    value: 'PATH',
    scope: ['extract', 'inject'],
    description: 'A JSON array of known entities ({name, type, aliases?, related?, sameAs?, jobTitle?}) matched before the built-in tables'
  },
  {
    name: 'entities-max',
    type: 'string',
    value: 'N',
    scope: ['extract', 'inject'],
    description: 'At most N entities in about and mentions together (default 18)'
  },
  {
    name: 'entities-min-score',
    type: 'string',
    value: 'SCORE',
    scope: ['extract', 'inject'],
    description: 'Leave out entities with a lower salience score'
  },
  {
    name: 'explain',
    type: 'boolean',
    scope: ['extract'],
    description: 'Say on standard error, per field, which rule won, where, and which candidates lost'
  },
  {
    name: 'out-dir',
    type: 'string',
    value: 'DIR',
    scope: ['extract'],
    description: 'Write one <name>.jsonld per input into DIR (keeping sub-folders) and print the paths (not with --quiet)'
  },
  {
    name: 'profile',
    short: 'p',
    type: 'string',
    multiple: true,
    value: 'NAME',
    choices: profileNames,
    default: 'schema.org, google',
    scope: ['validate'],
    description: 'Check against this profile (repeatable; JSON and JSON-LD syntax are always checked)'
  },
  {
    name: 'format',
    short: 'f',
    type: 'string',
    multiple: true,
    value: 'NAME',
    choices: formatNames,
    default: 'stylish; merge: json; report: html',
    scope: ['validate', 'merge', 'extract'],
    description:
      "Report format, repeatable: ESLint's stylish look, file:line:column lines, ESLint's JSON results, GitHub " +
      'annotations (and $GITHUB_STEP_SUMMARY), SARIF 2.1.0, JUnit XML, an HTML page with a drawing of each graph ' +
      '(extract: html only, instead of the JSON-LD)'
  },
  {
    name: 'output',
    short: 'o',
    type: 'string',
    multiple: true,
    value: 'FILE',
    scope: ['validate', 'merge'],
    description: 'Write the --format given just before it to FILE (default: standard output; at most one format may go there)'
  },
  {
    name: 'max-warnings',
    type: 'string',
    value: 'N',
    scope: ['validate', 'merge'],
    description: 'Exit 1 when there are more than N warnings, even without errors'
  },
  {
    name: 'existing',
    type: 'string',
    value: 'POLICY',
    choices: existingPolicies,
    default: 'keep',
    scope: ['inject'],
    description:
      "A page with its own Article markup: keep it and add nothing (validate it), merge ldpress's graph into its " +
      "article (same @id, the page's values win), or replace its article JSON-LD with ldpress's"
  },
  {
    name: 'all-pages',
    type: 'boolean',
    scope: ['inject'],
    description: 'Write into every page, also those with no publication date and no author (home pages, listings), which are skipped by default'
  },
  {
    name: 'check',
    type: 'boolean',
    scope: ['inject'],
    description: 'Write nothing; list the pages whose JSON-LD is missing or out of date and exit 1 if there are any'
  },
  {
    name: 'dry-run',
    type: 'boolean',
    scope: ['inject'],
    description: 'Write nothing; print what would change as a unified diff'
  },
  {
    name: 'follow-symlinks',
    type: 'boolean',
    scope: ['inject'],
    description:
      'Also write pages that are symbolic links to files outside the folders given (by default they are skipped with a message; ' +
      'links inside are always written through to the file they point to)'
  },
  {
    name: 'base-url',
    type: 'string',
    value: 'URL',
    scope: ['extract', 'inject'],
    description: 'URL of the folder the pages were found in: dist/a/b.html under `dist` → URL/a/b.html (index.html → URL/a/)'
  },
  {
    name: 'ignore',
    type: 'string',
    multiple: true,
    value: 'PATTERN',
    scope: ['extract', 'read', 'validate', 'inject'],
    description: 'Skip files matching this .gitignore-style pattern, relative to the working folder (repeatable)'
  },
  {
    name: 'stdin-filename',
    type: 'string',
    value: 'NAME',
    scope: ['extract', 'read', 'validate'],
    description: "Name standard input ('-') in reports; its extension tells HTML from JSON"
  },
  {
    name: 'config',
    short: 'c',
    type: 'string',
    value: 'PATH',
    scope: ['extract', 'validate', 'inject'],
    description: 'Use this configuration file instead of looking for ldpress.config.* or package.json "ldpress"'
  },
  {
    name: 'jobs',
    short: 'j',
    type: 'string',
    value: 'N',
    default: 'available cores',
    scope: ['validate', 'inject'],
    description: 'Process files in N worker threads; output (and what inject writes) is the same, in the same order, whatever N'
  },
  {
    name: 'shard',
    type: 'string',
    value: 'I/N',
    scope: ['validate', 'inject'],
    description: "Handle only the I-th of N deterministic parts of the file list (1-based), for splitting a site across CI runners"
  },
  {
    name: 'syntax',
    short: 's',
    type: 'string',
    multiple: true,
    value: 'NAME',
    choices: syntaxNames,
    scope: ['read'],
    description: 'Read only this syntax (repeatable; default: all three)'
  },
  {
    name: 'max-bytes',
    type: 'string',
    value: 'N',
    default: '52428800 (50 MiB)',
    scope: ['extract', 'read', 'validate', 'report', 'inject'],
    description: 'Read at most N bytes of each page; the rest is ignored with a parse/max-bytes warning'
  },
  {
    name: 'max-depth',
    type: 'string',
    value: 'N',
    default: '10000',
    scope: ['extract', 'read', 'validate', 'report', 'inject'],
    description: 'Drop elements nested deeper than N levels, with a parse/max-depth warning'
  },
  {
    name: 'max-jsonld-blocks',
    type: 'string',
    value: 'N',
    default: '1000',
    scope: ['extract', 'read', 'validate', 'report', 'inject'],
    description: 'Read at most N JSON-LD blocks per page; later ones are ignored with a markup/max-jsonld-blocks warning'
  },
  {
    name: 'time-budget',
    type: 'string',
    value: 'MS',
    default: '10000',
    scope: ['extract', 'read', 'validate', 'report', 'inject'],
    description:
      'Milliseconds per page, checked between stages: once spent, the stages left are skipped with an extract/ or markup/time-budget ' +
      'warning and the result is partial (inject then leaves the page unchanged); the run goes on with the next file'
  },
  {
    name: 'quiet',
    short: 'q',
    type: 'boolean',
    scope: ['extract', 'read', 'validate', 'inject'],
    description: 'Report errors only'
  },
  {
    name: 'verbose',
    type: 'boolean',
    scope: ['extract', 'read', 'validate', 'inject'],
    description: 'Report info-level findings too'
  },
  {
    name: 'help',
    short: 'h',
    type: 'boolean',
    scope: '*',
    description: 'Show help'
  },
  {
    name: 'version',
    short: 'v',
    type: 'boolean',
    scope: '*',
    description: 'Print the version'
  }
]

/** Whether `flag` may be used with `command` (`undefined`: no command given). */
export function appliesTo(flag: Flag, command: CommandName | undefined): boolean {
  return flag.scope === '*' || (command !== undefined && flag.scope.includes(command))
}

/** Flags shown in the help of `command`, or the global ones when there is none. */
export function flagsFor(command: CommandName | undefined): Flag[] {
  return flags.filter((flag) => appliesTo(flag, command))
}

/** The `options` argument of `util.parseArgs` for the whole table. */
export function parseArgsOptions(): Record<string, {type: 'boolean' | 'string'; short?: string; multiple?: boolean}> {
  const options: Record<string, {type: 'boolean' | 'string'; short?: string; multiple?: boolean}> = {}
  for (const flag of flags) {
    options[flag.name] = {
      type: flag.type,
      ...(flag.short ? {short: flag.short} : {}),
      ...(flag.multiple ? {multiple: true} : {})
    }
  }
  return options
}
