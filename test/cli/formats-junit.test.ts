import {describe, expect, it} from 'vitest'
import {formatters} from '../../src/cli/formats/index.js'
import {error, info, render, warning} from './formats-fixtures.js'

/** A tiny well-formedness check: balanced tags, quoted attributes, only the five entities and numeric references, no raw `<` or `&`. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml [^?]*\?>\n/, '')
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(body)) return false
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(body)) return false
  const stack: string[] = []
  for (const match of body.matchAll(/<[^>]*>|[^<]+/g)) {
    const token = match[0]
    if (!token.startsWith('<')) continue
    const tag = /^<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>$/.exec(token)
    if (!tag) return false
    const [, closing, name, , selfClosing] = tag
    if (closing) {
      if (stack.pop() !== name) return false
    } else if (!selfClosing) stack.push(name!)
  }
  return stack.length === 0
}

describe('junit', () => {
  const xml = render(formatters.junit, [
    {name: 'a.html', diagnostics: [error, warning, {...error, line: undefined, column: undefined}]},
    {name: 'b.html', diagnostics: []}
  ])

  it('has a test case per file and a failure per error, in a suite per file', () => {
    expect(wellFormed(xml)).toBe(true)
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="ldpress">',
        '  <testsuite name="a.html" tests="1" failures="2" errors="0" skipped="0">',
        '    <testcase classname="a.html" name="a.html">',
        '      <failure message="schema.org/unknown-property: Unknown property \'hedline\'" type="schema.org/unknown-property">3:5 /hedline</failure>',
        '      <failure message="schema.org/unknown-property: Unknown property \'hedline\'" type="schema.org/unknown-property">/hedline</failure>',
        '      <system-out>a.html warning author has no url or sameAs (at /author/0) google/article-author-url</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="b.html" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase classname="b.html" name="b.html">',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        ''
      ].join('\n')
    )
  })

  it('puts infos (under --verbose) with the warnings, not as failures', () => {
    const text = render(formatters.junit, [{name: 'c.html', diagnostics: [info]}])
    expect(text).toContain('failures="0"')
    expect(text).toContain('<system-out>c.html:1:2 info og:title is not schema.org schema.org/external-vocabulary</system-out>')
  })

  it('escapes <&" and replaces characters XML 1.0 cannot carry', () => {
    const odd = {...error, ruleId: 'x/<&">', message: 'a < b && "c"\u0001\nd'}
    const text = render(formatters.junit, [{name: 'q"<&>\u0001.html', diagnostics: [odd, {...warning, message: '<&>\u0002'}]}])
    expect(wellFormed(text)).toBe(true)
    expect(text).toContain('<testcase classname="q&quot;&lt;&amp;&gt;\uFFFD.html" name="q&quot;&lt;&amp;&gt;\uFFFD.html">')
    expect(text).toContain('<failure message="x/&lt;&amp;&quot;&gt;: a &lt; b &amp;&amp; &quot;c&quot;\uFFFD&#10;d" type="x/&lt;&amp;&quot;&gt;">')
    expect(text).toContain('&lt;&amp;&gt;\uFFFD (at /author/0)')
    expect(text).not.toMatch(/[\u0001\u0002]/)
  })

  it('the check above catches broken XML', () => {
    expect(wellFormed('<a><b></a>')).toBe(false)
    expect(wellFormed('<a x="1">&</a>')).toBe(false)
    expect(wellFormed('<a>\u0001</a>')).toBe(false)
  })
})
