import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {flags} from '../../src/cli/flags.js'
import {root, run} from './run.js'

const packageVersion = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')).version

describe('ldpress --version', () => {
  it('prints the package version', async () => {
    expect(await run(['--version'])).toEqual({code: 0, stdout: `${packageVersion}\n`, stderr: ''})
  })

  it('accepts -v', async () => {
    expect((await run(['-v'])).stdout).toBe(`${packageVersion}\n`)
  })
})

describe('ldpress --help', () => {
  it('lists the commands and global flags', async () => {
    const {code, stdout, stderr} = await run(['--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^Usage: ldpress <command>/)
    expect(stdout).toContain('extract')
    expect(stdout).toContain('validate')
    expect(stdout).toContain('-v, --version')
  })

  it('shows every flag of a command, from the flag table', async () => {
    for (const command of ['extract', 'validate'] as const) {
      const {code, stdout} = await run([command, '--help'])
      expect(code).toBe(0)
      expect(stdout).toMatch(new RegExp(`^Usage: ldpress ${command} `))
      for (const flag of flags) {
        const applies = flag.scope === '*' || flag.scope.includes(command)
        expect(stdout.includes(`--${flag.name}`), `--${flag.name} in ${command} help`).toBe(applies)
      }
    }
  })

  it('takes -h and `help <command>` too', async () => {
    expect((await run(['validate', '-h'])).stdout).toBe((await run(['help', 'validate'])).stdout)
  })

  it('prints help on stderr and exits 2 without a command', async () => {
    const {code, stdout, stderr} = await run([])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^Usage: ldpress/)
  })
})

describe('usage errors', () => {
  it('rejects an unknown flag with one line and exit 2', async () => {
    expect(await run(['validate', '--foo', 'x.html'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "ldpress: unknown option '--foo' (see 'ldpress --help')\n"
    })
  })

  it('suggests the flag that was probably meant', async () => {
    const {code, stderr} = await run(['extract', 'a.html', '--outdir', 'x'])
    expect(code).toBe(2)
    expect(stderr).toContain("did you mean '--out-dir'?")
  })

  it('rejects a flag of another command', async () => {
    const {code, stderr} = await run(['validate', 'a.html', '--pretty'])
    expect(code).toBe(2)
    expect(stderr).toBe("ldpress: option '--pretty' does not apply to 'validate' (see 'ldpress validate --help')\n")
  })

  it('rejects an unknown command with a hint', async () => {
    const {code, stderr} = await run(['extrct', 'a.html'])
    expect(code).toBe(2)
    expect(stderr).toBe("ldpress: unknown command 'extrct' (did you mean 'extract'? see 'ldpress --help')\n")
    expect((await run(['frobnicate'])).stderr).toContain('commands: extract, read, validate')
  })

  it('rejects a missing flag value and a value outside the choices', async () => {
    expect((await run(['extract', 'a.html', '--url'])).stderr).toBe("ldpress: option '--url' needs a value\n")
    const {code, stderr} = await run(['validate', 'a.html', '--format', 'xml'])
    expect(code).toBe(2)
    expect(stderr).toBe("ldpress: invalid value 'xml' for --format (expected stylish, unix, json, github, sarif, junit, html)\n")
  })

  it('rejects a missing operand and a relative --url', async () => {
    expect((await run(['extract'])).code).toBe(2)
    expect((await run(['validate'])).code).toBe(2)
    expect((await run(['extract', 'a.html', '--url', 'news/story'])).stderr).toBe("ldpress: --url 'news/story' is not an absolute URL\n")
  })

  it('reports a missing file as one line, exit 2', async () => {
    for (const command of ['extract', 'validate']) {
      expect(await run([command, 'no/such/page.html'])).toEqual({
        code: 2,
        stdout: '',
        stderr: "ldpress: cannot read 'no/such/page.html': ENOENT\n"
      })
    }
  })
})
