// Blob Storage with the action's own Entra credential: the emulator issues the tokens, Azurite
// (OAuth "basic": issuer, audience and lifetime checked) takes them, the real SDKs on both ends.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import type { TokenCredential } from '@azure/core-auth'
import { ClientSecretCredential } from '@azure/identity'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  type ContainerClient,
} from '@azure/storage-blob'
import { startAzurite, type Azurite } from '../harness/azurite.ts'
import { startEmulator } from './emulator.ts'
import { signJwt } from './jwt.ts'
import { CLIENT_ID, TENANT } from './test-client.ts'
import type { Emulator } from './types.ts'

const STORAGE_SCOPE = 'https://storage.azure.com/.default'
const ARM_SCOPE = 'https://management.azure.com/.default'

let emulator: Emulator
let azurite: Azurite
let credential: ClientSecretCredential
let service: BlobServiceClient

beforeAll(async () => {
  ;[emulator, azurite] = await Promise.all([startEmulator(), startAzurite()])
  credential = new ClientSecretCredential(TENANT, CLIENT_ID, emulator.clientSecret, {
    authorityHost: emulator.url,
    disableInstanceDiscovery: true,
  })
  service = new BlobServiceClient(azurite.url, credential)
})
afterAll(() => Promise.all([azurite.close(), emulator.close()]))

const claimsOf = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >

/** Block ids of one blob must all have the same length. */
const blockId = (index: number): string =>
  Buffer.from(`block-${String(index).padStart(6, '0')}`).toString('base64')

/** A new container holding `name`, uploaded as three staged blocks and one commit. */
async function uploadInBlocks(
  containerName: string,
  name: string,
): Promise<{ container: ContainerClient; bytes: Buffer }> {
  const container = service.getContainerClient(containerName)
  await container.create()
  const blocks = [randomBytes(64 * 1024), randomBytes(1), randomBytes(4096)]
  const blob = container.getBlockBlobClient(name)
  for (const [index, block] of blocks.entries()) {
    await blob.stageBlock(blockId(index), block, block.length)
  }
  await blob.commitBlockList(blocks.map((_, index) => blockId(index)))
  return { container, bytes: Buffer.concat(blocks) }
}

