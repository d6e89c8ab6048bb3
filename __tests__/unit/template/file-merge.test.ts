import { describe, expect, it } from '@jest/globals'
import { mergeVmProfile } from '../../../src/template/file-merge.ts'

const IDENTITY =
  '/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/vm'

describe('mergeVmProfile', () => {
  it("keeps the file's values where an input is not set", () => {
    const file = {
      vmSize: 'Standard_D4s_v5',
      osDiskSizeGB: 128,
      userAssignedIdentities: [IDENTITY],
    }
    expect(mergeVmProfile(file, { vmSize: undefined, osDiskSizeGB: undefined })).toEqual(file)
  })

  it('puts the inputs that are set on top, field by field, vnetConfig merged', () => {
    const file = {
      vmSize: 'Standard_D2s_v5',
      vnetConfig: { subnetId: '/s/a', proxyVmSize: 'Standard_A1_v2' },
    }
    expect(
      mergeVmProfile(file, { vmSize: 'Standard_D8s_v5', vnetConfig: { subnetId: '/s/b' } }),
    ).toEqual({
      vmSize: 'Standard_D8s_v5',
      vnetConfig: { subnetId: '/s/b', proxyVmSize: 'Standard_A1_v2' },
    })
    expect(mergeVmProfile(undefined, { vmSize: undefined })).toBeUndefined()
  })
})
