import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import {
  MAX_INLINE_FILE_BYTES,
  MAX_INLINE_TOTAL_BYTES,
  MAX_TEMPLATE_FILE_BYTES,
  filesBelow,
  readWorkspaceFile,
  resolveWorkspaceFiles,
  totalBytes,
} from '../../../src/config/workspace-files.ts'
import { makeTempWorkspace } from './temp-workspace.ts'

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')

describe('resolveWorkspaceFiles', () => {
  const workspace = makeTempWorkspace({
    'scripts/b.sh': 'echo b\n',
    'scripts/a.sh': 'echo a\n',
    'scripts/c.ps1': 'Write-Output c\r\n',
    'scripts/sub/d.sh': 'echo d\n',
    'setup/first.sh': Buffer.from([0xff, 0xfe, 0x00, 0x0a]),
    'big.bin': Buffer.alloc(MAX_INLINE_FILE_BYTES + 1, 1),
    'limit.bin': Buffer.alloc(MAX_INLINE_FILE_BYTES, 2),
  })
  writeFileSync(path.join(workspace, '..', 'outside.sh'), 'echo outside\n')
  mkdirSync(path.join(workspace, 'links'))
  symlinkSync(path.join(workspace, '..', 'outside.sh'), path.join(workspace, 'links', 'out.sh'))
  symlinkSync('../scripts/a.sh', path.join(workspace, 'links', 'in.sh'))

  it('reads a file with its workspace-relative path, exact bytes and sha256', () => {
    const { files, problems } = resolveWorkspaceFiles(workspace, ['setup/first.sh'])
    expect(problems).toEqual([])
    expect(files).toEqual([
      {
        relPath: 'setup/first.sh',
        bytes: Buffer.from([0xff, 0xfe, 0x00, 0x0a]),
        sha256: sha256(Buffer.from([0xff, 0xfe, 0x00, 0x0a])),
      },
    ])
  })

  it('keeps the given order across lines and sorts within a glob, each file once', () => {
    const { files, problems } = resolveWorkspaceFiles(workspace, [
      'setup/first.sh',
      'scripts/*.sh',
      'scripts/a.sh',
      'scripts/c.ps1',
    ])
    expect(problems).toEqual([])
    expect(files.map((f) => f.relPath)).toEqual([
      'setup/first.sh',
      'scripts/a.sh',
      'scripts/b.sh',
      'scripts/c.ps1',
    ])
  })

  it('refuses the outside symlink a glob matches, keeping the other files', () => {
    const { files, problems } = resolveWorkspaceFiles(workspace, ['links/*.sh'])
    expect(files.map((f) => f.relPath)).toEqual(['links/in.sh'])
    expect(files[0]!.bytes.toString()).toBe('echo a\n')
    expect(problems).toEqual(['"links/out.sh" is outside the workspace'])
  })

  it('matches nested files with **', () => {
    const { files } = resolveWorkspaceFiles(workspace, ['scripts/**/d.sh'])
    expect(files.map((f) => f.relPath)).toEqual(['scripts/sub/d.sh'])
  })

  it.each([
    ['scripts/missing.sh', '"scripts/missing.sh" matches no file in the workspace'],
    ['nothing/*.sh', '"nothing/*.sh" matches no file in the workspace'],
    ['../outside.sh', '"../outside.sh" is outside the workspace'],
    ['links/out.sh', '"links/out.sh" is outside the workspace'],
    [
      'scripts',
      '"scripts" is a folder: write scripts/* for the files in it, or scripts/** for every file below it',
    ],
    [
      'big.bin',
      `"big.bin" is ${MAX_INLINE_FILE_BYTES + 1} bytes; files larger than ${MAX_INLINE_FILE_BYTES} bytes cannot be inlined`,
    ],
  ])('refuses %j', (pattern, problem) => {
    const { files, problems } = resolveWorkspaceFiles(workspace, [pattern])
    expect(files).toEqual([])
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(problem)
  })

  it('accepts a file of exactly the size limit', () => {
    const { files, problems } = resolveWorkspaceFiles(workspace, ['limit.bin'])
    expect(problems).toEqual([])
    expect(files[0]!.bytes).toHaveLength(MAX_INLINE_FILE_BYTES)
  })

  it('reports every problem while keeping the good files', () => {
    const { files, problems } = resolveWorkspaceFiles(workspace, [
      'missing.sh',
      'scripts/a.sh',
      '../outside.sh',
    ])
    expect(files.map((f) => f.relPath)).toEqual(['scripts/a.sh'])
    expect(problems).toHaveLength(2)
  })
})

