/**
 * schema.org's examples: reading the microdata and the RDFa of an example
 * gives the same nodes as its JSON-LD, after `normalise()` (see examples.ts).
 * Where schema.org's own markup differs between syntaxes, the example is in
 * `knownDifferences` with the reason and the exact differences.
 */
import {describe, expect, it} from 'vitest'
import {knownDifferences} from './examples-differences.js'
import {differences, loadExamples, normalNodes} from './examples.js'

const examples = loadExamples(new URL('../fixtures-vocab/examples-dev.txt', import.meta.url))
const pairs = examples.flatMap((example) =>
  example.json === undefined
    ? []
    : (['microdata', 'rdfa'] as const).flatMap((syntax) => (example[syntax] === undefined ? [] : [{key: `${example.id} ${syntax}`, example, syntax, markup: example[syntax]!, json: example.json!}]))
)

describe('schema.org examples file', () => {
  it('parses every example', () => {
    expect(examples).toHaveLength(234)
    expect(new Set(examples.map((example) => example.id)).size).toBe(234)
  })

  it('has many examples with JSON-LD and microdata or RDFa', () => {
    expect(pairs.filter((pair) => pair.syntax === 'microdata').length).toBeGreaterThanOrEqual(75)
    expect(pairs.filter((pair) => pair.syntax === 'rdfa').length).toBeGreaterThanOrEqual(75)
  })
})

describe('microdata and RDFa read as their JSON-LD', () => {
  it.each(pairs.map((pair) => [pair.key, pair] as const))('%s', (key, {syntax, markup, json}) => {
    const fromJson = normalNodes(json, 'json-ld')
    const fromMarkup = normalNodes(markup, syntax)
    expect(fromJson.nodes.length + fromMarkup.nodes.length).toBeGreaterThan(0)
    expect(differences(fromJson.nodes, fromMarkup.nodes, ['json', syntax])).toEqual(knownDifferences[key]?.differences ?? [])
  })

  it('lists only pairs that exist, each with a reason', () => {
    const keys = new Set(pairs.map((pair) => pair.key))
    for (const [key, entry] of Object.entries(knownDifferences)) {
      expect(keys.has(key), key).toBe(true)
      expect(entry.reason.length).toBeGreaterThan(10)
      expect(entry.differences.length).toBeGreaterThan(0)
    }
  })

  it('most pairs are equal', () => {
    const equal = pairs.length - Object.keys(knownDifferences).length
    expect(equal).toBeGreaterThanOrEqual(60)
  })
})
