/**
 * Regression fixtures: `test/fixtures/<case>/source.html` (a page trimmed to
 * what the case needs) and `case.json`:
 *   {"why": "what broke", "url": "https://…" (optional), "expect": {…article fields…}, "absent": ["field", …]}
 * `expect` is matched against `extract().article` with `toMatchObject`;
 * fields in `absent` must not be extracted (a wrong value is worse than none).
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {extract} from '../src/index.js'

const root = path.join(import.meta.dirname, 'fixtures')
const cases = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'case.json'))).sort()

describe('fixtures', () => {
  test('there are fixtures', () => {
    expect(cases.length).toBeGreaterThan(0)
  })
  test.each(cases)('%s', (name) => {
    const spec = JSON.parse(readFileSync(path.join(root, name, 'case.json'), 'utf8')) as {url?: string; expect?: object; absent?: string[]}
    const {article} = extract(readFileSync(path.join(root, name, 'source.html')), spec.url ? {url: spec.url} : {})
    if (spec.expect) expect(article).toMatchObject(spec.expect)
    for (const field of spec.absent ?? []) expect(article, `${field} should not be extracted`).not.toHaveProperty(field)
  })
})
