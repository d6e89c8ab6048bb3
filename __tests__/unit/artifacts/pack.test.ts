import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  chmodSync,
  createWriteStream,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { gunzipSync } from 'node:zlib'
import tarStream from 'tar-stream'
import yauzl from 'yauzl'
import { packTree, type ArchiveFormat } from '../../../src/artifacts/pack.ts'
import { ArtifactError, walkTree, type TreeEntry } from '../../../src/artifacts/tree.ts'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aib-art-'))
  made.push(dir)
  return dir
}

function write(root: string, relative: string, content: string | Buffer, mode = 0o644): void {
  const file = path.join(root, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content, { mode })
}

/** Hundreds of files in nested folders, non-ASCII names, an executable, a link, an empty folder. */
function buildTree(root: string, reverse: boolean): void {
  const files: [string, string | Buffer][] = []
  for (let d = 0; d < 12; d++) {
    for (let f = 0; f < 25; f++) files.push([`dir-${d}/sub/${f}.txt`, `${d}/${f}\n`.repeat(f)])
  }
  files.push(['é/日本/🚀.txt', 'rocket\n'], ['.hidden', 'hidden\n'], ['bin/run.sh', '#!/bin/sh\n'])
  files.push(['bin/data.bin', Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 251))])
  files.push([`long/${'x'.repeat(120)}/${'é'.repeat(60)}.txt`, 'long name\n'])
  for (const [relative, content] of reverse ? files.toReversed() : files) {
    write(root, relative, content, reverse ? 0o600 : 0o644)
  }
  chmodSync(path.join(root, 'bin/run.sh'), reverse ? 0o744 : 0o755)
  mkdirSync(path.join(root, 'empty'))
  symlinkSync('../é/日本/🚀.txt', path.join(root, 'bin/rocket'))
  if (reverse) utimesSync(path.join(root, '.hidden'), new Date(2020, 1, 2), new Date(2021, 3, 4))
}

interface Packed {
  bytes: Buffer
  sha256: string
  size: number
}

async function pack(root: string, format: ArchiveFormat): Promise<Packed> {
  const tree = await walkTree(root)
  const { stream, digest } = packTree(tree.root, tree.entries, format)
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  const { sha256, bytes } = await digest
  return { bytes: Buffer.concat(chunks), sha256, size: bytes }
}

const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex')

