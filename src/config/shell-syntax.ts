// The shell's own parser over Shell scripts, without running any of them: one process per shell
// for every script (starting a process per script made 500 scripts take seconds), its lanes
// side by side on the runner's CPUs.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { availableParallelism } from 'node:os'
import type { ScriptFinding, ShebangShell } from './script-bytes.ts'

/** What one script's check found, or why it could not run (a notice, never a failure). */
export type SyntaxResult =
  | { readonly kind: 'checked'; readonly findings: ScriptFinding[] }
  | { readonly kind: 'skipped'; readonly reason: string }

/** The whole run's time limit: this much, plus a little per script. */
export const SHELL_CHECK_TIMEOUT_MS = 10_000
const PER_SCRIPT_MS = 20
const MAX_TIMEOUT_MS = 60_000
/** A few lines per script: more is not worth reading. */
const MAX_OUTPUT_BYTES = 1024 * 1024
const DONE = '\u001e'
/** Stands for a newline inside a one-line record. */
const UNIT = '\u001f'

/** 10 s, plus a little per script, at most a minute. */
const timeoutFor = (scripts: number): number =>
  Math.min(MAX_TIMEOUT_MS, SHELL_CHECK_TIMEOUT_MS + PER_SCRIPT_MS * scripts)

// bash reads each script into a variable and sources it after `set -n` in a command
// substitution's subshell, which parses it and runs nothing (noexec, as `bash -n` does); a fork
// costs far less than starting bash again. Its messages read `/dev/stdin: line N+1: ...` (the
// `set -n` line comes first). extglob is on: a script that enables it itself would otherwise
// fail on its own patterns. The scripts are split into lanes run side by side (lane k takes
// every p-th script from the k-th); bash writes its output line by line, so each script's record
// is one line (messages cut to 2000 bytes, newlines as US): one write, never interleaved.
const BASH_DRIVER = `shopt -s extglob
nl=$'\\n'
p=$1
shift
k=0
while [ "$k" -lt "$p" ]; do
  (
    i=0
    for f do
      if [ $((i % p)) -eq "$k" ]; then
        if [ -r "$f" ]; then
          c=
          IFS= read -r -d '' c < "$f"
          out=$(. /dev/stdin <<<"set -n
$c" 2>&1)
          s=$?
          out=\${out:0:2000}
          printf '${DONE}%s %s${UNIT}%s\\n' "$i" "$s" "\${out//$nl/${UNIT}}"
        else
          printf '${DONE}%s unreadable\\n' "$i"
        fi
      fi
      i=$((i+1))
    done
  ) &
  k=$((k+1))
done
wait`

// Plain sh has no here-strings or read -d: it starts itself with -n per script, one at a time,
// its messages before the script's marker line.
const SH_DRIVER = `shift
i=0
for f do
  if [ -r "$f" ]; then
    "$0" -n /dev/stdin < "$f" 2>&1
    printf '${DONE}%s %s\\n' "$i" "$?"
  else
    printf '${DONE}%s unreadable\\n' "$i"
  fi
  i=$((i+1))
done`

/** bash lanes: one per CPU (at most 8), and a single one below 32 scripts. */
const lanesFor = (shell: ShebangShell, scripts: number): number =>
  shell === 'bash' ? Math.max(1, Math.min(availableParallelism(), 8, Math.floor(scripts / 16))) : 1

/**
 * Parses the scripts at `relPaths` (relative to `cwd`, the workspace) with `shell`, one result
 * per path. The child gets PATH and a C locale only: English messages, no BASH_ENV, no tokens.
 */
