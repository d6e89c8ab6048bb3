// The step files through the ActionIO port, in process, against the emulator: what main and post
// write to the runner (outputs, state, summary, annotations) and what reaches "Azure".
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import { withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO, SUBSCRIPTION_ID } from '../harness/run-action.ts'
import { stepRunner, type StepRunner } from '../harness/step-runner.ts'

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

const inputs = (name: string) => buildInputs(emulator, name)
const writesTo = (name: string) =>
  emulator.writes().filter((r) => r.path.toLowerCase().includes(`/imagetemplates/${name}`))
const exists = (name: string) =>
  [...emulator.templates.keys()].some((id) => id.endsWith(`/imagetemplates/${name}`))
const stateOf = (io: { state: Record<string, string> }) =>
  JSON.parse(io.state.aib ?? '{}') as Record<string, unknown>

describe('main', () => {
  it('a dry run renders, summarises and sends nothing', async () => {
    const before = emulator.requests.length
    const { io, code } = await steps.runMain({ ...inputs('dry'), 'dry-run': 'true' })
    expect(code).toBe(0)
    expect(emulator.requests.length).toBe(before)
    expect(io.outputs['template-name']).toBe('dry')
    expect(io.outputs['rendered-template']).toMatch(/dry\.image-template\.json$/)
    expect(io.summaries.join('')).toContain('Dry run')
    expect(stateOf(io).target).toBeUndefined()
  })

  it('bad inputs fail naming each input, with nothing written', async () => {
    const { io, code } = await steps.runMain({
      ...inputs('bad'),
      cleanup: 'sometimes',
      location: '9z',
    })
    expect(code).toBe(1)
    const [error] = io.linesOf('error')
    expect(error).toContain('2 inputs are invalid')
    expect(error).toContain('`cleanup`')
    expect(error).toContain('`location`')
    expect(writesTo('bad')).toEqual([])
  })

  it('a build sets every output, saves what post needs before writing, and says what post will do', async () => {
    const { io, code } = await steps.runMain(inputs('happy'))
    expect(code).toBe(0)
    expect(io.outputs).toMatchObject({ 'template-name': 'happy', 'run-state': 'Succeeded' })
    expect(io.outputs['template-id']).toMatch(/imageTemplates\/happy$/)
    expect(io.outputs['image-id']).toMatch(/images\/happy$/)
    expect(JSON.parse(io.outputs['run-outputs'] ?? '[]')).toHaveLength(1)
    const state = stateOf(io)
    expect(state).toMatchObject({ v: 2, runStarted: true, finished: true, runState: 'Succeeded' })
    expect(state.target).toMatchObject({
      subscriptionId: SUBSCRIPTION_ID,
      resourceGroup: 'images-rg',
      templateName: 'happy',
      cleanup: 'on-success',
    })
    expect(io.linesOf('info')).toContain(
      'The post step deletes the template (the build succeeded (cleanup: on-success)).',
    )
    expect(io.summaries.join('')).toMatch(/Succeeded/)
  })

  it('a failed build fails the step, keeps the template, and says how to remove it', async () => {
    await withScenario(emulator, { failAt: 'Customizing' }, async () => {
      const step = await steps.runStep(inputs('failing'))
      expect(step.mainCode).toBe(1)
      expect(step.main.outputs['run-state']).toBe('Failed')
      expect(step.main.outputs['customization-log']).toMatch(/customization\.log$/)
      expect(step.main.linesOf('info').join('\n')).toContain('az image builder delete --ids')
      expect(step.post.linesOf('info')).toContain(
        'Cleanup: the build ended Failed: kept for debugging (cleanup: on-success)',
      )
      expect(exists('failing')).toBe(true)
    })
  })

  it('refuses a template of the same name whose build is running, touching nothing', async () => {
    await withScenario(emulator, { phaseMs: 5_000 }, async () => {
      const other = await steps.runMain({ ...inputs('shared-name'), wait: 'false' })
      expect(other.code).toBe(0)
      const writes = writesTo('shared-name').length
      const { io, code } = await steps.runMain(inputs('shared-name'))
      expect(code).toBe(1)
      expect(io.linesOf('error')[0]).toContain('already exists and its build is Running')
      expect(writesTo('shared-name')).toHaveLength(writes)
    })
  })
})

describe('post', () => {
  it('does nothing when main created nothing', async () => {
    const { io } = await steps.runMain({ ...inputs('nothing'), cleanup: 'sometimes' })
    const post = await steps.runPost(inputs('nothing'), io.state)
    expect(post.code).toBe(0)
    expect(post.io.linesOf('info')).toEqual([
      'Cleanup: nothing to do (nothing was created in Azure)',
    ])
  })

  it('after a success deletes the template', async () => {
    const step = await steps.runStep(inputs('cleaned'))
    expect(step.postCode).toBe(0)
    expect(step.post.linesOf('info')).toContain(
      'Deleted the image template "cleaned" in resource group "images-rg"',
    )
    expect(exists('cleaned')).toBe(false)
  })

  it('with wait: false leaves the build alone; resume adopts it and cleans up after it', async () => {
    await withScenario(emulator, { phaseMs: 300 }, async () => {
      const started = await steps.runStep({ ...inputs('handed-over'), wait: 'false' })
      expect(started.post.linesOf('info').join('\n')).toContain(
        'the build continues after this job',
      )
      const resumeInputs = { ...inputs('handed-over'), resume: 'true' }
      const resumed = await steps.runStep(resumeInputs)
      expect(resumed.mainCode).toBe(0)
      expect(stateOf(resumed.main)).toMatchObject({ adopted: true, runState: 'Succeeded' })
      expect(resumed.post.linesOf('info')).toContain(
        'Deleted the image template "handed-over" in resource group "images-rg"',
      )
    })
  })
})
