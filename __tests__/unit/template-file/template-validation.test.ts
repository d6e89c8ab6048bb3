import { describe, expect, it } from '@jest/globals'
import { validateTemplate } from '../../../src/template-file/template-validation.ts'

const SUB = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
const group = `/subscriptions/${SUB}/resourceGroups/aib`
const identityId = (name: string) =>
  `${group}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}`
const properties = {
  source: { type: 'ManagedImage', imageId: `${group}/providers/Microsoft.Compute/images/base` },
  distribute: [{ type: 'VHD', runOutputName: 'vhd' }],
}

describe('validateTemplate', () => {
  it('wants exactly one user-assigned identity', () => {
    const identities = { [identityId('a')]: {}, [identityId('b')]: {} }
    const identity = { type: 'UserAssigned', userAssignedIdentities: identities }
    expect(validateTemplate({ location: 'westus', identity, properties })).toEqual([
      {
        path: 'identity.userAssignedIdentities',
        message: 'must hold exactly one identity resource id, got 2',
      },
    ])
  })

  it('accepts type None and combines schema and service problems', () => {
    expect(validateTemplate({ location: 'w', identity: { type: 'None' }, properties })).toEqual([])
    const problems = validateTemplate({
      identity: { type: 'None' },
      properties: { ...properties, distribute: [] },
    })
    expect(problems).toEqual([
      { path: 'location', message: 'is required' },
      { path: 'properties.distribute', message: 'needs at least one distribution target' },
    ])
  })

  it('checks every resource id for a GUID subscription and its shape', () => {
    const masked = '/subscriptions/24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx/resourceGroups/aib'
    const identity = {
      type: 'UserAssigned',
      userAssignedIdentities: {
        [`${masked}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id`]: {},
      },
    }
    const problems = validateTemplate({
      location: 'westus',
      identity,
      properties: {
        source: {
          type: 'SharedImageVersion',
          imageVersionId: `${group}/providers/Microsoft.Compute/galleries/g/images/i/versions/1.2`,
        },
        distribute: [
          {
            type: 'ManagedImage',
            imageId: `${group}/images/x`,
            location: 'westus',
            runOutputName: 'a',
          },
          {
            type: 'SharedImage',
            galleryImageId:
              '/subscriptions/{subscription-id}/resourceGroups/aib/providers/Microsoft.Compute/galleries/g/images/i',
            runOutputName: 'b',
            targetRegions: [{ name: 'westus' }],
          },
        ],
        vmProfile: {
          vnetConfig: { subnetId: `${group}/providers/Microsoft.Network/virtualNetworks/v` },
        },
        stagingResourceGroup: `${group}/providers/x`,
      },
    })
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      `identity.userAssignedIdentities["${masked}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id"]: the subscription in the id: "24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx" looks masked (x, * or … in place of digits, as logs and docs show it): give the real GUID`,
      'properties.source.imageVersionId: versions name "1.2" in the id is not valid: a version x.y.z (three whole numbers), or latest',
      `properties.distribute[0].imageId: expected /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Compute/images/NAME, got "${group}/images/x"`,
      'properties.distribute[1].galleryImageId: the subscription in the id: "{subscription-id}" is a placeholder, not a GUID',
      `properties.vmProfile.vnetConfig.subnetId: expected /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/NAME/subnets/NAME, got "${group}/providers/Microsoft.Network/virtualNetworks/v"`,
      `properties.stagingResourceGroup: expected /subscriptions/SUB/resourceGroups/NAME, got "${group}/providers/x"`,
    ])
  })
})
