/**
 * SARIF logs checked against the SARIF 2.1.0 JSON schema (rtm.5, the
 * revision Microsoft's SARIF SDK ships and validates with; it comes from
 * `@microsoft/jest-sarif`, a dev dependency). The schema is draft-04, so a
 * draft-04 Ajv compiles it, strictly except for the `format`s it names.
 */
import {createRequire} from 'node:module'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import AjvDraft4 from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {formatters} from '../../src/cli/formats/index.js'
import {error, info, render, warning} from './formats-fixtures.js'
import {root, run, temporaryFolder} from './run.js'

const require = createRequire(import.meta.url)
const schemaFile = join(require.resolve('@microsoft/jest-sarif/package.json'), '../lib/schemas/sarif-2.1.0-rtm.5.json')
const ajv = new AjvDraft4({allErrors: true, strict: false, unicodeRegExp: false}) // the schema's language pattern has a stray ']', invalid with the u flag
addFormats(ajv)
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')))

function expectValid(text: string): void {
  const log = JSON.parse(text) as unknown
  const valid = validateSarif(log)
  expect(valid ? [] : validateSarif.errors).toStrictEqual([])
}

describe('SARIF against the SARIF 2.1.0 schema', () => {
  it('the schema rejects what it should (the check can fail)', () => {
    expect(validateSarif({version: '2.1.0', runs: [{tool: {driver: {}}}]})).toBe(false)
    expect(validateSarif({version: '2.1.0', runs: [{tool: {driver: {name: 'x'}}, results: [{message: {text: 'm'}, level: 'fatal'}]}]})).toBe(false)
  })

  it('a log with errors, warnings, notes, odd paths and no location is valid', () => {
    expectValid(
      render(formatters.sarif, [
        {name: 'site/a.html', diagnostics: [error, warning]},
        {name: 'b.html', diagnostics: []},
        {name: '/repo/c d.jsonld', diagnostics: [info, {...error, line: 7}]},
        {name: '../out/#x.html', diagnostics: [error]},
        {name: '<stdin>', diagnostics: [warning]}
      ])
    )
    expectValid(render(formatters.sarif, [{name: 'a.html', diagnostics: []}]))
  })

  it('the CLI’s SARIF for real pages, and the merge of SARIF shards, are valid', async () => {
    const folder = await temporaryFolder()
    try {
      const pages = [join(root, 'test/fixtures'), join(root, 'examples')]
      const whole = await run(['validate', ...pages, '-f', 'sarif', '--jobs', '1'], {cwd: root})
      expect(JSON.parse(whole.stdout).runs[0].results.length).toBeGreaterThan(0)
      expectValid(whole.stdout)
      const shards: string[] = []
      for (const index of [1, 2]) {
        const file = join(folder.path, `shard-${index}.sarif`)
        await run(['validate', ...pages, '-f', 'sarif', '-o', file, '--jobs', '1', '--shard', `${index}/2`], {cwd: root})
        shards.push(file)
      }
      expectValid((await run(['merge', ...shards], {cwd: root})).stdout)
    } finally {
      await folder.remove()
    }
  }, 60_000)
})
