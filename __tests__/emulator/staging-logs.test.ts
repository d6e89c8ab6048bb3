// Failed builds write customization.log to the template's staging account; the emulator serves
// the account through ARM and its blob path-style on its own host, as Blob Storage does.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { diagnoseCustomizationLog, type TemplateSteps } from '../../src/report/customization-log.ts'
import { startEmulator } from './emulator.ts'
import { failureOf, packerLog, sourceFailureOf, type LogFailure } from './packer-log.ts'
import { withScenario } from './scenario.ts'
import {
  accessToken,
  arm,
  assertionForm,
  oidcToken,
  requestToken,
  SUBSCRIPTION,
  templateBody,
  templatePath,
  waitFor,
} from './test-client.ts'
import type { Emulator, Scenario } from './types.ts'

let emulator: Emulator
let armToken: string
let storageToken: string
const STORAGE_VERSION = '2025-11-05'

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { phaseMs: 10, provisionMs: 10 } })
  armToken = await accessToken(emulator)
  const form = {
    ...assertionForm(await oidcToken(emulator)),
    scope: 'https://storage.azure.com/.default',
  }
  storageToken = (await requestToken(emulator, form)).body.access_token as string
})
afterAll(() => emulator.close())

const CUSTOMIZE = [
  { type: 'Shell', name: 'base', inline: ['echo base'] },
  { type: 'Shell', name: 'app', inline: ["echo '##[aib-step] customize[1] app'", 'make'] },
  { type: 'Shell', name: 'harden', scriptUri: 'https://example.invalid/harden.sh' },
]

