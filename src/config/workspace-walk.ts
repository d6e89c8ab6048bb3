// A bounded, synchronous walk of a workspace folder that never throws: every entry is described
// (a file, a directory, or what is wrong with it: a dangling link, a link loop, a FIFO, a socket,
// a device, a name that is not UTF-8), so the caller refuses exactly the entries it wanted, by
// name. Links are followed like @actions/glob does, except into folders outside the workspace
// and around a loop.
import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs'
import path from 'node:path'
import {
  CONTROL_NAME,
  NOT_UTF8_NAME,
  brokenLinkReason,
  compareUtf8,
  decodeName,
  escapeControls,
  hasControlCharacter,
  specialKind,
  type WalkBounds,
} from '../model/file-entries.ts'

/** One entry below the walk's start; `rel` is relative to the workspace, with forward slashes. */
export interface WalkEntry {
  readonly absolute: string
  readonly rel: string
  readonly kind: 'file' | 'directory' | 'refused'
  /** Why a `refused` entry cannot be used ("is a FIFO (named pipe)"). */
  readonly reason?: string
  /** A symlink (to a file or a folder). */
  readonly link?: boolean
}

export interface WalkOptions {
  /** realpath of the workspace: `rel` is relative to it, and links may not lead out of it. */
  readonly root: string
  /** The folder to walk (absolute, inside `root`). */
  readonly start: string
  readonly bounds: WalkBounds
  /** Whether a folder (by `rel`) may hold anything wanted: prunes the walk. */
  readonly descend: (rel: string) => boolean
  /** Why a link to a folder is refused instead of followed (copies cannot keep links). */
  readonly folderLinks?: string
  readonly visit: (entry: WalkEntry) => void
}

interface Folder {
  readonly absolute: string
  readonly rel: string
  readonly depth: number
  /** realpath of this folder (undefined if it could not be resolved). */
  readonly real: string | undefined
  /** realpaths of this folder and its parents, to stop at a link loop. */
  readonly chain: readonly string[]
}

/**
 * Walks below `start`, depth first in byte order of the names. Returns what stopped it (a
 * bound, a folder that cannot be read): one line each, naming the path.
 */
function walkWorkspace(options: WalkOptions, counter = { entries: 0 }): string[] {
  const problems: string[] = []
  const start = relOf(options, options.start)
  const chain = foldersUpToRoot(options)
  const stack: Folder[] = [{ absolute: options.start, rel: start, depth: 0, real: chain[0], chain }]
  for (let folder = stack.pop(); folder; folder = stack.pop()) {
    const listed = listFolder(folder.absolute)
    if (typeof listed === 'string') {
      problems.push(`"${folder.rel}" ${listed}`)
      continue
    }
    counter.entries += listed.length
    const beyond = boundProblem(options.bounds, folder, listed.length, counter.entries, start)
    if (beyond) return [...problems, beyond]
    stack.push(...visitFolder(options, folder, listed).reverse())
  }
  return problems
}

/** The files a walk found, in byte order of their paths, and what it refused or stopped at. */
export interface Collected {
  readonly files: WalkEntry[]
  readonly problems: string[]
}

/**
 * Walks like walkWorkspace and keeps the files `wanted` takes (all by default): each refused
 * entry it wants is one problem naming it, and what stopped the walk is one problem after `label`.
 */
export function collectFiles(
  options: Omit<WalkOptions, 'visit'> & {
    readonly label: string
    readonly wanted?: (rel: string) => boolean
  },
  counter = { entries: 0 },
): Collected {
  const files: WalkEntry[] = []
  const problems: string[] = []
  const visit = (entry: WalkEntry): void => {
    if (options.wanted && !options.wanted(entry.rel)) return
    if (entry.kind === 'refused') problems.push(entryProblem(entry.rel, entry.reason ?? ''))
    else files.push(entry)
  }
  const walked = walkWorkspace({ ...options, visit }, counter)
  problems.push(...walked.map((problem) => `"${options.label}": ${problem}`))
  files.sort((a, b) => compareUtf8(a.rel, b.rel))
  return { files, problems }
}

/** One problem line naming an entry by its workspace path (control characters shown escaped). */
export const entryProblem = (rel: string, reason: string): string =>
  `"${escapeControls(rel)}" ${reason}`

function boundProblem(
  bounds: WalkBounds,
  folder: Folder,
  listed: number,
  entries: number,
  start: string,
): string | undefined {
  if (entries > bounds.entries)
    return `the walk passed ${bounds.entries} entries (files, folders and links) below "${start || '.'}"; narrow it`
  if (listed > 0 && folder.depth >= bounds.depth)
    return `"${folder.rel}" holds entries more than ${bounds.depth} levels below "${start || '.'}"; at most ${bounds.depth} levels are walked`
  return undefined
}

