import { createHash } from 'node:crypto'
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  WALK_BOUNDS,
  brokenLinkReason,
  escapeControls,
  specialKind,
  type WalkBounds,
} from '../model/file-entries.ts'
import type { WorkspaceFile } from '../model/types.ts'
import { selectFiles } from './workspace-glob.ts'
import { collectFiles } from './workspace-walk.ts'

/** Largest file delivered inline in the template (base64 grows it by a third). */
export const MAX_INLINE_FILE_BYTES = 256 * 1024
/** Largest total of inlined bytes: keeps the template well under ARM's 4 MB request limit. */
export const MAX_INLINE_TOTAL_BYTES = 1024 * 1024
/** Largest template file: what ARM accepts in one request. */
export const MAX_TEMPLATE_FILE_BYTES = 4 * 1024 * 1024

const INLINE_LIMIT = {
  bytes: MAX_INLINE_FILE_BYTES,
  why: 'cannot be inlined in the template (with `storage-account`, `customizer-source` is uploaded instead and has no such limit)',
}

/** With `storage-account`, a repository script above the inline limit is uploaded instead. */
export const MAX_UPLOADED_SCRIPT_BYTES = 64 * 1024 * 1024
export const UPLOAD_LIMIT = {
  bytes: MAX_UPLOADED_SCRIPT_BYTES,
  why: 'is larger than a repository script may be (it is read into memory to be hashed and uploaded)',
}

/** Whether a file goes inline in the template; a larger one is uploaded (`storage-account`). */
export const isInlined = (file: WorkspaceFile): boolean =>
  file.bytes.length <= MAX_INLINE_FILE_BYTES

export type FileResult = { files: WorkspaceFile[]; problems: string[] }

/**
 * Resolves workspace paths and globs (workspace-glob.ts: @actions/glob patterns, `!` exclusions)
 * in the order of the lines, each file once, and reads them.
 */
export function resolveWorkspaceFiles(
  workspace: string,
  patterns: readonly string[],
  limit: { bytes: number; why: string } = INLINE_LIMIT,
  bounds: WalkBounds = WALK_BOUNDS,
): FileResult {
  const root = realpathSync(workspace)
  const selection = selectFiles(root, patterns, bounds)
  return readAll(root, selection.files, limit, selection.problems)
}

/**
 * Every file below `dir`, dot files included, in byte order of the paths so the template is the
 * same on every run; a file instead of a folder is returned as it is. What cannot be copied as
 * a file (a dangling link or loop, a link to a folder, a FIFO, a socket, a device, a name with a
 * control character or not UTF-8) is refused by name, and so is a tree beyond the walk bounds.
 */
export function filesBelow(
  workspace: string,
  dir: string,
  bounds: WalkBounds = WALK_BOUNDS,
): FileResult {
  const root = realpathSync(workspace)
  const absolute = path.resolve(root, dir)
  if (!isFolder(absolute)) return resolveWorkspaceFiles(workspace, [dir], INLINE_LIMIT, bounds)
  const { files, problems } = collectFiles({
    root,
    start: absolute,
    bounds,
    label: dir,
    descend: () => true,
    folderLinks: FOLDER_LINK,
  })
  const absolutes = files.map((file) => file.absolute)
  const result = readAll(root, absolutes, INLINE_LIMIT, problems)
  if (files.length === 0 && problems.length === 0) result.problems.push(`"${dir}" holds no file`)
  return result
}

/** Whether `absolute` is a folder (or a link to one); false for anything broken. */
export function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true
  } catch {
    return false
  }
}

/** A folder linked from inside the tree cannot be copied file by file. */
const FOLDER_LINK =
  'is a symlink to a folder; only files are copied inline (with `storage-account` the tree is packed, links kept)'

function readAll(
  root: string,
  files: readonly string[],
  limit: { bytes: number; why: string },
  problems: string[],
): FileResult {
  const result: FileResult = { files: [], problems }
  for (const file of files) {
    const read = readInsideWorkspace(root, file, limit)
    if (typeof read === 'string') result.problems.push(read)
    else result.files.push(read)
  }
  return result
}

/** One file the user named by its path (no globs), such as the template file. */
export function readWorkspaceFile(workspace: string, relPath: string): WorkspaceFile | string {
  const root = realpathSync(workspace)
  const absolute = path.resolve(root, relPath)
  if (!entryExists(absolute)) return noMatch(relPath)
  const limit = { bytes: MAX_TEMPLATE_FILE_BYTES, why: 'are more than ARM accepts in one request' }
  return readInsideWorkspace(root, absolute, limit)
}

const noMatch = (pattern: string) => `"${pattern}" matches no file in the workspace`

/** Whether anything (a link too, even a broken one) is at `absolute`. */
function entryExists(absolute: string): boolean {
  try {
    return lstatSync(absolute, { throwIfNoEntry: false }) !== undefined
  } catch {
    return true
  }
}

function readInsideWorkspace(
  root: string,
  absolute: string,
  limit: { bytes: number; why: string },
): WorkspaceFile | string {
  const shown = toPosix(path.relative(root, absolute))
  try {
    return readChecked(root, absolute, shown, limit)
  } catch (error) {
    // Changed since it was listed, or a path given as it is: say what is wrong with it.
    const code = (error as NodeJS.ErrnoException).code
    const reason = brokenLinkReason(code, shown) ?? `cannot be read (${code ?? String(error)})`
    return `"${escapeControls(shown)}" ${reason}`
  }
}

function readChecked(
  root: string,
  absolute: string,
  shown: string,
  limit: { bytes: number; why: string },
): WorkspaceFile | string {
  // realpath follows symlinks: a link pointing outside the workspace is refused like `../x`.
  const real = realpathSync(absolute)
  if (real !== root && !real.startsWith(root + path.sep)) {
    return `"${shown}" is outside the workspace`
  }
  const stats = statSync(real)
  if (stats.isDirectory()) return `"${shown}" is not a file`
  if (!stats.isFile()) return `"${escapeControls(shown)}" is ${specialKind(stats)}`
  if (stats.size > limit.bytes) {
    return `"${shown}" is ${stats.size} bytes; files larger than ${limit.bytes} bytes ${limit.why}`
  }
  const bytes = readFileSync(real)
  return { relPath: shown, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

export function totalBytes(files: readonly WorkspaceFile[]): number {
  return files.reduce((sum, f) => sum + f.bytes.length, 0)
}
