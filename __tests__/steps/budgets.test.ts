// Main and post in process, through the fake ActionIO port, against the emulator: every wait on
// Azure ends by itself, with a message naming the template and what was being waited for.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { DEFAULT_LIMITS } from '../../src/model/limits.ts'
import { runMain } from '../../src/steps/main.ts'
import { runPost } from '../../src/steps/post.ts'
import { startEmulator } from '../emulator/emulator.ts'
import { withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import { fakeIO, stepEnv } from '../harness/fake-io.ts'
import { buildInputs, FAST_SCENARIO } from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator
const cleanups: (() => void)[] = []

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
})
afterAll(async () => {
  await emulator.close()
  for (const cleanup of cleanups) cleanup()
})

function step() {
  const workspace = makeWorkspace()
  const { env, cleanup } = stepEnv(workspace, emulator)
  cleanups.push(cleanup, () => rmSync(workspace, { recursive: true, force: true }))
  return env
}

const exists = (name: string) =>
  [...emulator.templates.keys()].some((id) => id.endsWith(`/imagetemplates/${name}`))

describe('main: bounded waits', () => {
  it('fails by itself when the template create never completes', async () => {
    await withScenario(emulator, { provisionMs: 3_600_000 }, async () => {
      const io = fakeIO({ inputs: buildInputs(emulator, 'hung-create'), emulator })
      const code = await runMain(io, step(), { ...DEFAULT_LIMITS, provisionMs: 1_000 })
      expect(code).toBe(1)
      expect(io.linesOf('error')).toEqual([
        'Gave up after 1s waiting for the image template "hung-create" in resource group "images-rg" to be created (provisioningState still Creating).',
      ])
      // Nothing was started on a template that never finished provisioning.
      const started = emulator.writes().filter((r) => r.path.endsWith('/hung-create/run'))
      expect(started).toEqual([])
    })
  })
})

describe('post after main gave up on a slow create', () => {
  it('waits for the template to finish provisioning, then deletes it', async () => {
    await withScenario(emulator, { provisionMs: 1_500 }, async () => {
      const env = step()
      const inputs = buildInputs(emulator, 'slow-create')
      const main = fakeIO({ inputs, emulator })
      expect(await runMain(main, env, { ...DEFAULT_LIMITS, provisionMs: 300 })).toBe(1)
      expect(exists('slow-create')).toBe(true)
      const post = fakeIO({ inputs, state: main.state, emulator })
      expect(await runPost(post, env)).toBe(0)
      expect(post.linesOf('warning')).toEqual([])
      expect(post.linesOf('info')).toContain(
        'Deleted the image template "slow-create" in resource group "images-rg"',
      )
      expect(exists('slow-create')).toBe(false)
    })
  })
})

describe('post: bounded by its budget', () => {
  it('gives up on a 10-minute cancel within its budget and names what it left', async () => {
    await withScenario(emulator, { cancelMs: 600_000, phaseMs: 60_000 }, async () => {
      const env = step()
      const inputs = buildInputs(emulator, 'slow-cancel')
      const main = fakeIO({ inputs: { ...inputs, wait: 'false' }, emulator })
      expect(await runMain(main, env)).toBe(0)
      // As main leaves it when the runner kills it while it follows the build.
      const saved = JSON.parse(main.state.aib ?? '{}') as Record<string, unknown>
      const state = { aib: JSON.stringify({ ...saved, detached: false }) }

      const post = fakeIO({ inputs, state, emulator })
      const started = Date.now()
      expect(await runPost(post, env, { ...DEFAULT_LIMITS, postMs: 1_500 })).toBe(0)
      expect(Date.now() - started).toBeLessThan(1_500 + 5_000)

      expect(post.linesOf('info')).toContain('Cancelling the build that is still running')
      const [warning, ...more] = post.linesOf('warning')
      expect(more).toEqual([])
      const id = `/subscriptions/${String(inputs['subscription-id'])}/resourceGroups/images-rg/providers/Microsoft.VirtualMachineImages/imageTemplates/slow-cancel`
      expect(warning).toBe(
        `Cleanup did not finish: the post step's budget of 2s ran out. The image template "slow-cancel" may still exist, and its build may still be running: ${id}\n` +
          `Remove it with:\n  az image builder cancel --ids ${id}\n  az image builder delete --ids ${id}`,
      )
      expect(exists('slow-cancel')).toBe(true)
    })
  })
})
