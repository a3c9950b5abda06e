import {describe, expect, test} from 'vitest'
import {tokenize} from '../../src/entities/tokens.js'

describe('tokenize', () => {
  // The one-character branch of the token pattern became `\S` (cheaper to compile than `[^\s\p{L}\p{N}]`):
  // the same tokens, by the pattern before the change, for punctuation, symbols, astral and lone surrogates, marks.
  test('punctuation, symbols, emoji, lone surrogates and combining marks are one-character tokens, as before', () => {
    const text = 'Russia’s “volunteer fighters” — 😀 al-Sham, U.S. Mr. Putin \ud83d said: NATO\u0301 ٣٤ 東京.'
    expect(tokenize(text).map((token) => token.text)).toEqual(['Russia', "'s", '“', 'volunteer', 'fighters', '”', '—', '😀', 'al-Sham', ',', 'U.S', '.', 'Mr.', 'Putin', '\ud83d', 'said', ':', 'NATO', '\u0301', '٣٤', '東京', '.'])
  })
})
