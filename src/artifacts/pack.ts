// Packs a walked tree (tree.ts) into ONE archive stream, hashed as it flows out, so packing and
// hashing are one pass and memory stays bounded whatever the size: files are read from disk in
// chunks, one at a time, and every stage waits for the next one (back-pressure).
//
// Deterministic: the same tree gives the same bytes on every run and machine (for one deflate
// implementation: Node's zlib, `process.versions.zlib`; the tar inside is the same everywhere).
// - Entries in byte order of their UTF-8 paths (tree.ts), every directory included.
// - tar.gz: ustar headers (pax for long or non-ASCII names), mtime 2000-01-01T00:00:00Z, uid and
//   gid 0, empty uname/gname, modes 0644/0755 (links 0777); gzip level 6 with mtime 0, no name,
//   and its OS byte set to 3 (Unix) whatever the platform wrote.
// - zip: deflate level 6, DOS time 2000-01-01 00:00:00 and no extended (UTC) timestamp field,
//   so the time zone does not matter; Unix modes in the external attributes, UTF-8 names.
//   Windows has no portable zip symlink: a link to a file is stored as a copy of the file (with
//   its mode); a link to a directory is refused (ArtifactError), as is a name with a backslash.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import path from 'node:path'
import { pipeline, Readable, Transform } from 'node:stream'
import { constants as zlibConstants, createGzip } from 'node:zlib'
import tarStream from 'tar-stream'
import yazl from 'yazl'
import { ArtifactError, compareEntryPaths, readError, type TreeEntry } from './tree.ts'

/** tar.gz for Linux images, zip for Windows images. */
export type ArchiveFormat = 'tar.gz' | 'zip'

/** The sha256 (hex) and length of the archive bytes as they left the stream. */
export interface ArchiveDigest {
  readonly sha256: string
  readonly bytes: number
}

/** The archive to read once, and its digest, settled once every byte has gone through. */
export interface PackedArchive {
  readonly stream: Readable
  readonly digest: Promise<ArchiveDigest>
}

/** The time of every tar entry. */
export const TAR_MTIME = new Date(Date.UTC(2000, 0, 1))
/** The time of every zip entry: DOS times are local, so local midnight gives the same fields. */
export const ZIP_MTIME = new Date(2000, 0, 1)
/**
 * Deflate level of both formats. Speed over size: gzip on one core is what limits a large upload
 * (`npm run bench`), build outputs are often compressed already, and level 1 still shrinks text.
 */
export const DEFLATE_LEVEL = 1

const READ_CHUNK = 256 * 1024
const GZIP_OS_OFFSET = 9
const GZIP_OS_UNIX = 3
const S_IFREG = 0o100000
const S_IFDIR = 0o040000

/**
 * Packs `entries` (from walkTree; sorted again here) of `root` into one archive stream. The
 * digest resolves once the stream has passed its last byte (so read it to the end), and rejects
 * if packing fails (the stream errors with the same ArtifactError) or the reader stops early.
 */
export function packTree(
  root: string,
  entries: readonly TreeEntry[],
  format: ArchiveFormat,
): PackedArchive {
  const sorted = [...entries].sort(compareEntryPaths)
  if (format === 'zip') checkZip(root, sorted)
  const { tap, digest } = hashTap(format === 'tar.gz')
  const stages = format === 'tar.gz' ? tarGz(root, sorted) : [zipStream(root, sorted)]
  pipeline([...stages, tap], () => undefined)
  return { stream: tap, digest }
}

function hashTap(gzip: boolean): { tap: Transform; digest: Promise<ArchiveDigest> } {
  const hash = createHash('sha256')
  let bytes = 0
  let resolve: (digest: ArchiveDigest) => void = () => undefined
  let reject: (error: Error) => void = () => undefined
  const digest = new Promise<ArchiveDigest>((ok, fail) => {
    resolve = ok
    reject = fail
  })
  digest.catch(() => undefined) // the stream reports the same failure
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const out = gzip ? unixGzipHeader(chunk, bytes) : chunk
      hash.update(out)
      bytes += out.length
      done(null, out)
    },
    flush(done) {
      resolve({ sha256: hash.digest('hex'), bytes })
      done()
    },
  })
  tap.once('close', () => reject(tap.errored ?? new Error('the archive stream was closed early')))
  return { tap, digest }
}

/** The gzip header's OS byte is the platform's (3 Linux, 10 Windows, 19 macOS): make it 3. */
function unixGzipHeader(chunk: Buffer, offset: number): Buffer {
  const at = GZIP_OS_OFFSET - offset
  if (at < 0 || at >= chunk.length) return chunk
  const copy = Buffer.from(chunk)
  copy[at] = GZIP_OS_UNIX
  return copy
}

