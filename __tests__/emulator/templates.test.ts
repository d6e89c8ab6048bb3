import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { manualClock } from './clock.ts'
import { startEmulator } from './emulator.ts'
import {
  accessToken,
  arm,
  createTemplate,
  SUBSCRIPTION,
  templateBody,
  templatePath,
} from './test-client.ts'
import type { Emulator } from './types.ts'

// Time moves only when a test advances it: provisioning ends exactly after PROVISION_MS.
const clock = manualClock()
const PROVISION_MS = 80
let emulator: Emulator
let token: string
const provisioningStateOf = async (name: string): Promise<unknown> =>
  (await arm(emulator, token, 'GET', templatePath(name))).body.properties.provisioningState

beforeAll(async () => {
  emulator = await startEmulator({
    clock,
    scenario: { provisionMs: PROVISION_MS, retryAfterSeconds: 0 },
  })
  token = await accessToken(emulator)
})
afterAll(() => emulator.close())

describe('PUT image template', () => {
  it('answers 201 with Azure-AsyncOperation, then provisions to Succeeded', async () => {
    const createdAt = clock.now()
    const put = await arm(emulator, token, 'PUT', templatePath('create-1'), templateBody())
    expect(put.status).toBe(201)
    expect(put.headers.get('retry-after')).toBe('0')
    expect(put.body).toMatchObject({
      id: templatePath('create-1'),
      name: 'create-1',
      type: 'Microsoft.VirtualMachineImages/imageTemplates',
      location: 'westus',
      tags: { purpose: 'test' },
      properties: { provisioningState: 'Creating' },
    })
    const identities = Object.values(put.body.identity.userAssignedIdentities)
    expect(identities).toEqual([{ clientId: expect.any(String), principalId: expect.any(String) }])
    const operationUrl = put.headers.get('azure-asyncoperation') ?? ''
    expect(operationUrl).toMatch(
      new RegExp(
        `^${emulator.url}/subscriptions/${SUBSCRIPTION}/providers/Microsoft.VirtualMachineImages/locations/westus/operations/[0-9a-f-]+\\?api-version=2025-10-01$`,
      ),
    )
    expect((await arm(emulator, token, 'GET', operationUrl)).body.status).toBe('InProgress')
    clock.advance(PROVISION_MS - 1)
    const pending = await arm(emulator, token, 'GET', operationUrl)
    expect(pending.body.status).toBe('InProgress')
    expect(pending.body.endTime).toBeUndefined()
    expect(await provisioningStateOf('create-1')).toBe('Creating')
    clock.advance(1)
    const done = await arm(emulator, token, 'GET', operationUrl)
    expect(done.body).toMatchObject({
      status: 'Succeeded',
      startTime: new Date(createdAt).toISOString(),
      endTime: new Date(createdAt + PROVISION_MS).toISOString(),
    })
    const get = await arm(emulator, token, 'GET', templatePath('CREATE-1'))
    expect(get.body.properties.provisioningState).toBe('Succeeded')
    expect(get.body.properties.lastRunStatus).toBeUndefined()
    expect(emulator.templates.get(templatePath('create-1').toLowerCase())).toEqual(get.body)
  })

  it("answers 413 for a body above ARM's 4 MiB, and creates nothing", async () => {
    const body = templateBody()
    const big = { ...body, tags: { padding: 'x'.repeat(4 * 1024 * 1024) } }
    const put = await arm(emulator, token, 'PUT', templatePath('too-big'), big)
    expect(put.status).toBe(413)
    expect(put.body.error.code).toBe('RequestEntityTooLarge')
    expect(emulator.templates.has(templatePath('too-big').toLowerCase())).toBe(false)
  })

  it('answers 409 for a template that already exists', async () => {
    await createTemplate(emulator, token, 'exists-1', clock)
    const again = await arm(emulator, token, 'PUT', templatePath('exists-1'), templateBody())
    expect(again.status).toBe(409)
    expect(again.body.error).toEqual({
      code: 'Conflict',
      message: expect.stringMatching(
        /^Update\/Upgrade of image templates is currently not supported/,
      ),
    })
  })

  const broken: [string, (body: ReturnType<typeof templateBody>) => void, string][] = [
    ['no location', (b) => delete b.location, 'location'],
    [
      'two identities',
      (b) =>
        (b.identity.userAssignedIdentities[
          '/subscriptions/s/resourceGroups/r/providers/Microsoft.ManagedIdentity/userAssignedIdentities/two'
        ] = {}),
      'identity.userAssignedIdentities',
    ],
    ['unknown source', (b) => (b.properties.source = { type: 'ISO' }), 'properties.source.type'],
    ['platform image without sku', (b) => delete b.properties.source.sku, 'properties.source.sku'],
    ['empty distribute', (b) => (b.properties.distribute = []), 'properties.distribute'],
    [
      'duplicate run output',
      (b) => (b.properties.distribute[1].runOutputName = 'managed'),
      'properties.distribute[1].runOutputName',
    ],
    [
      'bad run output name',
      (b) => (b.properties.distribute[2].runOutputName = 'a b'),
      'properties.distribute[2].runOutputName',
    ],
    [
      'unknown customizer',
      (b) => (b.properties.customize[0].type = 'Script'),
      'properties.customize[0].type',
    ],
    [
      'timeout too long',
      (b) => (b.properties.buildTimeoutInMinutes = 961),
      'properties.buildTimeoutInMinutes',
    ],
  ]
  it.each(broken)('answers 400 naming the property: %s', async (_, breakIt, target) => {
    const body = templateBody()
    breakIt(body)
    const put = await arm(emulator, token, 'PUT', templatePath('invalid'), body)
    expect(put.status).toBe(400)
    expect(put.body.error).toMatchObject({ code: 'InvalidParameter', target })
    expect(put.body.error.message).toContain(target)
  })

  it('rejects an invalid template name', async () => {
    const put = await arm(emulator, token, 'PUT', templatePath('bad%20name'), templateBody())
    expect(put.body.error.target).toBe('imageTemplateName')
  })
})

