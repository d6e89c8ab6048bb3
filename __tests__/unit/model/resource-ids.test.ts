import { describe, expect, it } from '@jest/globals'
import {
  GALLERY_IMAGE_TYPE,
  GALLERY_VERSION_TYPE,
  IDENTITY_TYPE,
  MANAGED_IMAGE_TYPE,
  SUBNET_TYPE,
  isResourceGroupName,
  isResourceName,
  isTemplateName,
  parseTypedId,
  resourceId,
} from '../../../src/model/resource-ids.ts'

const SUB = '0b1f6471-1bf0-4dda-aec3-111122223333'
const RG = `/subscriptions/${SUB}/resourceGroups/images-rg`

describe('isResourceGroupName', () => {
  it.each(['rg', 'my_rg.(prod)-1', 'a'.repeat(90)])('accepts %j', (name) => {
    expect(isResourceGroupName(name)).toBe(true)
  })

  it.each(['', 'ends.', 'has space', 'bad/group', 'a'.repeat(91)])('rejects %j', (name) => {
    expect(isResourceGroupName(name)).toBe(false)
  })

  // Azure allows any Unicode letter or digit (Char.IsLetterOrDigit) in resource group names.
  it.each(['gruppe-ü', 'группа_1', '组-2'])('accepts Unicode letters and digits: %j', (name) => {
    expect(isResourceGroupName(name)).toBe(true)
  })
})

describe('isTemplateName', () => {
  it.each(['myTemplate', 'repo-123-1', 'a_b.c', 'x'.repeat(64)])('accepts %j', (name) => {
    expect(isTemplateName(name)).toBe(true)
  })

  it.each(['', 'x'.repeat(65), 'has space', 'a/b', 'ü'])('rejects %j', (name) => {
    expect(isTemplateName(name)).toBe(false)
  })
})

describe('isResourceName', () => {
  it('accepts letters, digits, _ . - starting with a letter or digit, up to the limit', () => {
    expect(isResourceName('image_1.v-2')).toBe(true)
    expect(isResourceName('9lives')).toBe(true)
    expect(isResourceName('x'.repeat(80))).toBe(true)
    expect(isResourceName('x'.repeat(128), 128)).toBe(true)
  })

  it.each(['', '-lead', '_lead', 'trailing.', 'bad name!', 'x'.repeat(81)])(
    'rejects %j',
    (name) => {
      expect(isResourceName(name)).toBe(false)
    },
  )
})

describe('parseTypedId', () => {
  it('returns subscription, group and the names below the provider', () => {
    expect(
      parseTypedId(
        `${RG}/providers/Microsoft.Compute/galleries/g/images/i/versions/1.2.3`,
        GALLERY_VERSION_TYPE,
      ),
    ).toEqual({ subscriptionId: SUB, resourceGroup: 'images-rg', names: ['g', 'i', '1.2.3'] })
  })

  it('is case-insensitive like ARM and ignores surrounding spaces', () => {
    const id = `  /SUBSCRIPTIONS/${SUB}/resourcegroups/RG/PROVIDERS/microsoft.compute/IMAGES/Img  `
    expect(parseTypedId(id, MANAGED_IMAGE_TYPE)).toEqual({
      subscriptionId: SUB,
      resourceGroup: 'RG',
      names: ['Img'],
    })
  })

  it.each([
    ['another provider', `${RG}/providers/Microsoft.Storage/images/i`],
    ['a missing name', `${RG}/providers/Microsoft.Compute/images`],
    ['an extra segment', `${RG}/providers/Microsoft.Compute/images/i/extra`],
    ['an empty segment', `${RG}/providers/Microsoft.Compute/images/`],
    ['no resource group', `/subscriptions/${SUB}/providers/Microsoft.Compute/images/i`],
    [
      'a relative id',
      `subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/images/i`,
    ],
  ])('rejects %s', (_, id) => {
    expect(parseTypedId(id, MANAGED_IMAGE_TYPE)).toBeUndefined()
  })

  it('rejects a look-alike provider such as Microsoft_Compute', () => {
    const id = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft_Compute/images/i`
    expect(parseTypedId(id, MANAGED_IMAGE_TYPE)).toBeUndefined()
  })

  it('tells the typed ids apart', () => {
    const definition = `${RG}/providers/Microsoft.Compute/galleries/g/images/i`
    expect(parseTypedId(definition, GALLERY_IMAGE_TYPE)?.names).toEqual(['g', 'i'])
    expect(parseTypedId(definition, GALLERY_VERSION_TYPE)).toBeUndefined()
    expect(parseTypedId(`${definition}/versions/1.0.0`, GALLERY_IMAGE_TYPE)).toBeUndefined()
    const identity = `${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-1`
    expect(parseTypedId(identity, IDENTITY_TYPE)?.names).toEqual(['id-1'])
    const subnet = `${RG}/providers/Microsoft.Network/virtualNetworks/v/subnets/s`
    expect(parseTypedId(subnet, SUBNET_TYPE)?.names).toEqual(['v', 's'])
  })
})

describe('resourceId', () => {
  it('joins the parts into an id that parses back', () => {
    const id = resourceId(SUB, 'images-rg', 'Microsoft.Compute', 'images/base')
    expect(id).toBe(`${RG}/providers/Microsoft.Compute/images/base`)
    expect(parseTypedId(id, MANAGED_IMAGE_TYPE)?.names).toEqual(['base'])
  })
})
