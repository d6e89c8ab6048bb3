import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  ArtifactError,
  compareEntryPaths,
  normalMode,
  walkTree,
  type TreeEntry,
} from '../../../src/artifacts/tree.ts'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aib-art-'))
  made.push(dir)
  return dir
}

function write(root: string, relative: string, content: string, mode = 0o644): void {
  const file = path.join(root, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content, { mode })
}

const FILES = 12 * 25

/** Hundreds of files in nested folders, non-ASCII names, an executable, links, an empty folder. */
function buildTree(root: string, reverse: boolean): void {
  const files: [string, string][] = []
  for (let d = 0; d < 12; d++) {
    for (let f = 0; f < 25; f++) files.push([`dir-${d}/sub/${f}.txt`, `${d}/${f}\n`.repeat(f)])
  }
  files.push(['é/日本/🚀.txt', 'rocket\n'], ['.hidden', 'hidden\n'], ['bin/run.sh', '#!/bin/sh\n'])
  for (const [relative, content] of reverse ? files.toReversed() : files) {
    write(root, relative, content, reverse ? 0o600 : 0o644)
  }
  chmodSync(path.join(root, 'bin/run.sh'), reverse ? 0o744 : 0o755)
  mkdirSync(path.join(root, 'empty'))
  symlinkSync('../é/日本/🚀.txt', path.join(root, 'bin/rocket'))
  symlinkSync('dir-0/sub', path.join(root, 'sub-link'))
  if (reverse) utimesSync(path.join(root, '.hidden'), new Date(2020, 1, 2), new Date(2021, 3, 4))
}

describe('walkTree', () => {
  const root = tempDir()
  buildTree(root, false)

  it('lists every entry, hidden ones and empty folders too, in byte order of the UTF-8 path', async () => {
    const { root: base, entries } = await walkTree(root)
    expect(base).toBe(root)
    const paths = entries.map((e) => e.path)
    const bytewise = [...paths].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    expect(paths).toEqual(bytewise)
    expect(entries.filter((e) => e.kind === 'file')).toHaveLength(FILES + 3)
    expect(paths).toEqual(expect.arrayContaining(['.hidden', 'empty', 'é/日本/🚀.txt']))
    expect(paths.every((p) => !p.includes('\\') && !p.startsWith('/') && p !== '')).toBe(true)
    // Directories come before what they hold (a prefix sorts first).
    expect(paths.indexOf('dir-3')).toBeLessThan(paths.indexOf('dir-3/sub/0.txt'))
  })

  it('describes kind, normalized mode, size and link target', async () => {
    const { entries } = await walkTree(root)
    const byPath = new Map(entries.map((e) => [e.path, e]))
    expect(byPath.get('bin/run.sh')).toEqual({
      path: 'bin/run.sh',
      kind: 'file',
      mode: 0o755,
      size: 10,
    })
    expect(byPath.get('dir-1/sub/3.txt')).toEqual({
      path: 'dir-1/sub/3.txt',
      kind: 'file',
      mode: 0o644,
      size: 12,
    })
    expect(byPath.get('empty')).toEqual({ path: 'empty', kind: 'directory', mode: 0o755, size: 0 })
    expect(byPath.get('bin/rocket')).toEqual({
      path: 'bin/rocket',
      kind: 'symlink',
      mode: 0o644,
      size: 0,
      link: { target: '../é/日本/🚀.txt', kind: 'file' },
    })
    expect(byPath.get('sub-link')?.link).toEqual({ target: 'dir-0/sub', kind: 'directory' })
    // A link to a folder is listed, not followed.
    expect(entries.some((e) => e.path.startsWith('sub-link/'))).toBe(false)
  })

  it('gives the same list for the same tree made in another order, modes and times', async () => {
    const other = tempDir()
    buildTree(other, true)
    expect((await walkTree(other)).entries).toEqual((await walkTree(root)).entries)
  })

  it('sorts by bytes, not by locale or case', async () => {
    const dir = tempDir()
    for (const name of ['é', 'a', 'Z', '_', 'B', 'a.txt', 'a-b', '日本', '🚀', 'ｚ']) {
      write(dir, name === 'a' ? 'a/b' : name, name)
    }
    const { entries } = await walkTree(dir)
    expect(entries.map((e) => e.path)).toEqual([
      'B',
      'Z',
      '_',
      'a',
      'a-b',
      'a.txt',
      'a/b',
      'é',
      '日本',
      'ｚ',
      '🚀',
    ])
  })

  it('keeps links that stay inside, even to the root or through ..', async () => {
    const dir = tempDir()
    write(dir, 'a/b/file', 'x')
    symlinkSync('..', path.join(dir, 'a/b/up'))
    symlinkSync('./a/../a/b/file', path.join(dir, 'dotted'))
    const { entries } = await walkTree(dir)
    const links = entries.filter((e) => e.kind === 'symlink').map((e) => [e.path, e.link])
    expect(links).toEqual([
      ['a/b/up', { target: '..', kind: 'directory' }],
      ['dotted', { target: './a/../a/b/file', kind: 'file' }],
    ])
  })

  it('lists one file as itself, relative to its folder', async () => {
    const file = path.join(root, 'bin/run.sh')
    expect(await walkTree(file)).toEqual({
      root: path.join(root, 'bin'),
      entries: [{ path: 'run.sh', kind: 'file', mode: 0o755, size: 10 }],
    })
  })

  it('walks an empty folder into no entries', async () => {
    expect(await walkTree(tempDir())).toEqual({ root: expect.any(String), entries: [] })
  })

  it('normalizes modes to 0644 or 0755 and compares paths by bytes', () => {
    expect([0o600, 0o644, 0o666, 0o700, 0o744, 0o711, 0o4755].map(normalMode)).toEqual([
      0o644, 0o644, 0o644, 0o755, 0o755, 0o755, 0o755,
    ])
    const entry = (p: string): TreeEntry => ({ path: p, kind: 'file', mode: 0o644, size: 0 })
    expect(compareEntryPaths(entry('a'), entry('B'))).toBeGreaterThan(0)
    expect(compareEntryPaths(entry('a/b'), entry('a.b'))).toBeGreaterThan(0)
  })
})

