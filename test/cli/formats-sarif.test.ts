import {describe, expect, it} from 'vitest'
import {formatters} from '../../src/cli/formats/index.js'
import {artifactLocation, fingerprintKey} from '../../src/cli/formats/sarif.js'
import {version} from '../../src/cli/version.js'
import {error, info, render, warning} from './formats-fixtures.js'

const sarifOf = (text: string) => JSON.parse(text)

describe('sarif', () => {
  const log = sarifOf(
    render(formatters.sarif, [
      {name: 'site/a.html', diagnostics: [error, warning]},
      {name: 'b.html', diagnostics: []},
      {name: '/repo/c d.jsonld', diagnostics: [info, {...error, line: 7}]}
    ])
  )
  const [run] = log.runs

  it('is a SARIF 2.1.0 log with one run', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(Object.keys(run).sort()).toEqual(['results', 'tool'])
  })

  it('names the tool and every rule that occurred, once, with docs and a default level', () => {
    expect(run.tool.driver).toStrictEqual({
      name: 'ldpress',
      version,
      informationUri: 'https://www.npmjs.com/package/ldpress',
      rules: [
        {id: 'schema.org/unknown-property', helpUri: 'https://www.npmjs.com/package/ldpress#rules', defaultConfiguration: {level: 'error'}},
        {id: 'google/article-author-url', helpUri: 'https://www.npmjs.com/package/ldpress#rules', defaultConfiguration: {level: 'warning'}},
        {id: 'schema.org/external-vocabulary', helpUri: 'https://www.npmjs.com/package/ldpress#rules', defaultConfiguration: {level: 'note'}}
      ]
    })
  })

  it('gives each result its rule index, level, message, relative URI and region', () => {
    expect(run.results).toHaveLength(4)
    const [first, second, third] = run.results
    expect(first).toStrictEqual({
      ruleId: 'schema.org/unknown-property',
      ruleIndex: 0,
      level: 'error',
      message: {text: "Unknown property 'hedline'"},
      locations: [{physicalLocation: {artifactLocation: {uri: 'site/a.html', uriBaseId: '%SRCROOT%'}, region: {startLine: 3, startColumn: 5}}}],
      partialFingerprints: {[fingerprintKey]: expect.stringMatching(/^[0-9a-f]{32}$/)}
    })
    expect(second.locations).toStrictEqual([{physicalLocation: {artifactLocation: {uri: 'site/a.html', uriBaseId: '%SRCROOT%'}}}])
    expect(second).toMatchObject({ruleIndex: 1, level: 'warning', message: {text: 'author has no url\nor sameAs'}})
    expect(third).toMatchObject({ruleIndex: 2, level: 'note'})
    expect(third.locations[0].physicalLocation.artifactLocation).toStrictEqual({uri: 'c%20d.jsonld', uriBaseId: '%SRCROOT%'})
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
  })

  it('fingerprints do not depend on the line, but on rule, file, path and message', () => {
    const fingerprint = (result: {partialFingerprints: Record<string, string>}) => result.partialFingerprints[fingerprintKey]
    const [, , , moved] = run.results
    expect(fingerprint(moved)).not.toBe(fingerprint(run.results[0]))
    const again = sarifOf(render(formatters.sarif, [{name: '/repo/c d.jsonld', diagnostics: [{...error, line: 99, column: 1}]}])).runs[0].results[0]
    expect(fingerprint(again)).toBe(fingerprint(moved))
    const otherPath = sarifOf(render(formatters.sarif, [{name: '/repo/c d.jsonld', diagnostics: [{...error, path: '/other'}]}])).runs[0].results[0]
    expect(fingerprint(otherPath)).not.toBe(fingerprint(moved))
  })

  it('is valid JSON with no results', () => {
    expect(sarifOf(render(formatters.sarif, [{name: 'a.html', diagnostics: []}])).runs[0]).toStrictEqual({
      results: [],
      tool: {driver: {name: 'ldpress', version, informationUri: 'https://www.npmjs.com/package/ldpress', rules: []}}
    })
  })

  it('makes URIs relative to the working folder with forward slashes, absolute file URLs outside it', () => {
    expect(artifactLocation('sub/dir/a.html', '/repo')).toStrictEqual({uri: 'sub/dir/a.html', uriBaseId: '%SRCROOT%'})
    expect(artifactLocation('/repo/sub/#1.html', '/repo')).toStrictEqual({uri: 'sub/%231.html', uriBaseId: '%SRCROOT%'})
    expect(artifactLocation('../elsewhere/a.html', '/repo')).toStrictEqual({uri: 'file:///elsewhere/a.html'})
    expect(artifactLocation('<stdin>', '/repo')).toStrictEqual({uri: 'stdin'})
  })
})
