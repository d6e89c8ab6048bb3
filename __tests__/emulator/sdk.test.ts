// The emulator against the real Azure SDK, configured the way the action configures it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ImageBuilderClient, type ImageTemplate } from '@azure/arm-imagebuilder'
import { ClientAssertionCredential } from '@azure/identity'
import { startEmulator } from './emulator.ts'
import {
  CLIENT_ID,
  oidcToken,
  seedGalleryImageOfTemplate,
  SUBSCRIPTION,
  templateBody,
  TENANT,
} from './test-client.ts'
import { withScenario } from './scenario.ts'
import type { Emulator } from './types.ts'

let emulator: Emulator
let client: ImageBuilderClient
const poll = { updateIntervalInMs: 20 }

beforeAll(async () => {
  emulator = await startEmulator({
    scenario: { phaseMs: 30, provisionMs: 30, retryAfterSeconds: 0 },
  })
  const credential = new ClientAssertionCredential(TENANT, CLIENT_ID, () => oidcToken(emulator), {
    authorityHost: emulator.url,
    disableInstanceDiscovery: true,
  })
  client = new ImageBuilderClient(credential, SUBSCRIPTION, { endpoint: emulator.url })
  seedGalleryImageOfTemplate(emulator)
})
afterAll(() => emulator.close())

/** The wire body of `templateBody()` in the SDK's flattened model. */
function sdkTemplate(): ImageTemplate {
  const { properties, ...rest } = templateBody()
  return { ...rest, ...properties } as ImageTemplate
}

describe('Azure SDK against the emulator', () => {
  it('creates, runs, reads outputs and deletes, retrying a throttled request', async () => {
    const templates = client.virtualMachineImageTemplates
    emulator.scenario.faults.push({ kind: 'status', status: 429, retryAfterSeconds: 0 })
    const created = await templates.createOrUpdate('rg', 'sdk-1', sdkTemplate(), poll)
    expect(created.provisioningState).toBe('Succeeded')
    await templates.run('rg', 'sdk-1', poll)
    expect((await templates.get('rg', 'sdk-1')).lastRunStatus?.runState).toBe('Succeeded')
    const outputs = []
    for await (const output of templates.listRunOutputs('rg', 'sdk-1')) outputs.push(output)
    expect(outputs.map((output) => output.name)).toEqual(['managed', 'gallery', 'vhd'])
    expect((await templates.getRunOutput('rg', 'sdk-1', 'vhd')).artifactUri).toMatch(/\.vhd$/)
    await templates.delete('rg', 'sdk-1', poll)
    await expect(templates.get('rg', 'sdk-1')).rejects.toMatchObject({ statusCode: 404 })
    expect(emulator.requests.map((request) => request.path)).toEqual(
      expect.arrayContaining([
        `/${TENANT}/v2.0/.well-known/openid-configuration`,
        `/${TENANT}/oauth2/v2.0/token`,
      ]),
    )
  })

  it('surfaces a failed build as a failed run poller with the service message', async () => {
    const templates = client.virtualMachineImageTemplates
    await templates.createOrUpdate('rg', 'sdk-fail', sdkTemplate(), poll)
    await withScenario(emulator, { failAt: 'Building' }, () =>
      expect(templates.run('rg', 'sdk-fail', poll)).rejects.toThrow(
        /Image Build log location: https:/,
      ),
    )
    expect((await templates.get('rg', 'sdk-fail')).lastRunStatus?.runState).toBe('Failed')
  })
})
