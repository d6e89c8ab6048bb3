// What input checking notices without failing reaches the step log: warnings as annotations at
// their file and line, skipped checks as plain lines.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { runMain } from '../../src/steps/main.ts'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { fakeIO, stepEnv } from '../harness/fake-io.ts'
import { buildInputs } from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator
const cleanups: (() => void)[] = []
beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(async () => {
  for (const cleanup of cleanups) cleanup()
  await emulator.close()
})

const TEMPLATE = `{
  "type": "Microsoft.VirtualMachineImages/imageTemplates",
  "properties": {
    "customize": [
      { "type": "Shell", "name": "fetch", "scriptUri": "https://example.com/setup.sh?sv=1&sig=abc" }
    ]
  }
}
`

describe('input notices', () => {
  it('warns at the template line of a remote script nothing pins', async () => {
    const workspace = makeWorkspace({ 'image.json': TEMPLATE })
    const { env, cleanup } = stepEnv(workspace, emulator)
    cleanups.push(cleanup, () => rmSync(workspace, { recursive: true, force: true }))
    const io = fakeIO({
      inputs: { ...buildInputs(emulator, 'pins'), template: 'image.json', 'dry-run': 'true' },
      emulator,
    })
    expect(await runMain(io, env)).toBe(0)
    const warnings = io.linesOf('warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/"fetch".*sha256Checksum.* \[image\.json:5:\d+ `template`\]$/)
    // The SAS in the URL stays out of the message.
    expect(warnings[0]).not.toContain('sig=')
  })
})