describe('filesBelow', () => {
  const workspace = makeTempWorkspace({
    'art/z.txt': 'z',
    'art/a.txt': 'a',
    'art/conf/app.toml': 'k = 1\n',
    'single.txt': 'single',
  })
  mkdirSync(path.join(workspace, 'art', 'empty'))

  it('lists every regular file below a directory, sorted', () => {
    const { files, problems } = filesBelow(workspace, 'art')
    expect(problems).toEqual([])
    expect(files.map((f) => f.relPath)).toEqual(['art/a.txt', 'art/conf/app.toml', 'art/z.txt'])
  })

  it('accepts a directory given with ./ and a trailing slash', () => {
    expect(filesBelow(workspace, './art/').files.map((f) => f.relPath)).toHaveLength(3)
  })

  it('returns a single file as it is', () => {
    expect(filesBelow(workspace, 'single.txt').files.map((f) => f.relPath)).toEqual(['single.txt'])
  })

  it('reports a missing path', () => {
    expect(filesBelow(workspace, 'nope').problems).toEqual([
      '"nope" matches no file in the workspace',
    ])
  })

  it('includes dot files and dot directories below the directory', () => {
    const dotted = makeTempWorkspace({
      'art/.env': 'A=1\n',
      'art/.config/x': 'x\n',
      'art/y': 'y\n',
    })
    expect(filesBelow(dotted, 'art').files.map((f) => f.relPath)).toEqual([
      'art/.config/x',
      'art/.env',
      'art/y',
    ])
  })
})

