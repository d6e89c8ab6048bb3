// Byte-level rules for repository scripts: what breaks a script on a Linux build VM before any
// of its commands run, whatever the OS of the runner that checked it out.
import type { ScriptKind } from '../model/script-kind.ts'

/** One thing wrong with a script, at a line (and column) of it. */
export interface ScriptFinding {
  readonly severity: 'error' | 'warning'
  readonly line: number
  readonly column?: number
  readonly message: string
}

export interface ByteCheck {
  readonly findings: ScriptFinding[]
  /** Every line ends with CRLF: a syntax check would only report the `\r` again, less clearly. */
  readonly allCrlf: boolean
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
const LF_FIX = 'save it with LF line endings (e.g. `*.sh text eol=lf` in .gitattributes)'

/**
 * The BOM and CRLF rules. A Shell script is run by executing it (its `#!` picks the interpreter),
 * so a broken `#!` line fails the customizer: an error. A File is only copied, so the same bytes
 * are a warning there. PowerShell reads a BOM and CRLF as intended: nothing to say.
 */
export function checkScriptBytes(bytes: Buffer, kind: ScriptKind): ByteCheck {
  if (kind === 'powershell') return { findings: [], allCrlf: false }
  const crlf = crlfLines(bytes)
  const findings = startFindings(bytes, kind, crlf)
  if (kind !== 'shell') return { findings, allCrlf: false }
  findings.push(...crlfFindings(crlf, hasShebang(bytes) && crlf.lines[0] === 1))
  return { findings, allCrlf: crlf.all }
}

const hasBom = (bytes: Buffer): boolean => bytes.subarray(0, 3).equals(BOM)

/** `#!` first, after a BOM if there is one (a BOM hides it from Linux: see startFindings). */
function hasShebang(bytes: Buffer): boolean {
  const at = hasBom(bytes) ? 3 : 0
  return bytes[at] === 0x23 && bytes[at + 1] === 0x21
}

/** The BOM and the `#!` line's own line ending: both break the script before it starts. */
function startFindings(bytes: Buffer, kind: ScriptKind, crlf: CrlfLines): ScriptFinding[] {
  const severity = kind === 'shell' ? 'error' : 'warning'
  const bom = hasBom(bytes)
  const shebang = hasShebang(bytes)
  const findings: ScriptFinding[] = []
  if (bom && shebang)
    findings.push({
      severity,
      line: 1,
      column: 1,
      message:
        'starts with a UTF-8 byte order mark before `#!`: Linux then does not see the `#!` line and runs the script with /bin/sh; save it without a BOM',
    })
  else if (bom && kind === 'shell')
    findings.push({
      severity: 'warning',
      line: 1,
      column: 1,
      message:
        'starts with a UTF-8 byte order mark: the shell reads it as part of the first word; save it without a BOM',
    })
  if (shebang && crlf.lines[0] === 1)
    findings.push({
      severity,
      line: 1,
      column: bytes.indexOf(0x0d) + 1 - (bom ? 3 : 0),
      message: `the \`#!\` line ends with CRLF: Linux looks for an interpreter whose name ends in \\r and fails with "bad interpreter"; ${LF_FIX}`,
    })
  return findings
}

interface CrlfLines {
  /** 1-based numbers of the lines that end with CRLF. */
  readonly lines: number[]
  /** Every line that ends at all ends with CRLF (and there is at least one). */
  readonly all: boolean
}

function crlfLines(bytes: Buffer): CrlfLines {
  const lines: number[] = []
  let line = 1
  let ended = 0
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) {
    if (at > 0 && bytes[at - 1] === 0x0d) lines.push(line)
    ended++
    line++
  }
  return { lines, all: lines.length > 0 && lines.length === ended }
}

/**
 * Bash treats `\r` as an ordinary character: it stays in the last word of each line, so `then\r`
 * is no keyword and `cd /tmp\r` names a directory that does not exist. A file whose every line
 * ends with CRLF was saved or checked out with Windows line endings and cannot work: an error.
 * Only some lines: perhaps data that means it (a heredoc), so a warning naming the first.
 */
function crlfFindings(crlf: CrlfLines, shebangReported: boolean): ScriptFinding[] {
  const rest = shebangReported ? crlf.lines.slice(1) : crlf.lines
  const first = rest[0]
  if (first === undefined) return []
  if (crlf.all)
    return shebangReported
      ? []
      : [
          {
            severity: 'error',
            line: first,
            message: `every line ends with CRLF (Windows line endings): bash keeps the \\r in each line's last word, so \`then\\r\` is no keyword and \`cd /tmp\\r\` fails; ${LF_FIX}`,
          },
        ]
  const count = rest.length === 1 ? '1 line ends' : `${rest.length} lines end`
  return [
    {
      severity: 'warning',
      line: first,
      message: `${count} with CRLF, the first at line ${first}: bash keeps the \\r in the line's last word; ${LF_FIX} unless the \\r is meant as data`,
    },
  ]
}

export type ShebangShell = 'bash' | 'sh' | 'dash'

/**
 * The shell that syntax-checks a Shell script: from its `#!` line (`/bin/bash`,
 * `/usr/bin/env bash`, `/usr/bin/env -S bash -e`, `/bin/sh`, `/bin/dash`), bash without one
 * (`none`, worth a warning), or undefined for another interpreter (python, zsh...: not checked).
 */
export function shebangShell(bytes: Buffer): ShebangShell | 'none' | undefined {
  const text = bytes
    .subarray(0, 256)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
  if (!text.startsWith('#!')) return 'none'
  const words = (text.slice(2).split('\n')[0] ?? '').trim().split(/\s+/)
  let program = basename(words[0] ?? '')
  if (program === 'env') program = basename(envProgram(words.slice(1)))
  return program === 'bash' || program === 'sh' || program === 'dash' ? program : undefined
}

const basename = (word: string): string => word.replace(/\r$/, '').split('/').pop() ?? ''

/** env's options whose value is the next word: `-u NAME`, `-C DIR`. */
const ENV_OPTION_WITH_VALUE = new Set(['-u', '--unset', '-C', '--chdir'])

/**
 * `env [-S] [-i] [-u NAME] [-C DIR] [NAME=value...] shell`: the first word that is not an option,
 * an option's value or an assignment.
 */
function envProgram(words: readonly string[]): string {
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? ''
    if (ENV_OPTION_WITH_VALUE.has(word)) at++
    else if (!word.startsWith('-') && !word.includes('=')) return word
  }
  return ''
}