/** Seeds template `name` with a failed run under `patch`; the location in its message. */
async function failedTemplate(
  name: string,
  patch: Partial<Scenario> = {},
  customize: object[] = CUSTOMIZE,
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

const blob = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(url, { method, headers: { 'x-ms-version': STORAGE_VERSION, ...headers } })
const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const stepsOf = (
  customize: { type: string; name?: string }[],
  validate: typeof customize = [],
): TemplateSteps => ({ customize, validate })

describe('the log of a failed build, url form', () => {
  it('is served path-style on the emulator host as a Blob service answers Get Blob', async () => {
    const url = await failedTemplate('log-url', { failStep: { role: 'customizer', index: 1 } })
    expect(url).toMatch(
      new RegExp(`^${emulator.url}/[a-z0-9]{24}/packerlogs/[0-9a-f-]{36}/customization\\.log$`),
    )
    const response = await blob(url, bearer(storageToken))
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(text).toBe(emulator.customizationLogOf(templatePath('log-url')))
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-length': String(Buffer.byteLength(text)),
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-version': STORAGE_VERSION,
      'accept-ranges': 'bytes',
      etag: expect.stringMatching(/^"0x[0-9A-F]+"$/),
      'last-modified': expect.stringMatching(/GMT$/),
    })
    const diagnosis = diagnoseCustomizationLog(text, stepsOf(CUSTOMIZE))
    expect(diagnosis).toMatchObject({
      role: 'customizer',
      step: { index: 1, name: 'app', mappedBy: 'marker' },
      exitStatus: 1,
    })
  })

  it('answers HEAD with the properties alone and ranges with 206 or 416', async () => {
    const url = await failedTemplate('log-range')
    const full = Buffer.from(await (await blob(url, bearer(storageToken))).arrayBuffer())
    const head = await blob(url, bearer(storageToken), 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe(String(full.length))
    expect(await head.text()).toBe('')
    const part = await blob(url, { ...bearer(storageToken), 'x-ms-range': 'bytes=10-19' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${full.length}`)
    expect(Buffer.from(await part.arrayBuffer())).toEqual(full.subarray(10, 20))
    const tail = await blob(url, { ...bearer(storageToken), range: `bytes=${full.length - 5}-` })
    expect(tail.status).toBe(206)
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(full.subarray(full.length - 5))
    const past = await blob(url, { ...bearer(storageToken), 'x-ms-range': `bytes=${full.length}-` })
    expect(past.status).toBe(416)
    expect(past.headers.get('x-ms-error-code')).toBe('InvalidRange')
  })

  it('refuses requests without a Storage token, or without x-ms-version', async () => {
    const url = await failedTemplate('log-auth')
    const none = await blob(url)
    expect(none.status).toBe(401)
    expect(none.headers.get('x-ms-error-code')).toBe('NoAuthenticationInformation')
    expect(none.headers.get('www-authenticate')).toContain('resource_id=https://storage.azure.com')
    expect(await none.text()).toMatch(/<Error><Code>NoAuthenticationInformation<\/Code><Message>/)
    const armAudience = await blob(url, bearer(armToken))
    expect(armAudience.status).toBe(401)
    expect(armAudience.headers.get('x-ms-error-code')).toBe('InvalidAuthenticationInfo')
    const forged = await blob(url, bearer('not-a-token'))
    expect(forged.status).toBe(401)
    const unversioned = await fetch(url, { headers: bearer(storageToken) })
    expect(unversioned.status).toBe(400)
    expect(unversioned.headers.get('x-ms-error-code')).toBe('MissingRequiredHeader')
  })

  it('answers 403 AuthorizationPermissionMismatch when access is denied', async () => {
    const url = await failedTemplate('log-denied')
    await withScenario(emulator, { stagingLogAccess: 'denied' }, async () => {
      const denied = await blob(url, bearer(storageToken))
      expect(denied.status).toBe(403)
      expect(denied.headers.get('x-ms-error-code')).toBe('AuthorizationPermissionMismatch')
      expect(await denied.text()).toContain('<Code>AuthorizationPermissionMismatch</Code>')
      const head = await blob(url, bearer(storageToken), 'HEAD')
      expect(head.status).toBe(403)
      expect(head.headers.get('x-ms-error-code')).toBe('AuthorizationPermissionMismatch')
    })
  })

  it('knows no other blob or container, and no account once the template is gone', async () => {
    const url = await failedTemplate('log-gone')
    const other = await blob(url.replace('customization.log', 'other.log'), bearer(storageToken))
    expect(other.headers.get('x-ms-error-code')).toBe('BlobNotFound')
    const container = await blob(url.replace('/packerlogs/', '/vhds/'), bearer(storageToken))
    expect(container.headers.get('x-ms-error-code')).toBe('ContainerNotFound')
    const deleted = await arm(emulator, armToken, 'DELETE', templatePath('log-gone'))
    expect(deleted.status).toBe(202)
    await waitFor(
      () => arm(emulator, armToken, 'GET', templatePath('log-gone')),
      (result) => result.status === 404,
    )
    expect((await blob(url, bearer(storageToken))).status).toBe(404)
    expect(emulator.customizationLogOf(templatePath('log-gone'))).toBeUndefined()
  })
})

describe('the log of a failed build, path form', () => {
  it("names the staging account, whose ARM GET gives the emulator's blob endpoint", async () => {
    const path = await failedTemplate('log-path', { logForm: 'path' })
    const match =
      /^(\/subscriptions\/[^/]+\/resourceGroups\/IT_rg_log-path_[^/]+\/providers\/Microsoft\.Storage\/storageAccounts\/([a-z0-9]{24}))\/blobServices\/default\/containers\/(packerlogs\/[^/]+\/customization\.log)$/.exec(
        path,
      )
    expect(match).not.toBeNull()
    const [, accountId, account, blobPath] = match!
    const got = await arm(emulator, armToken, 'GET', `${accountId}?api-version=2023-05-01`)
    expect(got.status).toBe(200)
    expect(got.body.properties.primaryEndpoints.blob).toBe(`${emulator.url}/${account}/`)
    const text = await (
      await blob(`${emulator.url}/${account}/${blobPath}`, bearer(storageToken))
    ).text()
    expect(text).toContain('(telemetry) Starting provisioner shell')
  })

  it('answers the account GET with 403 AuthorizationFailed when access is denied', async () => {
    const path = await failedTemplate('log-path-denied', { logForm: 'path' })
    const accountId = path.slice(0, path.indexOf('/blobServices/'))
    await withScenario(emulator, { stagingLogAccess: 'denied' }, async () => {
      const got = await arm(emulator, armToken, 'GET', `${accountId}?api-version=2023-05-01`)
      expect(got.status).toBe(403)
      expect(got.body.error.code).toBe('AuthorizationFailed')
      expect(got.body.error.message).toContain("'Microsoft.Storage/storageAccounts/read'")
      expect(got.body.error.message).toContain(accountId)
    })
  })
})

describe('a real build that fails at Customizing', () => {
  it('writes the log of its own template, failing at the last customizer by default', async () => {
    const body = templateBody()
    body.properties.customize = CUSTOMIZE
    const put = await arm(emulator, armToken, 'PUT', templatePath('log-run'), body)
    expect(put.status).toBe(201)
    await waitFor(
      () => arm(emulator, armToken, 'GET', templatePath('log-run')),
      (r) => r.body.properties.provisioningState === 'Succeeded',
    )
    const status = await withScenario(emulator, { failAt: 'Customizing' }, async () => {
      await arm(emulator, armToken, 'POST', templatePath('log-run', '/run'))
      const done = await waitFor(
        () => arm(emulator, armToken, 'GET', templatePath('log-run')),
        (r) => r.body.properties.lastRunStatus?.runState === 'Failed',
      )
      return done.body.properties.lastRunStatus as { message: string }
    })
    const url = /Image Build log location: (\S+)\. OperationId/.exec(status.message)?.[1] ?? ''
    const text = await (await blob(url, bearer(storageToken))).text()
    const diagnosis = diagnoseCustomizationLog(text, stepsOf(CUSTOMIZE))
    expect(diagnosis.step).toMatchObject({ index: 2, name: 'harden', mappedBy: 'anchor' })
  })
})

describe('packerLog: the generated log says what the scenario asked', () => {
  const windows = [
    { type: 'PowerShell', name: 'features', inline: ['Install-WindowsFeature Web-Server'] },
    { type: 'WindowsRestart', name: 'reboot' },
    { type: 'WindowsUpdate', name: 'patch' },
    {
      type: 'File',
      name: 'config',
      sourceUri: 'https://st.blob.core.windows.net/c/app.json',
      destination: 'C:\\app.json',
    },
    {
      type: 'PowerShell',
      name: 'app',
      scriptUri: 'https://st.blob.core.windows.net/c/app.ps1',
      validExitCodes: [0, 3010],
    },
  ]
  const validators = [
    { type: 'PowerShell', name: 'iis-up', inline: ['Get-Service W3SVC'] },
    { type: 'PowerShell', name: 'site-ok', inline: ['Invoke-WebRequest http://localhost'] },
  ]
  const properties = { customize: windows, validate: { inVMValidations: validators } }
  const logOf = (failure: LogFailure): string =>
    packerLog({
      properties,
      failure,
      operationId: 'op',
      startedAt: Date.UTC(2026, 0, 1),
      stagingGroup: 'IT_rg_t_1',
    })

  it.each([0, 1, 2, 3, 4])('customizer %i of a Windows template', (index) => {
    const failure = failureOf(properties, { role: 'customizer', index })
    const diagnosis = diagnoseCustomizationLog(logOf(failure), stepsOf(windows, validators))
    expect(diagnosis).toMatchObject({ role: 'customizer', step: { list: 'customize', index } })
    expect(diagnosis.error).toBeDefined()
  })

  it.each([0, 1])('validator %i, after the deprovisioning step and a second build', (index) => {
    const failure = failureOf(properties, { role: 'validator', index })
    const text = logOf(failure)
    expect(text).toContain('c:\\DeprovisioningScript.ps1')
    const diagnosis = diagnoseCustomizationLog(text, stepsOf(windows, validators))
    expect(diagnosis).toMatchObject({ role: 'validator', step: { list: 'validate', index } })
  })

  it('a timeout in the last customizer, the default, and an index past the end', () => {
    const steps = stepsOf(windows, validators)
    const timeout = diagnoseCustomizationLog(logOf(failureOf(properties, 'timeout')), steps)
    expect(timeout).toMatchObject({ role: 'timeout', step: { index: 4 } })
    expect(failureOf(properties, undefined)).toEqual({
      kind: 'step',
      list: 'customize',
      index: 4,
      reason: 'exit',
    })
    expect(failureOf(properties, { role: 'validator', index: 9 })).toMatchObject({ index: 1 })
  })

  it('the exit codes a PowerShell step allows, and a download failure of its script', () => {
    const exit = diagnoseCustomizationLog(
      logOf(failureOf(properties, { role: 'customizer', index: 4 })),
      stepsOf(windows),
    )
    expect(exit.error).toBe(
      'Script exited with non-zero exit status: 1. Allowed exit codes are: [0 3010]',
    )
    const source = {
      role: 'customizer' as const,
      name: 'app',
      type: 'PowerShell',
      url: new URL('https://st.blob.core.windows.net/c/app.ps1'),
    }
    const download = diagnoseCustomizationLog(
      logOf(sourceFailureOf(properties, source)),
      stepsOf(windows),
    )
    expect(download).toMatchObject({
      step: { index: 4 },
      error: expect.stringContaining('bad response code: 403'),
    })
    const unnamed = { ...source, name: 'properties.customize[3]' }
    expect(sourceFailureOf(properties, unnamed)).toMatchObject({ index: 3, reason: 'download' })
  })

  it('a template without customizers fails deploying, before any step', () => {
    const none = { customize: [] }
    const failure = failureOf(none, undefined)
    expect(failure).toEqual({ kind: 'deployment' })
    const text = packerLog({
      properties: none,
      failure,
      operationId: 'op',
      startedAt: 0,
      stagingGroup: 'IT_x',
    })
    const diagnosis = diagnoseCustomizationLog(text, stepsOf([]))
    expect(diagnosis).toMatchObject({
      role: 'unknown',
      error: expect.stringContaining('could not be deployed'),
    })
  })
})
