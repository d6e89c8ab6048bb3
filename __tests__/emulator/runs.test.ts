import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { manualClock } from './clock.ts'
import { startEmulator } from './emulator.ts'
import {
  accessToken,
  arm,
  createTemplate,
  seedGalleryImageOfTemplate,
  SUBSCRIPTION,
  templateBody,
  templatePath,
  type Result,
} from './test-client.ts'
import { ALL_PHASES, withScenario } from './scenario.ts'
import type { Emulator } from './types.ts'

// Time moves only when a test advances the clock: every phase boundary is checked exactly.
const clock = manualClock()
const PHASE_MS = 1000
const PROVISION_MS = 300
let emulator: Emulator
let token: string

beforeAll(async () => {
  emulator = await startEmulator({
    clock,
    scenario: { phaseMs: PHASE_MS, provisionMs: PROVISION_MS, retryAfterSeconds: 0 },
  })
  token = await accessToken(emulator)
  seedGalleryImageOfTemplate(emulator)
})
afterAll(() => emulator.close())

const getTemplate = (name: string): Promise<Result> =>
  arm(emulator, token, 'GET', templatePath(name))
const statusOf = async (name: string): Promise<Result['body']> =>
  (await getTemplate(name)).body.properties.lastRunStatus
const isoAt = (ms: number): string => new Date(ms).toISOString()

/**
 * Step through a run that started at the clock's current time, one phase at a time: each
 * sub-state must still be Running one millisecond before its `phaseMs` is up. Returns the
 * sub-states in order and the template once the run has ended.
 */
async function stepRun(name: string): Promise<{ phases: string[]; last: Result }> {
  const phases: string[] = []
  for (let step = 0; step <= ALL_PHASES.length; step += 1) {
    const current = await getTemplate(name)
    const status = current.body.properties.lastRunStatus
    if (status.runState !== 'Running') return { phases, last: current }
    phases.push(status.runSubState)
    clock.advance(PHASE_MS - 1)
    expect(await statusOf(name)).toMatchObject({
      runState: 'Running',
      runSubState: status.runSubState,
    })
    expect((await statusOf(name)).endTime).toBeUndefined()
    clock.advance(1)
  }
  throw new Error(`${name}: still running after ${ALL_PHASES.length + 1} phases`)
}

