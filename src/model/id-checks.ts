// Resource ids and GUIDs as users paste them: checked in full (subscription GUID, resource group,
// provider, type segments, every name) so a typo, a placeholder or a value copied from a masked
// log fails before any request, with a message that says which part is wrong.
// Name rules: https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
import { isGuid } from './text.ts'
import {
  groupPrefix,
  isResourceGroupName,
  isResourceName,
  isStorageAccountName,
  parseTypedId,
  type ResourceId,
  type ResourceType,
} from './resource-ids.ts'

/** Characters logs and docs put in place of a GUID's digits: `24890e81-xxxx-…`, `***`. */
const MASK = /[xX*#•…?]|\.\.\./
const GUID_LIKE = /^[0-9a-fA-FxX*#•…?.-]+$/

/** Why `value` is not a GUID (`what` it identifies, if given), or undefined when it is one. */
export function guidProblem(value: string, what?: string): string | undefined {
  if (isGuid(value)) return undefined
  const of = what ? ` (${what})` : ''
  if (value.length >= 3 && GUID_LIKE.test(value) && MASK.test(value)) {
    return `"${value}" looks masked (x, * or … in place of digits, as logs and docs show it): give the real GUID${of}`
  }
  if (/^[<{$[]|[>}\]]$/.test(value)) return `"${value}" is a placeholder, not a GUID${of}`
  return `expected a GUID${of}, got "${value}"`
}

interface NameRule {
  readonly test: (name: string) => boolean
  readonly rule: string
}

const GENERIC: NameRule = {
  test: (n) => isResourceName(n),
  rule: '1-80 letters, digits, _ . -, starting with a letter or digit, not ending with .',
}

/** Name rules per type segment (lower case); others take GENERIC. */
const NAME_RULES: Readonly<Record<string, NameRule>> = {
  galleries: {
    test: (n) => /^[A-Za-z0-9]([\w.]{0,78}[A-Za-z0-9])?$/.test(n),
    rule: '1-80 letters, digits, _ and ., starting and ending with a letter or digit (no -)',
  },
  versions: {
    test: (n) => /^\d{1,10}\.\d{1,10}\.\d{1,10}$/.test(n),
    rule: 'a version x.y.z (three whole numbers)',
  },
  userassignedidentities: {
    test: (n) => /^[A-Za-z0-9][\w.-]{0,127}$/.test(n),
    rule: 'up to 128 letters, digits, _ . -, starting with a letter or digit',
  },
  storageaccounts: {
    test: isStorageAccountName,
    rule: '3-24 lowercase letters and digits',
  },
}

/** `/subscriptions/SUB/resourceGroups/RG/providers/P/t1/NAME/t2/NAME`, the shape users should give. */
export function idShape([provider, types]: ResourceType): string {
  const typed = types.map((t) => `/${t}/${t === 'versions' ? 'x.y.z' : 'NAME'}`).join('')
  return `/subscriptions/SUB/resourceGroups/RG/providers/${provider}${typed}`
}

/**
 * Checks `id` against `type` part by part (case-insensitive like ARM). Returns the parsed id, or
 * what is wrong with it. `versions` may also accept `latest` (`allowLatest`), as a source does.
 */
export function checkResourceId(
  id: string,
  type: ResourceType,
  options: { allowLatest?: boolean } = {},
): ResourceId | string {
  const parsed = parseTypedId(id, type)
  if (!parsed) return `expected ${idShape(type)}, got "${id.trim()}"`
  return groupProblem(parsed) ?? badName(parsed.names, type, options.allowLatest === true) ?? parsed
}

function groupProblem({ subscriptionId, resourceGroup }: Omit<ResourceId, 'names'>) {
  const sub = guidProblem(subscriptionId)
  if (sub) return `the subscription in the id: ${sub}`
  if (!isResourceGroupName(resourceGroup))
    return `resource group "${resourceGroup}" in the id is not a valid resource group name`
  return undefined
}

function badName(names: readonly string[], [, types]: ResourceType, allowLatest: boolean) {
  for (const [index, type] of types.entries()) {
    const name = names[index] ?? ''
    const rule = NAME_RULES[type.toLowerCase()] ?? GENERIC
    const latest = allowLatest && type === 'versions' && name.toLowerCase() === 'latest'
    if (!latest && !rule.test(name)) {
      const also = allowLatest && type === 'versions' ? ', or latest' : ''
      return `${type} name "${name}" in the id is not valid: ${rule.rule}${also}`
    }
  }
  return undefined
}

/** `/subscriptions/SUB/resourceGroups/RG`, as `stagingResourceGroup` takes it. */
export function checkResourceGroupId(id: string): ResourceId | string {
  const text = id.trim()
  const segments = text.split('/')
  const head = groupPrefix(segments)
  if (!head || segments.length !== 5) {
    return `expected /subscriptions/SUB/resourceGroups/NAME, got "${text}"`
  }
  return groupProblem(head) ?? { ...head, names: [] }
}
