import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { selectFiles } from '../../../src/config/workspace-glob.ts'
import { makeTempWorkspace } from './temp-workspace.ts'

const workspace = realpathSync(
  makeTempWorkspace({
    'scripts/a.sh': 'a',
    'scripts/b.sh': 'b',
    'scripts/c.ps1': 'c',
    'scripts/.hidden.sh': 'h',
    'scripts/sub/d.sh': 'd',
    'scripts/sub/deeper/e.sh': 'e',
    'scripts/{a,b}.sh': 'literal braces',
    'tests/smoke.sh': 's',
    'README.md': 'r',
  }),
)

/** The selected files of `lines`, relative to the workspace. */
const select = (...lines: string[]) => {
  const { files, problems } = selectFiles(workspace, lines)
  return { files: files.map((f) => path.relative(workspace, f)), problems }
}

describe('selectFiles: @actions/glob patterns', () => {
  it('expands a glob sorted by path, matching names that start with a dot', () => {
    expect(select('scripts/*.sh')).toEqual({
      files: ['scripts/.hidden.sh', 'scripts/a.sh', 'scripts/b.sh', 'scripts/{a,b}.sh'],
      problems: [],
    })
  })

  it('matches any depth with **, including none', () => {
    expect(select('scripts/**/*.sh').files).toEqual([
      'scripts/.hidden.sh',
      'scripts/a.sh',
      'scripts/b.sh',
      'scripts/sub/d.sh',
      'scripts/sub/deeper/e.sh',
      'scripts/{a,b}.sh',
    ])
    expect(select('**/smoke.sh').files).toEqual(['tests/smoke.sh'])
  })

  it('does not expand braces, like @actions/glob (they match literally)', () => {
    expect(select('scripts/{a,b}.sh').files).toEqual(['scripts/{a,b}.sh'])
  })

  it('takes ? and [...] and escapes with [*]', () => {
    expect(select('scripts/[ab].sh', 'scripts/?.ps1').files).toEqual([
      'scripts/a.sh',
      'scripts/b.sh',
      'scripts/c.ps1',
    ])
  })

  it('reads patterns relative to the workspace; ./ and absolute paths inside it are the same', () => {
    expect(
      select('./scripts/a.sh', `${workspace}/scripts/b.sh`, `${workspace}/tests/*`).files,
    ).toEqual(['scripts/a.sh', 'scripts/b.sh', 'tests/smoke.sh'])
  })

  it('refuses globs that leave the workspace', () => {
    expect(select('../*.sh').problems).toEqual(['"../*.sh": a glob may not climb out with ..'])
    expect(select('/etc/*').problems).toEqual(['"/etc/*" is outside the workspace'])
  })

  it('refuses a folder named as a file, saying how to take its files', () => {
    expect(select('scripts/sub/').problems).toEqual([
      '"scripts/sub" is a folder: write scripts/sub/* for the files in it, or scripts/sub/** for every file below it',
    ])
  })

  it('says when an inclusion matches nothing', () => {
    expect(select('nothing/*.sh', 'scripts/none.sh').problems).toEqual([
      '"nothing/*.sh" matches no file in the workspace',
      '"scripts/none.sh" matches no file in the workspace',
    ])
  })
})

describe('selectFiles: ! exclusions and order', () => {
  it('excludes what a ! line matches from the lines above it', () => {
    expect(select('scripts/*.sh', '!scripts/b.sh', '!scripts/.*').files).toEqual([
      'scripts/a.sh',
      'scripts/{a,b}.sh',
    ])
  })

  it('excludes every file below a folder a ! line names', () => {
    expect(select('scripts/**', '!scripts/sub').files).toEqual([
      'scripts/.hidden.sh',
      'scripts/a.sh',
      'scripts/b.sh',
      'scripts/c.ps1',
      'scripts/{a,b}.sh',
    ])
  })

  it('lets a later line bring an excluded file back, at that later place', () => {
    expect(
      select('scripts/[ab].sh', '!scripts/a.sh', 'tests/smoke.sh', 'scripts/a.sh').files,
    ).toEqual(['scripts/b.sh', 'tests/smoke.sh', 'scripts/a.sh'])
  })

  it('does not exclude what later lines add', () => {
    expect(select('!scripts/a.sh', 'scripts/a.sh').files).toEqual(['scripts/a.sh'])
  })

  it('flips the meaning with each !, like @actions/glob', () => {
    expect(select('!!scripts/a.sh').files).toEqual(['scripts/a.sh'])
    expect(select('scripts/[ab].sh', '! ! ! scripts/a.sh').files).toEqual(['scripts/b.sh'])
  })

  it('keeps the order of the lines and lists a file once, at its first place', () => {
    expect(select('tests/smoke.sh', 'scripts/b.sh', 'scripts/[ab].sh', 'tests/*').files).toEqual([
      'tests/smoke.sh',
      'scripts/b.sh',
      'scripts/a.sh',
    ])
  })

  it("runs the README's example: the cleanup script moved last", () => {
    const ws = realpathSync(
      makeTempWorkspace({
        'scripts/01-base.sh': '',
        'scripts/02-app.sh': '',
        'scripts/99-cleanup.sh': '',
        'vendor/tool/install.sh': '',
      }),
    )
    const lines = [
      'scripts/*.sh',
      '!scripts/99-cleanup.sh',
      'vendor/**/install.sh',
      'scripts/99-cleanup.sh',
    ]
    expect(selectFiles(ws, lines).files.map((f) => path.relative(ws, f))).toEqual([
      'scripts/01-base.sh',
      'scripts/02-app.sh',
      'vendor/tool/install.sh',
      'scripts/99-cleanup.sh',
    ])
  })

  it('is fine with an exclusion that matches nothing, or that empties an inclusion', () => {
    expect(select('scripts/a.sh', '!nothing/**', '!scripts/a.sh')).toEqual({
      files: [],
      problems: [],
    })
  })
})