describe('POST run', () => {
  it('walks through the phases and ends Succeeded with one run output per distributor', async () => {
    await createTemplate(emulator, token, 'run-ok', clock)
    expect((await arm(emulator, token, 'GET', templatePath('run-ok', '/runOutputs'))).body).toEqual(
      { value: [] },
    )
    const startedAt = clock.now()
    const run = await arm(emulator, token, 'POST', templatePath('run-ok', '/run'))
    expect(run.status).toBe(202)
    expect(run.headers.get('azure-asyncoperation')).toMatch(/\/operations\//)
    expect(run.headers.get('location')).toMatch(/\/operationResults\//)
    expect((await arm(emulator, token, 'POST', templatePath('run-ok', '/run'))).status).toBe(409)
    const { phases, last } = await stepRun('run-ok')
    expect(phases).toEqual([
      'Queued',
      'Building',
      'Customizing',
      'Optimizing',
      'Validating',
      'Distributing',
    ])
    expect(last.body.properties.lastRunStatus).toEqual({
      startTime: isoAt(startedAt),
      endTime: isoAt(startedAt + 6 * PHASE_MS),
      runState: 'Succeeded',
      runSubState: 'Distributing',
      message: '',
    })
    const operation = await arm(
      emulator,
      token,
      'GET',
      run.headers.get('azure-asyncoperation') ?? '',
    )
    expect(operation.body).toMatchObject({
      status: 'Succeeded',
      startTime: isoAt(startedAt),
      endTime: isoAt(startedAt + 6 * PHASE_MS),
    })
    const outputs = await arm(emulator, token, 'GET', templatePath('run-ok', '/runOutputs'))
    expect((outputs.body.value as { name: string }[]).map((o) => o.name)).toEqual([
      'managed',
      'gallery',
      'vhd',
    ])
    const [managed, gallery, vhd] = outputs.body.value
    expect(managed).toEqual({
      id: `${templatePath('run-ok')}/runOutputs/managed`,
      name: 'managed',
      type: 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs',
      properties: {
        artifactId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/images/img`,
        provisioningState: 'Succeeded',
      },
    })
    // The first build publishes 0.0.1 of the seeded definition (Latest numbering).
    expect(gallery.properties.artifactId).toMatch(
      /\/galleries\/g\/images\/def\/versions\/0\.0\.\d+$/,
    )
    expect(emulator.galleries.has(String(gallery.properties.artifactId).toLowerCase())).toBe(true)
    expect(vhd.properties.artifactUri).toMatch(
      /^https:\/\/[a-z0-9]{24}\.blob\.core\.windows\.net\/vhds\/run-ok_[0-9a-f-]+\.vhd$/,
    )
    const single = await arm(emulator, token, 'GET', templatePath('run-ok', '/runOutputs/gallery'))
    expect(single.body).toEqual(gallery)
    expect(
      (await arm(emulator, token, 'GET', templatePath('run-ok', '/runOutputs/nope'))).status,
    ).toBe(404)
  })

  it('ends PartiallySucceeded when the scenario says so', async () => {
    await createTemplate(emulator, token, 'run-partial', clock)
    const startedAt = clock.now()
    const { phases, last } = await withScenario(emulator, { partial: true }, async () => {
      await arm(emulator, token, 'POST', templatePath('run-partial', '/run'))
      return stepRun('run-partial')
    })
    expect(phases).toEqual(ALL_PHASES)
    expect(last.body.properties.lastRunStatus).toMatchObject({
      runState: 'PartiallySucceeded',
      runSubState: 'Distributing',
      endTime: isoAt(startedAt + 6 * PHASE_MS),
    })
    expect(
      (await arm(emulator, token, 'GET', templatePath('run-partial', '/runOutputs'))).body.value,
    ).toHaveLength(3)
  })

  it.each([
    [
      'url',
      /Image Build log location: https:\/\/127\.0\.0\.1:\d+\/[a-z0-9]{24}\/packerlogs\/[0-9a-f-]{36}\/customization\.log\. OperationId: [0-9a-f-]{36}\.$/,
    ],
    [
      'path',
      /Image Build log location: \/subscriptions\/[^/]+\/resourceGroups\/IT_rg_run-fail-path_[0-9a-f-]{36}\/providers\/Microsoft\.Storage\/storageAccounts\/[a-z0-9]{24}\/blobServices\/default\/containers\/packerlogs\/[0-9a-f-]{36}\/customization\.log\. OperationId/,
    ],
  ] as const)(
    'fails at the scenario phase with the log location as a %s',
    async (form, logPattern) => {
      const name = `run-fail-${form}`
      await createTemplate(emulator, token, name, clock)
      const startedAt = clock.now()
      const { run, phases, last } = await withScenario(
        emulator,
        { failAt: 'Customizing', logForm: form },
        async () => {
          const run = await arm(emulator, token, 'POST', templatePath(name, '/run'))
          return { run, ...(await stepRun(name)) }
        },
      )
      expect(phases).toEqual(['Queued', 'Building', 'Customizing'])
      const status = last.body.properties.lastRunStatus
      expect(status).toMatchObject({
        runState: 'Failed',
        runSubState: 'Customizing',
        startTime: isoAt(startedAt),
        endTime: isoAt(startedAt + 3 * PHASE_MS),
      })
      expect(status.message).toMatch(
        /^Failed while waiting for packerizer: .*Packer build command has failed: exit status 1\./,
      )
      expect(status.message).toMatch(logPattern)
      const operation = await arm(
        emulator,
        token,
        'GET',
        run.headers.get('azure-asyncoperation') ?? '',
      )
      expect(operation.body).toMatchObject({
        status: 'Failed',
        error: { code: expect.any(String), message: status.message },
      })
      expect(
        (await arm(emulator, token, 'GET', templatePath(name, '/runOutputs'))).body.value,
      ).toEqual([])
    },
  )

  it('answers 404 for a missing template and 409 until provisioning completes', async () => {
    expect((await arm(emulator, token, 'POST', templatePath('ghost', '/run'))).status).toBe(404)
    const runPath = templatePath('still-creating', '/run')
    await arm(emulator, token, 'PUT', templatePath('still-creating'), templateBody())
    expect((await arm(emulator, token, 'POST', runPath)).status).toBe(409)
    clock.advance(PROVISION_MS - 1)
    const early = await arm(emulator, token, 'POST', runPath)
    expect(early.status).toBe(409)
    expect(early.body.error.message).toMatch(/provisioningState is 'Creating'/)
    clock.advance(1)
    expect((await arm(emulator, token, 'POST', runPath)).status).toBe(202)
    // Stop it, so that later tests advancing the clock do not finish a build nobody follows.
    expect(
      (await arm(emulator, token, 'POST', templatePath('still-creating', '/cancel'))).status,
    ).toBe(202)
  })
})

describe('POST cancel', () => {
  it('moves a running build to Canceling, then Canceled exactly when the cancel is done', async () => {
    await createTemplate(emulator, token, 'cancel-1', clock)
    const run = await arm(emulator, token, 'POST', templatePath('cancel-1', '/run'))
    clock.advance(PHASE_MS)
    expect(await statusOf('cancel-1')).toMatchObject({
      runState: 'Running',
      runSubState: 'Building',
    })
    const canceledAt = clock.now()
    const cancel = await arm(emulator, token, 'POST', templatePath('cancel-1', '/cancel'))
    expect(cancel.status).toBe(202)
    const operationOf = async (answer: Result): Promise<Result['body']> =>
      (await arm(emulator, token, 'GET', answer.headers.get('azure-asyncoperation') ?? '')).body
    // Without cancelMs a cancel takes provisionMs; the run stays in its sub-state meanwhile.
    expect(await statusOf('cancel-1')).toMatchObject({
      runState: 'Canceling',
      runSubState: 'Building',
    })
    clock.advance(PROVISION_MS - 1)
    expect(await statusOf('cancel-1')).toMatchObject({
      runState: 'Canceling',
      runSubState: 'Building',
    })
    expect((await statusOf('cancel-1')).endTime).toBeUndefined()
    expect((await operationOf(cancel)).status).toBe('InProgress')
    expect((await operationOf(run)).status).toBe('InProgress')
    clock.advance(1)
    expect(await statusOf('cancel-1')).toMatchObject({
      runState: 'Canceled',
      runSubState: 'Building',
      endTime: isoAt(canceledAt + PROVISION_MS),
    })
    expect(await operationOf(cancel)).toMatchObject({
      status: 'Succeeded',
      endTime: isoAt(canceledAt + PROVISION_MS),
    })
    expect(await operationOf(run)).toMatchObject({
      status: 'Canceled',
      error: { code: 'OperationCanceled' },
    })
    // A canceled build stays canceled however much time passes.
    clock.advance(10 * PHASE_MS)
    expect((await statusOf('cancel-1')).runState).toBe('Canceled')
  })

  it('answers 409 when no build is running', async () => {
    await createTemplate(emulator, token, 'cancel-idle', clock)
    const cancel = await arm(emulator, token, 'POST', templatePath('cancel-idle', '/cancel'))
    expect(cancel.status).toBe(409)
    expect(cancel.body.error.message).toMatch(/^No build is running/)
  })
})

describe('seedTemplate', () => {
  it('puts finished templates in place', async () => {
    const id = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.VirtualMachineImages/imageTemplates/seeded`
    emulator.seedTemplate(id, templateBody(), 'Succeeded')
    const result = await getTemplate('seeded')
    expect(result.body.properties).toMatchObject({
      provisioningState: 'Succeeded',
      lastRunStatus: { runState: 'Succeeded' },
    })
    expect(
      (await arm(emulator, token, 'GET', templatePath('seeded', '/runOutputs'))).body.value,
    ).toHaveLength(3)
    emulator.seedTemplate(id.replace('seeded', 'seeded-failed'), templateBody(), 'Failed')
    expect((await getTemplate('seeded-failed')).body.properties.lastRunStatus.message).toMatch(
      /customization\.log/,
    )
  })
})
