import { describe, expect, it } from '@jest/globals'
import { parseDistribution } from '../../../src/config/distribution.ts'
import { galleryVersionFromText, isRegion, normalizeRegion } from '../../../src/config/gallery.ts'
import { IssueList } from '../../../src/config/issues.ts'
import { GROUP_ID, SUBSCRIPTION, readerOf } from './temp-workspace.ts'

const COMPUTE = `${GROUP_ID}/providers/Microsoft.Compute`
const DEFINITION = `/subscriptions/${SUBSCRIPTION}/resourceGroups/gallery-rg/providers/Microsoft.Compute/galleries/g/images/ubuntu`
const PROVENANCE = { 'source-repository': 'octo/images', 'source-commit': 'abc123' }

const parse = (values: Record<string, string>) => {
  const issues = new IssueList()
  const distribution = parseDistribution(issues, {
    read: readerOf(values),
    subscriptionId: SUBSCRIPTION,
    resourceGroup: 'images-rg',
    location: 'westeurope',
    templateName: 'images-42-1',
    provenance: PROVENANCE,
  })
  let message = ''
  try {
    issues.throwIfAny()
  } catch (e) {
    message = (e as Error).message
  }
  return { distribution, message }
}

describe('parseDistribution: managed image', () => {
  it('defaults to a managed image named after the template, tagged with provenance', () => {
    expect(parse({})).toEqual({
      distribution: {
        managedImageId: `${COMPUTE}/images/images-42-1`,
        gallery: undefined,
        vhd: undefined,
        artifactTags: PROVENANCE,
      },
      message: '',
    })
  })

  it('turns a name into an id in resource-group and keeps a full id', () => {
    expect(parse({ 'managed-image': ' golden ' }).distribution.managedImageId).toBe(
      `${COMPUTE}/images/golden`,
    )
    const other = `/subscriptions/${SUBSCRIPTION}/resourceGroups/other/providers/Microsoft.Compute/images/x`
    expect(parse({ 'managed-image': other }).distribution.managedImageId).toBe(other)
  })

  it.each([
    ['bad name!', '"bad name!" is not a valid image name'],
    [
      `${COMPUTE}/disks/x`,
      'expected a name or /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Compute/images/NAME',
    ],
    [
      `/subscriptions/24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx/resourceGroups/rg/providers/Microsoft.Compute/images/x`,
      'the subscription in the id: "24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx" looks masked',
    ],
  ])('rejects %j', (value, message) => {
    const { distribution, message: actual } = parse({ 'managed-image': value })
    expect(actual).toContain(`- \`managed-image\`: ${message}`)
    expect(distribution.managedImageId).toBeUndefined()
  })

  it('keeps an explicit managed image next to other targets', () => {
    const { distribution } = parse({ 'managed-image': 'golden', vhd: 'true' })
    expect(distribution.managedImageId).toBe(`${COMPUTE}/images/golden`)
    expect(distribution.vhd).toBe(true)
  })
})

describe('parseDistribution: VHD', () => {
  it('uses no default managed image when a VHD is asked for', () => {
    const { distribution, message } = parse({ vhd: 'TRUE' })
    expect(message).toBe('')
    expect(distribution.vhd).toBe(true)
    expect(distribution.managedImageId).toBeUndefined()
  })

  it('accepts an https blob URI ending in .vhd', () => {
    const uri = 'https://acct.blob.core.windows.net/vhds/image.VHD?sv=1'
    expect(parse({ vhd: uri }).distribution.vhd).toBe(uri)
  })

  it('treats false like no VHD', () => {
    const { distribution } = parse({ vhd: 'false' })
    expect(distribution.vhd).toBeUndefined()
    expect(distribution.managedImageId).toBe(`${COMPUTE}/images/images-42-1`)
  })

  it('refuses a VHD blob URI without a container', () => {
    expect(parse({ vhd: 'https://acct.blob.core.windows.net/image.vhd' }).message).toContain(
      '- `vhd`: expected true, false, or an https blob URI ending in .vhd with its container (https://ACCOUNT.blob…/CONTAINER/NAME.vhd), got "https://acct.blob.core.windows.net/image.vhd"',
    )
  })

  it.each(['yes', 'http://acct.blob.core.windows.net/vhds/image.vhd', 'https://acct/x.img'])(
    'rejects %j',
    (value) => {
      expect(parse({ vhd: value }).message).toContain(
        '- `vhd`: expected true, false, or an https blob URI ending in .vhd',
      )
    },
  )
})

