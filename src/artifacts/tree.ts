// Walks `customizer-source` (a directory, or one file) into the sorted list of entries that
// pack.ts archives. Everything that would make the archive differ between machines, or reach
// outside the tree, is refused here with the path named: links that leave the tree (or are
// absolute), dangling links, link loops, FIFOs, sockets, devices, and names with control
// characters or bytes that are not UTF-8; so is a tree deeper or larger than the walk bounds.
import type { Stats } from 'node:fs'
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { ActionError } from '../model/errors.ts'
import {
  CONTROL_NAME,
  NOT_UTF8_NAME,
  WALK_BOUNDS,
  brokenLinkReason,
  compareUtf8,
  decodeName,
  escapeControls,
  hasControlCharacter as hasControl,
  specialKind,
  type WalkBounds,
} from '../model/file-entries.ts'

/** What an entry is on disk (links are kept as links, never followed while walking). */
export type EntryKind = 'file' | 'directory' | 'symlink'

/** One entry of a walked tree. */
export interface TreeEntry {
  /** Relative to the tree's root, with forward slashes; never empty, absolute or with `..`. */
  readonly path: string
  readonly kind: EntryKind
  /** 0o755 if any executable bit is set (directories always), else 0o644; a link's: its target's. */
  readonly mode: number
  /** Bytes of a file when listed; 0 for directories and links. */
  readonly size: number
  /** Links only: the link text (relative, forward slashes) and what it resolves to. */
  readonly link?: { readonly target: string; readonly kind: 'file' | 'directory' }
}

/** A walked source: the folder the entry paths are relative to, and the sorted entries. */
export interface Tree {
  readonly root: string
  readonly entries: readonly TreeEntry[]
}

/** A path of the source that cannot be packed, and why (the message names the path). */
export class ArtifactError extends ActionError {
  readonly path: string
  readonly reason: string

  constructor(file: string, reason: string, options?: { cause?: unknown }) {
    super(`customizer-source: '${escapeControls(file)}' ${reason}`, options)
    this.name = 'ArtifactError'
    this.path = file
    this.reason = reason
  }
}

interface Walk {
  /** The source as given (paths in errors and for reading are joined to it). */
  readonly root: string
  /** realpath of the root, to check where links resolve. */
  readonly realRoot: string
  readonly bounds: WalkBounds
  /** Entries seen so far, against `bounds.entries`. */
  count: number
}

/** Byte order of the UTF-8 paths: the same on every machine, whatever the locale. */
export function compareEntryPaths(a: TreeEntry, b: TreeEntry): number {
  return compareUtf8(a.path, b.path)
}

/** 0o755 if any executable bit is set, else 0o644. */
export function normalMode(mode: number): number {
  return (mode & 0o111) !== 0 ? 0o755 : 0o644
}

/** The entries of a directory (every level, hidden ones too; not the root itself), or of one file. */
export async function walkTree(source: string, bounds = WALK_BOUNDS): Promise<Tree> {
  const info = await io(source, () => stat(source))
  if (info.isFile()) {
    const name = path.basename(source)
    checkName(source, name)
    const entry = { path: name, kind: 'file', mode: normalMode(info.mode), size: info.size }
    return { root: path.dirname(source), entries: [entry as TreeEntry] }
  }
  if (!info.isDirectory()) throw new ArtifactError(source, `is ${special(info)}`)
  const realRoot = await io(source, () => realpath(source))
  const walk = { root: source, realRoot, bounds, count: 0 }
  const entries: TreeEntry[] = []
  await walkDirectory(walk, '', entries)
  return { root: source, entries: entries.sort(compareEntryPaths) }
}

async function walkDirectory(walk: Walk, relative: string, out: TreeEntry[]): Promise<void> {
  const directory = fullPath(walk, relative)
  const raw = await io(directory, () => readdir(directory, { encoding: 'buffer' }))
  const depth = relative === '' ? 1 : relative.split('/').length + 1
  if (raw.length > 0 && depth > walk.bounds.depth) {
    throw new ArtifactError(
      directory,
      `holds entries ${depth} levels below the source; at most ${walk.bounds.depth} levels are walked`,
    )
  }
  walk.count += raw.length
  if (walk.count > walk.bounds.entries) {
    throw new ArtifactError(
      walk.root,
      `holds more than ${walk.bounds.entries} entries (files, folders and links); at most that many are packed`,
    )
  }
  for (const bytes of raw) {
    const name = nameOf(directory, bytes)
    const entry = await describe(walk, relative ? `${relative}/${name}` : name)
    out.push(entry)
    if (entry.kind === 'directory') await walkDirectory(walk, entry.path, out)
  }
}

