import { describe, expect, it } from '@jest/globals'
import {
  checkResourceGroupId,
  checkResourceId,
  guidProblem,
  idShape,
} from '../../../src/model/id-checks.ts'
import {
  GALLERY_IMAGE_TYPE,
  GALLERY_VERSION_TYPE,
  IDENTITY_TYPE,
  MANAGED_IMAGE_TYPE,
  STORAGE_ACCOUNT_TYPE,
  SUBNET_TYPE,
  type ResourceType,
} from '../../../src/model/resource-ids.ts'

const SUB = '0b1f6471-1bf0-4dda-aec3-111122223333'
const RG = `/subscriptions/${SUB}/resourceGroups/images-rg/providers`

describe('guidProblem', () => {
  it.each([SUB, SUB.toUpperCase()])('accepts the GUID %j', (value) => {
    expect(guidProblem(value)).toBeUndefined()
  })

  it.each([
    '24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    '24890e81-XXXX-XXXX-XXXX-XXXXXXXXXXXX',
    '24890e81-****-****-****-************',
    '***',
    '24890e81-…',
    '24890e81-...',
    'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
  ])('says %j looks masked', (value) => {
    expect(guidProblem(value)).toBe(
      `"${value}" looks masked (x, * or … in place of digits, as logs and docs show it): give the real GUID`,
    )
  })

  it.each(['<subscription-id>', '{subscriptionId}', '$SUBSCRIPTION_ID', '[parameters]'])(
    'says %j is a placeholder',
    (value) => {
      expect(guidProblem(value)).toBe(`"${value}" is a placeholder, not a GUID`)
    },
  )

  it.each(['x', 'my-sub', '0b1f6471-1bf0-4dda-aec3-11112222333', `${SUB}0`])(
    'expects a GUID instead of %j',
    (value) => {
      expect(guidProblem(value, 'the tenant id')).toBe(
        `expected a GUID (the tenant id), got "${value}"`,
      )
    },
  )
})

