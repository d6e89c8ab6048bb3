// Older API shapes (2019-05-01-preview .. 2024-02-01) rewritten to 2025-10-01 where the mapping is
// unambiguous. Runs before property-names.ts, so keys are looked up ignoring case.
import { resourceId } from '../model/resource-ids.ts'
import {
  findKey,
  formatPath,
  isRecord,
  setKey,
  type JsonPath,
  type TemplateProblem,
} from '../model/template-problem.ts'

export interface MigrationContext {
  /** Path of the properties object in the file. */
  path: JsonPath
  /** Needed to turn an old vnetConfig into a subnet id. */
  subscriptionId?: string
  problems: TemplateProblem[]
  notes: string[]
}

/** Returns a migrated copy of the wire-shape `properties`; problems and notes go to `ctx`. */
export function migrateProperties(
  properties: Record<string, unknown>,
  ctx: MigrationContext,
): Record<string, unknown> {
  const result = { ...properties }
  rejectIsoSource(result, ctx)
  migrateVnetConfig(result, ctx)
  const distributeKey = findKey(result, 'distribute')
  const distribute = distributeKey === undefined ? undefined : result[distributeKey]
  if (distributeKey !== undefined && Array.isArray(distribute)) {
    const path = [...ctx.path, distributeKey]
    setKey(
      result,
      distributeKey,
      distribute.map((d, i) => migrateReplicationRegions(d, [...path, i], ctx)),
    )
  }
  return result
}

function member(target: Record<string, unknown>, name: string): unknown {
  const key = findKey(target, name)
  return key === undefined ? undefined : target[key]
}

function rejectIsoSource(properties: Record<string, unknown>, ctx: MigrationContext): void {
  const key = findKey(properties, 'source')
  const source = key === undefined ? undefined : properties[key]
  if (key === undefined || !isRecord(source) || !isIso(member(source, 'type'))) return
  // Reported once here; removing it spares the user a second "unknown type" for the same line.
  delete properties[key]
  ctx.problems.push({
    path: formatPath([...ctx.path, 'source', 'type']),
    message:
      'the ISO source was removed from Azure VM Image Builder: start from a PlatformImage ' +
      '(e.g. RedHat RHEL), a managed image or a gallery image version instead',
  })
}

const isIso = (type: unknown): boolean => typeof type === 'string' && type.toLowerCase() === 'iso'

const OLD_VNET_KEYS = ['name', 'subnetName', 'resourceGroupName']

/** 2019/2020 `vnetConfig {name, subnetName, resourceGroupName}` → `subnetId`. */
function migrateVnetConfig(properties: Record<string, unknown>, ctx: MigrationContext): void {
  const profileKey = findKey(properties, 'vmProfile')
  const profile = profileKey === undefined ? undefined : properties[profileKey]
  if (profileKey === undefined || !isRecord(profile)) return
  const vnetKey = findKey(profile, 'vnetConfig')
  const vnet = vnetKey === undefined ? undefined : profile[vnetKey]
  if (vnetKey === undefined || !isRecord(vnet)) return
  const oldKeys = OLD_VNET_KEYS.map((k) => findKey(vnet, k))
  if (oldKeys.every((k) => k === undefined)) return
  const path = formatPath([...ctx.path, profileKey, vnetKey])
  const subnetId = oldSubnetId(vnet, path, ctx)
  // On failure the old members go too: the problem is reported once, not again as unknown names.
  const rest = Object.fromEntries(Object.entries(vnet).filter(([k]) => !oldKeys.includes(k)))
  const migrated = subnetId === undefined ? rest : { subnetId, ...rest }
  setKey(properties, profileKey, { ...profile, [vnetKey]: migrated })
  if (subnetId !== undefined) {
    ctx.notes.push(`${path}: name/subnetName/resourceGroupName → subnetId ${subnetId}`)
  }
}

function oldSubnetId(
  vnet: Record<string, unknown>,
  path: string,
  ctx: MigrationContext,
): string | undefined {
  const [name, subnet, group] = OLD_VNET_KEYS.map((k) => member(vnet, k))
  const problem = (message: string): undefined => {
    ctx.problems.push({ path, message })
    return undefined
  }
  if (member(vnet, 'subnetId') !== undefined) {
    return problem('has both subnetId and the old name/subnetName/resourceGroupName: keep subnetId')
  }
  if (typeof name !== 'string' || typeof subnet !== 'string' || typeof group !== 'string') {
    return problem(
      'the old vnetConfig needs name, subnetName and resourceGroupName (or write subnetId)',
    )
  }
  if (ctx.subscriptionId === undefined) {
    return problem(
      'cannot turn the old vnetConfig into subnetId without a subscription: add subscriptionID to template-vars or write subnetId',
    )
  }
  return resourceId(
    ctx.subscriptionId,
    group,
    'Microsoft.Network',
    `virtualNetworks/${name}/subnets/${subnet}`,
  )
}

/** SharedImage `replicationRegions` (+ `storageAccountType`) → `targetRegions`. */
function migrateReplicationRegions(
  target: unknown,
  path: JsonPath,
  ctx: MigrationContext,
): unknown {
  if (!isRecord(target) || String(member(target, 'type')).toLowerCase() !== 'sharedimage') {
    return target
  }
  const regionsKey = findKey(target, 'replicationRegions')
  const regions = regionsKey === undefined ? undefined : target[regionsKey]
  if (regionsKey === undefined || !Array.isArray(regions)) return target
  if (findKey(target, 'targetRegions') !== undefined) {
    ctx.problems.push({
      path: formatPath([...path, regionsKey]),
      message: 'replicationRegions cannot be combined with targetRegions: keep targetRegions',
    })
    return target
  }
  const storageKey = findKey(target, 'storageAccountType')
  const storage = storageKey === undefined ? undefined : target[storageKey]
  const targetRegions = regions.map((name: unknown) =>
    storage === undefined ? { name } : { name, storageAccountType: storage },
  )
  const rest = Object.entries(target).filter(([k]) => k !== regionsKey && k !== storageKey)
  ctx.notes.push(`${formatPath([...path, regionsKey])} → targetRegions`)
  return { ...Object.fromEntries(rest), targetRegions }
}