/** Every file, folder and link below `root`: path → bytes, 'dir' or '-> target'. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>()
  const visit = (relative: string): void => {
    for (const name of execFileSync('ls', ['-A', path.join(root, relative)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)) {
      const rel = relative ? `${relative}/${name}` : name
      const full = path.join(root, rel)
      const info = lstatSync(full)
      if (info.isSymbolicLink()) out.set(rel, `-> ${readlinkSync(full)}`)
      else if (info.isDirectory()) {
        out.set(rel, 'dir')
        visit(rel)
      } else out.set(rel, `${info.mode & 0o111 ? 'x' : '-'} ${sha(readFileSync(full))}`)
    }
  }
  visit('')
  return out
}

describe('packTree', () => {
  const root = tempDir()
  buildTree(root, false)
  const formats: ArchiveFormat[] = ['tar.gz', 'zip']

  it.each(formats)('%s: the same tree gives the same bytes and sha256 twice', async (format) => {
    const first = await pack(root, format)
    const second = await pack(root, format)
    expect(second.bytes.equals(first.bytes)).toBe(true)
    expect(second.sha256).toBe(first.sha256)
    expect(first.sha256).toBe(sha(first.bytes))
    expect(first.size).toBe(first.bytes.length)
  })

  it.each(formats)(
    '%s: the same tree made in another order, modes and times gives the same sha256',
    async (format) => {
      const other = tempDir()
      buildTree(other, true)
      expect((await pack(other, format)).sha256).toBe((await pack(root, format)).sha256)
    },
  )

  it('gzip: fixed header (no name, mtime 0, OS byte 3) whatever the platform', async () => {
    const { bytes } = await pack(root, 'tar.gz')
    // XFL (byte 8) is 4: "fastest algorithm", as zlib writes for level 1.
    expect(bytes.subarray(0, 10).toString('hex')).toBe('1f8b0800000000000403')
  })

  it('tar: every header has the fixed time, owner 0, no user or group name', async () => {
    const { bytes } = await pack(root, 'tar.gz')
    const extract = tarStream.extract()
    extract.end(gunzipSync(bytes))
    const names: string[] = []
    for await (const entry of extract) {
      const { header } = entry
      names.push(header.name)
      expect(header.mtime.toISOString()).toBe('2000-01-01T00:00:00.000Z')
      expect([header.uid, header.gid, header.uname, header.gname]).toEqual([0, 0, '', ''])
      expect([0o644, 0o755, 0o777]).toContain(header.mode)
      entry.resume()
    }
    const tree = await walkTree(root)
    const expected = tree.entries.map((e) => (e.kind === 'directory' ? `${e.path}/` : e.path))
    expect(names).toEqual(expected)
  })

  it('tar.gz: the system tar extracts the same bytes, names, exec bits and link', async () => {
    const { bytes } = await pack(root, 'tar.gz')
    const out = tempDir()
    writeFileSync(path.join(out, 'a.tar.gz'), bytes)
    mkdirSync(path.join(out, 'x'))
    execFileSync('tar', ['-xzf', path.join(out, 'a.tar.gz'), '-C', path.join(out, 'x')])
    const extracted = snapshot(path.join(out, 'x'))
    expect(extracted).toEqual(snapshot(root))
    expect(extracted.get('bin/run.sh')?.startsWith('x ')).toBe(true)
    expect(extracted.get('bin/rocket')).toBe('-> ../é/日本/🚀.txt')
    expect(extracted.get('empty')).toBe('dir')
    expect((await walkTree(path.join(out, 'x'))).entries).toEqual((await walkTree(root)).entries)
  })

  it('zip: a library reads the same bytes, names, modes and the fixed DOS time', async () => {
    const { bytes } = await pack(root, 'zip')
    const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true })
    const read = new Map<string, string>()
    for await (const entry of zip.eachEntry()) {
      const mode = (entry.externalFileAttributes >>> 16) & 0o777
      const date = entry.getLastModDate({ forceDosFormat: true, timezone: 'UTC' })
      expect(date.toISOString()).toBe('2000-01-01T00:00:00.000Z')
      expect(entry.extraFields).toEqual([])
      if (entry.fileName.endsWith('/')) {
        expect(mode).toBe(0o755)
        read.set(entry.fileName.slice(0, -1), 'dir')
        continue
      }
      const chunks: Buffer[] = []
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
      read.set(entry.fileName, `${mode & 0o111 ? 'x' : '-'} ${sha(Buffer.concat(chunks))}`)
    }
    const expected = snapshot(root)
    // The link is stored as a copy of the file it points to.
    expected.set('bin/rocket', expected.get('é/日本/🚀.txt') ?? '')
    expect(read).toEqual(expected)
    const tree = await walkTree(root)
    expect([...read.keys()]).toEqual(tree.entries.map((e) => e.path))
  })

  it('zip: unzip, if installed, extracts the same bytes and names', async () => {
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' })
    } catch {
      console.log('unzip is not installed: skipping the unzip extraction check')
      return
    }
    const { bytes } = await pack(root, 'zip')
    const out = tempDir()
    writeFileSync(path.join(out, 'a.zip'), bytes)
    execFileSync('unzip', ['-q', path.join(out, 'a.zip'), '-d', path.join(out, 'x')])
    const expected = snapshot(root)
    expected.set('bin/rocket', expected.get('é/日本/🚀.txt') ?? '')
    expect(snapshot(path.join(out, 'x'))).toEqual(expected)
  })

  it('tar.gz keeps a link to a folder; zip refuses it, naming the path', async () => {
    const dir = tempDir()
    write(dir, 'real/file.txt', 'x')
    symlinkSync('real', path.join(dir, 'alias'))
    const tree = await walkTree(dir)
    const out = tempDir()
    const { stream } = packTree(tree.root, tree.entries, 'tar.gz')
    await pipeline(stream, createWriteStream(path.join(out, 'a.tgz')))
    execFileSync('tar', ['-xzf', path.join(out, 'a.tgz'), '-C', out])
    expect(readlinkSync(path.join(out, 'alias'))).toBe('real')
    let thrown: unknown
    try {
      packTree(tree.root, tree.entries, 'zip')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ArtifactError)
    expect((thrown as ArtifactError).path).toBe(path.join(dir, 'alias'))
    expect((thrown as ArtifactError).message).toMatch(/symlink to a directory/)
  })

  it('sorts the entries it is given', async () => {
    const tree = await walkTree(root)
    const shuffled = tree.entries.toReversed()
    for (const format of formats) {
      const { stream, digest } = packTree(tree.root, shuffled, format)
      stream.resume()
      expect((await digest).sha256).toBe((await pack(root, format)).sha256)
    }
  })

  it('packs an empty tree and a single file', async () => {
    for (const format of formats) {
      const empty = packTree(tempDir(), [], format)
      empty.stream.resume()
      expect((await empty.digest).bytes).toBeGreaterThan(0)
    }
    const single = await walkTree(path.join(root, 'bin/run.sh'))
    const { stream } = packTree(single.root, single.entries, 'tar.gz')
    const out = tempDir()
    await pipeline(stream, createWriteStream(path.join(out, 'a.tgz')))
    expect(execFileSync('tar', ['-tzf', path.join(out, 'a.tgz')], { encoding: 'utf8' })).toBe(
      'run.sh\n',
    )
  })
})

describe('packTree failures', () => {
  const formats: ArchiveFormat[] = ['tar.gz', 'zip']

  async function failure(root: string, entries: readonly TreeEntry[], format: ArchiveFormat) {
    const { stream, digest } = packTree(root, entries, format)
    const streamed = await pipeline(stream, new Writable({ write: (_c, _e, cb) => cb() })).then(
      () => undefined,
      (e: unknown) => e,
    )
    const digested = await digest.then(
      () => undefined,
      (e: unknown) => e,
    )
    return { streamed, digested }
  }

  it.each(formats)('%s: a file removed after the walk fails the stream, naming it', async (f) => {
    const dir = tempDir()
    write(dir, 'a.txt', 'a')
    write(dir, 'gone.txt', 'soon gone')
    const tree = await walkTree(dir)
    unlinkSync(path.join(dir, 'gone.txt'))
    const { streamed, digested } = await failure(tree.root, tree.entries, f)
    expect(streamed).toBeInstanceOf(ArtifactError)
    expect((streamed as ArtifactError).path).toBe(path.join(dir, 'gone.txt'))
    expect((streamed as ArtifactError).reason).toMatch(/does not exist/)
    expect(digested).toBe(streamed)
  })

  it.each(formats)('%s: a file that grew or shrank after the walk fails, naming it', async (f) => {
    for (const content of ['much longer content than before', '']) {
      const dir = tempDir()
      write(dir, 'changing.txt', 'short')
      const tree = await walkTree(dir)
      write(dir, 'changing.txt', content)
      const { streamed } = await failure(tree.root, tree.entries, f)
      expect(streamed).toBeInstanceOf(ArtifactError)
      expect((streamed as ArtifactError).path).toBe(path.join(dir, 'changing.txt'))
      expect((streamed as ArtifactError).reason).toMatch(/changed while it was packed/)
    }
  })

  it.each(formats)('%s: a reader that stops early gets a rejected digest', async (f) => {
    const dir = tempDir()
    await writeRandomFile(path.join(dir, 'big.bin'), 8)
    const tree = await walkTree(dir)
    const { stream, digest } = packTree(tree.root, tree.entries, f)
    for await (const chunk of stream) {
      expect((chunk as Buffer).length).toBeGreaterThan(0)
      break // destroys the stream
    }
    await expect(digest).rejects.toThrow()
  })

  it('zip refuses a name with a backslash', async () => {
    const dir = tempDir()
    write(dir, 'back\\slash', 'x')
    const tree = await walkTree(dir)
    expect(() => packTree(tree.root, tree.entries, 'zip')).toThrow(/backslash/)
  })
})

/** A file of `mb` MiB: one random MiB streamed again and again (no deflate match within 32 KiB). */
async function writeRandomFile(file: string, mb: number): Promise<void> {
  const block = randomBytes(1 << 20)
  function* blocks(): Generator<Buffer> {
    for (let i = 0; i < mb; i++) yield block
  }
  await pipeline(Readable.from(blocks()), createWriteStream(file))
}