async function describe(walk: Walk, relative: string): Promise<TreeEntry> {
  const file = fullPath(walk, relative)
  const info = await io(file, () => lstat(file))
  if (info.isFile()) {
    return { path: relative, kind: 'file', mode: normalMode(info.mode), size: info.size }
  }
  if (info.isDirectory()) return { path: relative, kind: 'directory', mode: 0o755, size: 0 }
  if (info.isSymbolicLink()) return describeLink(walk, relative, file)
  throw new ArtifactError(file, `is ${special(info)}`)
}

async function describeLink(walk: Walk, relative: string, file: string): Promise<TreeEntry> {
  const target = linkTarget(file, relative, await io(file, () => readlink(file)))
  const real = await resolveLink(file, target)
  const inside = path.relative(walk.realRoot, real)
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) {
    throw new ArtifactError(file, `is a symlink that resolves outside the tree (${real}); ${LINKS}`)
  }
  const info = await io(file, () => stat(real))
  if (info.isFile()) {
    const link = { target, kind: 'file' } as const
    return { path: relative, kind: 'symlink', mode: normalMode(info.mode), size: 0, link }
  }
  if (info.isDirectory()) {
    const link = { target, kind: 'directory' } as const
    return { path: relative, kind: 'symlink', mode: 0o755, size: 0, link }
  }
  throw new ArtifactError(file, `is a symlink to ${special(info)}`)
}

/** The link text with forward slashes, if it stays inside the tree as written. */
function linkTarget(file: string, relative: string, text: string): string {
  const target = text.split(path.sep).join('/')
  if (hasControl(target)) {
    throw new ArtifactError(file, 'is a symlink whose target has a control character')
  }
  if (path.posix.isAbsolute(target) || path.win32.isAbsolute(text)) {
    throw new ArtifactError(file, `is a symlink to an absolute path (${target}); ${LINKS}`)
  }
  const lexical = path.posix.join(path.posix.dirname(relative), target)
  if (lexical === '..' || lexical.startsWith('../')) {
    throw new ArtifactError(file, `is a symlink that points outside the tree (${target}); ${LINKS}`)
  }
  return target
}

const LINKS = 'only relative symlinks to files or directories inside the tree can be packed'

async function resolveLink(file: string, target: string): Promise<string> {
  try {
    return await realpath(file)
  } catch (error) {
    const reason = brokenLinkReason((error as NodeJS.ErrnoException).code, target)
    if (reason) throw new ArtifactError(file, reason, { cause: error })
    throw readError(file, error)
  }
}

function nameOf(directory: string, bytes: Buffer): string {
  const name = decodeName(bytes)
  if (name === undefined)
    throw new ArtifactError(path.join(directory, bytes.toString('utf8')), NOT_UTF8_NAME)
  checkName(path.join(directory, name), name)
  return name
}

function checkName(file: string, name: string): void {
  if (hasControl(name)) throw new ArtifactError(file, CONTROL_NAME)
}

function special(info: Stats): string {
  const kind = specialKind(info)
  return kind.startsWith('neither')
    ? kind
    : `${kind}; only files, directories and symlinks can be packed`
}

function fullPath(walk: Walk, relative: string): string {
  return relative ? path.join(walk.root, ...relative.split('/')) : walk.root
}

/** Runs one file-system call; a failure becomes an ArtifactError naming the path. */
async function io<T>(file: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw readError(file, error)
  }
}

/** A read failure (missing, no permission, …) as an ArtifactError naming the path. */
export function readError(file: string, error: unknown): ArtifactError {
  if (error instanceof ArtifactError) return error
  const code = (error as NodeJS.ErrnoException).code
  const reason =
    code === 'ENOENT'
      ? 'does not exist'
      : `cannot be read (${error instanceof Error ? error.message : String(error)})`
  return new ArtifactError(file, reason, { cause: error })
}
