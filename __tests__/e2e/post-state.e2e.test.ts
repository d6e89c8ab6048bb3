// Post works from what main saved: later steps may delete the scripts or fill the artifact
// folder, and two matrix legs of one run never touch each other's template.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startEmulator } from '../emulator/emulator.ts'
import { withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO, runAction, runStep } from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
})
afterAll(async () => {
  await emulator.close()
})

const withScripts = (name: string) => ({
  ...buildInputs(emulator, name),
  'customizer-scripts': 'scripts/*.sh',
})
const exists = (name: string) =>
  [...emulator.templates.keys()].some((id) => id.endsWith(`/imagetemplates/${name}`))

/** What later steps of a job may do to the workspace before post runs. */
function changeWorkspace(workspace: string): void {
  rmSync(path.join(workspace, 'scripts'), { recursive: true, force: true })
  // Larger than the inline limit: main would refuse it as an input.
  writeFileSync(
    path.join(workspace, 'workflow-artifacts', 'big.bin'),
    Buffer.alloc(2 * 1024 * 1024),
  )
}

describe('the workspace changes between main and post', () => {
  it('after a success, post still deletes the template', async () => {
    const workspace = makeWorkspace()
    const main = await runAction({ inputs: withScripts('ws-success'), workspace }, emulator)
    expect(main.code).toBe(0)
    changeWorkspace(workspace)
    const post = await runAction(
      { inputs: withScripts('ws-success'), workspace, state: main.state },
      emulator,
    )
    expect(post.stdout).toContain('Deleted the image template "ws-success"')
    expect(exists('ws-success')).toBe(false)
  })

  it.each([
    ['a cancel (SIGINT)', 'SIGINT', 'ws-cancel'],
    ['a kill (main gone without a word)', 'SIGKILL', 'ws-kill'],
  ] as const)(
    'after %s, post stops the build and deletes the template',
    async (_what, signal, name) => {
      await withScenario(emulator, { phaseMs: 3_000 }, async () => {
        const workspace = makeWorkspace()
        const main = await runAction(
          {
            inputs: withScripts(name),
            workspace,
            onStdout: (text, child) => {
              if (text.includes('Build phase: Queued') && !child.killed) child.kill(signal)
            },
          },
          emulator,
        )
        expect(main.code).not.toBe(0)
        changeWorkspace(workspace)
        const post = await runAction(
          { inputs: withScripts(name), workspace, state: main.state },
          emulator,
        )
        expect(post.code).toBe(0)
        expect(post.stdout).toContain(`Deleted the image template "${name}"`)
        expect(exists(name)).toBe(false)
      })
    },
  )
})

describe('two matrix legs of one run with the default name', () => {
  it('both succeed, each with its own template, and each post deletes only its own', async () => {
    await withScenario(emulator, { phaseMs: 300 }, async () => {
      const legs = ['GitHub Actions 3', 'GitHub Actions 4'].map((runner) => ({
        // Same job, same run, same inputs: only the runner differs, as for two legs.
        inputs: buildInputs(emulator),
        workspace: makeWorkspace(),
        env: { GITHUB_JOB: 'image', RUNNER_NAME: runner },
      }))
      const [a, b] = await Promise.all(legs.map((leg) => runStep(leg, emulator)))
      for (const step of [a, b]) {
        expect(step?.main.code).toBe(0)
        expect(step?.main.outputs['run-state']).toBe('Succeeded')
        expect(step?.post.stdout).toContain('Deleted the image template')
      }
      const names = [a, b].map((step) => step?.main.outputs['template-name'] ?? '')
      expect(names[0]).toMatch(/^image-factory-image-4242-1-[0-9a-f]{8}$/)
      expect(names[1]).not.toBe(names[0])
      const deleted = emulator
        .writes()
        .filter((r) => r.method === 'DELETE')
        .map((r) => r.path.split('/').pop())
      expect(deleted.filter((n) => names.includes(n ?? ''))).toHaveLength(2)
      for (const name of names) expect(exists(name)).toBe(false)
    })
  })
})
