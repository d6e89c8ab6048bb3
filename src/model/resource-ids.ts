// Azure resource names and ids: what ARM accepts, checked locally so a typo fails in seconds.
// Name rules: https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules

/** Resource group names: 1-90 Unicode letters or digits and `_ ( ) - .`, not ending with a period. */
export function isResourceGroupName(value: string): boolean {
  return /^[\p{L}\p{N}_().-]{1,90}$/u.test(value) && !value.endsWith('.')
}

/** Image template and run output names (swagger pattern `^[A-Za-z0-9-_.]{1,64}$`). */
export function isTemplateName(value: string): boolean {
  return /^[A-Za-z0-9-_.]{1,64}$/.test(value)
}

/** Generic child resource names (images, identities, galleries): letters, digits, `_ . -`. */
export function isResourceName(value: string, max = 80): boolean {
  return value.length <= max && /^[A-Za-z0-9][\w.-]*$/.test(value) && !value.endsWith('.')
}

/** Storage account names: 3-24 lowercase letters and digits (they are DNS labels). */
export function isStorageAccountName(value: string): boolean {
  return /^[a-z0-9]{3,24}$/.test(value)
}

export interface ResourceId {
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly names: readonly string[]
}

export function resourceId(
  subscriptionId: string,
  resourceGroup: string,
  provider: string,
  path: string,
): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${provider}/${path}`
}

export const IDENTITY_TYPE = ['Microsoft.ManagedIdentity', ['userAssignedIdentities']] as const
export const MANAGED_IMAGE_TYPE = ['Microsoft.Compute', ['images']] as const
export const GALLERY_IMAGE_TYPE = ['Microsoft.Compute', ['galleries', 'images']] as const
export const GALLERY_VERSION_TYPE = [
  'Microsoft.Compute',
  ['galleries', 'images', 'versions'],
] as const
export const STORAGE_ACCOUNT_TYPE = ['Microsoft.Storage', ['storageAccounts']] as const
export const SUBNET_TYPE = ['Microsoft.Network', ['virtualNetworks', 'subnets']] as const

export type ResourceType = readonly [string, readonly string[]]

/**
 * Splits `id` into subscription, group and the names below the provider when it has the shape
 * `/subscriptions/{s}/resourceGroups/{rg}/providers/{provider}/{type}/{name}...` of `type`
 * (case-insensitive like ARM); the names are not checked (id-checks.ts does that).
 */
export function parseTypedId(id: string, type: ResourceType): ResourceId | undefined {
  const segments = id.trim().split('/')
  const head = groupPrefix(segments)
  const names = /^providers$/i.test(segments[5] ?? '') && typedNames(segments.slice(6), type)
  return head && names ? { ...head, names } : undefined
}

/** `/subscriptions/S/resourceGroups/G` at the start of `segments`, not yet checked. */
export function groupPrefix(segments: string[]): Omit<ResourceId, 'names'> | undefined {
  const [empty, subsWord = '', subscriptionId = '', rgWord = '', resourceGroup = ''] = segments
  const words = /^subscriptions$/i.test(subsWord) && /^resourceGroups$/i.test(rgWord)
  return empty === '' && words && subscriptionId !== '' && resourceGroup !== ''
    ? { subscriptionId, resourceGroup }
    : undefined
}

/** The names after `providers/P`, if the provider and type segments are the expected ones. */
function typedNames(rest: string[], [provider, types]: ResourceType): string[] | undefined {
  const providerParts = provider.split('/')
  const head = rest.slice(0, providerParts.length)
  if (head.join('/').toLowerCase() !== provider.toLowerCase()) return undefined
  const tail = rest.slice(providerParts.length)
  if (tail.length !== types.length * 2) return undefined
  const names: string[] = []
  for (const [index, type] of types.entries()) {
    if (tail[index * 2]?.toLowerCase() !== type.toLowerCase()) return undefined
    const name = tail[index * 2 + 1] ?? ''
    if (name === '') return undefined
    names.push(name)
  }
  return names
}
