import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {bufferedLines} from '../../src/cli/formats/github.js'
import {formatters} from '../../src/cli/formats/index.js'
import type {Diagnostic} from '../../src/types.js'
import {error, info, oneWarningJsonLd, render, runWith, warning} from './formats-fixtures.js'
import {brokenPage} from './fixtures.js'
import {temporaryFolder} from './run.js'

const many = (diagnostic: Diagnostic, count: number) => Array.from({length: count}, (_, index) => ({...diagnostic, line: index + 1}))

describe('github', () => {
  it('escapes % CR LF in messages, and : , too in properties', () => {
    const odd: Diagnostic = {...error, ruleId: 'x/a:b,c', message: '100% sure\r\nnext: line, end'}
    const [line] = render(formatters.github, [{name: 'dir:1/a,b%.html', diagnostics: [odd]}]).split('\n')
    expect(line).toBe('::error file=dir%3A1/a%2Cb%25.html,line=3,col=5,title=x/a%3Ab%2Cc::100%25 sure%0D%0Anext: line, end')
  })

  it('writes every error before any warning, across files; notices last', () => {
    const lines = render(formatters.github, [
      {name: 'a.html', diagnostics: [warning, error, info]},
      {name: 'b.html', diagnostics: [warning, error]}
    ]).split('\n')
    expect(lines.map((line) => /^::(\w+) file=(\w)/.exec(line)?.slice(1).join(' '))).toEqual(['error a', 'error b', 'warning a', 'warning b', 'notice a', undefined, undefined])
    expect(lines.at(-2)).toBe('2 errors, 2 warnings in 2 files')
  })

  it('says when a level has more than the 10 annotations GitHub shows', () => {
    const text = render(formatters.github, [{name: 'a.html', diagnostics: [...many(error, 11), ...many(warning, 10)]}])
    const notes = text.split('\n').filter((line) => line.startsWith('ldpress: '))
    expect(notes).toEqual([
      'ldpress: 11 errors; GitHub shows only the first 10 as annotations, all are listed in this job log (--format json, sarif or junit -o FILE lists every one)'
    ])
  })

  it('keeps a bounded number of warnings for the end and says so', () => {
    const text = render(formatters.github, [{name: 'a.html', diagnostics: many(warning, bufferedLines + 5)}])
    expect(text.split('\n').filter((line) => line.startsWith('::warning'))).toHaveLength(bufferedLines)
    expect(text).toContain(`ldpress: ${bufferedLines + 5} warnings; GitHub shows only the first 10 as annotations, the first ${bufferedLines} are listed in this job log`)
  })

  it('builds a Markdown step summary: totals, top rules, files with errors', () => {
    const formatter = formatters.github({cwd: '/repo', color: false})
    formatter.file({name: 'a|b.html', diagnostics: [error, error, warning]}, 0)
    formatter.file({name: 'c.html', diagnostics: [warning]}, 1)
    expect(formatter.summary?.({errors: 2, warnings: 2, files: 2})).toBe(
      [
        '## ldpress validate',
        '',
        '**2 errors, 2 warnings in 2 files**',
        '',
        '| Rule ([docs](https://www.npmjs.com/package/ldpress#rules)) | Findings |',
        '|---|---:|',
        '| `google/article-author-url` | 2 |',
        '| `schema.org/unknown-property` | 2 |',
        '',
        '### Files with errors',
        '',
        '| File | Errors | Warnings |',
        '|---|---:|---:|',
        '| a\\|b.html | 2 | 1 |',
        '',
        ''
      ].join('\n')
    )
  })
})

describe('github in the CLI', () => {
  let folder: Awaited<ReturnType<typeof temporaryFolder>>
  beforeEach(async () => {
    folder = await temporaryFolder()
  })
  afterEach(async () => {
    await folder.remove()
  })

  it('appends the step summary to $GITHUB_STEP_SUMMARY', async () => {
    await writeFile(join(folder.path, 'broken.html'), brokenPage)
    await writeFile(join(folder.path, 'summary.md'), '# before\n')
    const {code, stdout} = await runWith(['validate', 'broken.html', '-f', 'github'], {cwd: folder.path, env: {GITHUB_STEP_SUMMARY: 'summary.md'}})
    expect(code).toBe(1)
    expect(stdout).toMatch(/^::error file=broken\.html,line=4,/)
    const summary = await readFile(join(folder.path, 'summary.md'), 'utf8')
    expect(summary).toMatch(/^# before\n## ldpress validate\n\n\*\*1 error, 0 warnings in 1 file\*\*\n/)
    expect(summary).toContain('| broken.html | 1 | 0 |')
  })

  it('writes no summary without the variable or without the github format', async () => {
    await writeFile(join(folder.path, 'w.jsonld'), oneWarningJsonLd)
    await writeFile(join(folder.path, 'summary.md'), '')
    await runWith(['validate', 'w.jsonld', '-f', 'unix'], {cwd: folder.path, env: {GITHUB_STEP_SUMMARY: 'summary.md'}})
    await runWith(['validate', 'w.jsonld', '-f', 'github'], {cwd: folder.path})
    expect(await readFile(join(folder.path, 'summary.md'), 'utf8')).toBe('')
  })
})
