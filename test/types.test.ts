/** Type-level checks: `npm run typecheck` fails if these stop holding. */
import type {Graph} from 'schema-dts'
import {expect, expectTypeOf, test} from 'vitest'
import {extract, toJsonLd, validate, type Diagnostic, type ExtractResult} from '../src/index.js'

test('the public API has the contract’s types', () => {
  expectTypeOf(extract).parameter(0).toEqualTypeOf<string | Uint8Array>()
  expectTypeOf<ExtractResult['graph']>().toEqualTypeOf<Graph>()
  expectTypeOf(validate).returns.toEqualTypeOf<{valid: boolean; diagnostics: Diagnostic[]}>()
  expectTypeOf(toJsonLd).returns.toBeString()
  expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>()
  // @ts-expect-error: a page is text or bytes, not a number.
  expect(() => extract(42)).toThrow(TypeError)
  // @ts-expect-error: options are an object.
  expect(() => extract('', 'https://x.example/')).not.toThrow()
})
