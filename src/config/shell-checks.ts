// Which shell checks which Shell script, and what was skipped: scripts are grouped by the shell
// their `#!` names, each shell is looked up once and parses its whole group in one process.
import type { InputNotice } from '../model/errors.ts'
import type { InputName } from '../model/names.ts'
import type { WorkspaceFile } from '../model/types.ts'
import { findExecutable } from './executable-path.ts'
import { shebangShell, type ScriptFinding, type ShebangShell } from './script-bytes.ts'
import { batchByLength, checkShellScripts, type SyntaxResult } from './shell-syntax.ts'

/** A repository script and the input that named it. */
export interface ListedScript {
  readonly input: InputName
  readonly file: WorkspaceFile
}

export type Report = (script: ListedScript, findings: readonly ScriptFinding[]) => void

/** Paths per shell process: well under Windows' 32767-character command line. */
const MAX_ARGS_CHARS = 24_000

const NO_SHEBANG: ScriptFinding = {
  severity: 'warning',
  line: 1,
  message:
    'has no `#!` line, so the shell that runs it depends on the image (an inlined script runs under /bin/sh: dash on Ubuntu) and the syntax check uses bash. Start it with `#!/bin/bash` or `#!/bin/sh`',
}

/**
 * Syntax-checks Shell scripts with the shell of their `#!` line (bash without one) when the
 * runner has it; reports findings through `report` and returns what was skipped, as notices.
 */
export function checkShellSyntax(
  scripts: readonly ListedScript[],
  where: { readonly pathVar: string; readonly cwd: string },
  report: Report,
): InputNotice[] {
  const groups = new Map<ShebangShell, ListedScript[]>()
  for (const script of scripts) {
    const declared = shebangShell(script.file.bytes)
    // Another interpreter (python, zsh...): not one this action knows how to check.
    if (declared === undefined) continue
    if (declared === 'none') report(script, [NO_SHEBANG])
    const shell = declared === 'none' ? 'bash' : declared
    groups.set(shell, [...(groups.get(shell) ?? []), script])
  }
  const skipped = new Skipped()
  for (const [name, group] of groups) checkGroup(name, group, { ...where, report, skipped })
  return skipped.notices()
}

function checkGroup(
  name: ShebangShell,
  group: readonly ListedScript[],
  context: { pathVar: string; cwd: string; report: Report; skipped: Skipped },
): void {
  const path = findExecutable(name, context.pathVar)
  if (path === undefined) {
    for (const script of group) context.skipped.add(`${name} is not on PATH`, script)
    return
  }
  const results = runGroup({ name, path }, group, context.cwd)
  for (const script of group) {
    const result = results.get(script.file.relPath)
    if (result?.kind !== 'checked') {
      context.skipped.add(`${name}: ${result?.reason ?? 'not run'}`, script)
      continue
    }
    const tool = ` (${name} -n)`
    context.report(
      script,
      result.findings.map((f) => ({ ...f, message: f.message + tool })),
    )
  }
}

/** Each distinct path once (a script may be both a customizer and a validator). */
function runGroup(
  shell: { name: ShebangShell; path: string },
  group: readonly ListedScript[],
  cwd: string,
): Map<string, SyntaxResult> {
  const paths = [...new Set(group.map((s) => s.file.relPath))]
  const results = new Map<string, SyntaxResult>()
  for (const batch of batchByLength(paths, MAX_ARGS_CHARS)) {
    const checked = checkShellScripts(shell, batch, cwd)
    batch.forEach((p, i) => {
      const result = checked[i]
      if (result) results.set(p, result)
    })
  }
  return results
}

/** Reason → the scripts it kept from being checked: one info notice per reason. */
class Skipped {
  private readonly byReason = new Map<string, { input: InputName; names: string[] }>()

  add(reason: string, script: ListedScript): void {
    const entry = this.byReason.get(reason) ?? { input: script.input, names: [] }
    entry.names.push(script.file.relPath)
    this.byReason.set(reason, entry)
  }

  notices(): InputNotice[] {
    return [...this.byReason].map(([reason, { input, names }]) => ({
      level: 'info',
      input,
      message: `Shell syntax was not checked (${reason}): ${listOf(names)}`,
    }))
  }
}

/** `a.sh, b.sh, c.sh and 3 more`: a notice stays one line however many scripts it is about. */
export function listOf(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.join(', ')
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`
}
