import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { manualClock } from './clock.ts'
import { startEmulator } from './emulator.ts'
import { compute, galleryId, imageBody, putAndSettle, settle } from './gallery-client.ts'
import { accessToken, arm, SUBSCRIPTION } from './test-client.ts'
import type { Emulator } from './types.ts'

// Time moves only when a test advances it: every LRO is InProgress for exactly provisionMs
// (settle and putAndSettle check both ends).
const clock = manualClock()
let emulator: Emulator
let token: string

beforeAll(async () => {
  emulator = await startEmulator({
    clock,
    scenario: { provisionMs: 40, retryAfterSeconds: 0 },
  })
  token = await accessToken(emulator)
  await putAndSettle(emulator, token, galleryId('shared'), { location: 'West US' }, clock)
})
afterAll(() => emulator.close())

const put = (path: string, body: unknown) => compute(emulator, token, 'PUT', path, body)
const get = (path: string) => compute(emulator, token, 'GET', path)

describe('galleries', () => {
  it('creates with 201 and Azure-AsyncOperation, then reads Succeeded', async () => {
    const created = await put(galleryId('gal_one'), {
      location: 'westus',
      properties: { description: 'release images' },
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      id: galleryId('gal_one'),
      name: 'gal_one',
      type: 'Microsoft.Compute/galleries',
      location: 'westus',
      properties: {
        description: 'release images',
        identifier: { uniqueName: `${SUBSCRIPTION}-GAL_ONE` },
        provisioningState: 'Creating',
      },
    })
    const operationUrl = created.headers.get('azure-asyncoperation') ?? ''
    expect(operationUrl).toMatch(
      /\/providers\/Microsoft\.Compute\/locations\/westus\/capsOperations\/[0-9a-f-]+\?api-version=2025-03-03$/,
    )
    expect(created.headers.get('location')).toBeNull()
    expect((await get(galleryId('gal_one'))).body.properties.provisioningState).toBe('Creating')
    expect((await settle(emulator, token, created, clock)).body.status).toBe('Succeeded')
    const read = await get(galleryId('GAL_ONE'))
    expect(read.body.properties.provisioningState).toBe('Succeeded')
    expect(read.body.id).toBe(galleryId('gal_one'))
    const updated = await put(galleryId('gal_one'), { location: 'westus' })
    expect(updated.status).toBe(200)
    expect(updated.body.properties.provisioningState).toBe('Updating')
  })

  it('answers 404 like ARM for missing resources and parents', async () => {
    const gallery = await get(galleryId('nope'))
    expect(gallery.status).toBe(404)
    expect(gallery.body.error.code).toBe('ResourceNotFound')
    expect(gallery.body.error.message).toMatch(
      /^The Resource 'Microsoft\.Compute\/galleries\/nope' under resource group 'rg' was not found/,
    )
    const image = await get(galleryId('nope', '/images/def'))
    expect(image.body.error).toEqual({
      code: 'ParentResourceNotFound',
      message:
        "Can not perform requested operation on nested resource. Parent resource 'nope' not found.",
    })
    const missingImage = await get(galleryId('shared', '/images/none'))
    expect(missingImage.body.error.code).toBe('ResourceNotFound')
    const version = await get(galleryId('shared', '/images/none/versions/1.0.0'))
    expect(version.body.error.message).toMatch(/Parent resource 'shared\/none' not found/)
    const write = await put(galleryId('nope', '/images/def'), imageBody())
    expect(write.status).toBe(404)
    expect(write.body.error.code).toBe('ParentResourceNotFound')
  })

  it('refuses bad names, a missing location and api-versions of other providers', async () => {
    const name = await put(galleryId('bad-name'), { location: 'westus' })
    expect(name.body.error).toMatchObject({ code: 'InvalidParameter', target: 'galleryName' })
    const location = await put(galleryId('noloc'), {})
    expect(location.body.error.code).toBe('LocationRequired')
    const url = `${galleryId('shared')}?api-version=2025-10-01`
    const wrong = await arm(emulator, token, 'GET', url)
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.code).toBe('InvalidApiVersionParameter')
    const none = await arm(emulator, token, 'GET', `${galleryId('shared')}?x=1`)
    expect(none.body.error.code).toBe('MissingApiVersionParameter')
  })

  it('applies authentication and scripted faults like every ARM route', async () => {
    const anonymous = await fetch(`${emulator.url}${galleryId('shared')}?api-version=2025-03-03`)
    expect(anonymous.status).toBe(401)
    emulator.scenario.faults.push({ kind: 'status', status: 503 })
    expect((await get(galleryId('shared'))).status).toBe(503)
    expect((await get(galleryId('shared'))).status).toBe(200)
    const recorded = emulator.writes().filter((request) => /galleries\/gal_one$/.test(request.path))
    expect(recorded.map((request) => request.status)).toEqual([201, 200])
  })
})

