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

/** Formatter factories by `--format` name. */
export const formatters: Readonly<Record<FormatName, FormatterFactory>> = {stylish, unix, json, github, sarif, junit}

export {useColor} from './color.js'