describe('DELETE image template', () => {
  it('answers 202 with Location, keeps Deleting until done, then the template is gone', async () => {
    await createTemplate(emulator, token, 'delete-1', clock)
    const deleted = await arm(emulator, token, 'DELETE', templatePath('delete-1'))
    expect(deleted.status).toBe(202)
    const location = deleted.headers.get('location') ?? ''
    expect(location).toMatch(/\/operationResults\/[0-9a-f-]+\?api-version=2025-10-01$/)
    expect(deleted.headers.get('retry-after')).toBe('0')
    expect(await provisioningStateOf('delete-1')).toBe('Deleting')
    expect((await arm(emulator, token, 'GET', location)).status).toBe(202)
    clock.advance(PROVISION_MS - 1)
    expect((await arm(emulator, token, 'GET', location)).status).toBe(202)
    expect(await provisioningStateOf('delete-1')).toBe('Deleting')
    clock.advance(1)
    expect((await arm(emulator, token, 'GET', location)).status).toBe(204)
    expect((await arm(emulator, token, 'GET', templatePath('delete-1'))).status).toBe(404)
    expect(emulator.templates.has(templatePath('delete-1').toLowerCase())).toBe(false)
  })

  it('answers 204 when the template does not exist', async () => {
    expect((await arm(emulator, token, 'DELETE', templatePath('never-was'))).status).toBe(204)
  })

  it('refuses with 409 while a build is running', async () => {
    emulator.seedTemplate(
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.VirtualMachineImages/imageTemplates/busy`,
      templateBody(),
      'Running',
    )
    const deleted = await arm(emulator, token, 'DELETE', templatePath('busy'))
    expect(deleted.status).toBe(409)
    expect(deleted.body.error.message).toMatch(/while a build is running/)
  })

  it('records writes only for ARM PUT/POST/PATCH/DELETE', () => {
    const writes = emulator.writes()
    // The suite also signed in (POST /token) and read templates: neither may count as a write.
    expect(emulator.requests.some((r) => r.method === 'POST' && r.path.endsWith('/token'))).toBe(
      true,
    )
    expect(writes.some((w) => w.path.endsWith('/token'))).toBe(false)
    expect(writes.some((w) => w.method === 'GET')).toBe(false)
    expect(new Set(writes.map((w) => w.method))).toEqual(new Set(['PUT', 'DELETE']))
  })
})
