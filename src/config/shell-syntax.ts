// `bash -n` / `sh -n`: the shell parses a script without running any of it. The exact bytes that
// will be delivered are piped in, so what is checked is what runs, and nothing is written.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import type { ScriptFinding } from './script-bytes.ts'

/** What one syntax check found, or why it could not run (a notice, never a failure). */
export type SyntaxResult =
  | { readonly kind: 'checked'; readonly findings: ScriptFinding[] }
  | { readonly kind: 'skipped'; readonly reason: string }

export const SHELL_CHECK_TIMEOUT_MS = 10_000
/** Syntax errors are a few lines: more output than this is not worth reading. */
const MAX_OUTPUT_BYTES = 64 * 1024

/**
 * Runs `<shell> -n /dev/stdin` on `bytes`. Reading the script as a file (not as bare stdin) is
 * what makes the shell name line numbers. The child gets no environment beyond PATH and a C
 * locale: English messages to parse, and no BASH_ENV or tokens for it to see.
 */
export function checkShellSyntax(
  shellPath: string,
  bytes: Buffer,
  timeoutMs: number = SHELL_CHECK_TIMEOUT_MS,
): SyntaxResult {
  const result = spawnSync(shellPath, ['-n', '/dev/stdin'], {
    input: bytes,
    env: { PATH: process.env.PATH ?? '', LC_ALL: 'C', LANG: 'C' },
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: MAX_OUTPUT_BYTES,
    windowsHide: true,
  })
  if (timedOut(result)) return { kind: 'skipped', reason: `timed out after ${timeoutMs / 1000} s` }
  const output = `${String(result.stderr)}${String(result.stdout)}`
  const findings = parseShellOutput(output)
  const failed = result.status !== 0 || result.error !== undefined
  // A failure that names no line (a shell that cannot read /dev/stdin, output cut short) is the
  // check's problem, not the script's: it is skipped rather than failing the step.
  if (failed && !findings.some((f) => f.severity === 'error'))
    return {
      kind: 'skipped',
      reason: `the check failed without naming a line: ${whyFailed(result)}`,
    }
  return { kind: 'checked', findings }
}

/** spawnSync's own timeout fired (the child was killed). */
export const timedOut = (result: SpawnSyncReturns<Buffer>): boolean =>
  result.error !== undefined && 'code' in result.error && result.error.code === 'ETIMEDOUT'

/** The spawn error, else the first line the shell printed, else its exit status. */
export function whyFailed(result: SpawnSyncReturns<Buffer>): string {
  const output = `${String(result.stderr)}${String(result.stdout)}`
  const first = output.split('\n').find((l) => l.trim() !== '')
  return (result.error?.message ?? first ?? `exit status ${String(result.status)}`).trim()
}

// bash: `/dev/stdin: line 3: syntax error near unexpected token `fi'`, then the line itself in
// backquotes; dash: `/dev/stdin: 3: Syntax error: "fi" unexpected`; busybox prefixes `sh: `.
const MESSAGE = /\/dev\/stdin: (?:line )?(\d+): (.*)$/

/**
 * The shell's messages as findings: the first error (later ones follow from it: the shell stops
 * there) and every warning (`here-document at line 1 delimited by end-of-file`).
 */
export function parseShellOutput(output: string): ScriptFinding[] {
  const findings: ScriptFinding[] = []
  for (const text of output.split('\n')) {
    const finding = findingOf(text.trimEnd())
    if (!finding) continue
    if (finding.severity === 'error' && findings.some((f) => f.severity === 'error')) continue
    findings.push(finding)
  }
  return findings
}

function findingOf(text: string): ScriptFinding | undefined {
  const match = MESSAGE.exec(text)
  if (!match) return undefined
  const [, line = '1', message = ''] = match
  // bash echoes the offending line in backquotes after the error: the annotation shows it.
  if (message.startsWith('`')) return undefined
  const warning = /^warning: /i.exec(message)
  return {
    severity: warning ? 'warning' : 'error',
    line: Number(line),
    message: warning ? message.slice(warning[0].length) : message,
  }
}
