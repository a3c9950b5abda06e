import {describe, expect, it} from 'vitest'
import {run} from './run.js'

const sample = ['extract', 'examples/volunteer-fighters/article.html', '--url', 'https://news.example/world/russia-volunteer-fighters-west-asia']

describe('ldpress extract --explain and --body', () => {
  it('--explain lists each field’s winner, position and losing candidates on stderr; stdout stays JSON-LD', async () => {
    const result = await run([...sample, '--explain'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toHaveProperty('@graph')
    expect(result.stderr).toMatch(/^ {2}headline\n {4}✓ h1 +61:13 +Russia willing/m)
    expect(result.stderr).toMatch(/^ {4}· title +6:3 /m)
    expect(result.stderr).toMatch(/^ {2}dateModified\n {4}\(no candidates\)/m)
  })

  it('--body adds articleBody; without it there is none', async () => {
    const withBody = JSON.parse((await run([...sample, '--body'])).stdout)
    const article = withBody['@graph'][0]
    expect(article.articleBody).toMatch(/^Russian President Vladimir Putin announced/)
    expect(article.articleBody).not.toMatch(/Most Popular/)
    expect(JSON.parse((await run(sample)).stdout)['@graph'][0]).not.toHaveProperty('articleBody')
  })
})
