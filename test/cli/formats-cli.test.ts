import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {oneWarningJsonLd, runWith} from './formats-fixtures.js'
import {brokenPage, goodJsonLd} from './fixtures.js'
import {temporaryFolder} from './run.js'

let folder: Awaited<ReturnType<typeof temporaryFolder>>
beforeEach(async () => {
  folder = await temporaryFolder()
  await writeFile(join(folder.path, 'broken.html'), brokenPage)
  await writeFile(join(folder.path, 'good.jsonld'), goodJsonLd)
  await writeFile(join(folder.path, 'w.jsonld'), oneWarningJsonLd)
})
afterEach(async () => {
  await folder.remove()
})

const run = (argv: string[], options: {env?: Record<string, string>; isTTY?: boolean} = {}) => runWith(argv, {cwd: folder.path, ...options})
const read = (name: string) => readFile(join(folder.path, name), 'utf8')

describe('several formats', () => {
  it('writes each format with -o to its file and the one without to standard output', async () => {
    const {code, stdout, stderr} = await run(['validate', 'broken.html', 'good.jsonld', '-f', 'json', '-o', 'r.json', '--format', 'sarif', '--output', 'r.sarif', '-f', 'unix', '-f', 'junit', '-o', 'r.xml'])
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(stdout).toMatch(/^broken\.html:4:\d+ error .+\n[\s\S]*1 error, \d+ warnings? in 2 files\n$/)
    const json = JSON.parse(await read('r.json'))
    expect(json.map((result: {filePath: string}) => result.filePath)).toEqual(['broken.html', 'good.jsonld'])
    const sarif = JSON.parse(await read('r.sarif'))
    expect(sarif.runs[0].results.some((result: {ruleId: string}) => result.ruleId === 'markup/json-syntax')).toBe(true)
    expect(await read('r.xml')).toMatch(/^<\?xml [\s\S]*<testsuite name="broken\.html" tests="1" failures="1"[\s\S]*<\/testsuites>\n$/)
  })

  it('the default format is stylish, and -o alone sends it to a file', async () => {
    expect((await run(['validate', 'broken.html'])).stdout).toMatch(/^\nbroken\.html\n {2}4:\d+ {2}error {2}.+markup\/json-syntax\n\n✖ 1 problem \(1 error, 0 warnings\)\n$/)
    const {stdout} = await run(['validate', 'broken.html', '-o', 'report.txt'])
    expect(stdout).toBe('')
    expect(await read('report.txt')).toContain('✖ 1 problem')
  })

  it('colours standard output only on a terminal, files never', async () => {
    expect((await run(['validate', 'broken.html'])).stdout).not.toContain('\u001B[')
    expect((await run(['validate', 'broken.html'], {isTTY: true})).stdout).toContain('\u001B[')
    expect((await run(['validate', 'broken.html'], {isTTY: true, env: {NO_COLOR: '1'}})).stdout).not.toContain('\u001B[')
    await run(['validate', 'broken.html', '-o', 'r.txt'], {isTTY: true, env: {FORCE_COLOR: '1'}})
    expect(await read('r.txt')).not.toContain('\u001B[')
  })

  it('rejects two formats on standard output, a misplaced or repeated -o, and one file twice', async () => {
    const cases: Array<[string[], string]> = [
      [['-f', 'json', '-f', 'sarif'], 'only one format can go to standard output, but json and sarif have no --output FILE'],
      [['-o', 'a.txt', '-f', 'json'], "--output 'a.txt' comes before any --format (write --format NAME --output FILE)"],
      [['-f', 'json', '-o', 'a.json', '-o', 'b.json'], "--output 'b.json': --format json already writes to 'a.json'"],
      [['-f', 'json', '-o', 'a', '-f', 'sarif', '-o', 'a'], "--output 'a' is given for two formats"]
    ]
    for (const [flags, message] of cases) {
      expect(await run(['validate', 'broken.html', ...flags])).toEqual({code: 2, stdout: '', stderr: `ldpress: ${message}\n`})
    }
  })

  it('reports an output file that cannot be written as one line, exit 2', async () => {
    expect(await run(['validate', 'broken.html', '-f', 'json', '-o', 'no/such/dir/r.json'])).toEqual({code: 2, stdout: '', stderr: "ldpress: cannot write 'no/such/dir/r.json': ENOENT\n"})
  })

  it('-o is the short name of --output; extract keeps --out-dir without one', async () => {
    const {code, stderr} = await run(['extract', 'broken.html', '-o', 'out'])
    expect(code).toBe(2)
    expect(stderr).toBe("ldpress: option '--output' does not apply to 'extract' (see 'ldpress extract --help')\n")
  })
})

describe('--max-warnings', () => {
  it('exits 1 when warnings exceed N, with a line on stderr, and 0 at N', async () => {
    const over = await run(['validate', 'w.jsonld', '--max-warnings', '0', '-f', 'unix'])
    expect(over.code).toBe(1)
    expect(over.stdout).toMatch(/^w\.jsonld:\d+:\d+ warning .+\n0 errors, 1 warning in 1 file\n$/)
    expect(over.stderr).toBe('ldpress: 1 warning, more than --max-warnings 0 allows\n')
    expect(await run(['validate', 'w.jsonld', '--max-warnings', '1', '-f', 'unix'])).toMatchObject({code: 0, stderr: ''})
    expect((await run(['validate', 'w.jsonld', '-f', 'unix'])).code).toBe(0)
  })

  it('counts warnings hidden by --quiet too, so the status does not depend on it', async () => {
    expect((await run(['validate', 'w.jsonld', '--quiet', '--max-warnings', '0'])).code).toBe(1)
  })

  it('needs a whole number', async () => {
    for (const value of ['-1', 'x', '1.5']) {
      const {code, stderr} = await run(['validate', 'w.jsonld', `--max-warnings=${value}`])
      expect(code).toBe(2)
      expect(stderr).toBe(`ldpress: --max-warnings needs a whole number of warnings, not '${value}'\n`)
    }
  })
})
