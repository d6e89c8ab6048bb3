// Temporary workspaces made from fixtures, so tests never touch the repository's files.
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from './run-action.ts'

export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, '__tests__', 'fixtures', 'workspace')

/** A copy of the fixture workspace plus any extra files (path → content). */
export function makeWorkspace(extra: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aib-ws-'))
  cpSync(FIXTURE_WORKSPACE, dir, { recursive: true })
  for (const [file, content] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), content)
  }
  return dir
}
