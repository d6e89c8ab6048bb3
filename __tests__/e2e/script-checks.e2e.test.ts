// A dry run catches broken scripts, with no credentials and no request: each problem is an
// error annotation at the script's line, as the runner shows it on the pull request's diff.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { runAction } from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator
let workspace: string

beforeAll(async () => {
  emulator = await startEmulator()
  workspace = makeWorkspace({
    'scripts/broken.sh': '#!/bin/bash\necho start\nif true; then echo; fi fi\necho end\n',
    'scripts/crlf.sh': '#!/bin/bash\r\necho hi\n',
  })
})
afterAll(async () => {
  await emulator.close()
})

const DRY_RUN = {
  'dry-run': 'true',
  location: 'westeurope',
  source: 'Canonical:ubuntu-24_04-lts:server:latest',
  'customizer-scripts': 'scripts/01-bashisms.sh\nscripts/broken.sh\nscripts/crlf.sh',
}
const TITLE = 'title=Invalid input `customizer-scripts`'

describe('dry run script checks', () => {
  it('fails on a bash syntax error and a CRLF #! line, at their lines, sending nothing', async () => {
    emulator.requests.length = 0
    const run = await runAction({ inputs: DRY_RUN, workspace }, emulator)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      `::error ${TITLE},file=scripts/broken.sh,line=3::scripts/broken.sh:3: syntax error near unexpected token \`fi' (bash -n)\n`,
    )
    expect(run.stdout).toMatch(
      /^::error title=Invalid input `customizer-scripts`,file=scripts\/crlf\.sh,line=1,col=12::scripts\/crlf\.sh:1:12: the `#!` line ends with CRLF/m,
    )
    // In the order the input lists them, whichever check found them.
    expect(run.stdout.indexOf('file=scripts/broken.sh')).toBeLessThan(
      run.stdout.indexOf('file=scripts/crlf.sh'),
    )
    expect(run.stdout).toContain('::error::2 problems in 1 input:')
    expect(emulator.requests).toEqual([])
    expect(run.outputs['rendered-template']).toBeUndefined()
  })

  it('skips the syntax check without a shell on PATH, but still fails the CRLF #! line', async () => {
    emulator.requests.length = 0
    const emptyPath = mkdtempSync(path.join(tmpdir(), 'aib-no-shells-'))
    const run = await runAction({ inputs: DRY_RUN, workspace, env: { PATH: emptyPath } }, emulator)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::1 input is invalid:')
    expect(run.stdout).toContain('file=scripts/crlf.sh,line=1,col=12::')
    expect(run.stdout).not.toContain('file=scripts/broken.sh')
    expect(emulator.requests).toEqual([])
  })

  it('passes good scripts', async () => {
    emulator.requests.length = 0
    const good = { ...DRY_RUN, 'customizer-scripts': 'scripts/0*.sh' }
    const run = await runAction({ inputs: good, workspace }, emulator)
    expect(run.code).toBe(0)
    expect(run.stdout).not.toMatch(/^::error/m)
    expect(emulator.requests).toEqual([])
  })
})