/** Visits the entries of one folder; returns its subfolders to walk, in order. */
function visitFolder(options: WalkOptions, folder: Folder, listed: Dirent<Buffer>[]): Folder[] {
  const below: Folder[] = []
  for (const dirent of listed) {
    const entry = refuseControlName(describe(folder, dirent))
    if (entry.kind === 'directory' && entry.link && options.folderLinks)
      options.visit({ ...entry, kind: 'refused', reason: options.folderLinks })
    else if (entry.kind !== 'directory') options.visit(entry)
    else if (options.descend(entry.rel)) {
      const next = enterFolder(options, folder, entry)
      if (typeof next === 'string') options.visit({ ...entry, kind: 'refused', reason: next })
      else if (next) below.push(next)
    }
  }
  return below
}

/** The sorted entries of a folder, or why it cannot be read. */
function listFolder(absolute: string): Dirent<Buffer>[] | string {
  try {
    const entries = readdirSync(absolute, { withFileTypes: true, encoding: 'buffer' })
    return entries.sort((a, b) => Buffer.compare(a.name, b.name))
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`
  }
}

/** A file whose path holds a control character is refused (a folder's files inherit it). */
function refuseControlName(entry: WalkEntry): WalkEntry {
  if (entry.kind !== 'file' || !hasControlCharacter(entry.rel)) return entry
  return { ...entry, kind: 'refused', reason: CONTROL_NAME }
}

function describe(folder: Folder, dirent: Dirent<Buffer>): WalkEntry {
  const decoded = decodeName(dirent.name)
  const name = decoded ?? dirent.name.toString('utf8')
  const absolute = path.join(folder.absolute, name)
  const rel = folder.rel === '' ? name : `${folder.rel}/${name}`
  const refused = (reason: string): WalkEntry => ({ absolute, rel, kind: 'refused', reason })
  if (decoded === undefined) return refused(NOT_UTF8_NAME)
  if (dirent.isFile()) return { absolute, rel, kind: 'file' }
  if (dirent.isDirectory()) return { absolute, rel, kind: 'directory' }
  if (!dirent.isSymbolicLink()) return refused(`is ${specialKind(dirent)}`)
  const target = followLink(absolute)
  if (typeof target === 'string') return refused(target)
  if (target.isFile()) return { absolute, rel, kind: 'file', link: true }
  if (target.isDirectory()) return { absolute, rel, kind: 'directory', link: true }
  return refused(`is a symlink to ${specialKind(target)}`)
}

/**
 * A folder to walk into; nothing for a link that leads out of the workspace (what it holds
 * would be refused anyway), and why for a link back to a folder that holds it (a loop).
 */
function enterFolder(
  options: WalkOptions,
  folder: Folder,
  entry: WalkEntry,
): Folder | string | undefined {
  // A plain folder's realpath is its parent's and its name: only a link needs resolving.
  const real =
    entry.link || folder.real === undefined
      ? safeRealpath(entry.absolute)
      : path.join(folder.real, path.basename(entry.absolute))
  if (!real) return undefined
  const inside = real === options.root || real.startsWith(options.root + path.sep)
  if (!inside) return undefined
  if (folder.chain.includes(real))
    return 'is a symlink loop (it leads back to a folder that holds it)'
  return {
    absolute: entry.absolute,
    rel: entry.rel,
    depth: folder.depth + 1,
    real,
    chain: [...folder.chain, real],
  }
}

/** What a link points at, or why it cannot be followed. */
export function followLink(absolute: string): Stats | string {
  try {
    return statSync(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return brokenLinkReason(code, linkText(absolute)) ?? `cannot be read (${code ?? String(error)})`
  }
}

function linkText(absolute: string): string {
  try {
    return readlinkSync(absolute)
  } catch {
    return '?'
  }
}

export function safeRealpath(absolute: string): string | undefined {
  try {
    return realpathSync(absolute)
  } catch {
    return undefined
  }
}

/** realpaths of the start and of its parents up to the workspace: a link to any is a loop. */
function foldersUpToRoot(options: WalkOptions): string[] {
  const real = safeRealpath(options.start)
  if (!real) return []
  const chain = [real]
  for (let dir = real; dir.startsWith(options.root + path.sep);) {
    dir = path.dirname(dir)
    chain.push(dir)
  }
  return chain
}

function relOf(options: WalkOptions, absolute: string): string {
  return path.relative(options.root, absolute).split(path.sep).join('/')
}