describe('selectFiles: entries that cannot be used are refused by name', () => {
  const odd = realpathSync(makeTempWorkspace({ 'in/ok.sh': 'ok', 'in/target.sh': 't' }))
  const at = (rel: string) => path.join(odd, rel)
  symlinkSync('missing.sh', at('in/dangling.sh'))
  symlinkSync('loop-b.sh', at('in/loop-a.sh'))
  symlinkSync('loop-a.sh', at('in/loop-b.sh'))
  symlinkSync('target.sh', at('in/link.sh'))
  execFileSync('mkfifo', [at('in/pipe.sh')])
  writeFileSync(at('in/new\nline.sh'), 'x')
  writeFileSync(
    Buffer.concat([Buffer.from(at('in/latin1-')), Buffer.from([0xe9, 0x2e, 0x73, 0x68])]),
    'x',
  )
  mkdirSync(at('up'))
  symlinkSync('..', at('up/again'))
  const server = createServer()
  const listening = new Promise<void>((resolve) => server.listen(at('in/sock.sh'), resolve))
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('a glob keeps the good files and names each bad entry it matches', async () => {
    await listening
    const { files, problems } = selectFiles(odd, ['in/*.sh'])
    expect(files.map((f) => path.relative(odd, f))).toEqual([
      'in/link.sh',
      'in/ok.sh',
      'in/target.sh',
    ])
    expect(problems).toEqual([
      '"in/dangling.sh" is a dangling symlink (missing.sh does not exist)',
      expect.stringMatching(/^"in\/latin1-.*\.sh" has a name that is not valid UTF-8; rename it$/),
      expect.stringMatching(/^"in\/loop-a\.sh" is a symlink loop/),
      expect.stringMatching(/^"in\/loop-b\.sh" is a symlink loop/),
      '"in/new\\nline.sh" has a control character (newline, tab, …) in its name; rename it',
      '"in/pipe.sh" is a FIFO (named pipe)',
      '"in/sock.sh" is a socket',
    ])
  })

  it.each([
    ['in/dangling.sh', 'is a dangling symlink (missing.sh does not exist)'],
    ['in/loop-a.sh', 'is a symlink loop'],
    ['in/pipe.sh', 'is a FIFO (named pipe)'],
    ['in/new\nline.sh', 'has a control character'],
  ])('a path %j names the entry instead of crashing', (rel, reason) => {
    const { files, problems } = selectFiles(odd, [rel])
    expect(files).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(reason)
  })

  it('a link back to a folder that holds it stops the walk there, named', () => {
    const { problems } = selectFiles(odd, ['up/**'])
    expect(problems).toEqual([
      '"up/again" is a symlink loop (it leads back to a folder that holds it)',
    ])
  })

  it('a walk beyond its bounds stops, naming the line', () => {
    expect(selectFiles(odd, ['in/**'], { depth: 10, entries: 3 }).problems).toContainEqual(
      '"in/**": the walk passed 3 entries (files, folders and links) below "in"; narrow it',
    )
    const deep = realpathSync(makeTempWorkspace({ 'a/b/c/d.sh': 'x' }))
    expect(selectFiles(deep, ['**/*.sh'], { depth: 2, entries: 100 }).problems).toEqual([
      '"**/*.sh": "a/b" holds entries more than 2 levels below "."; at most 2 levels are walked',
    ])
    expect(selectFiles(deep, ['**/*.sh'], { depth: 4, entries: 100 }).files).toHaveLength(1)
  })
})
