import {describe, expect, it} from 'vitest'
import {validate} from '../../src/validate/index.js'
import {goodArticle, ruleIds} from './helpers.js'

const google = {profiles: ['google' as const]}
const DOCS = 'https://developers.google.com/search/docs/appearance/structured-data/article'

function withAuthorName(name: string): Record<string, unknown> {
  return {...goodArticle(), author: {'@type': 'Person', name, url: 'https://news.example/staff/a'}}
}

describe('google profile: date order', () => {
  it('passes dateModified after or equal to datePublished', () => {
    expect(validate({...goodArticle(), dateModified: '2022-03-11T08:00:00+03:00'}, google).diagnostics).toEqual([])
    // Same instant in another zone.
    expect(validate({...goodArticle(), dateModified: '2022-03-11T05:00:00Z'}, google).diagnostics).toEqual([])
    // A bare date on the day of publication is not "before" it.
    expect(ruleIds(validate({...goodArticle(), dateModified: '2022-03-11'}, google).diagnostics)).not.toContain('google/article-date-order')
  })

  it('reports dateModified before datePublished as an error on dateModified', () => {
    const result = validate({...goodArticle(), dateModified: '2022-03-10T23:00:00+03:00'}, google)
    expect(result.valid).toBe(false)
    expect(result.diagnostics).toEqual([
      {
        ruleId: 'google/article-date-order',
        severity: 'error',
        message: expect.stringContaining('is before `datePublished`'),
        path: '/dateModified',
        source: 'google',
        url: `${DOCS}#structured-data-type-definitions`
      }
    ])
    expect(ruleIds(validate({...goodArticle(), datePublished: '2022-03-12', dateModified: '2022-03-11'}, google).diagnostics)).toContain(
      'google/article-date-order'
    )
    // Compared as instants across zones: 08:00+03:00 is 05:00Z, so 04:59Z is before it.
    expect(ruleIds(validate({...goodArticle(), dateModified: '2022-03-11T04:59:00Z'}, google).diagnostics)).toEqual(['google/article-date-order'])
  })

  it('leaves malformed dates to google/article-date-format', () => {
    expect(ruleIds(validate({...goodArticle(), dateModified: 'March 1, 2022'}, google).diagnostics)).toEqual(['google/article-date-format'])
  })
})

describe('google profile: author name is only the name', () => {
  it('passes plain names, including ones that start like an honorific or contain a title word', () => {
    for (const name of ['Drew Harwell', 'Misty Copeland', 'Mrinal Sen', 'Sirisha Bandla', 'Jane Editorson', 'Ann Reporterova']) {
      expect(validate(withAuthorName(name), google).diagnostics, name).toEqual([])
    }
  })

  it('warns about an honorific', () => {
    for (const name of ['Dr. Jane Doe', 'Dr Jane Doe', 'Prof. Jane Doe', 'Professor Jane Doe', 'Mr John Doe', 'Mrs. Jane Doe', 'Ms Jane Doe', 'Sir John Doe']) {
      const result = validate(withAuthorName(name), google)
      expect(result.valid, name).toBe(true)
      expect(result.diagnostics, name).toEqual([
        expect.objectContaining({ruleId: 'google/article-author-name-honorific', severity: 'warning', path: '/author/name', url: `${DOCS}#author-bp`})
      ])
    }
  })

  it('warns about a job title', () => {
    for (const name of ['Jane Doe Staff Writer', 'Jane Doe - Editor', 'Jane Doe (Correspondent)', 'Senior Reporter Jane Doe']) {
      expect(ruleIds(validate(withAuthorName(name), google).diagnostics), name).toEqual(['google/article-author-name-title'])
    }
    // With a comma it is also flagged as possibly several people.
    expect(ruleIds(validate(withAuthorName('Jane Doe, Staff Writer'), google).diagnostics).sort()).toEqual([
      'google/article-author-name-single',
      'google/article-author-name-title'
    ])
  })

  it('does not apply name-only rules to Organization authors', () => {
    const article = {...goodArticle(), author: {'@type': 'Organization', name: 'The Editors', url: 'https://news.example/'}}
    expect(validate(article, google).diagnostics).toEqual([])
  })

  it('warns about several people in one name (" and ", ",", "&")', () => {
    for (const name of ['Jane Doe and John Roe', 'Jane Doe, John Roe', 'Jane Doe & John Roe']) {
      expect(ruleIds(validate(withAuthorName(name), google).diagnostics), name).toEqual(['google/article-author-name-single'])
    }
  })
})

describe('google profile: author name is not the publisher', () => {
  const publisher = {'@type': 'NewsMediaOrganization', name: 'Daily Example', url: 'https://news.example/'}

  it('passes a person author next to a publisher, and the publisher as an Organization author', () => {
    expect(validate({...goodArticle(), publisher}, google).diagnostics).toEqual([])
    const article = {...goodArticle(), publisher, author: {'@type': 'Organization', name: 'Daily Example', url: 'https://news.example/'}}
    expect(validate(article, google).diagnostics).toEqual([])
  })

  it('warns about a Person author named like the publisher, also through @id references', () => {
    const article = {
      ...goodArticle(),
      publisher,
      author: [{'@type': 'Person', name: '  daily example ', url: 'https://news.example/'}, {'@type': 'Person', name: 'Jane Doe', url: 'https://news.example/jane'}]
    }
    expect(validate(article, google).diagnostics).toEqual([
      {
        ruleId: 'google/article-author-name-publisher',
        severity: 'warning',
        message: expect.stringContaining("publisher's name"),
        path: '/author/0/name',
        source: 'google',
        url: `${DOCS}#author-bp`
      }
    ])
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {...goodArticle(), '@context': undefined, author: {'@id': '#a'}, publisher: {'@id': '#p'}},
        {'@id': '#a', '@type': 'Person', name: 'Daily Example', url: 'https://news.example/'},
        {'@id': '#p', ...publisher}
      ]
    }
    const diagnostics = validate(JSON.parse(JSON.stringify(graph)), google).diagnostics
    expect(diagnostics).toEqual([expect.objectContaining({ruleId: 'google/article-author-name-publisher', path: '/@graph/1/name'})])
  })
})

describe('google profile: image URL', () => {
  it('passes absolute http(s) image URLs and warns about relative ones', () => {
    expect(validate({...goodArticle(), image: 'http://news.example/a.jpg'}, google).diagnostics).toEqual([])
    for (const image of ['/photos/a.jpg', 'photos/a.jpg', 'data:image/png;base64,AAAA', {'@type': 'ImageObject', url: '//cdn.example/a.jpg'}]) {
      expect(ruleIds(validate({...goodArticle(), image}, google).diagnostics), JSON.stringify(image)).toEqual(['google/article-image-url'])
    }
  })
})
