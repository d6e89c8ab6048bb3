import { createHash } from 'node:crypto'
import { globSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { WorkspaceFile } from './types.ts'

/** Largest file delivered inline in the template (base64 grows it by a third). */
export const MAX_INLINE_FILE_BYTES = 256 * 1024
/** Largest total of inlined bytes: keeps the template well under ARM's 4 MB request limit. */
export const MAX_INLINE_TOTAL_BYTES = 1024 * 1024

export type FileResult = { files: WorkspaceFile[]; problems: string[] }

const GLOB_CHARS = /[*?[\]{}]/

/** Resolves workspace paths or globs, in the order given (globs sorted), each file once. */
export function resolveWorkspaceFiles(workspace: string, patterns: readonly string[]): FileResult {
  const root = realpathSync(workspace)
  const seen = new Set<string>()
  const result: FileResult = { files: [], problems: [] }
  for (const pattern of patterns) {
    const matches = expand(root, pattern)
    if (matches.length === 0) result.problems.push(`"${pattern}" matches no file in the workspace`)
    for (const match of matches) {
      if (seen.has(match)) continue
      seen.add(match)
      const file = readInsideWorkspace(root, match)
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
    const read = readInsideWorkspace(root, file)
    if (typeof read === 'string') result.problems.push(read)
    else result.files.push(read)
  }
  if (paths.length === 0) result.problems.push(`"${dir}" holds no file`)
  return result
}

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

function readInsideWorkspace(root: string, absolute: string): WorkspaceFile | string {
  const shown = toPosix(path.relative(root, absolute))
  // realpath follows symlinks: a link pointing outside the workspace is refused like `../x`.
  const real = realpathSync(absolute)
  if (real !== root && !real.startsWith(root + path.sep)) {
    return `"${shown}" is outside the workspace`
  }
  const stats = statSync(real)
  if (!stats.isFile()) return `"${shown}" is not a file`
  if (stats.size > MAX_INLINE_FILE_BYTES) {
    return `"${shown}" is ${stats.size} bytes; files larger than ${MAX_INLINE_FILE_BYTES} bytes cannot be inlined in the template (upload through \`storage-account\` is planned)`
  }
  const bytes = readFileSync(real)
  return { relPath: shown, bytes, sha256: createHash('sha256').update(bytes).digest('hex') }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

export function totalBytes(files: readonly WorkspaceFile[]): number {
  return files.reduce((sum, f) => sum + f.bytes.length, 0)
}
