import type { IssueList } from './issues.ts'
import type { InputName } from '../model/names.ts'
import { checkResourceGroupId, checkResourceId } from '../model/id-checks.ts'
import { SUBNET_TYPE, isResourceGroupName } from '../model/resource-ids.ts'
import type { VmSettings } from '../model/types.ts'

type Read = (name: InputName) => string

/** Build VM settings; empty inputs leave the service's defaults. */
export function parseVm(issues: IssueList, read: Read, subscriptionId: string): VmSettings {
  const vmSize = read('vm-size').trim() || undefined
  if (vmSize && !/^(Standard|Basic)_[A-Za-z0-9_-]+$/.test(vmSize)) {
    issues.add('vm-size', `"${vmSize}" is not a VM size like Standard_D2s_v3`)
  }
  const osDiskSizeGb = issues.number('os-disk-size-gb', read('os-disk-size-gb'), {
    fallback: 0,
    min: 0,
    max: 4095,
    integer: true,
  })
  const subnetId = read('subnet-id').trim() || undefined
  const subnet = subnetId ? checkResourceId(subnetId, SUBNET_TYPE) : undefined
  if (typeof subnet === 'string') issues.add('subnet-id', subnet)
  const buildTimeoutMinutes = issues.number(
    'build-timeout-minutes',
    read('build-timeout-minutes'),
    { fallback: NaN, min: 1, max: 960, integer: true },
  )
  return {
    vmSize,
    osDiskSizeGb: osDiskSizeGb || undefined,
    subnetId,
    stagingResourceGroupId: parseStaging(
      issues,
      read('staging-resource-group').trim(),
      subscriptionId,
    ),
    buildTimeoutMinutes: Number.isNaN(buildTimeoutMinutes) ? undefined : buildTimeoutMinutes,
  }
}

/** The service takes the staging group as an id; a bare name means this subscription. */
function parseStaging(issues: IssueList, raw: string, subscriptionId: string): string | undefined {
  if (raw === '') return undefined
  if (raw.startsWith('/')) {
    const checked = checkResourceGroupId(raw)
    if (typeof checked === 'string')
      issues.add('staging-resource-group', checked.replace(/^expected /, 'expected a name or '))
    return raw
  }
  if (!isResourceGroupName(raw))
    issues.add('staging-resource-group', `"${raw}" is not a valid resource group name`)
  return `/subscriptions/${subscriptionId}/resourceGroups/${raw}`
}