describe('Azurite with the emulator’s Entra tokens', () => {
  it('issues storage tokens with the claims Azurite checks, and ARM tokens as before', async () => {
    const storage = await credential.getToken(STORAGE_SCOPE)
    const now = Date.now() / 1000
    expect(claimsOf(storage.token)).toMatchObject({
      aud: 'https://storage.azure.com',
      iss: `https://sts.windows.net/${TENANT}/`,
      tid: TENANT,
      oid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      appid: CLIENT_ID,
      nbf: expect.any(Number),
      iat: expect.any(Number),
    })
    expect(Number(claimsOf(storage.token).exp)).toBeGreaterThan(now)
    const arm = await credential.getToken(ARM_SCOPE)
    expect(claimsOf(arm.token)).toMatchObject({
      aud: 'https://management.azure.com',
      iss: `https://sts.windows.net/${TENANT}/`,
    })
  })

  it('uploads a block blob in three staged blocks and reads the same bytes back', async () => {
    const { container, bytes } = await uploadInBlocks('blocks', 'logs/build.tar')
    const blob = container.getBlockBlobClient('logs/build.tar')
    const list = await blob.getBlockList('committed')
    expect(list.committedBlocks?.map((block) => block.name)).toEqual([0, 1, 2].map(blockId))
    expect((await blob.getProperties()).contentLength).toBe(bytes.length)
    expect((await blob.downloadToBuffer()).equals(bytes)).toBe(true)
  })

  it('hands out a read-only user-delegation SAS for one blob: reads work, writes do not', async () => {
    const { container, bytes } = await uploadInBlocks('shared', 'report.txt')
    await container.getBlockBlobClient('other.txt').upload('other', 5)
    const startsOn = new Date(Date.now() - 60_000)
    const expiresOn = new Date(Date.now() + 3_600_000)
    const key = await service.getUserDelegationKey(startsOn, expiresOn)
    expect(key).toMatchObject({ signedTenantId: TENANT, signedService: 'b' })
    const sas = generateBlobSASQueryParameters(
      {
        containerName: 'shared',
        blobName: 'report.txt',
        permissions: BlobSASPermissions.parse('r'),
        protocol: SASProtocol.Https,
        startsOn,
        expiresOn,
      },
      key,
      azurite.account,
    ).toString()
    expect(sas).toMatch(/(^|&)sp=r(&|$)/)

    // Plain fetch: no credential but the SAS in the URL.
    const url = `${container.getBlockBlobClient('report.txt').url}?${sas}`
    const read = await fetch(url)
    expect(read.status).toBe(200)
    expect(Buffer.from(await read.arrayBuffer()).equals(bytes)).toBe(true)
    const write = await fetch(url, {
      method: 'PUT',
      headers: { 'x-ms-blob-type': 'BlockBlob' },
      body: 'overwritten',
    })
    expect(write.status).toBe(403)
    expect(await write.text()).toContain('AuthorizationPermissionMismatch')
    const otherBlob = await fetch(`${container.getBlockBlobClient('other.txt').url}?${sas}`)
    expect(otherBlob.status).toBe(403)
    expect(
      (await container.getBlockBlobClient('report.txt').downloadToBuffer()).equals(bytes),
    ).toBe(true)
  })

  it('refuses requests without a credential', async () => {
    await service.getContainerClient('private').create()
    await service.getContainerClient('private').getBlockBlobClient('a.txt').upload('a', 1)
    const anonymous = new BlobServiceClient(azurite.url)
    const statusOf = (request: Promise<unknown>): Promise<unknown> =>
      request.then(
        () => 'accepted',
        (error: { statusCode?: number }) => error.statusCode,
      )
    const refused = [401, 403]
    expect(refused).toContain(await statusOf(anonymous.getContainerClient('anonymous').create()))
    const blob = anonymous.getContainerClient('private').getBlockBlobClient('a.txt')
    expect(refused).toContain(await statusOf(blob.downloadToBuffer()))
    expect(refused).toContain((await fetch(`${azurite.url}/private/a.txt`)).status)
  })

  it('refuses a token issued for another audience (ARM)', async () => {
    const armOnly: TokenCredential = { getToken: () => credential.getToken(ARM_SCOPE) }
    const wrongAudience = new BlobServiceClient(azurite.url, armOnly)
    await expect(wrongAudience.getContainerClient('arm').create()).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthenticationFailed',
    })
    const storage = await credential.getToken(STORAGE_SCOPE)
    const direct = await fetch(`${azurite.url}?comp=list`, {
      headers: { authorization: `Bearer ${storage.token}`, 'x-ms-version': '2025-11-05' },
    })
    expect(direct.status).toBe(200)
    const arm = await credential.getToken(ARM_SCOPE)
    const refused = await fetch(`${azurite.url}?comp=list`, {
      headers: { authorization: `Bearer ${arm.token}`, 'x-ms-version': '2025-11-05' },
    })
    expect(refused.status).toBe(403)
    expect(await refused.text()).toContain('Invalid token audience.')
  })

  it('checks issuer and lifetime too, but not signatures (OAuth "basic")', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const now = Math.floor(Date.now() / 1000)
    const claims = {
      aud: 'https://storage.azure.com',
      iss: `https://sts.windows.net/${TENANT}/`,
      tid: TENANT,
      oid: CLIENT_ID,
      iat: now,
      nbf: now,
      exp: now + 600,
    }
    const list = (claimsOverride: object): Promise<Response> =>
      fetch(`${azurite.url}?comp=list`, {
        headers: {
          authorization: `Bearer ${signJwt({ ...claims, ...claimsOverride }, pem)}`,
          'x-ms-version': '2025-11-05',
        },
      })
    const foreignIssuer = await list({ iss: 'https://evil.example/' })
    expect(foreignIssuer.status).toBe(403)
    expect(await foreignIssuer.text()).toContain('Invalid token issuer.')
    const expired = await list({ iat: now - 7200, nbf: now - 7200, exp: now - 3600 })
    expect(expired.status).toBe(403)
    expect(await expired.text()).toContain('The token is expired.')
    // Signed by a key the emulator never had, yet accepted: Azurite proves the claims only.
    expect((await list({})).status).toBe(200)
  })

  it('deletes a blob and its container', async () => {
    const { container } = await uploadInBlocks('deleted', 'gone.bin')
    const blob = container.getBlockBlobClient('gone.bin')
    await blob.delete()
    expect(await blob.exists()).toBe(false)
    await container.delete()
    expect(await container.exists()).toBe(false)
  })
})
