// Release pipelines: a tag becomes a gallery image version; the definition is created when missing,
// checked when present; an incompatible definition or a taken version fails before any build.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO, runAction, SUBSCRIPTION_ID } from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator

const GALLERY = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/gallery-rg/providers/Microsoft.Compute/galleries/gal_prod`
const definition = (name: string) => `${GALLERY}/images/${name}`
const GEN2_SOURCE = 'Canonical:ubuntu-24_04-lts:server-gen2:latest'

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
  emulator.seedGallery(GALLERY, 'northeurope')
})
afterAll(async () => {
  await emulator.close()
})

const templateWrites = () => emulator.writes().filter((r) => /imageTemplates/i.test(r.path))
const computeWrites = () => emulator.writes().filter((r) => /Microsoft\.Compute/i.test(r.path))
const resource = (id: string) =>
  emulator.galleries.get(id.toLowerCase()) as
    | { properties: Record<string, unknown>; tags?: Record<string, string>; location?: string }
    | undefined

/** An existing image definition of the given OS and generation. */
const seedDefinition = (name: string, osType: 'Linux' | 'Windows', hyperVGeneration: 'V1' | 'V2') =>
  emulator.seedGalleryImage(definition(name), {
    osType,
    osState: 'Generalized',
    hyperVGeneration,
    identifier: { publisher: 'contoso', offer: 'images', sku: name },
  })

const release = (image: string, extra: Record<string, string> = {}) => ({
  ...buildInputs(emulator, `release-${image}`),
  source: GEN2_SOURCE,
  'gallery-image': definition(image),
  'gallery-image-version': 'v1.4.2',
  ...extra,
})

describe('a release build', () => {
  it('creates the missing definition from the inputs and publishes the tag as the version', async () => {
    emulator.requests.length = 0
    const inputs = release('web', {
      'gallery-image-publisher': 'contoso',
      'gallery-image-offer': 'web',
      'gallery-image-sku': 'ubuntu-24-gen2',
      'replication-regions': 'eastus2=2:Standard_ZRS, westus3=3',
    })
    const env = {
      GITHUB_REF: 'refs/tags/v1.4.2',
      GITHUB_REF_TYPE: 'tag',
      GITHUB_REF_NAME: 'v1.4.2',
    }
    const run = await runAction({ inputs, workspace: makeWorkspace(), env }, emulator)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)

    const created = resource(definition('web'))
    expect(created?.location).toBe('northeurope')
    expect(created?.properties).toMatchObject({
      osType: 'Linux',
      osState: 'Generalized',
      hyperVGeneration: 'V2',
      architecture: 'x64',
      identifier: { publisher: 'contoso', offer: 'web', sku: 'ubuntu-24-gen2' },
      features: [{ name: 'SecurityType', value: 'TrustedLaunchSupported' }],
    })

    const versionId = `${definition('web')}/versions/1.4.2`
    expect(run.outputs['image-id']?.toLowerCase()).toBe(versionId.toLowerCase())
    const version = resource(versionId)
    const publishing = version?.properties.publishingProfile as {
      targetRegions: { name: string; regionalReplicaCount?: number; storageAccountType?: string }[]
    }
    expect(publishing.targetRegions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'eastus2',
          regionalReplicaCount: 2,
          storageAccountType: 'Standard_ZRS',
        }),
        expect.objectContaining({ name: 'westus3', regionalReplicaCount: 3 }),
        expect.objectContaining({ name: 'westeurope' }),
      ]),
    )
    expect(version?.tags).toMatchObject({
      'source-tag': 'v1.4.2',
      'source-repository': 'octo/image-factory',
    })
    expect(run.summary).toContain('`source-tag=v1.4.2`')
  })

  it('builds managed image, gallery version and VHD at once, with every output', async () => {
    seedDefinition('multi', 'Linux', 'V2')
    const inputs = release('multi', { 'managed-image': 'multi-image', vhd: 'true' })
    const run = await runAction({ inputs, workspace: makeWorkspace() }, emulator)
    expect(run.code).toBe(0)
    const outputs = JSON.parse(run.outputs['run-outputs'] ?? '[]') as {
      name: string
      artifactId?: string
      artifactUri?: string
    }[]
    expect(outputs.map((o) => o.name).sort()).toEqual(['gallery-image', 'managed-image', 'vhd'])
    expect(run.outputs['image-id']).toMatch(
      /\/galleries\/gal_prod\/images\/multi\/versions\/1\.4\.2$/i,
    )
    expect(run.outputs['vhd-uri']).toMatch(/^https:\/\/.+\.vhd/)
    expect(outputs.find((o) => o.name === 'managed-image')?.artifactId).toMatch(
      /images\/multi-image$/,
    )
  })
})

describe('service versioning', () => {
  it('lets the service number the version within a major (gallery-image-versioning: latest:2)', async () => {
    seedDefinition('numbered', 'Linux', 'V2')
    emulator.requests.length = 0
    const inputs = release('numbered', {
      'gallery-image-version': '',
      'gallery-image-versioning': 'latest:2',
    })
    const run = await runAction({ inputs, workspace: makeWorkspace() }, emulator)
    expect(run.code).toBe(0)
    const put = templateWrites().find((r) => r.method === 'PUT')?.body as {
      properties: { distribute: { type: string; galleryImageId: string; versioning?: unknown }[] }
    }
    const shared = put.properties.distribute.find((d) => d.type === 'SharedImage')
    expect(shared).toMatchObject({
      galleryImageId: definition('numbered'),
      versioning: { scheme: 'Latest', major: 2 },
    })
    expect(run.outputs['image-id']).toMatch(/\/images\/numbered\/versions\/2\.\d+\.\d+$/)
    expect(resource(run.outputs['image-id'] ?? '')).toBeDefined()
  })
})

describe('fails before any imageTemplates write', () => {
  it('when the definition is missing and cannot be created', async () => {
    emulator.requests.length = 0
    const run = await runAction({ inputs: release('absent'), workspace: makeWorkspace() }, emulator)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('does not exist. Create it, or give gallery-image-publisher')
    expect(templateWrites()).toEqual([])
    expect(computeWrites()).toEqual([])
  })

  it('when the definition cannot hold the image', async () => {
    seedDefinition('windows-gen1', 'Windows', 'V1')
    emulator.requests.length = 0
    const run = await runAction(
      { inputs: release('windows-gen1'), workspace: makeWorkspace() },
      emulator,
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('cannot take this image')
    expect(run.stdout).toContain('OS type is Windows, but the build produces Linux')
    expect(run.stdout).toContain(
      'Hyper-V generation is V1, but the source/gallery-image-hyper-v-generation is V2',
    )
    expect(templateWrites()).toEqual([])
  })

  it('when the version already exists', async () => {
    seedDefinition('taken', 'Linux', 'V2')
    emulator.seedGalleryImageVersion(`${definition('taken')}/versions/1.4.2`)
    emulator.requests.length = 0
    const run = await runAction({ inputs: release('taken'), workspace: makeWorkspace() }, emulator)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Version 1.4.2 of the gallery image definition "gal_prod/taken"')
    expect(run.stdout).toContain('already exists')
    expect(templateWrites()).toEqual([])
  })
})