describe('walkTree refuses, naming the path', () => {
  /** Walks `dir` and returns the ArtifactError it must throw. */
  async function refusal(dir: string): Promise<ArtifactError> {
    const error = await walkTree(dir).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ArtifactError)
    return error as ArtifactError
  }

  function expectNamed(error: ArtifactError, file: string, reason: RegExp): void {
    expect(error.path).toBe(file)
    expect(error.reason).toMatch(reason)
    expect(error.message).toContain(file)
    expect(error.name).toBe('ArtifactError')
  }

  it('a symlink to ../outside', async () => {
    const parent = tempDir()
    const dir = path.join(parent, 'tree')
    write(parent, 'outside', 'secret')
    write(dir, 'ok.txt', 'ok')
    symlinkSync('../outside', path.join(dir, 'link'))
    expectNamed(await refusal(dir), path.join(dir, 'link'), /points outside the tree/)
  })

  it('a nested link that climbs out of the tree', async () => {
    const dir = tempDir()
    write(dir, 'a/b/file', 'x')
    symlinkSync('../../../etc', path.join(dir, 'a/b/up'))
    expectNamed(await refusal(dir), path.join(dir, 'a/b/up'), /points outside the tree/)
  })

  it('an absolute symlink, even to a file inside the tree', async () => {
    const dir = tempDir()
    write(dir, 'file', 'x')
    symlinkSync(path.join(dir, 'file'), path.join(dir, 'abs'))
    expectNamed(await refusal(dir), path.join(dir, 'abs'), /absolute path/)
  })

  it('a dangling symlink', async () => {
    const dir = tempDir()
    symlinkSync('missing.txt', path.join(dir, 'dangling'))
    expectNamed(await refusal(dir), path.join(dir, 'dangling'), /dangling symlink/)
  })

  it('a link through a file (not a folder) as dangling', async () => {
    const dir = tempDir()
    write(dir, 'file', 'x')
    symlinkSync('file/below', path.join(dir, 'through'))
    expectNamed(await refusal(dir), path.join(dir, 'through'), /dangling symlink/)
  })

  it('a symlink loop', async () => {
    const dir = tempDir()
    symlinkSync('b', path.join(dir, 'a'))
    symlinkSync('a', path.join(dir, 'b'))
    const error = await refusal(dir)
    expect([path.join(dir, 'a'), path.join(dir, 'b')]).toContain(error.path)
    expect(error.reason).toMatch(/symlink loop/)
  })

  it('a symlink to itself', async () => {
    const dir = tempDir()
    symlinkSync('self', path.join(dir, 'self'))
    expectNamed(await refusal(dir), path.join(dir, 'self'), /symlink loop/)
  })

  it('a FIFO', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'sub'))
    execFileSync('mkfifo', [path.join(dir, 'sub', 'pipe')])
    expectNamed(await refusal(dir), path.join(dir, 'sub', 'pipe'), /FIFO/)
  })

  it('a link to a FIFO', async () => {
    const dir = tempDir()
    execFileSync('mkfifo', [path.join(dir, 'pipe')])
    symlinkSync('pipe', path.join(dir, 'a-link'))
    expectNamed(await refusal(dir), path.join(dir, 'a-link'), /symlink to a FIFO/)
  })

  it('a socket', async () => {
    const dir = tempDir()
    const socket = path.join(dir, 'sock')
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(socket, resolve))
    try {
      expectNamed(await refusal(dir), socket, /socket/)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('a device given as the source', async () => {
    expectNamed(await refusal('/dev/null'), '/dev/null', /device/)
  })

  it('a name with a newline, shown escaped', async () => {
    const dir = tempDir()
    write(dir, 'ok/bad\nname.txt', 'x')
    const error = await refusal(dir)
    expect(error.path).toBe(path.join(dir, 'ok', 'bad\nname.txt'))
    expect(error.reason).toMatch(/control character/)
    expect(error.message).toContain(`${path.join(dir, 'ok', 'bad')}\\nname.txt`)
    expect(error.message).not.toContain('\n')
  })

  it('a name with a tab or an escape character', async () => {
    for (const name of ['tab\there', 'esc\u001b[31m', 'del\u007f']) {
      const dir = tempDir()
      write(dir, name, 'x')
      const error = await refusal(dir)
      expect(error.path).toBe(path.join(dir, name))
      expect(error.message).toMatch(/\\t|\\u001b|\\u007f/)
    }
  })

  it('a single file whose name has a control character', async () => {
    const dir = tempDir()
    write(dir, 'line\nbreak', 'x')
    const error = await refusal(path.join(dir, 'line\nbreak'))
    expect(error.path).toBe(path.join(dir, 'line\nbreak'))
    expect(error.message).toContain(`${dir}/line\\nbreak`)
  })

  it('a name that is not UTF-8', async () => {
    const dir = tempDir()
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/latin1-`), Buffer.from([0xe9])]), 'x')
    const error = await refusal(dir)
    expect(error.path.startsWith(path.join(dir, 'latin1-'))).toBe(true)
    expect(error.reason).toMatch(/not valid UTF-8/)
  })

  it('a tree deeper than the walk bound, naming the directory and the bound', async () => {
    const dir = tempDir()
    write(dir, 'a/b/c/d.txt', 'x')
    await expect(walkTree(dir, { depth: 4, entries: 100 })).resolves.toBeDefined()
    const error = await walkTree(dir, { depth: 3, entries: 100 }).then(
      () => undefined,
      (e: unknown) => e as ArtifactError,
    )
    expect(error).toBeInstanceOf(ArtifactError)
    expectNamed(error!, path.join(dir, 'a/b/c'), /entries 4 levels below the source; at most 3/)
  })

  it('a tree with more entries than the walk bound', async () => {
    const dir = tempDir()
    for (const name of ['a/1', 'a/2', 'b']) write(dir, name, 'x')
    await expect(walkTree(dir, { depth: 10, entries: 4 })).resolves.toBeDefined()
    const error = await walkTree(dir, { depth: 10, entries: 3 }).then(
      () => undefined,
      (e: unknown) => e as ArtifactError,
    )
    expectNamed(error!, dir, /more than 3 entries \(files, folders and links\)/)
  })

  it('a 2000-deep tree, without a crash', async () => {
    const dir = tempDir()
    const deep = path.join(dir, ...Array.from({ length: 2000 }, () => 'd'))
    mkdirSync(deep, { recursive: true })
    writeFileSync(path.join(deep, 'f'), 'x')
    const error = await walkTree(dir).then(
      () => undefined,
      (e: unknown) => e as ArtifactError,
    )
    expect(error).toBeInstanceOf(ArtifactError)
    expect(error!.reason).toMatch(/at most 100 levels are walked/)
  })

  it('a source that does not exist', async () => {
    const missing = path.join(tempDir(), 'nope')
    expectNamed(await refusal(missing), missing, /does not exist/)
  })
})
