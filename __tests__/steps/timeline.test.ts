// A 60-minute build, time-scaled: the emulator and the action's watch share one manual clock,
// and every poll-interval sleep of the action moves it on. What a user sees in the step log over
// an hour stays short, and the job summary's timeline is exactly the phases the service went through.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { DEFAULT_LIMITS } from '../../src/model/limits.ts'
import { runMain } from '../../src/steps/main.ts'
import { manualClock, type ManualClock } from '../emulator/clock.ts'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { fakeIO, stepEnv } from '../harness/fake-io.ts'
import { buildInputs } from '../harness/run-action.ts'
import { parseSummary } from '../harness/summary-parse.ts'
import { makeWorkspace } from '../harness/workspace.ts'

const MINUTE = 60_000
let clock: ManualClock
let emulator: Emulator
let workspace: string

beforeAll(async () => {
  clock = manualClock()
  // Six phases of 10 minutes: Queued … Distributing, an hour in all. Tokens outlive the hour.
  const scenario = {
    phaseMs: 10 * MINUTE,
    provisionMs: 0,
    retryAfterSeconds: 0,
    tokenLifetimeSeconds: 6 * 3600,
  }
  emulator = await startEmulator({ clock, scenario })
  workspace = makeWorkspace()
})
afterAll(async () => {
  await emulator.close()
  rmSync(workspace, { recursive: true, force: true })
})

describe('a 60-minute build', () => {
  it('logs a bounded number of lines and summarizes its phases as a gantt timeline', async () => {
    const { env, cleanup } = stepEnv(workspace, emulator)
    // Requests that wait on the service (create, start) see time pass a little as they poll.
    const nudge = setInterval(() => clock.advance(0), 5)
    try {
      const io = fakeIO({
        inputs: { ...buildInputs(emulator, 'hour'), 'poll-interval-seconds': '15' },
        emulator,
      })
      const sleep = async (ms: number) => {
        clock.advance(ms)
        await new Promise((resolve) => setImmediate(resolve))
      }
      const code = await runMain(io, env, DEFAULT_LIMITS, { now: () => clock.now(), sleep })
      expect(code).toBe(0)
      const shown = io.lines.filter((l) => !l.startsWith('debug: ') && !l.startsWith('group: '))
      // 6 phase changes, a heartbeat at each 5 minutes into a 10-minute phase, and the setup
      // and result lines: about 30, far fewer than the 240 polls of the hour.
      expect(shown.length).toBeLessThan(40)
      expect(shown.filter((l) => l.includes('Build still'))).toHaveLength(6)
      expect(io.linesOf('group')).toEqual(
        [
          'Inputs',
          'group: end',
          'Render',
          'group: end',
          'Submit',
          'group: end',
          'Build',
          'group: end',
          'Outputs',
          'group: end',
        ].map((l) => l.replace('group: ', '')),
      )
      const summary = parseSummary(io.summaries.join('\n'))
      expect(summary.headline).toBe('Succeeded')
      expect(summary.gantt?.map((t) => t.name)).toEqual([
        'Queued 10m00s',
        'Building 10m00s',
        'Customizing 10m00s',
        'Optimizing 10m00s',
        'Validating 10m00s',
        'Distributing 10m00s',
      ])
      expect(io.summaries.join('\n')).toMatch(/\*\*Succeeded\*\* after 1h00m/)
    } finally {
      clearInterval(nudge)
      cleanup()
    }
  })
})
