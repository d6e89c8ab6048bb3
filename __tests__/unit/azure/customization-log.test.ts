// readCustomizationLog with the real SDK and the action's own credential, against the emulator's
// staging accounts: both location forms, allowed and denied, gone, unreachable, and a tail.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createCredential } from '../../../src/azure/clients.ts'
import {
  parseLogLocation,
  readCustomizationLog,
  type CustomizationLogDeps,
} from '../../../src/azure/customization-log.ts'
import { CUSTOMIZATION_LOG_TAIL_BYTES } from '../../../src/model/limits.ts'
import type { CloudConfig } from '../../../src/model/types.ts'
import { diagnoseCustomizationLog } from '../../../src/report/customization-log.ts'
import { startEmulator } from '../../emulator/emulator.ts'
import { withScenario } from '../../emulator/scenario.ts'
import {
  accessToken,
  arm,
  CLIENT_ID,
  oidcToken,
  SUBSCRIPTION,
  templateBody,
  templatePath,
  TENANT,
  waitFor,
} from '../../emulator/test-client.ts'
import type { Emulator, Scenario } from '../../emulator/types.ts'

let emulator: Emulator
let deps: CustomizationLogDeps
let armToken: string
const signal = new AbortController().signal

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { phaseMs: 10, provisionMs: 10 } })
  const cloud: CloudConfig = {
    name: 'AzureCloud',
    armEndpoint: emulator.url,
    authorityHost: emulator.url,
    customAuthority: true,
  }
  const auth = {
    kind: 'oidc' as const,
    clientId: CLIENT_ID,
    tenantId: TENANT,
    audience: 'api://AzureADTokenExchange',
  }
  const credential = createCredential(cloud, auth, {
    getAssertion: () => oidcToken(emulator),
    mask: () => undefined,
  })
  deps = { cloud, credential, stagingResourceGroup: '/subscriptions/s/resourceGroups/IT_rg_t_1' }
  armToken = await accessToken(emulator)
})
afterAll(() => emulator.close())

const STEPS = [
  { type: 'Shell', name: 'base', inline: ['echo base'] },
  { type: 'Shell', name: 'app', inline: ['make'] },
  { type: 'Shell', name: 'harden', inline: ['./harden.sh'] },
]

