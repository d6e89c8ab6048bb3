// Jest globalSetup: every temporary directory a test run makes (workspaces, runner files,
// RUNNER_TEMP) lands under one root, removed by global-teardown.ts, so runs leave nothing.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default function setup(): void {
  const root = mkdtempSync(path.join(tmpdir(), 'aib-tests-'))
  process.env.AIB_TEST_TEMP_ROOT = root
  // os.tmpdir() reads TMPDIR on every call; the test workers inherit it.
  process.env.TMPDIR = root
}
