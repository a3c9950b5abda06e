import {describe, expect, it} from 'vitest'
import {validate} from '../../src/validate/index.js'
import {ruleIds} from './helpers.js'

const url = 'https://news.example/world/russia-volunteer-fighters-west-asia'

/** The output contract of DESIGN.md §2, for the sample article. */
function output(): {'@context': string; '@graph': Array<Record<string, unknown>>} {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': `${url}#article`,
        headline: 'Russia willing to allow ‘volunteer fighters’ from West Asia to join fight against Ukraine',
        description: 'Moscow says 16,000 volunteers from the Middle East are ready to fight',
        datePublished: '2022-03-11',
        author: [{'@id': 'https://news.example/#/schema/person/0f3c2a'}],
        publisher: {'@id': 'https://news.example/#organization'},
        image: [{'@id': `${url}#image-1`}],
        mainEntityOfPage: {'@id': `${url}#webpage`},
        about: [{'@id': 'https://news.example/#/schema/entity/russia'}],
        mentions: [],
        inLanguage: 'en',
        keywords: ['Russia', 'Ukraine'],
        wordCount: 412,
        isAccessibleForFree: true
      },
      {'@type': 'WebPage', '@id': `${url}#webpage`, url, name: 'Russia willing to allow volunteer fighters'},
      {'@type': 'Organization', '@id': 'https://news.example/#/schema/person/0f3c2a', name: 'News Desk'},
      {'@type': 'NewsMediaOrganization', '@id': 'https://news.example/#organization', name: 'The Cradle', url: 'https://news.example/'},
      {'@type': 'ImageObject', '@id': `${url}#image-1`, url: 'https://news.example/a.jpg', contentUrl: 'https://news.example/a.jpg', caption: 'Russian defence minister Sergei Shoigu', creditText: 'AP Photo/Alexei Alexandrov'},
      {'@type': 'Country', '@id': 'https://news.example/#/schema/entity/russia', name: 'Russia', sameAs: 'https://www.wikidata.org/wiki/Q159'}
    ]
  }
}

const ldpress = (document: unknown) => validate(document, {profiles: ['ldpress']}).diagnostics

describe('ldpress profile: the output contract', () => {
  it('accepts a document that follows the contract', () => {
    expect(ldpress(output())).toEqual([])
  })

  it('reports a bad date and an unexpected property with their rules; a missing headline is for the google profile', () => {
    const document = output()
    const article = document['@graph'][0]!
    delete article['headline']
    article['datePublished'] = 'March 11 2022'
    article['headLine'] = 'x'
    expect(ldpress(document).map((d) => [d.ruleId, d.path])).toEqual([
      ['ldpress/article', '/@graph/0/headLine'],
      ['ldpress/date', '/@graph/0/datePublished']
    ])
  })

  it('requires author to be an array of @id references', () => {
    const document = output()
    document['@graph'][0]!['author'] = [{'@type': 'Person', name: 'Jane'}]
    expect(ruleIds(ldpress(document))).toEqual(['ldpress/reference', 'ldpress/reference', 'ldpress/reference'])
  })

  it('requires exactly one NewsArticle, the exact context and known node types', () => {
    const document = output()
    document['@context'] = 'http://schema.org/'
    document['@graph'].push({...document['@graph'][0]!, '@id': '#second'}, {'@type': 'Event', '@id': '#e'})
    expect(ruleIds(ldpress(document))).toEqual(['ldpress/context', 'ldpress/graph-article', 'ldpress/node'])
  })

  it('places unexpected-property findings on the member name in JSON text', () => {
    const document = output()
    document['@graph'][1]!['extra'] = 1
    const text = JSON.stringify(document, null, 2)
    const finding = validate(text, {profiles: ['ldpress']}).diagnostics[0]!
    expect(finding.ruleId).toBe('ldpress/webpage')
    expect(text.split('\n')[finding.line! - 1]!.slice(finding.column! - 1)).toMatch(/^"extra"/)
  })
})

describe('ldpress profile: shapes that are not a graph', () => {
  it('reports a document that is not an @graph document once per problem', () => {
    expect(ldpress({'@context': 'https://schema.org', '@graph': {}}).map((d) => [d.ruleId, d.path])).toEqual([['ldpress/graph', '/@graph']])
    expect(ruleIds(ldpress([]))).toEqual(['ldpress/document'])
  })
})
