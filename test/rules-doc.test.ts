import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join, relative} from 'node:path'
import {describe, expect, it} from 'vitest'
import {collectRules, updateReadme} from '../scripts/rules-doc.mjs'

const root = join(import.meta.dirname, '..')
const readme = readFileSync(join(root, 'README.md'), 'utf8')

/** The `## Rules` section of README.md. */
function rulesSection(): string {
  const start = readme.indexOf('\n## Rules\n')
  expect(start, 'README.md has a "## Rules" section').toBeGreaterThan(-1)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end === -1 ? undefined : end)
}

function sourceFiles(dir: string, files: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      if (relative(root, path) !== join('src', 'validate', 'generated')) sourceFiles(path, files)
    } else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) files.push(path)
  }
  return files
}

const SOURCE = '(?:parse|markup|extract|json|jsonld|schema\\.org|google|ldpress|emit)'

describe('README rules table', () => {
  it('lists every rule id that appears as a string literal in src/', () => {
    const literal = new RegExp(`(['"\`])(${SOURCE}/[a-z0-9][A-Za-z0-9-]*)\\1`, 'g')
    const ids = new Set<string>()
    for (const file of sourceFiles(join(root, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(literal)) ids.add(match[2]!)
    }
    expect(ids.size).toBeGreaterThan(30)
    const section = rulesSection()
    const missing = [...ids].filter((id) => !section.includes(`\`${id}\``)).sort()
    expect(missing, 'rule ids without a row in README "## Rules": add them to DOCS in scripts/rules-doc.mjs and run it').toEqual([])
  })

  it('lists every x-rule of schemas/*.schema.json', () => {
    const ids = new Set<string>()
    for (const name of readdirSync(join(root, 'schemas')).filter((n) => n.endsWith('.schema.json'))) {
      for (const match of readFileSync(join(root, 'schemas', name), 'utf8').matchAll(/"x-rule":\s*"([^"]+)"/g)) ids.add(match[1]!)
    }
    const section = rulesSection()
    expect([...ids].filter((id) => !section.includes(`\`${id}\``)).sort()).toEqual([])
  })

  it('is what scripts/rules-doc.mjs generates (ids, templates, severities agree; run the script when this fails)', () => {
    const {rules, problems} = collectRules() as {rules: unknown[]; problems: string[]}
    expect(problems).toEqual([])
    expect(updateReadme(readme, rules) === readme, 'README.md Rules section is stale: run `node scripts/rules-doc.mjs`').toBe(true)
  })

  it('gives every google/ rule a link to Google’s Article documentation', () => {
    const rows = rulesSection().split('\n').filter((line) => line.startsWith('| ') && line.includes('`google/'))
    expect(rows.length).toBeGreaterThan(20)
    for (const row of rows) expect(row, row).toMatch(/^\| \[`google\/[a-z-]+`\]\(https:\/\/developers\.google\.com\/search\/docs\/appearance\/structured-data\/article#/)
  })
})
