/**
 * The hostile-input properties (test/hostile/properties.ts), a few runs each,
 * from a fixed seed so that `npm test` (and CI) gives the same verdict every
 * time; `npm run fuzz` explores fresh seeds. Another seed, or a failure's
 * replay:
 * `LDPRESS_FUZZ_SEED=<seed> LDPRESS_FUZZ_PATH=<path> npx vitest run test/hostile/fuzz.test.ts`
 * or `node --import tsx bench/fuzz.ts --property '<name>' --seed=<seed> --path=<path>`.
 * The long run is `npm run fuzz -- --runs N` (bench/fuzz.ts).
 */
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {checkNoPollution, hostileProperties} from './properties.js'

const seed = process.env.LDPRESS_FUZZ_SEED === undefined ? 20_261_125 : Number(process.env.LDPRESS_FUZZ_SEED)
const path = process.env.LDPRESS_FUZZ_PATH

describe('hostile input: properties', () => {
  for (const property of hostileProperties('quick')) {
    it(property.name, {timeout: 60_000}, () => {
      fc.assert(
        fc.property(property.arbitrary, (value) => {
          property.check(value)
        }),
        {numRuns: property.quickRuns, seed, ...(path === undefined ? {} : {path})}
      )
    })
  }

  afterAll(() => {
    // Nothing the runs fed in (`__proto__`, `constructor.prototype` keys) reached a built-in prototype.
    expect(() => checkNoPollution()).not.toThrow()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
