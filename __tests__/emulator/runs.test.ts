import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from './emulator.ts'
import {
  accessToken,
  arm,
  createTemplate,
  seedGalleryImageOfTemplate,
  SUBSCRIPTION,
  templateBody,
  templatePath,
  waitFor,
  type Result,
} from './test-client.ts'
import { withScenario } from './scenario.ts'
import type { Emulator } from './types.ts'

let emulator: Emulator
let token: string

beforeAll(async () => {
  emulator = await startEmulator({
    scenario: { phaseMs: 40, provisionMs: 40, retryAfterSeconds: 0 },
  })
  token = await accessToken(emulator)
  seedGalleryImageOfTemplate(emulator)
})
afterAll(() => emulator.close())

const getTemplate = (name: string): Promise<Result> =>
  arm(emulator, token, 'GET', templatePath(name))
const isOver = (r: Result): boolean =>
  !['Running', 'Canceling'].includes(r.body.properties.lastRunStatus?.runState)

/** Poll the template while it runs and collect every sub-state seen. */
async function followRun(name: string): Promise<{ phases: string[]; last: Result }> {
  const phases: string[] = []
  const last = await waitFor(async () => {
    const result = await getTemplate(name)
    const phase = result.body.properties.lastRunStatus?.runSubState
    if (phase && phases.at(-1) !== phase) phases.push(phase)
    return result
  }, isOver)
  return { phases, last }
}

describe('POST run', () => {
  it('walks through the phases and ends Succeeded with one run output per distributor', async () => {
    await createTemplate(emulator, token, 'run-ok')
    expect((await arm(emulator, token, 'GET', templatePath('run-ok', '/runOutputs'))).body).toEqual(
      { value: [] },
    )
    const run = await arm(emulator, token, 'POST', templatePath('run-ok', '/run'))
    expect(run.status).toBe(202)
    expect(run.headers.get('azure-asyncoperation')).toMatch(/\/operations\//)
    expect(run.headers.get('location')).toMatch(/\/operationResults\//)
    expect((await arm(emulator, token, 'POST', templatePath('run-ok', '/run'))).status).toBe(409)
    const { phases, last } = await followRun('run-ok')
    expect(phases).toEqual([
      'Queued',
      'Building',
      'Customizing',
      'Optimizing',
      'Validating',
      'Distributing',
    ])
    expect(last.body.properties.lastRunStatus).toEqual({
      startTime: expect.any(String),
      endTime: expect.any(String),
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
    expect(operation.body.status).toBe('Succeeded')
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
    await createTemplate(emulator, token, 'run-partial')
    const { last } = await withScenario(emulator, { partial: true }, async () => {
      await arm(emulator, token, 'POST', templatePath('run-partial', '/run'))
      return followRun('run-partial')
    })
    expect(last.body.properties.lastRunStatus.runState).toBe('PartiallySucceeded')
    expect(
      (await arm(emulator, token, 'GET', templatePath('run-partial', '/runOutputs'))).body.value,
    ).toHaveLength(3)
  })

  it.each([
    [
      'url',
      /Image Build log location: https:\/\/[a-z0-9]{24}\.blob\.core\.windows\.net\/packerlogs\/[0-9a-f-]{36}\/customization\.log\. OperationId: [0-9a-f-]{36}\.$/,
    ],
    [
      'path',
      /Image Build log location: \/subscriptions\/[^/]+\/resourceGroups\/IT_rg_run-fail-path_[0-9a-f-]{36}\/providers\/Microsoft\.Storage\/storageAccounts\/[a-z0-9]{24}\/blobServices\/default\/containers\/packerlogs\/[0-9a-f-]{36}\/customization\.log\. OperationId/,
    ],
  ] as const)(
    'fails at the scenario phase with the log location as a %s',
    async (form, logPattern) => {
      const name = `run-fail-${form}`
      await createTemplate(emulator, token, name)
      const { run, phases, last } = await withScenario(
        emulator,
        { failAt: 'Customizing', logForm: form },
        async () => {
          const run = await arm(emulator, token, 'POST', templatePath(name, '/run'))
          return { run, ...(await followRun(name)) }
        },
      )
      expect(phases).toEqual(['Queued', 'Building', 'Customizing'])
      const status = last.body.properties.lastRunStatus
      expect(status).toMatchObject({
        runState: 'Failed',
        runSubState: 'Customizing',
        endTime: expect.any(String),
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

  it('answers 404 for a missing template and 409 before provisioning completes', async () => {
    expect((await arm(emulator, token, 'POST', templatePath('ghost', '/run'))).status).toBe(404)
    await withScenario(emulator, { provisionMs: 10_000 }, () =>
      arm(emulator, token, 'PUT', templatePath('still-creating'), templateBody()),
    )
    expect(
      (await arm(emulator, token, 'POST', templatePath('still-creating', '/run'))).status,
    ).toBe(409)
  })
})

describe('POST cancel', () => {
  it('moves a running build to Canceling, then Canceled', async () => {
    const { run, cancel } = await withScenario(emulator, { phaseMs: 1000 }, async () => {
      await createTemplate(emulator, token, 'cancel-1')
      const run = await arm(emulator, token, 'POST', templatePath('cancel-1', '/run'))
      const cancel = await arm(emulator, token, 'POST', templatePath('cancel-1', '/cancel'))
      return { run, cancel }
    })
    expect(cancel.status).toBe(202)
    expect((await getTemplate('cancel-1')).body.properties.lastRunStatus.runState).toBe('Canceling')
    const { last } = await followRun('cancel-1')
    expect(last.body.properties.lastRunStatus).toMatchObject({
      runState: 'Canceled',
      endTime: expect.any(String),
    })
    const cancelOperation = await arm(
      emulator,
      token,
      'GET',
      cancel.headers.get('azure-asyncoperation') ?? '',
    )
    expect(cancelOperation.body.status).toBe('Succeeded')
    const runOperation = await arm(
      emulator,
      token,
      'GET',
      run.headers.get('azure-asyncoperation') ?? '',
    )
    expect(runOperation.body.status).toBe('Canceled')
  })

  it('answers 409 when no build is running', async () => {
    await createTemplate(emulator, token, 'cancel-idle')
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
