// What a walked file-system entry may be, said the same way wherever the workspace is walked:
// `customizer-source` (inline or packed for upload) and the globs of `customizer-scripts` and
// `validator-scripts`. Pure: callers pass what lstat/stat told them.

/** How deep and how large a walk may go before it stops with an error naming the input. */
export interface WalkBounds {
  /** Deepest directory level below where the walk starts. */
  readonly depth: number
  /** Most entries (files, directories, links) one walk visits. */
  readonly entries: number
}

/** The bounds users get (README "Limits"); tests pass smaller ones. */
export const WALK_BOUNDS: WalkBounds = { depth: 100, entries: 1_000_000 }

/** C0 controls (newline, tab, …), DEL and C1 controls. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f)
}

/** Whether a name holds a control character: such names break logs, scripts and checksums. */
export function hasControlCharacter(text: string): boolean {
  return [...text].some((c) => isControl(c.charCodeAt(0)))
}

/** Why an entry whose name holds a control character is refused. */
export const CONTROL_NAME = 'has a control character (newline, tab, …) in its name; rename it'

/** Why an entry whose name is not valid UTF-8 is refused. */
export const NOT_UTF8_NAME = 'has a name that is not valid UTF-8; rename it'

const UTF8 = new TextDecoder('utf-8', { fatal: true })

/** A name as the file system gave it, as text; undefined when it is not valid UTF-8. */
export function decodeName(bytes: Buffer): string | undefined {
  try {
    return UTF8.decode(bytes)
  } catch {
    return undefined
  }
}

/** Byte order of UTF-8 paths: the same on every machine, whatever the locale. */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\t': '\\t', '\r': '\\r' }

/** The text as a reader can see it: control characters as \n, \t or \u001b. */
export function escapeControls(text: string): string {
  const escape = (c: string): string =>
    SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  return [...text].map((c) => (isControl(c.charCodeAt(0)) ? escape(c) : c)).join('')
}

/** The part of fs.Stats that tells an entry's kind. */
export interface EntryKindInfo {
  isFIFO(): boolean
  isSocket(): boolean
  isBlockDevice(): boolean
  isCharacterDevice(): boolean
}

/** What a special entry is, for a message: "a FIFO (named pipe)", "a socket", "a device". */
export function specialKind(info: EntryKindInfo): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)'
  if (info.isSocket()) return 'a socket'
  if (info.isBlockDevice() || info.isCharacterDevice()) return 'a device'
  return 'neither a file nor a directory'
}

/** Why a link could not be followed, from its errno code; undefined for other failures. */
export function brokenLinkReason(code: string | undefined, target: string): string | undefined {
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return `is a dangling symlink (${target} does not exist)`
  if (code === 'ELOOP') return `is a symlink loop (${target})`
  return undefined
}
