import { describe, expect, it } from '@jest/globals'
import { migrateProperties, type MigrationContext } from '../../../src/template-file/migrate.ts'

function migrate(properties: Record<string, unknown>, subscriptionId?: string) {
  const ctx: MigrationContext = { path: ['properties'], subscriptionId, problems: [], notes: [] }
  return { result: migrateProperties(properties, ctx), problems: ctx.problems, notes: ctx.notes }
}

const SUBNET =
  '/subscriptions/sub-1/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/build'

describe('migrateProperties', () => {
  it('turns an old vnetConfig into subnetId, keeping the other members', () => {
    const { result, problems, notes } = migrate(
      {
        VMProfile: {
          vmSize: 'Standard_D2s_v3',
          vnetConfig: {
            Name: 'vnet',
            subnetName: 'build',
            resourceGroupName: 'net',
            proxyVmSize: 'A1',
          },
        },
      },
      'sub-1',
    )
    expect(problems).toEqual([])
    expect(result).toEqual({
      VMProfile: { vmSize: 'Standard_D2s_v3', vnetConfig: { subnetId: SUBNET, proxyVmSize: 'A1' } },
    })
    expect(notes).toEqual([
      `properties.VMProfile.vnetConfig: name/subnetName/resourceGroupName → subnetId ${SUBNET}`,
    ])
  })

  it.each([
    [{ name: 'v', subnetName: 's', resourceGroupName: 'g', subnetId: SUBNET }, 'sub-1', 'has both'],
    [{ name: 'v', subnetName: 's' }, 'sub-1', 'needs name, subnetName and resourceGroupName'],
    [{ name: 'v', subnetName: 's', resourceGroupName: 'g' }, undefined, 'without a subscription'],
  ])('rejects an old vnetConfig it cannot map: %j', (vnetConfig, subscription, message) => {
    const { problems } = migrate({ vmProfile: { vnetConfig } }, subscription)
    expect(problems).toEqual([
      { path: 'properties.vmProfile.vnetConfig', message: expect.stringContaining(message) },
    ])
  })

  it('leaves a new-style vnetConfig alone', () => {
    const properties = { vmProfile: { vnetConfig: { subnetId: SUBNET } } }
    expect(migrate(properties)).toEqual({ result: properties, problems: [], notes: [] })
  })

  it('turns replicationRegions and storageAccountType into targetRegions', () => {
    const { result, notes } = migrate({
      distribute: [
        { type: 'VHD', runOutputName: 'v' },
        {
          type: 'sharedImage',
          galleryImageId: 'g',
          runOutputName: 's',
          replicationRegions: ['westus', 'eastus'],
          storageAccountType: 'Standard_ZRS',
        },
        {
          type: 'SharedImage',
          galleryImageId: 'g',
          runOutputName: 't',
          ReplicationRegions: ['uk'],
        },
      ],
    })
    expect(result.distribute).toEqual([
      { type: 'VHD', runOutputName: 'v' },
      {
        type: 'sharedImage',
        galleryImageId: 'g',
        runOutputName: 's',
        targetRegions: [
          { name: 'westus', storageAccountType: 'Standard_ZRS' },
          { name: 'eastus', storageAccountType: 'Standard_ZRS' },
        ],
      },
      {
        type: 'SharedImage',
        galleryImageId: 'g',
        runOutputName: 't',
        targetRegions: [{ name: 'uk' }],
      },
    ])
    expect(notes).toHaveLength(2)
  })

  it('rejects replicationRegions next to targetRegions', () => {
    const { problems } = migrate({
      distribute: [
        { type: 'SharedImage', replicationRegions: ['a'], targetRegions: [{ name: 'a' }] },
      ],
    })
    expect(problems).toEqual([
      {
        path: 'properties.distribute[0].replicationRegions',
        message: expect.stringContaining('cannot be combined with targetRegions'),
      },
    ])
  })

  it('rejects the removed ISO source, whatever its case', () => {
    const { result, problems } = migrate({ source: { type: 'iso', sourceURI: 'https://x' } })
    expect(problems).toEqual([
      {
        path: 'properties.source.type',
        message: expect.stringContaining('ISO source was removed'),
      },
    ])
    expect(result).toEqual({})
  })
})
