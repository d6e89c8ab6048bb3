import { createHash } from 'node:crypto'
import { globSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { WorkspaceFile } from '../model/types.ts'

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

const GLOB_CHARS = /[*?[\]{}]/

/** Resolves workspace paths or globs, in the order given (globs sorted), each file once. */
export function resolveWorkspaceFiles(
  workspace: string,
  patterns: readonly string[],
  limit: { bytes: number; why: string } = INLINE_LIMIT,
): FileResult {
  const root = realpathSync(workspace)
  const seen = new Set<string>()
  const result: FileResult = { files: [], problems: [] }
  for (const pattern of patterns) {
    const matches = expand(root, pattern)
    if (matches.length === 0) result.problems.push(noMatch(pattern))
    for (const match of matches) {
      if (seen.has(match)) continue
      seen.add(match)
      const file = readInsideWorkspace(root, match, limit)
      if (typeof file === 'string') result.problems.push(file)
      else result.files.push(file)
    }
  }
  return result
}

/**
 * Every regular file below `dir`, dot files included (globs skip them), sorted so the template is
 * the same on every run. A file instead of a directory is returned as it is.
 */
export function filesBelow(workspace: string, dir: string): FileResult {
  const root = realpathSync(workspace)
  const absolute = path.resolve(root, dir)
  if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) {
    return resolveWorkspaceFiles(workspace, [dir])
  }
  const result: FileResult = { files: [], problems: [] }
  const entries = readdirSync(absolute, { recursive: true, withFileTypes: true })
  const paths = entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  for (const file of paths) {
    const read = readInsideWorkspace(root, file, INLINE_LIMIT)
    if (typeof read === 'string') result.problems.push(read)
    else result.files.push(read)
  }
  if (paths.length === 0) result.problems.push(`"${dir}" holds no file`)
  return result
}

/** One file the user named by its path (no globs), such as the template file. */
export function readWorkspaceFile(workspace: string, relPath: string): WorkspaceFile | string {
  const root = realpathSync(workspace)
  const absolute = path.resolve(root, relPath)
  if (!statSync(absolute, { throwIfNoEntry: false })) return noMatch(relPath)
  const limit = { bytes: MAX_TEMPLATE_FILE_BYTES, why: 'are more than ARM accepts in one request' }
  return readInsideWorkspace(root, absolute, limit)
}

const noMatch = (pattern: string) => `"${pattern}" matches no file in the workspace`

function expand(root: string, pattern: string): string[] {
  if (!GLOB_CHARS.test(pattern)) {
    const absolute = path.resolve(root, pattern)
    return statSync(absolute, { throwIfNoEntry: false }) ? [absolute] : []
  }
  return globSync(pattern, { cwd: root })
    .map((match) => path.resolve(root, match))
    .filter((match) => statSync(match, { throwIfNoEntry: false })?.isFile())
    .sort()
}

function readInsideWorkspace(
  root: string,
  absolute: string,
  limit: { bytes: number; why: string },
): WorkspaceFile | string {
  const shown = toPosix(path.relative(root, absolute))
  // realpath follows symlinks: a link pointing outside the workspace is refused like `../x`.
  const real = realpathSync(absolute)
  if (real !== root && !real.startsWith(root + path.sep)) {
    return `"${shown}" is outside the workspace`
  }
  const stats = statSync(real)
  if (!stats.isFile()) return `"${shown}" is not a file`
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
