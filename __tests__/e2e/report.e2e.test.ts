// What a user sees, through the bundle as the runner starts it: the job summary of a successful,
// a failed and a cancelled run (parsed: headline, outputs, failed phase, a valid gantt timeline),
// the failing repo script annotated at its file for both log locations the service writes, and
// the pull-request comment created once and then updated.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import { ALL_PHASES, withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO, pullRequestEvent, runAction } from '../harness/run-action.ts'
import { parseSummary } from '../harness/summary-parse.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
})
afterAll(async () => {
  await emulator.close()
})

const SCRIPTS = 'scripts/01-bashisms.sh\nscripts/02-heredoc.sh\nscripts/03-unicode.sh'
const inputs = (name: string) => ({
  ...buildInputs(emulator, name),
  'customizer-scripts': SCRIPTS,
})

describe('job summary', () => {
  it('of a successful run: outputs and the timeline', async () => {
    const run = await runAction({ inputs: inputs('sum-ok'), workspace: makeWorkspace() }, emulator)
    expect(run.code).toBe(0)
    const summary = parseSummary(run.summary)
    expect(summary.headline).toBe('Succeeded')
    expect(summary.outputs['managed-image']).toBe(run.outputs['image-id'])
    expect(summary.gantt?.map((t) => t.name.split(' ')[0])).toEqual(ALL_PHASES)
    expect(run.summary).toContain(
      '| source | `platform image Canonical:ubuntu-24_04-lts:server:latest` |',
    )
    // Each stage of the step log is a group.
    const groups = run.stdout.match(/^::group::(\w+)$/gm)
    expect(groups).toEqual(
      ['Inputs', 'Render', 'Submit', 'Build', 'Outputs'].map((g) => `::group::${g}`),
    )
  })

  it.each(['url', 'path'] as const)(
    'of a run failing at the second repo script, annotated at its file (log as a %s)',
    async (logForm) => {
      const failStep = { role: 'customizer' as const, index: 2 }
      await withScenario(emulator, { failAt: 'Customizing', failStep, logForm }, async () => {
        const run = await runAction(
          { inputs: inputs(`sum-fail-${logForm}`), workspace: makeWorkspace() },
          emulator,
        )
        expect(run.code).toBe(1)
        expect(run.stdout).toMatch(
          /^::error title=Image build failed,file=scripts\/02-heredoc\.sh::Customizer 3 of 4 'scripts\/02-heredoc\.sh' \(Shell\) failed: Script exited with non-zero exit status: \d+/m,
        )
        expect(run.stdout).toMatch(/^::error::The build ended Failed: /m)
        const summary = parseSummary(run.summary)
        expect(summary).toMatchObject({ headline: 'Failed', failedPhase: 'Customizing' })
        expect(summary.failingStep).toContain('`scripts/02-heredoc.sh`')
        expect(summary.gantt?.at(-1)).toMatchObject({
          name: expect.stringMatching(/^Customizing /),
          critical: true,
        })
        expect(run.summary).toContain('<summary>customization.log excerpt</summary>')
      })
    },
  )

  it('of a cancelled run: the phases seen until the cancel', async () => {
    await withScenario(emulator, { phaseMs: 1_500 }, async () => {
      const run = await runAction(
        {
          inputs: inputs('sum-cancel'),
          workspace: makeWorkspace(),
          onStdout: (text, child) => {
            if (text.includes('Build phase: Building') && !child.killed) child.kill('SIGINT')
          },
        },
        emulator,
      )
      expect(run.code).not.toBe(0)
      const summary = parseSummary(run.summary)
      expect(summary.headline).toBe('Canceled')
      expect(summary.gantt?.map((t) => t.name.split(' ')[0])).toEqual(['Queued', 'Building'])
    })
  })
})

describe('pull-request comment', () => {
  it('is created on the first run and updated on the second', async () => {
    const event = pullRequestEvent(21)
    const commented = { ...inputs('sum-pr'), 'pr-comment': 'true' }
    const first = await runAction(
      { inputs: { ...commented, 'dry-run': 'true' }, workspace: makeWorkspace(), event },
      emulator,
    )
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/Pull-request comment created: /)
    const second = await runAction(
      { inputs: commented, workspace: makeWorkspace(), event },
      emulator,
    )
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/Pull-request comment updated: /)
    const comments = emulator.issueComments('octo', 'image-factory', 21)
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('✅ **Succeeded**')
  })
})
