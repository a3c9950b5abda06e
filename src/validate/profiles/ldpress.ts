/**
 * The `ldpress` profile: the contract of ldpress's own extract output
 * (`schemas/ldpress-output.schema.json`), checked on the whole document.
 */
import {runValidator} from '../ajv-diagnostics.js'
import {ldpressOutput, schemaIds} from '../generated/validators.js'
import type {Profile} from './types.js'

/** Check the whole document against the output contract. */
export const ldpressProfile: Profile = ({document}) =>
  runValidator(document, {validator: ldpressOutput, schemaId: schemaIds.ldpressOutput, source: 'ldpress'})