describe('checkResourceId', () => {
  it.each<[string, ResourceType, string, string[]]>([
    [
      'a managed image',
      MANAGED_IMAGE_TYPE,
      `${RG}/Microsoft.Compute/images/golden_1.v-2`,
      ['golden_1.v-2'],
    ],
    [
      'a gallery image',
      GALLERY_IMAGE_TYPE,
      `${RG}/Microsoft.Compute/galleries/gal_prod.1/images/ubuntu-24`,
      ['gal_prod.1', 'ubuntu-24'],
    ],
    [
      'a gallery version',
      GALLERY_VERSION_TYPE,
      `${RG}/Microsoft.Compute/galleries/g/images/i/versions/1.20.300`,
      ['g', 'i', '1.20.300'],
    ],
    [
      'an identity',
      IDENTITY_TYPE,
      `${RG}/Microsoft.ManagedIdentity/userAssignedIdentities/id-aib_1`,
      ['id-aib_1'],
    ],
    [
      'a storage account',
      STORAGE_ACCOUNT_TYPE,
      `${RG}/Microsoft.Storage/storageAccounts/stimages01`,
      ['stimages01'],
    ],
    [
      'a subnet',
      SUBNET_TYPE,
      `${RG}/Microsoft.Network/virtualNetworks/vnet-1/subnets/build_subnet`,
      ['vnet-1', 'build_subnet'],
    ],
    [
      'in any case',
      MANAGED_IMAGE_TYPE,
      `/SUBSCRIPTIONS/${SUB}/resourcegroups/rg/PROVIDERS/microsoft.compute/IMAGES/x`,
      ['x'],
    ],
  ])('accepts %s', (_, type, id, names) => {
    const parsed = checkResourceId(id, type)
    expect(parsed).toEqual({ subscriptionId: SUB, resourceGroup: expect.any(String), names })
  })

  it.each<[string, ResourceType, string, string]>([
    [
      'another provider',
      MANAGED_IMAGE_TYPE,
      `${RG}/Microsoft.Storage/images/x`,
      `expected ${idShape(MANAGED_IMAGE_TYPE)}, got`,
    ],
    [
      'another type',
      MANAGED_IMAGE_TYPE,
      `${RG}/Microsoft.Compute/disks/x`,
      'expected /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Compute/images/NAME, got',
    ],
    ['a missing name', MANAGED_IMAGE_TYPE, `${RG}/Microsoft.Compute/images/`, 'expected'],
    ['an extra segment', MANAGED_IMAGE_TYPE, `${RG}/Microsoft.Compute/images/x/y`, 'expected'],
    [
      'no leading slash',
      MANAGED_IMAGE_TYPE,
      `${RG.slice(1)}/Microsoft.Compute/images/x`,
      'expected',
    ],
    [
      'a missing resourceGroups word',
      MANAGED_IMAGE_TYPE,
      `/subscriptions/${SUB}/providers/Microsoft.Compute/images/x`,
      'expected',
    ],
    [
      'a masked subscription',
      SUBNET_TYPE,
      `/subscriptions/24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s`,
      'the subscription in the id: "24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx" looks masked',
    ],
    [
      'a subscription name',
      IDENTITY_TYPE,
      `/subscriptions/prod/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id`,
      'the subscription in the id: expected a GUID, got "prod"',
    ],
    [
      'a bad resource group',
      MANAGED_IMAGE_TYPE,
      `/subscriptions/${SUB}/resourceGroups/rg./providers/Microsoft.Compute/images/x`,
      'resource group "rg." in the id is not a valid resource group name',
    ],
    [
      'a two-part version',
      GALLERY_VERSION_TYPE,
      `${RG}/Microsoft.Compute/galleries/g/images/i/versions/1.2`,
      'versions name "1.2" in the id is not valid: a version x.y.z (three whole numbers)',
    ],
    [
      'latest where not allowed',
      GALLERY_VERSION_TYPE,
      `${RG}/Microsoft.Compute/galleries/g/images/i/versions/latest`,
      'versions name "latest"',
    ],
    [
      'a gallery with a hyphen',
      GALLERY_IMAGE_TYPE,
      `${RG}/Microsoft.Compute/galleries/my-gallery/images/i`,
      'galleries name "my-gallery" in the id is not valid',
    ],
    [
      'an image with a space',
      MANAGED_IMAGE_TYPE,
      `${RG}/Microsoft.Compute/images/my image`,
      'images name "my image" in the id is not valid',
    ],
    [
      'an upper-case storage account',
      STORAGE_ACCOUNT_TYPE,
      `${RG}/Microsoft.Storage/storageAccounts/StImages`,
      'storageAccounts name "StImages" in the id is not valid: 3-24 lowercase letters and digits',
    ],
    [
      'a name ending with a period',
      SUBNET_TYPE,
      `${RG}/Microsoft.Network/virtualNetworks/v./subnets/s`,
      'virtualNetworks name "v." in the id is not valid',
    ],
  ])('refuses %s, saying which part', (_, type, id, message) => {
    expect(checkResourceId(id, type)).toContain(message)
  })

  it('accepts versions/latest only when asked to', () => {
    const id = `${RG}/Microsoft.Compute/galleries/g/images/i/versions/latest`
    expect(checkResourceId(id, GALLERY_VERSION_TYPE, { allowLatest: true })).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'images-rg',
      names: ['g', 'i', 'latest'],
    })
    expect(checkResourceId(id, GALLERY_VERSION_TYPE)).toContain(
      'a version x.y.z (three whole numbers)',
    )
  })
})

describe('checkResourceGroupId', () => {
  it('accepts a resource group id', () => {
    expect(checkResourceGroupId(`/subscriptions/${SUB}/resourceGroups/stage`)).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'stage',
      names: [],
    })
  })

  it.each([
    ['/subscriptions/x/rg/y', 'expected /subscriptions/SUB/resourceGroups/NAME, got'],
    [`/subscriptions/${SUB}/resourceGroups/`, 'expected'],
    [`/subscriptions/${SUB}/resourceGroups/a/b`, 'expected'],
    ['/subscriptions/***/resourceGroups/stage', 'the subscription in the id: "***" looks masked'],
    [
      `/subscriptions/${SUB}/resourceGroups/bad name`,
      'resource group "bad name" in the id is not a valid resource group name',
    ],
  ])('refuses %j', (id, message) => {
    expect(checkResourceGroupId(id)).toContain(message)
  })

  it('parses a group id case-insensitively', () => {
    expect(checkResourceGroupId(`/Subscriptions/${SUB}/RESOURCEGROUPS/staging`)).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'staging',
      names: [],
    })
  })

  it.each([
    `/subscriptions/${SUB}/resourceGroups/images-rg/`,
    `${RG}/Microsoft.Compute/images/i`,
    `/subscriptions/${SUB}`,
    'images-rg',
  ])('rejects %j', (id) => {
    expect(checkResourceGroupId(id)).toContain('expected /subscriptions/SUB/resourceGroups/NAME')
  })
})
