import { describe, expect, it } from '@jest/globals'
import { IssueList } from '../../../src/config/issues.ts'
import { parseVm } from '../../../src/config/vm.ts'
import { SUBSCRIPTION, readerOf } from './temp-workspace.ts'

const SUBNET = `/subscriptions/${SUBSCRIPTION}/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/v/subnets/build`

const parse = (values: Record<string, string>) => {
  const issues = new IssueList()
  const vm = parseVm(issues, readerOf(values), SUBSCRIPTION)
  let message = ''
  try {
    issues.throwIfAny()
  } catch (e) {
    message = (e as Error).message
  }
  return { vm, message }
}

describe('parseVm', () => {
  it('leaves the service defaults when nothing is set (the timeout too: 240 applies at render)', () => {
    const { vm, message } = parse({})
    expect(message).toBe('')
    expect(vm).toEqual({
      vmSize: undefined,
      osDiskSizeGb: undefined,
      subnetId: undefined,
      stagingResourceGroupId: undefined,
      buildTimeoutMinutes: undefined,
    })
  })

  it('reads every setting', () => {
    const { vm, message } = parse({
      'vm-size': ' Standard_D4s_v5 ',
      'os-disk-size-gb': '128',
      'subnet-id': SUBNET,
      'staging-resource-group': 'aib-staging',
      'build-timeout-minutes': '90',
    })
    expect(message).toBe('')
    expect(vm).toEqual({
      vmSize: 'Standard_D4s_v5',
      osDiskSizeGb: 128,
      subnetId: SUBNET,
      stagingResourceGroupId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/aib-staging`,
      buildTimeoutMinutes: 90,
    })
  })

  it('turns a bare staging group name into an id in this subscription and keeps full ids', () => {
    const other = '/subscriptions/99999999-0000-0000-0000-000000000000/resourceGroups/Stage'
    expect(parse({ 'staging-resource-group': other }).vm.stagingResourceGroupId).toBe(other)
    expect(parse({ 'staging-resource-group': 'stage' }).vm.stagingResourceGroupId).toBe(
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/stage`,
    )
  })

  it.each([
    ['vm-size', 'D2s_v3', '"D2s_v3" is not a VM size like Standard_D2s_v3'],
    ['os-disk-size-gb', '4096', 'expected a whole number from 0 to 4095, got "4096"'],
    ['os-disk-size-gb', '30.5', 'expected a whole number from 0 to 4095'],
    [
      'subnet-id',
      '/subscriptions/x/subnets/y',
      'expected /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Network/virtualNetworks/NAME/subnets/NAME',
    ],
    ['staging-resource-group', 'bad/name', '"bad/name" is not a valid resource group name'],
    [
      'staging-resource-group',
      '/subscriptions/x/rg/y',
      'expected a name or /subscriptions/SUB/resourceGroups/NAME',
    ],
    [
      'subnet-id',
      '/subscriptions/***/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/v/subnets/s',
      'the subscription in the id: "***" looks masked',
    ],
    [
      'subnet-id',
      '/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/v/subnets/s t',
      'subnets name "s t" in the id is not valid',
    ],
    [
      'staging-resource-group',
      '/subscriptions/24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx/resourceGroups/stage',
      'the subscription in the id: "24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx" looks masked',
    ],
    ['build-timeout-minutes', '0', 'expected a whole number from 1 to 960, got "0"'],
    ['build-timeout-minutes', '961', 'expected a whole number from 1 to 960'],
  ])('rejects %s %j', (input, value, message) => {
    expect(parse({ [input]: value }).message).toContain(`- \`${input}\`: ${message}`)
  })
})
