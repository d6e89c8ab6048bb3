// The emulated service reads storage-hosted customizer sources like the real one: with the URL's
// SAS, else as the template's identity; a failed read or checksum fails the build at Customizing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { ClientSecretCredential } from '@azure/identity'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  type ContainerClient,
} from '@azure/storage-blob'
import { startAzurite, type Azurite } from '../harness/azurite.ts'
import { manualClock } from './clock.ts'
import { startEmulator } from './emulator.ts'
import { loadCertificate } from './server.ts'
import {
  accessToken,
  arm,
  CLIENT_ID,
  finishOperation,
  seedGalleryImageOfTemplate,
  SUBSCRIPTION,
  templateBody,
  templatePath,
  TENANT,
  waitFor,
  type Json,
} from './test-client.ts'
import type { Emulator, StorageRead } from './types.ts'

const IDENTITY = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`
const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')
const claimsOf = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >

/** A template body whose steps are `customize` (and `validations`, when given). */
function bodyWith(customize: Json[], validations?: Json[]): Record<string, Json> {
  const body = templateBody()
  body.properties.customize = customize
  if (validations) body.properties.validate = { inVMValidations: validations }
  return body
}

/** Seed template `name` with `body`, run it through ARM, and wait until the run is over. */
async function runTemplate(
  emulator: Emulator,
  token: string,
  name: string,
  body: Record<string, Json>,
): Promise<Json> {
  emulator.seedTemplate(templatePath(name), body)
  return startAndFinish(emulator, token, name)
}

async function startAndFinish(emulator: Emulator, token: string, name: string): Promise<Json> {
  const run = await arm(emulator, token, 'POST', templatePath(name, '/run'))
  expect(run.status).toBe(202)
  const done = await waitFor(
    () => arm(emulator, token, 'GET', templatePath(name)),
    (result) => result.body.properties.lastRunStatus.runState !== 'Running',
    15_000,
  )
  return done.body
}

const readsOf = (emulator: Emulator, name: string): StorageRead[] =>
  emulator.storageReads.filter((read) => read.templateId === templatePath(name))

describe('customizer sources on Azurite, wall clock', () => {
  const PHASE_MS = 60
  let emulator: Emulator
  let azurite: Azurite
  let container: ContainerClient
  let service: BlobServiceClient
  let token: string
  const app = randomBytes(70 * 1024)
  const script = Buffer.from('#!/bin/bash\necho setup\n')
  const check = Buffer.from('#!/bin/bash\ntest -f /opt/app.tar.gz\n')

  beforeAll(async () => {
    ;[emulator, azurite] = await Promise.all([
      startEmulator({ scenario: { phaseMs: PHASE_MS, provisionMs: 20, retryAfterSeconds: 0 } }),
      startAzurite(),
    ])
    seedGalleryImageOfTemplate(emulator)
    const credential = new ClientSecretCredential(TENANT, CLIENT_ID, emulator.clientSecret, {
      authorityHost: emulator.url,
      disableInstanceDiscovery: true,
    })
    service = new BlobServiceClient(azurite.url, credential)
    container = service.getContainerClient('sources')
    await container.create()
    for (const [name, bytes] of [
      ['app/app.tar.gz', app],
      ['scripts/setup.sh', script],
      ['scripts/check.sh', check],
    ] as const) {
      await container.getBlockBlobClient(name).uploadData(bytes)
    }
    token = await accessToken(emulator)
  })
  afterAll(() => Promise.all([azurite.close(), emulator.close()]))

  const blobUrl = (name: string): string => `${azurite.url}/sources/${name}`

  /** A user-delegation SAS link to blob `name`. */
  async function sasUrl(
    name: string,
    permissions = 'r',
    window = { startsOn: new Date(Date.now() - 60_000), expiresOn: new Date(Date.now() + 3.6e6) },
  ): Promise<string> {
    const key = await service.getUserDelegationKey(
      new Date(Date.now() - 3 * 3.6e6),
      new Date(Date.now() + 3.6e6),
    )
    const sas = generateBlobSASQueryParameters(
      {
        containerName: 'sources',
        blobName: name,
        permissions: BlobSASPermissions.parse(permissions),
        protocol: SASProtocol.Https,
        ...window,
      },
      key,
      azurite.account,
    ).toString()
    return `${blobUrl(name)}?${sas}`
  }

  it('(a) reads SAS links without a token, checks checksums in any case, keeps the bytes', async () => {
    const storageTokens = (): number =>
      emulator.issuedSecrets().filter((t) => claimsOf(t).aud === 'https://storage.azure.com').length
    const before = storageTokens()
    const body = bodyWith(
      [
        { type: 'Shell', name: 'hello', inline: ['echo hello'] },
        {
          type: 'File',
          name: 'app-artifacts',
          sourceUri: await sasUrl('app/app.tar.gz'),
          destination: '/tmp/app.tar.gz',
          sha256Checksum: sha256(app).toUpperCase(),
        },
        { type: 'Shell', name: 'setup', scriptUri: await sasUrl('scripts/setup.sh') },
      ],
      [{ type: 'Shell', name: 'check', scriptUri: await sasUrl('scripts/check.sh') }],
    )
    const template = await runTemplate(emulator, token, 'sas-ok', body)
    expect(template.properties.lastRunStatus).toMatchObject({
      runState: 'Succeeded',
      message: '',
    })
    const downloads = emulator.downloadsOf(templatePath('sas-ok'))
    expect(downloads.map(({ name, url, sha256 }) => ({ name, url, sha256 }))).toEqual([
      { name: 'app-artifacts', url: blobUrl('app/app.tar.gz'), sha256: sha256(app) },
      { name: 'setup', url: blobUrl('scripts/setup.sh'), sha256: sha256(script) },
      { name: 'check', url: blobUrl('scripts/check.sh'), sha256: sha256(check) },
    ])
    expect(downloads[0]?.bytes.equals(app)).toBe(true)
    expect(downloads[1]?.bytes.equals(script)).toBe(true)
    expect(downloads[2]?.bytes.equals(check)).toBe(true)
    const reads = readsOf(emulator, 'sas-ok')
    expect(reads).toHaveLength(3)
    for (const read of reads) {
      expect(read).toEqual({
        templateId: templatePath('sas-ok'),
        name: expect.any(String),
        url: expect.not.stringContaining('?'),
        auth: 'sas',
        status: 200,
        at: expect.any(Number),
      })
    }
    expect(storageTokens()).toBe(before)
  })

  it('(b) reads a link without SAS as the template identity (oid = its principalId)', async () => {
    // Through ARM this time: the identity's principal is assigned at PUT.
    const body = bodyWith([
      {
        type: 'File',
        name: 'app-artifacts',
        sourceUri: blobUrl('app/app.tar.gz'),
        destination: '/tmp/app.tar.gz',
        sha256Checksum: sha256(app),
      },
    ])
    const put = await arm(emulator, token, 'PUT', templatePath('as-identity'), body)
    expect(put.status).toBe(201)
    const provisioned = await finishOperation(
      emulator,
      token,
      put.headers.get('azure-asyncoperation') ?? '',
    )
    expect(provisioned.body.status).toBe('Succeeded')
    const template = await startAndFinish(emulator, token, 'as-identity')
    expect(template.properties.lastRunStatus.runState).toBe('Succeeded')
    const { principalId, clientId } = template.identity.userAssignedIdentities[IDENTITY]
    expect(principalId).toMatch(/^[0-9a-f-]{36}$/)
    expect(readsOf(emulator, 'as-identity')).toEqual([
      {
        templateId: templatePath('as-identity'),
        name: 'app-artifacts',
        url: blobUrl('app/app.tar.gz'),
        auth: 'token',
        oid: principalId,
        status: 200,
        at: expect.any(Number),
      },
    ])
    expect(emulator.downloadsOf(templatePath('as-identity'))[0]?.bytes.equals(app)).toBe(true)
    const minted = emulator
      .issuedSecrets()
      .map(claimsOf)
      .filter((c) => c.oid === principalId)
    expect(minted).toHaveLength(1)
    expect(minted[0]).toMatchObject({
      aud: 'https://storage.azure.com',
      iss: `https://sts.windows.net/${TENANT}/`,
      tid: TENANT,
      appid: clientId,
      xms_mirid: IDENTITY,
    })
    // Dated on the wall clock, as Azurite checks it.
    expect(Number(minted[0]?.exp)).toBeGreaterThan(Date.now() / 1000)
    expect(Number(minted[0]?.nbf)).toBeLessThanOrEqual(Date.now() / 1000)
  })

  it('(c) fails at Customizing on a checksum mismatch, without the SAS in the message', async () => {
    const link = await sasUrl('app/app.tar.gz')
    const signature = new URL(link).searchParams.get('sig') ?? ''
    expect(signature).not.toBe('')
    const wrong = 'ab'.repeat(32)
    const body = bodyWith([
      {
        type: 'File',
        name: 'app-artifacts',
        sourceUri: link,
        destination: '/tmp/app.tar.gz',
        sha256Checksum: wrong,
      },
    ])
    const template = await runTemplate(emulator, token, 'bad-sum', body)
    const status = template.properties.lastRunStatus
    expect(status).toMatchObject({ runState: 'Failed', runSubState: 'Customizing' })
    expect(status.message).toContain(
      `Failed while processing request: customizer 'app-artifacts' (File): ${blobUrl('app/app.tar.gz')}: sha256 checksum mismatch: expected ${wrong}, got ${sha256(app)}`,
    )
    expect(status.message).toMatch(
      /Image Build log location: https:\/\/127\.0\.0\.1:\d+\/[a-z0-9]{24}\/packerlogs\/[0-9a-f-]{36}\/customization\.log\./,
    )
    expect(status.message).not.toContain('sig=')
    expect(status.message).not.toContain(signature)
    expect(status.message).not.toContain(encodeURIComponent(signature))
    // Not earlier than the end of Customizing: three phases after the start.
    const took = Date.parse(status.endTime) - Date.parse(status.startTime)
    expect(took).toBeGreaterThanOrEqual(3 * PHASE_MS)
    expect(emulator.downloadsOf(templatePath('bad-sum'))).toEqual([])
  })

  it('(d) fails with 404 on a missing blob, naming the first failing step', async () => {
    const body = bodyWith(
      [
        { type: 'Shell', name: 'setup', scriptUri: blobUrl('scripts/setup.sh') },
        {
          type: 'PowerShell',
          name: 'gone',
          scriptUri: blobUrl('scripts/missing.ps1'),
          runElevated: true,
        },
      ],
      [{ type: 'File', sourceUri: blobUrl('nothing/here.txt'), destination: 'C:\\x' }],
    )
    const template = await runTemplate(emulator, token, 'missing', body)
    const status = template.properties.lastRunStatus
    expect(status).toMatchObject({ runState: 'Failed', runSubState: 'Customizing' })
    expect(status.message).toContain(
      `Failed while processing request: customizer 'gone' (PowerShell): downloading ${blobUrl('scripts/missing.ps1')} failed: 404 BlobNotFound.`,
    )
    expect(readsOf(emulator, 'missing').map(({ name, status }) => [name, status])).toEqual([
      ['setup', 200],
      ['gone', 404],
      ['properties.validate.inVMValidations[0]', 404],
    ])
    // The read that worked is kept.
    const downloads = emulator.downloadsOf(templatePath('missing'))
    expect(downloads.map((d) => d.name)).toEqual(['setup'])
    expect(downloads[0]?.bytes.equals(script)).toBe(true)
  })

  it('(e) fails with 403 on a SAS without read permission, and on an expired one', async () => {
    const writeOnly = await sasUrl('app/app.tar.gz', 'w')
    const expired = await sasUrl('app/app.tar.gz', 'r', {
      startsOn: new Date(Date.now() - 2 * 3.6e6),
      expiresOn: new Date(Date.now() - 3.6e6),
    })
    const step = (sourceUri: string): Json => ({
      type: 'File',
      name: 'app-artifacts',
      sourceUri,
      destination: '/tmp/app.tar.gz',
    })
    const [noRead, stale] = await Promise.all([
      runTemplate(emulator, token, 'sas-no-read', bodyWith([step(writeOnly)])),
      runTemplate(emulator, token, 'sas-expired', bodyWith([step(expired)])),
    ])
    const prefix = `customizer 'app-artifacts' (File): downloading ${blobUrl('app/app.tar.gz')} failed: 403`
    for (const template of [noRead, stale]) {
      const status = template.properties.lastRunStatus
      expect(status).toMatchObject({ runState: 'Failed', runSubState: 'Customizing' })
      expect(status.message).toContain(prefix)
      expect(status.message).not.toContain('sig=')
    }
    expect(noRead.properties.lastRunStatus.message).toContain(
      `${prefix} AuthorizationPermissionMismatch.`,
    )
    expect(stale.properties.lastRunStatus.message).toContain(`${prefix} AuthorizationFailure.`)
    expect(readsOf(emulator, 'sas-no-read')).toMatchObject([{ auth: 'sas', status: 403 }])
    expect(readsOf(emulator, 'sas-expired')).toMatchObject([{ auth: 'sas', status: 403 }])
  })

  it('(f) does not fetch sources outside Storage', async () => {
    const body = bodyWith([
      { type: 'File', name: 'web', sourceUri: 'https://example.invalid/x', destination: '/tmp/x' },
      { type: 'Shell', name: 'plain-http', scriptUri: `http://127.0.0.1:1/devstoreaccount1/c/x` },
      {
        type: 'Shell',
        name: 'look-alike',
        scriptUri: 'https://blob.core.windows.net.example.invalid/c/x.sh',
      },
    ])
    const template = await runTemplate(emulator, token, 'elsewhere', body)
    expect(template.properties.lastRunStatus.runState).toBe('Succeeded')
    expect(readsOf(emulator, 'elsewhere')).toEqual([])
    expect(emulator.downloadsOf(templatePath('elsewhere'))).toEqual([])
  })
})

