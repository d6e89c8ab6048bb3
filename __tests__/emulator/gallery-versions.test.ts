import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { manualClock } from './clock.ts'
import { startEmulator } from './emulator.ts'
import { compute, galleryId, putAndSettle } from './gallery-client.ts'
import { nextLatestVersion, parseVersion } from './gallery-versions.ts'
import { accessToken } from './test-client.ts'
import type { Emulator } from './types.ts'

// Time moves only when a test advances it: every LRO is InProgress for exactly provisionMs.
const clock = manualClock()
let emulator: Emulator
let token: string
const definition = galleryId('versions', '/images/app')
const linux = {
  osType: 'Linux',
  osState: 'Generalized',
  hyperVGeneration: 'V2',
  identifier: { publisher: 'p', offer: 'o', sku: 's' },
}

beforeAll(async () => {
  emulator = await startEmulator({
    clock,
    scenario: { provisionMs: 30, retryAfterSeconds: 0 },
  })
  token = await accessToken(emulator)
  emulator.seedGallery(galleryId('versions'), 'northeurope')
  emulator.seedGalleryImage(definition, linux)
})
afterAll(() => emulator.close())

const get = (path: string) => compute(emulator, token, 'GET', path)

describe('gallery image versions', () => {
  it('creates with an LRO, completes the publishing profile and lists in version order', async () => {
    const body = {
      location: 'northeurope',
      tags: { build: '7' },
      properties: {
        publishingProfile: {
          targetRegions: [{ name: 'northeurope' }, { name: 'eastus2', regionalReplicaCount: 2 }],
        },
        storageProfile: { source: { id: '/subscriptions/x/images/src' } },
      },
    }
    const publishedAt = clock.now()
    const read = await putAndSettle(emulator, token, `${definition}/versions/1.10.0`, body, clock)
    expect(read.body).toMatchObject({
      id: `${definition}/versions/1.10.0`,
      name: '1.10.0',
      type: 'Microsoft.Compute/galleries/images/versions',
      location: 'northeurope',
      tags: { build: '7' },
      properties: {
        provisioningState: 'Succeeded',
        storageProfile: { source: { id: '/subscriptions/x/images/src' } },
        publishingProfile: {
          replicaCount: 1,
          excludeFromLatest: false,
          publishedDate: new Date(publishedAt).toISOString(),
          targetRegions: [
            { name: 'northeurope', regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' },
            { name: 'eastus2', regionalReplicaCount: 2, storageAccountType: 'Standard_LRS' },
          ],
        },
      },
    })
    await putAndSettle(
      emulator,
      token,
      `${definition}/versions/1.9.0`,
      { location: 'northeurope' },
      clock,
    )
    const list = await get(`${definition}/versions`)
    expect(list.status).toBe(200)
    expect((list.body.value as { name: string }[]).map((version) => version.name)).toEqual([
      '1.9.0',
      '1.10.0',
    ])
  })

  it.each(['1.2', '1.2.3.4', 'a.b.c', '1.2.2147483648', '-1.0.0'])(
    'refuses version name %s with 400',
    async (name) => {
      const answer = await compute(emulator, token, 'PUT', `${definition}/versions/${name}`, {
        location: 'northeurope',
      })
      expect(answer.status).toBe(400)
      expect(answer.body.error).toMatchObject({
        code: 'InvalidParameter',
        target: 'galleryImageVersionName',
      })
    },
  )

  it('answers 404 for a missing version, or a missing definition on PUT', async () => {
    const missing = await get(`${definition}/versions/9.9.9`)
    expect(missing.status).toBe(404)
    expect(missing.body.error.code).toBe('ResourceNotFound')
    const orphan = await compute(
      emulator,
      token,
      'PUT',
      galleryId('versions', '/images/none/versions/1.0.0'),
      { location: 'northeurope' },
    )
    expect(orphan.status).toBe(404)
    expect(orphan.body.error.code).toBe('ParentResourceNotFound')
    expect((await get(galleryId('versions', '/images/none/versions'))).status).toBe(404)
  })
})

describe('seeding', () => {
  it('puts galleries, definitions (with their gallery) and versions in place', async () => {
    const image = galleryId('seeded', '/images/web')
    emulator.seedGalleryImage(image, { ...linux, osType: 'windows' }, 'westeurope')
    emulator.seedGalleryImageVersion(`${image}/versions/2.0.0`, {}, { team: 'web' })
    const gallery = emulator.galleries.get(galleryId('seeded').toLowerCase())
    expect(gallery).toMatchObject({
      location: 'westeurope',
      properties: { provisioningState: 'Succeeded' },
    })
    expect((await get(image)).body.properties).toMatchObject({
      osType: 'Windows',
      architecture: 'x64',
    })
    const version = (await get(`${image}/versions/2.0.0`)).body
    expect(version).toMatchObject({
      location: 'westeurope',
      tags: { team: 'web' },
      properties: { publishingProfile: { targetRegions: [{ name: 'westeurope' }] } },
    })
  })

  it('throws on ids of the wrong kind, invalid properties and orphan versions', () => {
    expect(() => emulator.seedGallery(galleryId('g', '/images/i'))).toThrow(
      /is not a gallery resource id/,
    )
    expect(() =>
      emulator.seedGalleryImage(galleryId('g', '/images/i'), { osType: 'Linux' }),
    ).toThrow(/osState/)
    expect(() =>
      emulator.seedGalleryImageVersion(galleryId('g', '/images/x/versions/1.0.0')),
    ).toThrow(/seed the image definition/)
    expect(() => emulator.seedGalleryImageVersion(`${definition}/versions/1.0`)).toThrow(/invalid/)
  })
})

describe('version numbers', () => {
  it('parses Int32 parts and numbers the next Latest version', () => {
    expect(parseVersion('1.2.3')).toEqual([1, 2, 3])
    expect(parseVersion('2147483647.0.0')).toEqual([2147483647, 0, 0])
    expect(parseVersion('2147483648.0.0')).toBeUndefined()
    expect(nextLatestVersion([], undefined)).toBe('0.0.1')
    expect(nextLatestVersion([], 3)).toBe('3.0.1')
    expect(nextLatestVersion(['1.9.0', '1.10.2', '2.0.0'], undefined)).toBe('2.0.1')
    expect(nextLatestVersion(['1.9.0', '1.10.2', '2.0.0'], 1)).toBe('1.10.3')
    expect(nextLatestVersion(['1.0.2147483647'], 1)).toBe('1.1.0')
  })
})