describe('packTree memory', () => {
  const SIZE = 200 * 1024 * 1024

  it.each(['tar.gz', 'zip'] as const)(
    '%s: a 200 MB file packs with bounded memory',
    async (format) => {
      const dir = tempDir()
      const file = path.join(dir, 'big.bin')
      // Sparse: one byte written at the end by a stream, no 200 MB buffer anywhere.
      await pipeline(
        Readable.from([Buffer.from('!')]),
        createWriteStream(file, { start: SIZE - 1 }),
      )
      expect(statSync(file).size).toBe(SIZE)
      const tree = await walkTree(dir)
      const before = process.memoryUsage().rss
      let peak = before
      const started = performance.now()
      const { stream, digest } = packTree(tree.root, tree.entries, format)
      const sink = new Writable({
        write(_chunk, _encoding, done) {
          peak = Math.max(peak, process.memoryUsage().rss)
          done()
        },
      })
      await pipeline(stream, sink)
      const seconds = (performance.now() - started) / 1000
      const { bytes } = await digest
      const growth = (Math.max(peak, process.memoryUsage().rss) - before) / 2 ** 20
      console.log(
        `${format}: 200 MiB (sparse) → ${bytes} bytes in ${seconds.toFixed(2)} s ` +
          `(${(200 / seconds).toFixed(0)} MiB/s), rss growth ${growth.toFixed(1)} MiB`,
      )
      expect(growth).toBeLessThan(100)
      expect(seconds).toBeLessThan(10)
    },
    20_000,
  )

  it('a paused reader holds the packer back (back-pressure)', async () => {
    const dir = tempDir()
    await writeRandomFile(path.join(dir, 'random.bin'), 24)
    const tree = await walkTree(dir)
    const { stream, digest } = packTree(tree.root, tree.entries, 'tar.gz')
    await new Promise((resolve) => setTimeout(resolve, 300))
    // Nothing piles up while nobody reads: the stream holds about its high-water mark.
    expect(stream.readableLength).toBeGreaterThan(0)
    expect(stream.readableLength).toBeLessThanOrEqual(stream.readableHighWaterMark + 64 * 1024)
    let total = 0
    for await (const chunk of stream) total += (chunk as Buffer).length
    expect(total).toBe((await digest).bytes)
    expect(total).toBeGreaterThan(24 * 2 ** 20)
  })
})
