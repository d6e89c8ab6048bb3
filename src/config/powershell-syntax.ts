// PowerShell's own parser over every .ps1 at once: one process, since PowerShell takes most of a
// second to start. The scripts are parsed, never run.
import { spawnSync } from 'node:child_process'
import type { ScriptFinding } from './script-bytes.ts'
import { batchByLength, timedOut, whyFailed } from './shell-syntax.ts'

export const POWERSHELL_CHECK_TIMEOUT_MS = 30_000
const MAX_OUTPUT_BYTES = 1024 * 1024
/** Windows limits one environment variable to 32767 characters: larger lists go in batches. */
const MAX_PATHS_CHARS = 16_000
/** Errors kept per script: the parser's later errors mostly follow from the first. */
const MAX_ERRORS_PER_SCRIPT = 5
export const PATHS_VARIABLE = 'AIB_CHECK_SCRIPTS'

// Written for Windows PowerShell 5.1 too (no PowerShell 7 syntax). One output line per parse
// error: marker, index of the script, line, column, message on one line.
const DRIVER = [
  "$ErrorActionPreference = 'Stop'",
  '[Console]::OutputEncoding = [Text.Encoding]::UTF8',
  '$i = 0',
  `foreach ($p in ($env:${PATHS_VARIABLE} -split "\`n")) {`,
  '  $errors = $null; $tokens = $null',
  '  $full = [IO.Path]::GetFullPath($p)',
  '  [void][System.Management.Automation.Language.Parser]::ParseFile($full, [ref]$tokens, [ref]$errors)',
  '  foreach ($e in $errors) {',
  "    $m = $e.Message -replace '\\s+', ' '",
  '    [Console]::Out.WriteLine("aib-parse`t$i`t$($e.Extent.StartLineNumber)`t$($e.Extent.StartColumnNumber)`t$m")',
  '  }',
  '  $i++',
  '}',
].join('\n')

/** Per script (same order as given), its parse errors; or why nothing could be checked. */
export type PowerShellResult =
  | { readonly kind: 'checked'; readonly findings: ScriptFinding[][] }
  | { readonly kind: 'skipped'; readonly reason: string }

/**
 * Parses `relPaths` (relative to `cwd`, the workspace) with `[Parser]::ParseFile`. The driver
 * goes in -EncodedCommand and the paths in an environment variable, so no quoting is involved.
 */
export function checkPowerShellSyntax(
  exe: string,
  relPaths: readonly string[],
  cwd: string,
  timeoutMs: number = POWERSHELL_CHECK_TIMEOUT_MS,
): PowerShellResult {
  const findings: ScriptFinding[][] = []
  for (const batch of batchByLength(relPaths, MAX_PATHS_CHARS)) {
    const result = runBatch(exe, batch, cwd, timeoutMs)
    if (result.kind === 'skipped') return result
    findings.push(...result.findings)
  }
  return { kind: 'checked', findings }
}

function runBatch(
  exe: string,
  relPaths: readonly string[],
  cwd: string,
  timeoutMs: number,
): PowerShellResult {
  const result = spawnSync(
    exe,
    ['-NoLogo', '-NoProfile', '-NonInteractive', '-EncodedCommand', encode(DRIVER)],
    {
      cwd,
      env: childEnv(relPaths),
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: MAX_OUTPUT_BYTES,
      windowsHide: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  if (timedOut(result)) return { kind: 'skipped', reason: `timed out after ${timeoutMs / 1000} s` }
  if (result.status !== 0 || result.error)
    return { kind: 'skipped', reason: `the parser did not run: ${whyFailed(result)}` }
  return {
    kind: 'checked',
    findings: parsePowerShellOutput(String(result.stdout), relPaths.length),
  }
}

/** The driver's lines as findings per script; anything else PowerShell printed is ignored. */
export function parsePowerShellOutput(stdout: string, count: number): ScriptFinding[][] {
  const findings: ScriptFinding[][] = Array.from({ length: count }, () => [])
  for (const text of stdout.split(/\r?\n/)) {
    const [marker, index, line, column, ...message] = text.split('\t')
    const list = findings[Number(index)]
    if (marker !== 'aib-parse' || !list || list.length >= MAX_ERRORS_PER_SCRIPT) continue
    list.push({
      severity: 'error',
      line: Math.max(1, Number(line) || 1),
      column: Math.max(1, Number(column) || 1),
      message: message.join(' ').trim(),
    })
  }
  return findings
}

/** -EncodedCommand takes base64 of UTF-16LE. */
const encode = (script: string): string => Buffer.from(script, 'utf16le').toString('base64')

/** What PowerShell needs to start on each OS, the paths, and nothing else (no tokens). */
function childEnv(relPaths: readonly string[]): NodeJS.ProcessEnv {
  const keep =
    /^(PATH|HOME|TMPDIR|TEMP|TMP|SYSTEMROOT|WINDIR|USERPROFILE|APPDATA|LOCALAPPDATA|PROGRAMDATA|PROGRAMFILES|COMSPEC|PSMODULEPATH)$/i
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => keep.test(name)),
  )
  return {
    ...env,
    POWERSHELL_TELEMETRY_OPTOUT: '1',
    POWERSHELL_UPDATECHECK: 'Off',
    [PATHS_VARIABLE]: relPaths.join('\n'),
  }
}