function tarGz(root: string, entries: readonly TreeEntry[]): Readable[] {
  const pack = tarStream.pack()
  feedTar(pack, root, entries).then(
    () => pack.finalize(),
    (error: Error) => pack.destroy(error),
  )
  const gzip = createGzip({
    level: DEFLATE_LEVEL,
    windowBits: 15,
    memLevel: 8,
    strategy: zlibConstants.Z_DEFAULT_STRATEGY,
  })
  return [Readable.from(pack, { objectMode: false }), gzip]
}

async function feedTar(
  pack: tarStream.Pack,
  root: string,
  entries: readonly TreeEntry[],
): Promise<void> {
  for (const entry of entries) {
    const { sink, done } = tarEntry(pack, entry)
    if (entry.kind === 'file') await writeFile(sink, done, filePath(root, entry), entry.size)
    await done
  }
}

type TarHeader = Partial<tarStream.Header> & Pick<tarStream.Header, 'name'>
type TarSink = ReturnType<tarStream.Pack['entry']>

function tarHeader(entry: TreeEntry): TarHeader {
  const common = { name: entry.path, mtime: TAR_MTIME, uid: 0, gid: 0, uname: '', gname: '' }
  if (entry.kind === 'file') return { ...common, type: 'file', mode: entry.mode, size: entry.size }
  if (entry.kind === 'directory') {
    return { ...common, name: `${entry.path}/`, type: 'directory', mode: 0o755 }
  }
  return { ...common, type: 'symlink', mode: 0o777, linkname: entry.link?.target ?? '' }
}

function tarEntry(pack: tarStream.Pack, entry: TreeEntry): { sink: TarSink; done: Promise<void> } {
  let sink: TarSink | undefined
  const done = new Promise<void>((resolve, reject) => {
    sink = pack.entry(tarHeader(entry), (error) => (error ? reject(error) : resolve()))
  })
  done.catch(() => undefined) // awaited by feedTar; a destroyed pack rejects it early
  sink?.on('error', () => undefined) // reported through `done`
  return { sink: sink as TarSink, done }
}

/** Copies a file into a tar entry chunk by chunk, waiting whenever the entry is full. */
async function writeFile(sink: TarSink, done: Promise<void>, file: string, size: number) {
  const drained = (): Promise<void> => new Promise((resolve) => sink.once('drain', () => resolve()))
  for await (const chunk of fileChunks(file, size)) {
    if (!sink.write(chunk)) await Promise.race([drained(), done])
  }
  sink.end(undefined) // streamx's types want an argument
}

/** The file's bytes; fails, naming it, if it cannot be read or its size changed since listed. */
async function* fileChunks(file: string, size?: number): AsyncGenerator<Buffer> {
  let bytes = 0
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: READ_CHUNK })) {
      bytes += (chunk as Buffer).length
      if (size !== undefined && bytes > size) break
      yield chunk as Buffer
    }
  } catch (error) {
    throw readError(file, error)
  }
  if (size !== undefined && bytes !== size) {
    throw new ArtifactError(file, `changed while it was packed (${size} bytes when listed)`)
  }
}

function checkZip(root: string, entries: readonly TreeEntry[]): void {
  for (const entry of entries) {
    if (entry.path.includes('\\')) {
      throw new ArtifactError(
        filePath(root, entry),
        'has a backslash in its name; a zip cannot hold it',
      )
    }
    if (entry.link?.kind === 'directory') {
      const reason =
        'is a symlink to a directory, which a zip (for Windows) cannot hold; use tar.gz or copy the directory'
      throw new ArtifactError(filePath(root, entry), reason)
    }
  }
}

function zipStream(root: string, entries: readonly TreeEntry[]): Readable {
  const zip = new yazl.ZipFile()
  const out = zip.outputStream as Readable
  let reading: Readable | undefined
  const fail = (error: Error): void => void out.destroy(error)
  zip.on('error', fail)
  out.once('close', () => reading?.destroy())
  const options = { mtime: ZIP_MTIME, forceDosTimestamp: true }
  for (const entry of entries) {
    if (entry.kind === 'directory') {
      zip.addEmptyDirectory(entry.path, { ...options, mode: S_IFDIR | 0o755 })
      continue
    }
    // A link to a file (checked by checkZip) is stored as a copy of its target.
    const size = entry.kind === 'file' ? entry.size : undefined
    const mode = S_IFREG | entry.mode
    const file = {
      ...options,
      mode,
      compressionLevel: DEFLATE_LEVEL,
      ...(size === undefined ? {} : { size }),
    }
    zip.addReadStreamLazy(entry.path, file, (ready) => {
      reading = Readable.from(fileChunks(filePath(root, entry), size), { objectMode: false })
      reading.once('error', fail)
      ready(null, reading)
    })
  }
  zip.end()
  return out
}

function filePath(root: string, entry: TreeEntry): string {
  return path.join(root, ...entry.path.split('/'))
}
