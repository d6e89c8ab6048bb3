import { describe, expect, it } from '@jest/globals'
import { inferImageFacts, parseGallery } from '../../../src/config/gallery.ts'
import { IssueList } from '../../../src/config/issues.ts'
import type { SourceImage } from '../../../src/model/types.ts'
import { readerOf } from './temp-workspace.ts'

const DEFINITION =
  '/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/gallery-rg/providers/Microsoft.Compute/galleries/g/images/web'
const UBUNTU_GEN2: SourceImage = {
  type: 'PlatformImage',
  publisher: 'Canonical',
  offer: 'ubuntu-24_04-lts',
  sku: 'server-gen2',
  version: 'latest',
}

function parse(values: Record<string, string>, source?: SourceImage) {
  const issues = new IssueList()
  const gallery = parseGallery(issues, {
    read: readerOf({ 'gallery-image': DEFINITION, ...values }),
    location: 'westeurope',
    source,
  })
  let message = ''
  try {
    issues.throwIfAny()
  } catch (e) {
    message = (e as Error).message
  }
  return { gallery, message }
}

describe('versions and versioning', () => {
  it('turns a release tag into the version and drops versioning', () => {
    const { gallery, message } = parse({ 'gallery-image-version': 'refs/tags/v1.4.2' })
    expect(message).toBe('')
    expect(gallery).toMatchObject({
      version: '1.4.2',
      galleryImageId: `${DEFINITION}/versions/1.4.2`,
      definitionId: DEFINITION,
    })
    expect(gallery?.versioning).toBeUndefined()
  })

  it('takes the version from a version id', () => {
    expect(parse({ 'gallery-image': `${DEFINITION}/versions/2.0.1` }).gallery).toMatchObject({
      version: '2.0.1',
      definitionId: DEFINITION,
    })
  })

  it.each([
    ['', { scheme: 'Latest' }],
    ['latest', { scheme: 'Latest' }],
    ['Latest:3', { scheme: 'Latest', major: 3 }],
    ['source', { scheme: 'Source' }],
  ])('gallery-image-versioning %j', (raw, expected) => {
    expect(parse({ 'gallery-image-versioning': raw }).gallery?.versioning).toEqual(expected)
  })

  it.each(['newest', 'latest:x', 'latest:-1'])('rejects versioning %j', (raw) => {
    expect(parse({ 'gallery-image-versioning': raw }).message).toContain(
      '`gallery-image-versioning`',
    )
  })

  it.each(['1.2', '01.2.3', '1.2.3.4', '2147483648.0.0', 'v1.2.x'])('rejects version %j', (raw) => {
    expect(parse({ 'gallery-image-version': raw }).message).toContain(
      '`gallery-image-version`: expected x.y.z',
    )
  })
})

describe('replication regions', () => {
  it('reads replicas and storage types, and always adds the build region', () => {
    const { gallery, message } = parse({
      'replication-regions': 'eastus2=2:standard_zrs, North Europe:Premium_LRS\nwestus3=3',
    })
    expect(message).toBe('')
    expect(gallery?.targetRegions).toEqual([
      { name: 'eastus2', replicaCount: 2, storageAccountType: 'Standard_ZRS' },
      { name: 'northeurope', storageAccountType: 'Premium_LRS' },
      { name: 'westus3', replicaCount: 3 },
      { name: 'westeurope' },
    ])
  })

  it.each(['eastus=-1', 'eastus=0', 'eastus=101', 'eastus:Gold_LRS', 'east us 2!=1', 'eastus=1=2'])(
    'rejects %j',
    (item) => {
      expect(parse({ 'replication-regions': item }).message).toContain(
        `- \`replication-regions\`: "${item}"`,
      )
    },
  )
})

describe('the definition spec', () => {
  it('infers generation and architecture from a platform source', () => {
    expect(parse({}, UBUNTU_GEN2).gallery?.definition).toEqual({
      osState: 'Generalized',
      hyperVGeneration: 'V2',
      architecture: 'x64',
    })
    const arm: SourceImage = { ...UBUNTU_GEN2, sku: 'server-arm64' }
    expect(inferImageFacts(arm)).toEqual({ hyperVGeneration: 'V2', architecture: 'Arm64' })
    expect(inferImageFacts({ ...UBUNTU_GEN2, sku: 'server-gen1' })).toEqual({
      hyperVGeneration: 'V1',
      architecture: 'x64',
    })
    expect(inferImageFacts({ type: 'ManagedImage', imageId: '/x' })).toEqual({})
  })

  it('lets explicit inputs win over inference', () => {
    const { gallery } = parse(
      { 'gallery-image-hyper-v-generation': 'v1', 'gallery-image-architecture': 'arm64' },
      UBUNTU_GEN2,
    )
    expect(gallery?.definition).toMatchObject({ hyperVGeneration: 'V1', architecture: 'Arm64' })
  })

  it('needs publisher, offer and sku together to create a definition', () => {
    const { gallery, message } = parse({
      'gallery-image-publisher': 'contoso',
      'gallery-image-offer': 'web',
      'gallery-image-sku': 'ubuntu-24',
    })
    expect(message).toBe('')
    expect(gallery?.definition.identifier).toEqual({
      publisher: 'contoso',
      offer: 'web',
      sku: 'ubuntu-24',
    })
    const partial = parse({ 'gallery-image-publisher': 'contoso' }).message
    expect(partial).toContain('`gallery-image-offer`: is required')
    expect(partial).toContain('`gallery-image-sku`: is required')
  })

  it('rejects TrustedLaunch on a generation 1 image and unknown values', () => {
    expect(
      parse({
        'gallery-image-security-type': 'TrustedLaunch',
        'gallery-image-hyper-v-generation': 'V1',
      }).message,
    ).toContain('needs a Hyper-V generation V2 image')
    expect(parse({ 'gallery-image-security-type': 'Paranoid' }).message).toContain(
      '`gallery-image-security-type`',
    )
    expect(parse({ 'gallery-image-os-state': 'Frozen' }).message).toContain(
      '`gallery-image-os-state`',
    )
  })
})