describe('parseDistribution: gallery', () => {
  it('distributes to a definition with the build region as the replication default', () => {
    const { distribution, message } = parse({ 'gallery-image': DEFINITION })
    expect(message).toBe('')
    expect(distribution.managedImageId).toBeUndefined()
    expect(distribution.gallery).toEqual({
      galleryImageId: DEFINITION,
      definitionId: DEFINITION,
      version: undefined,
      versioning: { scheme: 'Latest' },
      definition: { osState: 'Generalized' },
      targetRegions: [{ name: 'westeurope' }],
      excludeFromLatest: false,
    })
  })

  it('appends gallery-image-version to a definition id', () => {
    const { distribution } = parse({
      'gallery-image': DEFINITION,
      'gallery-image-version': 'refs/tags/v1.4.2',
      'exclude-from-latest': 'true',
    })
    expect(distribution.gallery?.galleryImageId).toBe(`${DEFINITION}/versions/1.4.2`)
    expect(distribution.gallery?.excludeFromLatest).toBe(true)
  })

  it('accepts a version id as it is', () => {
    const id = `${DEFINITION}/versions/2.0.0`
    expect(parse({ 'gallery-image': id }).distribution.gallery?.galleryImageId).toBe(id)
  })

  it('refuses a version id together with gallery-image-version', () => {
    const { message } = parse({
      'gallery-image': `${DEFINITION}/versions/2.0.0`,
      'gallery-image-version': '2.0.1',
    })
    expect(message).toBe(
      '1 input is invalid:\n- `gallery-image-version`: `gallery-image` already names a version',
    )
  })

  it('refuses gallery-image-version without gallery-image', () => {
    expect(parse({ 'gallery-image-version': '1.0.0' }).message).toContain(
      '- `gallery-image-version`: needs `gallery-image`',
    )
  })

  it.each([
    [
      'a masked subscription',
      `/subscriptions/***/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i`,
      'the subscription in the id: "***" looks masked',
    ],
    [
      'a masked subscription before a version',
      `/subscriptions/***/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i/versions/1.0.0`,
      'the subscription in the id: "***" looks masked',
    ],
    [
      'a gallery name with a hyphen',
      `${COMPUTE}/galleries/my-gallery/images/i`,
      'galleries name "my-gallery" in the id is not valid',
    ],
  ])('rejects a gallery-image id with %s', (_, id, message) => {
    expect(parse({ 'gallery-image': id }).message).toContain(`- \`gallery-image\`: ${message}`)
  })

  it('rejects an id that is not a gallery image', () => {
    expect(parse({ 'gallery-image': `${COMPUTE}/galleries/g` }).message).toContain(
      '- `gallery-image`: expected /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Compute/galleries/NAME/images/NAME, got',
    )
  })

  it('reads replication regions with counts, keeps the last duplicate and adds the location', () => {
    const { distribution, message } = parse({
      'gallery-image': DEFINITION,
      'replication-regions': 'East US=2, northeurope\nnortheurope = 3\n',
    })
    expect(message).toBe('')
    expect(distribution.gallery?.targetRegions).toEqual([
      { name: 'eastus', replicaCount: 2 },
      { name: 'northeurope', replicaCount: 3 },
      { name: 'westeurope' },
    ])
  })

  it('keeps the count given for the build region itself', () => {
    const { distribution } = parse({
      'gallery-image': DEFINITION,
      'replication-regions': 'westeurope=5',
    })
    expect(distribution.gallery?.targetRegions).toEqual([{ name: 'westeurope', replicaCount: 5 }])
  })

  it.each([
    'eastus=0',
    'eastus=101',
    'eastus=-1',
    'eastus=1.5',
    'eastus=',
    'eastus=2=3',
    '=2',
    'e!',
  ])('rejects the region %j', (item) => {
    expect(parse({ 'gallery-image': DEFINITION, 'replication-regions': item }).message).toContain(
      `- \`replication-regions\`: "${item}" is not region[=replicas][:storage-type] (replicas 1-100; storage Standard_LRS, Standard_ZRS, Premium_LRS, PremiumV2_LRS)`,
    )
  })

  it('rejects an exclude-from-latest that is not a boolean', () => {
    expect(
      parse({ 'gallery-image': DEFINITION, 'exclude-from-latest': 'maybe' }).message,
    ).toContain('- `exclude-from-latest`: expected true or false, got "maybe"')
  })
})

