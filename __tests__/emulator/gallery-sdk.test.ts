// The gallery routes against the real @azure/arm-compute client, as the action uses it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ComputeManagementClient, type GalleryImage } from '@azure/arm-compute'
import { ImageBuilderClient, type ImageTemplate } from '@azure/arm-imagebuilder'
import { ClientAssertionCredential } from '@azure/identity'
import { startEmulator } from './emulator.ts'
import { CLIENT_ID, oidcToken, SUBSCRIPTION, templateBody, TENANT } from './test-client.ts'
import type { Emulator } from './types.ts'

let emulator: Emulator
let compute: ComputeManagementClient
let builder: ImageBuilderClient
const poll = { updateIntervalInMs: 20 }
const definition: GalleryImage = {
  location: 'westeurope',
  osType: 'Linux',
  osState: 'Generalized',
  hyperVGeneration: 'V2',
  architecture: 'x64',
  identifier: { publisher: 'contoso', offer: 'web', sku: 'ubuntu-24-gen2' },
  features: [{ name: 'SecurityType', value: 'TrustedLaunchSupported' }],
}

beforeAll(async () => {
  emulator = await startEmulator({
    scenario: { phaseMs: 20, provisionMs: 30, retryAfterSeconds: 0 },
  })
  const credential = new ClientAssertionCredential(TENANT, CLIENT_ID, () => oidcToken(emulator), {
    authorityHost: emulator.url,
    disableInstanceDiscovery: true,
  })
  compute = new ComputeManagementClient(credential, SUBSCRIPTION, { endpoint: emulator.url })
  builder = new ImageBuilderClient(credential, SUBSCRIPTION, { endpoint: emulator.url })
})
afterAll(() => emulator.close())

describe('@azure/arm-compute against the emulator', () => {
  it('creates a gallery and a definition through their pollers and reads them back', async () => {
    const gallery = await compute.galleries.createOrUpdate(
      'rg',
      'sdk_gallery',
      { location: 'westeurope', description: 'releases' },
      poll,
    )
    expect(gallery).toMatchObject({
      provisioningState: 'Succeeded',
      description: 'releases',
      identifier: { uniqueName: `${SUBSCRIPTION}-SDK_GALLERY` },
    })
    const created = await compute.galleryImages.createOrUpdate(
      'rg',
      'sdk_gallery',
      'web',
      definition,
      poll,
    )
    expect(created.provisioningState).toBe('Succeeded')
    const read = await compute.galleryImages.get('rg', 'sdk_gallery', 'web')
    expect(read).toMatchObject({
      ...definition,
      name: 'web',
      type: 'Microsoft.Compute/galleries/images',
    })
    const polled = emulator.requests.filter((request) => /\/capsOperations\//.test(request.path))
    expect(polled.length).toBeGreaterThan(0)
    expect(polled.every((request) => request.query['api-version'] === '2025-12-03')).toBe(true)
  })

  it('surfaces 404s, 400s and 409s as RestErrors with the service codes', async () => {
    await expect(compute.galleryImages.get('rg', 'sdk_gallery', 'absent')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    })
    await expect(compute.galleryImages.get('rg', 'no_gallery', 'web')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ParentResourceNotFound',
    })
    const noState = { ...definition, osState: undefined }
    await expect(
      compute.galleryImages.createOrUpdate('rg', 'sdk_gallery', 'bad', noState, poll),
    ).rejects.toMatchObject({ statusCode: 400, code: 'InvalidParameter' })
    await expect(
      compute.galleryImages.createOrUpdate(
        'rg',
        'sdk_gallery',
        'web',
        { ...definition, hyperVGeneration: 'V1', features: [] },
        poll,
      ),
    ).rejects.toMatchObject({ statusCode: 409, code: 'PropertyChangeNotAllowed' })
  })

  it('reads the version a build published, with its target regions, and lists it', async () => {
    const { properties, ...rest } = templateBody()
    properties.distribute = [
      {
        type: 'SharedImage',
        runOutputName: 'gallery',
        galleryImageId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/galleries/sdk_gallery/images/web/versions/1.4.2`,
        targetRegions: [{ name: 'westeurope' }, { name: 'eastus2', replicaCount: 2 }],
        artifactTags: { 'source-tag': 'v1.4.2' },
      },
    ]
    const template = { ...rest, ...properties } as ImageTemplate
    await builder.virtualMachineImageTemplates.createOrUpdate('rg', 'sdk-gallery', template, poll)
    await builder.virtualMachineImageTemplates.run('rg', 'sdk-gallery', poll)
    const output = await builder.virtualMachineImageTemplates.getRunOutput(
      'rg',
      'sdk-gallery',
      'gallery',
    )
    const version = await compute.galleryImageVersions.get('rg', 'sdk_gallery', 'web', '1.4.2')
    expect(output.artifactId).toBe(version.id)
    expect(version.tags).toEqual({ 'source-tag': 'v1.4.2' })
    expect(version.publishingProfile?.targetRegions).toEqual([
      { name: 'westeurope', regionalReplicaCount: 1, storageAccountType: 'Standard_LRS' },
      { name: 'eastus2', regionalReplicaCount: 2, storageAccountType: 'Standard_LRS' },
    ])
    const names = []
    for await (const item of compute.galleryImageVersions.listByGalleryImage(
      'rg',
      'sdk_gallery',
      'web',
    )) {
      names.push(item.name)
    }
    expect(names).toEqual(['1.4.2'])
  })
})
