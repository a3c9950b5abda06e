import {describe, expect, it} from 'vitest'
import {validateHtml} from '../../src/index.js'
import {at, read} from './helpers.js'

const page = (itemtype: string) =>
  `<!doctype html><html><body>\n<div class="x"\n  itemscope data-a='>' ${itemtype}>\n<h1 itemprop="headline">Hi</h1></div></body></html>`

describe('markup/invalid-itemtype', () => {
  for (const [value, name] of [
    ['schema.org/Article', 'Article'],
    ['//schema.org/Article', 'Article'],
    ['www.schema.org/NewsArticle', 'NewsArticle']
  ] as const) {
    it(`reads itemtype="${value}" as schema.org ${name}, with a warning at the attribute`, () => {
      const result = read(page(`itemtype="${value}"`))
      expect(result.blocks[0]!.data).toEqual({'@context': 'https://schema.org', '@type': name, headline: 'Hi'})
      const [diagnostic] = result.diagnostics
      expect(diagnostic).toMatchObject({ruleId: 'markup/invalid-itemtype', severity: 'warning', line: 3})
      expect(diagnostic!.message).toContain(`"${value}"`)
      expect(diagnostic!.message).toContain(`https://schema.org/${name}`)
      expect(at(result.text, diagnostic!, 8)).toBe('itemtype')
    })
  }

  it('reads a bare name as the schema.org type it names, so validation judges the type, not a missing context', () => {
    const {diagnostics} = validateHtml(page('ITEMTYPE=Article'), {profiles: ['schema.org']})
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['markup/invalid-itemtype'])
    const lower = validateHtml(page('itemtype="article"')).diagnostics.map((d) => d.ruleId)
    expect(lower).toContain('schema.org/unknown-type')
    expect(lower).not.toContain('jsonld/missing-context')
  })

  it('does not read other relative values as schema.org', () => {
    const result = read(page('itemtype="data-vocabulary.org/Breadcrumb"'))
    expect(result.diagnostics[0]!.message).toContain('write an absolute URL')
    expect(result.blocks[0]!.data).toEqual({'@type': 'data-vocabulary.org/Breadcrumb', headline: 'Hi'})
  })

  it('reports nothing for absolute URLs', () => {
    expect(read(page('itemtype="https://schema.org/Article"')).diagnostics).toEqual([])
  })

  it('falls back to the element start when the attribute cannot be found in the text', () => {
    const result = read('<div itemscope itemtype="schema.org/Article"></div>')
    expect(result.diagnostics[0]).toMatchObject({line: 1, column: 16})
  })
})