describe('gallery image definitions', () => {
  const definition = galleryId('shared', '/images/myGalleryImageName')

  it('creates the GalleryImage_Create.json example with an LRO and service defaults', async () => {
    const created = await put(definition, imageBody())
    expect(created.status).toBe(201)
    expect(created.body.properties.provisioningState).toBe('Creating')
    expect(created.headers.get('azure-asyncoperation')).toMatch(/capsOperations/)
    await settle(emulator, token, created, clock)
    const read = await get(definition)
    expect(read.body).toEqual({
      id: definition,
      name: 'myGalleryImageName',
      type: 'Microsoft.Compute/galleries/images',
      location: 'West US',
      properties: {
        osType: 'Windows',
        osState: 'Generalized',
        hyperVGeneration: 'V1',
        architecture: 'x64',
        identifier: { publisher: 'myPublisherName', offer: 'myOfferName', sku: 'mySkuName' },
        provisioningState: 'Succeeded',
      },
    })
    expect(emulator.galleries.get(definition.toLowerCase())).toEqual(read.body)
  })

  it.each([
    ['osType', { osType: undefined }],
    ['osState', { osState: undefined }],
    ['identifier', { identifier: undefined }],
    ['identifier.publisher', { identifier: { offer: 'o', sku: 's' } }],
    ['identifier.offer', { identifier: { publisher: 'p', sku: 's' } }],
    ['identifier.sku', { identifier: { publisher: 'p', offer: 'o', sku: '' } }],
  ])('answers 400 InvalidParameter naming %s when it is missing', async (field, change) => {
    const answer = await put(galleryId('shared', '/images/invalid'), imageBody('westus', change))
    expect(answer.status).toBe(400)
    expect(answer.body.error).toEqual({
      code: 'InvalidParameter',
      message: `Required parameter 'galleryImage.properties.${field}' is missing (null).`,
      target: `galleryImage.properties.${field}`,
    })
  })

  it.each([
    ['osType', { osType: 'Solaris' }, 'galleryImage.properties.osType'],
    ['hyperVGeneration', { hyperVGeneration: 'V3' }, 'galleryImage.properties.hyperVGeneration'],
    ['architecture', { architecture: 'sparc' }, 'galleryImage.properties.architecture'],
    [
      'a security type',
      { features: [{ name: 'SecurityType', value: 'Paranoid' }] },
      'galleryImage.properties.features',
    ],
    [
      'TrustedLaunch on V1',
      { features: [{ name: 'SecurityType', value: 'TrustedLaunch' }] },
      'galleryImage.properties.features',
    ],
  ])('answers 400 for an invalid %s', async (_, change, target) => {
    const answer = await put(galleryId('shared', '/images/invalid'), imageBody('westus', change))
    expect(answer.status).toBe(400)
    expect(answer.body.error).toMatchObject({ code: 'InvalidParameter', target })
  })

  it('keeps definitions in their gallery region and stores enum values canonically', async () => {
    const elsewhere = await put(galleryId('shared', '/images/far'), imageBody('eastus'))
    expect(elsewhere.body.error).toMatchObject({ target: 'galleryImage.location' })
    const features = [{ name: 'SecurityType', value: 'TrustedLaunchSupported' }]
    const path = galleryId('shared', '/images/tl')
    const body = imageBody('westus', { osType: 'linux', hyperVGeneration: 'v2', features })
    const read = await putAndSettle(emulator, token, path, body, clock)
    expect(read.body.properties).toMatchObject({
      osType: 'Linux',
      hyperVGeneration: 'V2',
      features,
    })
  })

  it.each([
    ['osType', { osType: 'Linux' }],
    ['osState', { osState: 'Specialized' }],
    ['hyperVGeneration', { hyperVGeneration: 'V2' }],
    ['architecture', { architecture: 'Arm64' }],
    [
      'identifier.sku',
      { identifier: { publisher: 'myPublisherName', offer: 'myOfferName', sku: 'x' } },
    ],
  ])('refuses an update of %s with 409 PropertyChangeNotAllowed', async (field, change) => {
    const answer = await put(definition, imageBody('West US', change))
    expect(answer.status).toBe(409)
    expect(answer.body.error).toEqual({
      code: 'PropertyChangeNotAllowed',
      message: `Changing property 'galleryImage.properties.${field}' is not allowed.`,
      target: `galleryImage.properties.${field}`,
    })
  })

  it('updates updatable properties with 200 and an LRO', async () => {
    const updated = await put(definition, imageBody('westus', { description: 'now described' }))
    expect(updated.status).toBe(200)
    expect(updated.body.properties.provisioningState).toBe('Updating')
    expect((await get(definition)).body.properties.provisioningState).toBe('Updating')
    await settle(emulator, token, updated, clock)
    expect((await get(definition)).body.properties).toMatchObject({
      description: 'now described',
      provisioningState: 'Succeeded',
    })
    const list = await get(galleryId('shared', '/images'))
    const names = (list.body.value as { name: string }[]).map((image) => image.name)
    expect(names).toContain('tl')
  })
})
