import {describe, expect, it} from 'vitest'
import {useColor} from '../../src/cli/formats/color.js'
import {formatters} from '../../src/cli/formats/index.js'
import {error, info, render, warning} from './formats-fixtures.js'

describe('stylish', () => {
  it("looks like ESLint's: file header, aligned rows, a problem count", () => {
    const text = render(formatters.stylish, [
      {name: 'a.html', diagnostics: [warning, error, {...error, line: 12, column: 40, message: 'Short'}]},
      {name: 'b.html', diagnostics: []}
    ])
    expect(text).toBe(
      [
        '',
        'a.html',
        "         warning  author has no url or sameAs (at /author/0)  google/article-author-url",
        "  3:5    error    Unknown property 'hedline'                  schema.org/unknown-property",
        '  12:40  error    Short                                       schema.org/unknown-property',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        ''
      ].join('\n')
    )
  })

  it('prints nothing for a clean run, and counts infos when shown', () => {
    expect(render(formatters.stylish, [{name: 'a.html', diagnostics: []}])).toBe('')
    expect(render(formatters.stylish, [{name: 'a.html', diagnostics: [info]}])).toMatch(/\n✖ 1 problem \(0 errors, 0 warnings, 1 info\)\n$/)
  })

  it('colours only when asked, and never breaks the alignment', () => {
    const plain = render(formatters.stylish, [{name: 'a.html', diagnostics: [error, warning]}])
    const coloured = render(formatters.stylish, [{name: 'a.html', diagnostics: [error, warning]}], {color: true})
    expect(plain).not.toContain('\u001B[')
    expect(coloured).toContain('\u001B[31merror\u001B[39m')
    expect(coloured.replace(/\u001B\[\d+m/g, '')).toBe(plain)
  })
})

describe('when to colour', () => {
  it('a terminal gets colour, a pipe or file does not', () => {
    expect(useColor({}, true)).toBe(true)
    expect(useColor({}, false)).toBe(false)
    expect(useColor({TERM: 'dumb'}, true)).toBe(false)
  })

  it('NO_COLOR turns it off; FORCE_COLOR wins both ways', () => {
    expect(useColor({NO_COLOR: '1'}, true)).toBe(false)
    expect(useColor({NO_COLOR: ''}, true)).toBe(true)
    expect(useColor({FORCE_COLOR: '1'}, false)).toBe(true)
    expect(useColor({FORCE_COLOR: '1', NO_COLOR: '1'}, false)).toBe(true)
    expect(useColor({FORCE_COLOR: '0'}, true)).toBe(false)
    expect(useColor({FORCE_COLOR: 'false'}, true)).toBe(false)
  })
})
