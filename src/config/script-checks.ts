// Broken scripts caught before any request, with no credentials: the bytes that break a script on
// Linux, the shell's and PowerShell's own parsers (when the runner has them), and downloads in a
// template file that nothing pins. Errors are input problems at the file's line; the rest, and
// every check that could not run, are notices.
import { realpathSync } from 'node:fs'
import path from 'node:path'
import type { InputNotice } from '../model/errors.ts'
import { scriptKind } from '../model/script-kind.ts'
import type { Customization } from '../model/types.ts'
import { findExecutable } from './executable-path.ts'
import type { IssueList } from './issues.ts'
import { checkPowerShellSyntax } from './powershell-syntax.ts'
import { unpinnedDownloads } from './remote-pins.ts'
import { checkScriptBytes, type ScriptFinding } from './script-bytes.ts'
import { checkShellSyntax, listOf, type ListedScript, type Report } from './shell-checks.ts'
import type { TemplateFileInput } from './template-input.ts'

export interface ScriptCheckInput {
  readonly customization: Customization
  readonly templateFile?: TemplateFileInput
  /** The workspace: PowerShell reads the scripts from it by their relative paths. */
  readonly workspace: string
  /** Where bash, sh and PowerShell are looked up (the runner's PATH). */
  readonly pathVar: string
}

/**
 * Checks every repository script and the template file's downloads. Errors are added to
 * `issues` at their file and line; warnings and skipped checks are returned.
 */
export function checkScripts(issues: IssueList, input: ScriptCheckInput): InputNotice[] {
  // Findings are kept per script and reported in the inputs' order, whichever check found them.
  const found = new Map<ListedScript, ScriptFinding[]>()
  const report: Report = (script, findings) =>
    found.set(script, [...(found.get(script) ?? []), ...findings])
  const scripts: ListedScript[] = [
    ...input.customization.scripts.map((file) => ({ input: 'customizer-scripts' as const, file })),
    ...input.customization.validators.map((file) => ({
      input: 'validator-scripts' as const,
      file,
    })),
  ]
  const shell: ListedScript[] = []
  const powershell: ListedScript[] = []
  for (const script of scripts) {
    const kind = scriptKind(script.file.relPath)
    const bytes = checkScriptBytes(script.file.bytes, kind)
    report(script, bytes.findings)
    // A file with CRLF on every line is already an error; bash would only trip over the \r.
    if (kind === 'shell' && !bytes.allCrlf) shell.push(script)
    if (kind === 'powershell') powershell.push(script)
  }
  // Both parsers read the scripts from the workspace by their relative paths.
  const where = { pathVar: input.pathVar, cwd: realpathSync(input.workspace) }
  const skipped = [
    ...checkShellSyntax(shell.slice(0, MAX_PARSED), where, report),
    ...checkPowerShell(powershell.slice(0, MAX_PARSED), where, report),
    ...notParsed([...shell.slice(MAX_PARSED), ...powershell.slice(MAX_PARSED)]),
  ]
  const notices: InputNotice[] = []
  const record = reporter(issues, notices)
  for (const script of scripts) record(script, found.get(script) ?? [])
  const pins = input.templateFile ? unpinnedDownloads(input.templateFile) : []
  return [...fewer(notices), ...skipped, ...pins]
}

/**
 * Scripts parsed per shell or PowerShell at most: parsing costs a few milliseconds a script
 * (dash starts once per script), and a step with thousands of scripts should not wait a minute.
 */
export const MAX_PARSED = 1000

function notParsed(rest: readonly ListedScript[]): InputNotice[] {
  const first = rest[0]
  if (!first) return []
  const names = rest.map((s) => s.file.relPath)
  const message = `syntax not checked for ${rest.length} more scripts (at most ${MAX_PARSED} per parser): ${listOf(names)}`
  return [{ level: 'info', input: first.input, message }]
}

/** The same warning on many scripts is shown for the first few, then counted once. */
export const SAME_WARNING_SHOWN = 5

function fewer(notices: readonly InputNotice[]): InputNotice[] {
  const kept: InputNotice[] = []
  const extra = new Map<string, InputNotice[]>()
  for (const notice of notices) {
    // `<file>:<line>[:<col>]: <message>`: the same message at other files is the same warning.
    const what = notice.message.replace(/^[^:]*:\d+(?::\d+)?: /, '')
    const same = extra.get(what) ?? []
    if (same.length === 0) extra.set(what, same)
    if (same.length < SAME_WARNING_SHOWN) kept.push(notice)
    same.push(notice)
  }
  for (const [what, all] of extra) {
    const more = all.slice(SAME_WARNING_SHOWN)
    const first = more[0]
    if (!first) continue
    const files = listOf(more.map((n) => n.at?.file ?? ''))
    kept.push({
      level: first.level,
      input: first.input,
      message: `${more.length} more scripts: ${what} (${files})`,
    })
  }
  return kept
}

/** Errors become input problems, warnings notices; both at `<file>:<line>[:<col>]`. */
function reporter(issues: IssueList, notices: InputNotice[]): Report {
  return (script, findings) => {
    for (const { severity, line, column, message } of findings) {
      const file = script.file.relPath
      const where = column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`
      const at = column === undefined ? { file, line } : { file, line, column }
      const text = `${where}: ${message}`
      if (severity === 'error') issues.add(script.input, text, at)
      else notices.push({ level: 'warning', input: script.input, message: text, at })
    }
  }
}

/**
 * One parser run for every .ps1. Windows PowerShell first: the build VM runs PowerShell
 * customizers with it, and pwsh 7 accepts syntax it does not (`&&`, `??`, `a ? b : c`).
 */
function checkPowerShell(
  scripts: readonly ListedScript[],
  where: { readonly pathVar: string; readonly cwd: string },
  report: Report,
): InputNotice[] {
  const first = scripts[0]
  if (!first) return []
  const exe = findExecutable('powershell', where.pathVar) ?? findExecutable('pwsh', where.pathVar)
  const names = scripts.map((s) => s.file.relPath)
  const skipped = (why: string): InputNotice[] => [
    {
      level: 'info',
      input: first.input,
      message: `PowerShell syntax was not checked (${why}): ${listOf(names)}`,
    },
  ]
  if (!exe) return skipped('neither pwsh nor powershell is on PATH')
  const result = checkPowerShellSyntax(exe, names, where.cwd)
  if (result.kind === 'skipped') return skipped(result.reason)
  const tool = ` (${path.basename(exe).replace(/\.exe$/i, '')} parser)`
  scripts.forEach((script, i) =>
    report(
      script,
      (result.findings[i] ?? []).map((f) => ({ ...f, message: f.message + tool })),
    ),
  )
  return []
}