describe('galleryVersionFromText', () => {
  it.each([
    ['1.4.2', '1.4.2'],
    ['v1.4.2', '1.4.2'],
    ['V1.4.2', '1.4.2'],
    ['release-1.4.2', '1.4.2'],
    ['refs/tags/v1.4.2', '1.4.2'],
    [' 0.0.10 ', '0.0.10'],
    ['2147483647.0.0', '2147483647.0.0'],
  ])('reads %j as %j', (text, version) => {
    expect(galleryVersionFromText(text)).toBe(version)
  })

  it.each(['1.2', '01.2.3', '1.02.3', '1.2.3.4', '2147483648.0.0', 'v1.2.3-rc1', 'latest', ''])(
    'rejects %j',
    (text) => {
      expect(galleryVersionFromText(text)).toBeUndefined()
    },
  )

  it('reports a bad gallery-image-version with the value', () => {
    expect(
      parse({ 'gallery-image': DEFINITION, 'gallery-image-version': '1.2' }).message,
    ).toContain(
      '- `gallery-image-version`: expected x.y.z (or a tag like v1.4.2): three whole numbers without leading zeros, got "1.2"',
    )
  })
})

describe('regions', () => {
  it('normalizes display names', () => {
    expect(normalizeRegion('West Europe')).toBe('westeurope')
    expect(normalizeRegion('EastUS2')).toBe('eastus2')
  })

  it.each([
    ['westeurope', true],
    ['eastus2', true],
    ['2east', false],
    ['ab', false],
    ['west-europe', false],
    ['WestEurope', false],
  ])('%j is a region: %s', (value, expected) => {
    expect(isRegion(value)).toBe(expected)
  })
})

describe('artifact tags', () => {
  it('parses key=value lines and lets provenance tags win', () => {
    const { distribution, message } = parse({
      'artifact-tags': 'team=images\nsource-commit=forged\n# comment\nempty=',
    })
    expect(message).toBe('')
    expect(distribution.artifactTags).toEqual({
      team: 'images',
      empty: '',
      'source-repository': 'octo/images',
      'source-commit': 'abc123',
    })
  })

  it('keeps a tag named like an Object.prototype key as an ordinary tag', () => {
    const { distribution, message } = parse({ 'artifact-tags': '__proto__=x\nconstructor=y' })
    expect(message).toBe('')
    expect(Object.hasOwn(distribution.artifactTags, '__proto__')).toBe(true)
    expect(distribution.artifactTags['__proto__']).toBe('x')
    expect(distribution.artifactTags['constructor']).toBe('y')
  })

  it('reports lines that are not key=value and invalid names or values', () => {
    const { message } = parse({
      'artifact-tags': `novalue\na/b=1\nlong=${'x'.repeat(257)}\nok=${'x'.repeat(256)}`,
    })
    expect(message).toMatch(/^3 problems in 1 input:/)
    expect(message).toContain('- `artifact-tags`: "novalue" is not key=value')
    expect(message).toContain('- `artifact-tags`: tag "a/b" is invalid')
    expect(message).toContain('- `artifact-tags`: tag "long" is invalid')
  })
})
