// A stand-in for pwsh for the script-check tests: the runner here has no PowerShell.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PATHS_VARIABLE } from '../../../src/config/powershell-syntax.ts'

/**
 * A stand-in for pwsh: prints what the real one prints running the action's driver (one
 * `aib-parse` line per parse error) for each script holding the word BROKEN, plus a line of
 * its own; records its arguments and environment beside itself.
 */
export function fakePwsh(body?: string): { dir: string; exe: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aib-fake-pwsh-'))
  const exe = path.join(dir, 'pwsh')
  const parse = `i=0
printf '%s\\n' "$${PATHS_VARIABLE}" | while IFS= read -r p; do
  line=$(grep -n BROKEN "$p" | head -n 1 | cut -d: -f1)
  if [ -n "$line" ]; then
    printf 'aib-parse\\t%s\\t%s\\t%s\\t%s\\n' "$i" "$line" 9 "Missing closing '}' in statement block or type definition."
  fi
  i=$((i+1))
done`
  writeFileSync(
    exe,
    `#!/bin/sh
here=$(dirname "$0")
printf '%s\\n' "$@" > "$here/args"
env > "$here/env"
echo 'PowerShell noise that is not a parse error'
${body ?? parse}
`,
  )
  chmodSync(exe, 0o755)
  return { dir, exe }
}
