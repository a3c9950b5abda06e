import type {Diagnostic} from '../../src/types.js'

/** A NewsArticle that follows every Google recommendation (after Google's own example). */
export function goodArticle(): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Russia willing to allow volunteer fighters from West Asia to join fight against Ukraine',
    image: [
      'https://news.example/photos/1x1/photo.jpg',
      {'@type': 'ImageObject', url: 'https://news.example/photos/16x9/photo.jpg', width: 1600, height: 900}
    ],
    datePublished: '2022-03-11T08:00:00+03:00',
    dateModified: '2022-03-11T09:20:00+03:00',
    author: [
      {'@type': 'Person', name: 'Jane Doe', url: 'https://news.example/staff/jane-doe'},
      {'@type': 'Organization', name: 'News Desk', url: 'https://news.example/'}
    ]
  }
}

/** Rule ids, for compact assertions. */
export function ruleIds(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => d.ruleId)
}

/** 1-based line and column of the `occurrence`-th `needle` in `text`. */
export function positionOf(text: string, needle: string, occurrence = 1): {line: number; column: number} {
  let index = -1
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(needle, index + 1)
    if (index === -1) throw new Error(`${needle} not found`)
  }
  const before = text.slice(0, index).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}