/** A one-route HTTPS server on the emulator's certificate, answering when the test says. */
interface StubStorage {
  url: string
  seen: IncomingHttpHeaders[]
  /** Answer the requests waiting (and every later one at once) with 200 and `body`. */
  release(): void
  close(): Promise<void>
}

async function startStub(body: Buffer): Promise<StubStorage> {
  const { cert, key } = await loadCertificate(undefined)
  const seen: IncomingHttpHeaders[] = []
  let released = false
  const waiting: (() => void)[] = []
  const server: Server = createServer({ cert, key }, (req, res) => {
    seen.push(req.headers)
    const answer = (): void => {
      res.writeHead(200, { 'content-length': String(body.length) }).end(body)
    }
    if (released) answer()
    else waiting.push(answer)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `https://127.0.0.1:${port}/devstoreaccount1`,
    seen,
    release() {
      released = true
      for (const answer of waiting.splice(0)) answer()
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    },
  }
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const { createServer: createTcpServer } = await import('node:net')
  const server = createTcpServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe('customizer sources, manual clock', () => {
  const PHASE_MS = 1000
  const clock = manualClock()
  const payload = Buffer.from('#!/bin/bash\necho slow\n')
  let emulator: Emulator
  let stub: StubStorage
  let token: string

  beforeAll(async () => {
    ;[emulator, stub] = await Promise.all([
      startEmulator({ clock, scenario: { phaseMs: PHASE_MS, provisionMs: 0 } }),
      startStub(payload),
    ])
    seedGalleryImageOfTemplate(emulator)
    token = await accessToken(emulator)
  })
  afterAll(() => Promise.all([stub.close(), emulator.close()]))

  const statusOf = async (name: string): Promise<Json> =>
    (await arm(emulator, token, 'GET', templatePath(name))).body.properties.lastRunStatus
  const isoAt = (ms: number): string => new Date(ms).toISOString()

  it('holds the run in Customizing while a read is in flight, then carries on from then', async () => {
    const body = bodyWith([
      { type: 'Shell', name: 'slow', scriptUri: `${stub.url}/c/slow.sh` },
      { type: 'Shell', name: 'slow-sas', scriptUri: `${stub.url}/c/slow.sh?sv=1&sig=c2VjcmV0` },
    ])
    emulator.seedTemplate(templatePath('held'), body)
    const startedAt = clock.now()
    expect((await arm(emulator, token, 'POST', templatePath('held', '/run'))).status).toBe(202)
    await waitFor(
      () => Promise.resolve(stub.seen.length),
      (count) => count === 2,
    )
    clock.advance(3 * PHASE_MS)
    expect(await statusOf('held')).toMatchObject({
      runState: 'Running',
      runSubState: 'Customizing',
    })
    clock.advance(5 * PHASE_MS)
    expect(await statusOf('held')).toMatchObject({
      runState: 'Running',
      runSubState: 'Customizing',
    })
    expect(emulator.storageReads.filter((r) => r.status === 0)).toHaveLength(2)

    stub.release()
    await emulator.storageSettled()
    // Customizing lasted until the reads settled (8 phases in), the rest as usual.
    clock.advance(0)
    expect(await statusOf('held')).toMatchObject({ runState: 'Running', runSubState: 'Optimizing' })
    clock.advance(3 * PHASE_MS - 1)
    expect(await statusOf('held')).toMatchObject({ runSubState: 'Distributing' })
    clock.advance(1)
    expect(await statusOf('held')).toEqual({
      startTime: isoAt(startedAt),
      endTime: isoAt(startedAt + 11 * PHASE_MS),
      runState: 'Succeeded',
      runSubState: 'Distributing',
      message: '',
    })
    const [byToken, bySas] = stub.seen
    expect(byToken?.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/)
    expect(byToken?.['x-ms-version']).toBe('2021-08-06')
    expect(bySas?.authorization).toBeUndefined()
    expect(emulator.downloadsOf(templatePath('held')).map((d) => d.bytes.toString())).toEqual([
      payload.toString(),
      payload.toString(),
    ])
  })

  it('fails on a connection error exactly when Customizing ends, not before', async () => {
    const port = await closedPort()
    const url = `https://127.0.0.1:${port}/devstoreaccount1/c/app.tar.gz`
    const body = bodyWith([
      { type: 'File', name: 'app-artifacts', sourceUri: `${url}?sig=abc`, destination: '/x' },
    ])
    emulator.seedTemplate(templatePath('refused'), body)
    const startedAt = clock.now()
    expect((await arm(emulator, token, 'POST', templatePath('refused', '/run'))).status).toBe(202)
    await emulator.storageSettled()
    clock.advance(3 * PHASE_MS - 1)
    expect(await statusOf('refused')).toMatchObject({
      runState: 'Running',
      runSubState: 'Customizing',
    })
    clock.advance(1)
    const status = await statusOf('refused')
    expect(status).toMatchObject({
      runState: 'Failed',
      runSubState: 'Customizing',
      endTime: isoAt(startedAt + 3 * PHASE_MS),
    })
    expect(status.message).toContain(
      `Failed while processing request: customizer 'app-artifacts' (File): downloading ${url} failed: connection error (ECONNREFUSED).`,
    )
    expect(status.message).not.toContain('sig=')
  })

  it('reads anonymously for a template without identity, and forgets downloads on re-creation', async () => {
    const body = bodyWith([{ type: 'Shell', name: 'anon', scriptUri: `${stub.url}/c/a.sh` }])
    body.identity = { type: 'None' }
    emulator.seedTemplate(templatePath('anonymous'), body)
    expect((await arm(emulator, token, 'POST', templatePath('anonymous', '/run'))).status).toBe(202)
    await emulator.storageSettled()
    const seen = stub.seen.at(-1)
    expect(seen?.authorization).toBeUndefined()
    expect(emulator.storageReads.at(-1)).toMatchObject({ auth: 'anonymous', status: 200 })
    expect(emulator.downloadsOf(templatePath('anonymous'))).toHaveLength(1)
    emulator.seedTemplate(templatePath('anonymous'), body)
    expect(emulator.downloadsOf(templatePath('anonymous'))).toEqual([])
    expect(() => emulator.downloadsOf('/subscriptions/x')).toThrow(/not an image template/)
  })
})