export function checkShellScripts(
  shell: { readonly name: ShebangShell; readonly path: string },
  relPaths: readonly string[],
  cwd: string,
  timeoutMs: number = timeoutFor(relPaths.length),
): SyntaxResult[] {
  const driver = shell.name === 'bash' ? BASH_DRIVER : SH_DRIVER
  const lanes = String(lanesFor(shell.name, relPaths.length))
  const result = spawnSync(shell.path, ['-c', driver, shell.path, lanes, ...relPaths], {
    cwd,
    env: { PATH: process.env.PATH ?? '', LC_ALL: 'C', LANG: 'C' },
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: MAX_OUTPUT_BYTES,
    windowsHide: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const results = parseDriverOutput(String(result.stdout), relPaths.length, {
    lineOffset: shell.name === 'bash' ? 1 : 0,
  })
  // Scripts the run did not reach: timed out, output cut short, or the shell did not start.
  const why = timedOut(result) ? `timed out after ${timeoutMs / 1000} s` : whyFailed(result)
  return results.map((r) => r ?? { kind: 'skipped', reason: why })
}

/**
 * The driver's output, one result per script: a marker line `<RS><index> <status>` preceded by
 * the shell's messages (sh), or holding them after a US, one per US (bash). A script without a
 * marker gets undefined.
 */
export function parseDriverOutput(
  stdout: string,
  count: number,
  options: { lineOffset: number },
): (SyntaxResult | undefined)[] {
  const results: (SyntaxResult | undefined)[] = Array.from({ length: count }, () => undefined)
  let chunk: string[] = []
  for (const text of stdout.split('\n')) {
    if (!text.startsWith(DONE)) {
      chunk.push(text)
      continue
    }
    // `<RS>index status`, then either the lines before it or, after a US, the record's own.
    const [head = '', ...own] = text.slice(1).split(UNIT)
    const [index = '', status = ''] = head.trim().split(' ')
    const lines = own.length > 0 ? own : chunk
    if (Number(index) < count) results[Number(index)] = resultOf(lines, status, options.lineOffset)
    chunk = []
  }
  return results
}

function resultOf(lines: string[], status: string, lineOffset: number): SyntaxResult {
  if (status === 'unreadable') return { kind: 'skipped', reason: 'the file could not be read' }
  const findings = parseShellOutput(lines.join('\n'), lineOffset)
  // A failure that names no line is the check's problem, not the script's: it is skipped.
  if (status !== '0' && !findings.some((f) => f.severity === 'error')) {
    const first = lines.find((l) => l.trim() !== '')?.trim() ?? `exit status ${status}`
    return { kind: 'skipped', reason: `the check failed without naming a line: ${first}` }
  }
  return { kind: 'checked', findings }
}

/** spawnSync's own timeout fired (the child was killed). */
export const timedOut = (result: SpawnSyncReturns<Buffer>): boolean =>
  result.error !== undefined && 'code' in result.error && result.error.code === 'ETIMEDOUT'

/** The spawn error, else the first line printed on stderr, else the exit status. */
export function whyFailed(result: SpawnSyncReturns<Buffer>): string {
  const first = String(result.stderr)
    .split('\n')
    .find((l) => l.trim() !== '')
  return (result.error?.message ?? first ?? `exit status ${String(result.status)}`).trim()
}

// bash: `/dev/stdin: line 3: syntax error near unexpected token `fi'`, then the line itself in
// backquotes; dash: `/dev/stdin: 3: Syntax error: "fi" unexpected`; busybox prefixes `sh: `.
const MESSAGE = /\/dev\/stdin: (?:line )?(\d+): (.*)$/

/**
 * The shell's messages as findings, line numbers less `lineOffset`: the first error (the shell
 * stops there) and every warning (`here-document at line 1 delimited by end-of-file`).
 */
export function parseShellOutput(output: string, lineOffset = 0): ScriptFinding[] {
  const findings: ScriptFinding[] = []
  for (const text of output.split('\n')) {
    const finding = findingOf(text.trimEnd(), lineOffset)
    if (!finding) continue
    if (finding.severity === 'error' && findings.some((f) => f.severity === 'error')) continue
    findings.push(finding)
  }
  return findings
}

function findingOf(text: string, lineOffset: number): ScriptFinding | undefined {
  const match = MESSAGE.exec(text)
  if (!match) return undefined
  const [, at = '1', raw = ''] = match
  // bash echoes the offending line in backquotes after the error: the annotation shows it.
  if (raw.startsWith('`')) return undefined
  const shift = (n: string) => Math.max(1, Number(n) - lineOffset)
  const warning = /^warning: /i.exec(raw)
  const message = (warning ? raw.slice(warning[0].length) : raw).replace(
    /\bat line (\d+)/g,
    (_, n: string) => `at line ${shift(n)}`,
  )
  // An unclosed here-document is reported past the last line: point at where it opens.
  const opened = /^here-document at line (\d+)/.exec(message)?.[1]
  return {
    severity: warning ? 'warning' : 'error',
    line: opened ? Number(opened) : shift(at),
    message,
  }
}

/** Splits paths so each batch's total length stays under `maxChars` (command line limits). */
export function batchByLength(paths: readonly string[], maxChars: number): string[][] {
  const out: string[][] = []
  let current: string[] = []
  let chars = 0
  for (const p of paths) {
    if (current.length > 0 && chars + p.length + 1 > maxChars) {
      out.push(current)
      current = []
      chars = 0
    }
    current.push(p)
    chars += p.length + 1
  }
  if (current.length > 0) out.push(current)
  return out
}
