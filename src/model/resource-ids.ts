// Azure resource names and ids: what ARM accepts, checked locally so a typo fails in seconds.
// Name rules: https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules

const SEGMENT = '[^/]+'

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

export interface ResourceId {
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly names: readonly string[]
}

/**
 * Matches `id` against `/subscriptions/{s}/resourceGroups/{rg}/providers/{provider}/{type}/{name}...`
 * where `types` lists the resource type segments below the provider. Case-insensitive like ARM.
 */
export function parseResourceId(
  id: string,
  provider: string,
  types: readonly string[],
): ResourceId | undefined {
  const typed = types.map((t) => `/${t}/(${SEGMENT})`).join('')
  const pattern = new RegExp(
    `^/subscriptions/(${SEGMENT})/resourceGroups/(${SEGMENT})/providers/${escapeRegExp(provider)}${typed}$`,
    'i',
  )
  const match = pattern.exec(id.trim())
  if (!match) return undefined
  const [, subscriptionId = '', resourceGroup = '', ...names] = match
  return { subscriptionId, resourceGroup, names }
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

export function parseTypedId(id: string, [provider, types]: ResourceType): ResourceId | undefined {
  return parseResourceId(id, provider, types)
}

/** `/subscriptions/{s}/resourceGroups/{rg}`, the form `stagingResourceGroup` takes. */
export function parseResourceGroupId(id: string): ResourceId | undefined {
  const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)$/i.exec(id.trim())
  if (!match) return undefined
  return { subscriptionId: match[1] ?? '', resourceGroup: match[2] ?? '', names: [] }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
