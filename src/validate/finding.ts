import type {Diagnostic} from '../types.js'

/**
 * A diagnostic before positions are added. `at: 'key'` places it on the
 * member name rather than on the value (unknown or unexpected properties).
 */
export type Finding = Diagnostic & {at?: 'key'}
