// A failed build explained in process: the emulator writes customization.log to its staging
// account; main reads it with the run's credential and names the failing step and its file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import { withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO } from '../harness/run-action.ts'
import { stepRunner, type StepRunner } from '../harness/step-runner.ts'
import { parseSummary } from '../harness/summary-parse.ts'

let emulator: Emulator
let steps: StepRunner

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
  steps = stepRunner(emulator)
})
afterAll(async () => {
  steps.cleanup()
  await emulator.close()
})

// workflow-artifacts is customizer 0, then the three scripts: the second script is index 2.
const inputs = (name: string) => ({
  ...buildInputs(emulator, name),
  'customizer-scripts': 'scripts/01-bashisms.sh\nscripts/02-heredoc.sh\nscripts/03-unicode.sh',
})
const SECOND_SCRIPT = { role: 'customizer' as const, index: 2 }

describe('a build failing at the second repo script', () => {
  it.each(['url', 'path'] as const)(
    'names the script and its exit status (log location as a %s)',
    async (logForm) => {
      await withScenario(
        emulator,
        { failAt: 'Customizing', failStep: SECOND_SCRIPT, logForm },
        async () => {
          const { io, code } = await steps.runMain(inputs(`diag-${logForm}`))
          expect(code).toBe(1)
          const errors = io.linesOf('error')
          expect(errors[0]).toMatch(
            /^Customizer 3 of 4 'scripts\/02-heredoc\.sh' \(Shell\) failed: Script exited with non-zero exit status: \d+.* \[scripts\/02-heredoc\.sh Image build failed\]$/,
          )
          // The step still fails with the service's own message.
          expect(errors.at(-1)).toMatch(
            /^The build ended Failed: .*Packer build command has failed/,
          )
          expect(io.linesOf('group')).toContainEqual(
            expect.stringMatching(/^customization\.log: Customizer 3 of 4/),
          )
          const summary = parseSummary(io.summaries.join('\n'))
          expect(summary).toMatchObject({ headline: 'Failed', failedPhase: 'Customizing' })
          expect(summary.failingStep).toBe(
            'customizer `scripts/02-heredoc.sh` (Shell) from `customizer-scripts`',
          )
          expect(summary.gantt?.at(-1)).toMatchObject({ critical: true })
        },
      )
    },
  )

  it('says which role is missing when the log cannot be read, and still reports the service message', async () => {
    const scenario = {
      failAt: 'Customizing' as const,
      failStep: SECOND_SCRIPT,
      stagingLogAccess: 'denied' as const,
    }
    await withScenario(emulator, { ...scenario, logForm: 'url' }, async () => {
      const { io, code } = await steps.runMain(inputs('diag-denied'))
      expect(code).toBe(1)
      expect(io.linesOf('warning').join('\n')).toMatch(
        /customization\.log was not read.*Storage Blob Data Reader on the staging resource group \/subscriptions\/.+\/resourceGroups\/IT_/,
      )
      expect(io.linesOf('error').at(-1)).toMatch(
        /^The build ended Failed: .*Packer build command has failed/,
      )
      expect(io.summaries.join('\n')).toContain('The log could not be read')
    })
  })
})

describe('a failing in-VM validator', () => {
  it('is reported as a validation failure, at the validator script', async () => {
    const failStep = { role: 'validator' as const, index: 0 }
    await withScenario(emulator, { failAt: 'Validating', failStep }, async () => {
      const { io, code } = await steps.runMain({
        ...buildInputs(emulator, 'diag-validator'),
        'validator-scripts': 'scripts/03-unicode.sh',
      })
      expect(code).toBe(1)
      expect(io.linesOf('error')[0]).toMatch(
        /^Validator 1 of 1 'scripts\/03-unicode\.sh' \(Shell\) failed: .* \[scripts\/03-unicode\.sh In-VM validation failed\]$/,
      )
      const summary = parseSummary(io.summaries.join('\n'))
      expect(summary).toMatchObject({
        headline: 'In-VM validation failed',
        failedPhase: 'Validating',
      })
      expect(summary.failingStep).toBe(
        'validator `scripts/03-unicode.sh` (Shell) from `validator-scripts`',
      )
      expect(io.summaries.join('\n')).toContain('Nothing was distributed')
    })
  })
})