/** Seeds a failed run of template `name`; the log location its message gives. */
async function failedRun(
  name: string,
  patch: Partial<Scenario>,
  customize: object[] = STEPS,
): Promise<string> {
  const body = templateBody()
  body.properties.customize = customize
  const id = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.VirtualMachineImages/imageTemplates/${name}`
  await withScenario(emulator, patch, () =>
    Promise.resolve(emulator.seedTemplate(id, body, 'Failed')),
  )
  const template = await arm(emulator, armToken, 'GET', templatePath(name))
  const message = String(template.body.properties.lastRunStatus.message)
  return /Image Build log location: (\S+)\. OperationId/.exec(message)?.[1] ?? ''
}

const requestsTo = (fragment: string) =>
  emulator.requests.filter((request) => request.path.includes(fragment))

describe('readCustomizationLog, allowed', () => {
  it.each(['url', 'path'] as const)('reads the %s form whole, with the SDK', async (form) => {
    const name = `read-${form}`
    const location = await failedRun(name, {
      logForm: form,
      failStep: { role: 'customizer', index: 1 },
    })
    const read = await readCustomizationLog(location, deps, signal)
    expect(read).toMatchObject({ ok: true, truncated: false })
    if (!read.ok) throw new Error(read.message)
    expect(read.text).toBe(emulator.customizationLogOf(templatePath(name)))
    expect(read.bytes).toBe(Buffer.byteLength(read.text))
    expect(read.url).toMatch(new RegExp(`^${emulator.url}/[a-z0-9]{24}/packerlogs/`))
    const diagnosis = diagnoseCustomizationLog(read.text, { customize: STEPS, validate: [] })
    expect(diagnosis.step).toMatchObject({ index: 1, name: 'app' })
    const account = parseLogLocation(location)!.account
    const blobRequests = requestsTo(`/${account}/packerlogs/`).map((r) => r.method)
    expect(blobRequests).toEqual(['HEAD', 'GET'])
    const armReads = requestsTo(`/storageAccounts/${account}`)
    expect(armReads.map((r) => r.query['api-version'])).toEqual(
      form === 'path' ? ['2023-05-01'] : [],
    )
  })

  it('reads only the last 4 MiB of a larger log, with one ranged GET', async () => {
    const many = Array.from({ length: 14_000 }, (_, i) => ({
      type: 'Shell',
      name: `step-${i}-${'x'.repeat(200)}`,
      inline: [`echo '##[aib-step] customize[${i}] step-${i}'`],
    }))
    const location = await failedRun('read-large', { logForm: 'url' }, many)
    const read = await readCustomizationLog(location, deps, signal)
    if (!read.ok) throw new Error(read.message)
    expect(read.bytes).toBeGreaterThan(CUSTOMIZATION_LOG_TAIL_BYTES)
    expect(read.truncated).toBe(true)
    expect(Buffer.byteLength(read.text)).toBe(CUSTOMIZATION_LOG_TAIL_BYTES)
    const get = requestsTo('/packerlogs/')
      .filter((r) => r.method === 'GET')
      .at(-1)
    expect(get?.headers['x-ms-range']).toBe(
      `bytes=${read.bytes - CUSTOMIZATION_LOG_TAIL_BYTES}-${read.bytes - 1}`,
    )
    const steps = { customize: many, validate: [] }
    const diagnosis = diagnoseCustomizationLog(read.text, steps, { truncated: read.truncated })
    expect(diagnosis.step).toMatchObject({ index: 13_999, mappedBy: 'marker' })
  })
})

describe('readCustomizationLog, refused or gone', () => {
  it('names Storage Blob Data Reader on the staging group when Storage refuses the blob', async () => {
    const location = await failedRun('denied-url', { logForm: 'url' })
    const read = await withScenario(emulator, { stagingLogAccess: 'denied' }, () =>
      readCustomizationLog(location, deps, signal),
    )
    expect(read).toMatchObject({
      ok: false,
      problem: 'blob-role',
      status: 403,
      missing: {
        role: 'Storage Blob Data Reader',
        scope: expect.stringContaining('/resourceGroups/IT_rg_t_1 (or its storage account '),
      },
    })
    if (read.ok) throw new Error('read')
    expect(read.message).toContain('HTTP 403 AuthorizationPermissionMismatch')
  })

  it('names Reader on the staging account when ARM refuses it', async () => {
    const location = await failedRun('denied-path', { logForm: 'path' })
    const where = parseLogLocation(location)
    if (where?.kind !== 'path') throw new Error(location)
    const read = await withScenario(emulator, { stagingLogAccess: 'denied' }, () =>
      readCustomizationLog(location, deps, signal),
    )
    expect(read).toMatchObject({
      ok: false,
      problem: 'account-role',
      status: 403,
      missing: { role: 'Reader', scope: where.accountId },
    })
    if (read.ok) throw new Error('read')
    expect(read.message).toContain('HTTP 403 AuthorizationFailed')
    expect(read.message).toContain(`staging resource group ${where.resourceGroupId}`)
    expect(requestsTo(`/${where.account}/packerlogs/`)).toEqual([])
  })

  it.each(['url', 'path'] as const)('says the %s form is gone with its template', async (form) => {
    const name = `gone-${form}`
    const location = await failedRun(name, { logForm: form })
    await arm(emulator, armToken, 'DELETE', templatePath(name))
    await waitFor(
      () => arm(emulator, armToken, 'GET', templatePath(name)),
      (result) => result.status === 404,
    )
    const read = await readCustomizationLog(location, deps, signal)
    expect(read).toMatchObject({ ok: false, problem: 'not-found', status: 404 })
  })

  it('says when nothing answers, and when the location is neither form', async () => {
    const read = await readCustomizationLog(
      'https://127.0.0.1:1/abcdef0123456789abcdef01/packerlogs/r/customization.log',
      deps,
      signal,
    )
    expect(read).toMatchObject({ ok: false, problem: 'unreachable' })
    const offline = { ...deps, cloud: { ...deps.cloud, armEndpoint: 'https://127.0.0.1:1' } }
    const path =
      '/subscriptions/s/resourceGroups/IT_rg_t_1/providers/Microsoft.Storage/storageAccounts/a/packerlogs/r/customization.log'
    expect(await readCustomizationLog(path, offline, signal)).toMatchObject({
      ok: false,
      problem: 'unreachable',
    })
    expect(await readCustomizationLog('ftp://x/customization.log', deps, signal)).toMatchObject({
      ok: false,
      problem: 'bad-location',
    })
  })

  it('throws when the caller aborts', async () => {
    const location = await failedRun('aborted', { logForm: 'url' })
    const controller = new AbortController()
    controller.abort()
    await expect(readCustomizationLog(location, deps, controller.signal)).rejects.toThrow()
  })
})

describe('parseLogLocation', () => {
  it.each([
    [
      'https://abcdefghij0123456789abcd.blob.core.windows.net/packerlogs/1d3c/customization.log',
      { kind: 'url', account: 'abcdefghij0123456789abcd' },
    ],
    [
      'https://127.0.0.1:4443/abcdefghij0123456789abcd/packerlogs/1d3c/customization.log',
      { kind: 'url', account: 'abcdefghij0123456789abcd' },
    ],
    [
      '/subscriptions/s/resourceGroups/IT_rg_t_1/providers/Microsoft.Storage/storageAccounts/acct123/blobServices/default/containers/packerlogs/1d3c/customization.log',
      {
        kind: 'path',
        account: 'acct123',
        accountId:
          '/subscriptions/s/resourceGroups/IT_rg_t_1/providers/Microsoft.Storage/storageAccounts/acct123',
        resourceGroupId: '/subscriptions/s/resourceGroups/IT_rg_t_1',
        blobPath: 'packerlogs/1d3c/customization.log',
      },
    ],
    [
      '/subscriptions/s/resourceGroups/IT_rg_t_1/providers/Microsoft.Storage/storageAccounts/acct123/packerlogs/1d3c/customization.log',
      { kind: 'path', account: 'acct123', blobPath: 'packerlogs/1d3c/customization.log' },
    ],
  ])('%s', (location, parsed) => {
    expect(parseLogLocation(location)).toMatchObject(parsed)
  })

  it('refuses anything else', () => {
    expect(parseLogLocation('http://a.blob.core.windows.net/x/customization.log')).toBeUndefined()
    expect(parseLogLocation('customization.log')).toBeUndefined()
  })
})