describe('filesBelow refuses what cannot be copied, by name, instead of crashing', () => {
  /** A workspace whose art/ holds ok.txt and the entry `make` adds. */
  const tree = (make: (art: string) => void) => {
    const dir = makeTempWorkspace({ 'art/ok.txt': 'ok', 'art/sub/target.txt': 't' })
    make(path.join(dir, 'art'))
    return dir
  }

  it.each<[string, (art: string) => void, string]>([
    [
      'a dangling symlink',
      (art) => symlinkSync('missing.txt', path.join(art, 'dangling')),
      '"art/dangling" is a dangling symlink (missing.txt does not exist)',
    ],
    [
      'a symlink loop',
      (art) => symlinkSync('self', path.join(art, 'self')),
      '"art/self" is a symlink loop (self)',
    ],
    [
      'a FIFO',
      (art) => execFileSync('mkfifo', [path.join(art, 'pipe')]),
      '"art/pipe" is a FIFO (named pipe)',
    ],
    [
      'a name with a newline',
      (art) => writeFileSync(path.join(art, 'two\nlines.txt'), 'x'),
      '"art/two\\nlines.txt" has a control character (newline, tab, …) in its name; rename it',
    ],
    [
      'a name with a tab',
      (art) => writeFileSync(path.join(art, 'sub', '..', 'ta\tb.txt'), 'x'),
      '"art/ta\\tb.txt" has a control character (newline, tab, …) in its name; rename it',
    ],
    [
      'a link to a folder',
      (art) => symlinkSync('sub', path.join(art, 'linked')),
      '"art/linked" is a symlink to a folder; only files are copied inline (with `storage-account` the tree is packed, links kept)',
    ],
  ])('%s', (_, make, problem) => {
    const { files, problems } = filesBelow(tree(make), 'art')
    expect(problems).toEqual([problem])
    expect(files.map((f) => f.relPath)).toEqual(['art/ok.txt', 'art/sub/target.txt'])
  })

  it('a socket', async () => {
    const dir = makeTempWorkspace({ 'art/ok.txt': 'ok' })
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'art', 'sock'), resolve))
    try {
      expect(filesBelow(dir, 'art').problems).toEqual(['"art/sock" is a socket'])
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('a name that is not UTF-8', () => {
    const dir = makeTempWorkspace({ 'art/ok.txt': 'ok' })
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/art/latin1-`), Buffer.from([0xe9])]), 'x')
    expect(filesBelow(dir, 'art').problems).toEqual([
      expect.stringMatching(/^"art\/latin1-.*" has a name that is not valid UTF-8; rename it$/),
    ])
  })

  it('keeps a link to a file inside the workspace as that file', () => {
    const dir = tree((art) => symlinkSync('sub/target.txt', path.join(art, 'alias.txt')))
    const { files, problems } = filesBelow(dir, 'art')
    expect(problems).toEqual([])
    expect(files.map((f) => [f.relPath, f.bytes.toString()])).toContainEqual(['art/alias.txt', 't'])
  })

  it('stops at the walk bounds, naming the input path', () => {
    const dir = makeTempWorkspace({ 'art/a/b/c.txt': 'x', 'art/d.txt': 'y' })
    expect(filesBelow(dir, 'art', { depth: 2, entries: 100 }).problems).toEqual([
      '"art": "art/a/b" holds entries more than 2 levels below "art"; at most 2 levels are walked',
    ])
    expect(filesBelow(dir, 'art', { depth: 10, entries: 2 }).problems).toEqual([
      '"art": the walk passed 2 entries (files, folders and links) below "art"; narrow it',
    ])
  })
})

describe('totalBytes and limits', () => {
  it('adds up the file sizes', () => {
    const file = (n: number) => ({ relPath: 'x', bytes: Buffer.alloc(n), sha256: '' })
    expect(totalBytes([file(3), file(4)])).toBe(7)
    expect(totalBytes([])).toBe(0)
  })

  it('limits files to 256 KiB and the total to 1 MiB', () => {
    expect(MAX_INLINE_FILE_BYTES).toBe(256 * 1024)
    expect(MAX_INLINE_TOTAL_BYTES).toBe(1024 * 1024)
  })
})

describe('readWorkspaceFile', () => {
  const workspace = makeTempWorkspace({
    'image/large.json': Buffer.alloc(MAX_INLINE_FILE_BYTES + 1, 0x20),
    'image/huge.json': Buffer.alloc(MAX_TEMPLATE_FILE_BYTES + 1, 0x20),
    'image/[x].json': '{}',
  })
  writeFileSync(path.join(workspace, '..', 'outside.json'), '{}')
  symlinkSync(path.join(workspace, '..', 'outside.json'), path.join(workspace, 'image', 'out.json'))

  it('reads a template file larger than the inline limit of scripts', () => {
    const file = readWorkspaceFile(workspace, 'image/large.json')
    expect(typeof file === 'string' ? file : file.bytes.length).toBe(MAX_INLINE_FILE_BYTES + 1)
  })

  it('takes the path literally, with no glob expansion', () => {
    const file = readWorkspaceFile(workspace, 'image/[x].json')
    expect(typeof file === 'string' ? file : file.relPath).toBe('image/[x].json')
    expect(readWorkspaceFile(workspace, 'image/*.json')).toBe(
      '"image/*.json" matches no file in the workspace',
    )
  })

  it('refuses files beyond what ARM accepts, and links leaving the workspace', () => {
    expect(readWorkspaceFile(workspace, 'image/huge.json')).toBe(
      `"image/huge.json" is ${MAX_TEMPLATE_FILE_BYTES + 1} bytes; files larger than ${MAX_TEMPLATE_FILE_BYTES} bytes are more than ARM accepts in one request`,
    )
    expect(readWorkspaceFile(workspace, 'image/out.json')).toBe(
      '"image/out.json" is outside the workspace',
    )
  })
})
