// Temporary workspaces and input readers for the config/ and template/ unit tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Reader } from '../../../src/config/inputs.ts'

/** A fresh directory holding `files` (workspace-relative path → content). */
export function makeTempWorkspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aib-unit-'))
  const workspace = path.join(dir, 'ws')
  mkdirSync(workspace)
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(workspace, file)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, content)
  }
  return workspace
}

/** A reader serving `values`, '' for every other input, like the runner does. */
export function readerOf(values: Record<string, string>): Reader {
  return (name) => values[name] ?? ''
}

export const SUBSCRIPTION = '0b1f6471-1bf0-4dda-aec3-111122223333'
export const GROUP_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/images-rg`
