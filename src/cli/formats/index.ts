/**
 * The report formats of `ldpress validate`, by `--format` name.
 */
import type {FormatName} from '../flags.js'
import type {FormatterFactory} from '../report.js'
import {github} from './github.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import {unix} from './unix.js'

/** Formatter factories by `--format` name, but `html` (see `loadFormatter`). */
export const formatters: Readonly<Record<Exclude<FormatName, 'html'>, FormatterFactory>> = {stylish, unix, json, github, sarif, junit}

/** The factory of a format; `html` (the report renderer) is imported on first use, so the CLI starts without it. */
export async function loadFormatter(name: FormatName): Promise<FormatterFactory> {
  if (name === 'html') return (await import('./html.js')).html
  return formatters[name]
}

export {useColor} from './color.js'
