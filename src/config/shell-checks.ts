// Which shell checks which Shell script, and what was skipped: one lookup per shell, one run
// per distinct script, and a time budget so a slow runner never holds the step for long.
import type { InputNotice } from '../model/errors.ts'
import type { InputName } from '../model/names.ts'
import type { WorkspaceFile } from '../model/types.ts'
import { findExecutable } from './executable-path.ts'
import { shebangShell, type ScriptFinding, type ShebangShell } from './script-bytes.ts'
import { checkShellSyntax, type SyntaxResult } from './shell-syntax.ts'

/** A repository script and the input that named it. */
export interface ListedScript {
  readonly input: InputName
  readonly file: WorkspaceFile
}

/** All shell checks of one parse together stop starting after this long. */
export const SHELL_CHECKS_BUDGET_MS = 60_000

const NO_SHEBANG: ScriptFinding = {
  severity: 'warning',
  line: 1,
  message:
    'has no `#!` line, so the shell that runs it depends on the image (an inlined script runs under /bin/sh: dash on Ubuntu) and the syntax check uses bash. Start it with `#!/bin/bash` or `#!/bin/sh`',
}

/** The syntax checks of one parseConfig: shells found, results by content, what was skipped. */
export class ShellChecks {
  private readonly found = new Map<ShebangShell, string | undefined>()
  private readonly results = new Map<string, SyntaxResult>()
  /** Reason → the scripts it kept from being checked, with the input of the first. */
  private readonly skips = new Map<string, { input: InputName; names: string[] }>()
  private readonly started = Date.now()
  private readonly pathVar: string
  private readonly budgetMs: number

  /** `pathVar`: where the shells are looked up (the runner's PATH). */
  constructor(pathVar: string, budgetMs: number = SHELL_CHECKS_BUDGET_MS) {
    this.pathVar = pathVar
    this.budgetMs = budgetMs
  }

  /** What the script's own shell says about it (nothing for other interpreters). */
  check(script: ListedScript): ScriptFinding[] {
    const { bytes, sha256 } = script.file
    const declared = shebangShell(bytes)
    if (declared === undefined) return []
    const shell = declared === 'none' ? 'bash' : declared
    const notes = declared === 'none' ? [NO_SHEBANG] : []
    const exe = this.lookUp(shell)
    if (exe === undefined) return this.skip(script, `${shell} is not on PATH`, notes)
    if (Date.now() - this.started > this.budgetMs)
      return this.skip(script, `the checks took over ${this.budgetMs / 1000} s`, notes)
    const key = `${exe}\0${sha256}`
    const result = this.results.get(key) ?? checkShellSyntax(exe, bytes)
    this.results.set(key, result)
    if (result.kind === 'skipped') return this.skip(script, `${shell}: ${result.reason}`, notes)
    const tool = ` (${shell} -n)`
    return [...notes, ...result.findings.map((f) => ({ ...f, message: f.message + tool }))]
  }

  /** One info notice per reason a check did not run. */
  skipped(): InputNotice[] {
    return [...this.skips].map(([reason, { input, names }]) => ({
      level: 'info',
      input,
      message: `Shell syntax was not checked (${reason}): ${listOf(names)}`,
    }))
  }

  private lookUp(shell: ShebangShell): string | undefined {
    if (!this.found.has(shell)) this.found.set(shell, findExecutable(shell, this.pathVar))
    return this.found.get(shell)
  }

  private skip(script: ListedScript, reason: string, notes: ScriptFinding[]): ScriptFinding[] {
    const entry = this.skips.get(reason) ?? { input: script.input, names: [] }
    entry.names.push(script.file.relPath)
    this.skips.set(reason, entry)
    return notes
  }
}

/** `a.sh, b.sh, c.sh and 3 more`: a notice stays one line however many scripts it is about. */
export function listOf(names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.join(', ')
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`
}
