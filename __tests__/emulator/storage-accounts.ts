// Microsoft.Storage/storageAccounts, read-only: what the action needs to find an account's blob
// endpoint from its resource id (`storage-account` given as an id).
import { armError, checkApiVersion } from './errors.ts'
import type { Exchange, Reply } from './exchange.ts'

const ACCOUNT_ROUTE =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Storage\/storageAccounts\/([^/]+)$/i
/** Versions of the Storage resource provider the emulator answers. */
const STORAGE_API_VERSIONS = ['2023-01-01', '2023-05-01', '2024-01-01']

/** Seeded accounts: lower-cased resource id → blob endpoint. */
export type StorageAccounts = Map<string, string>

export function isStorageAccountPath(path: string): boolean {
  return /\/providers\/Microsoft\.Storage\//i.test(path)
}

/** GET of an account: its `primaryEndpoints.blob`, as the service answers it (trailing slash). */
export function handleStorageAccount(exchange: Exchange, accounts: StorageAccounts): Reply {
  const version = checkApiVersion(exchange.query['api-version'], STORAGE_API_VERSIONS)
  if (typeof version !== 'string') return version
  const name = ACCOUNT_ROUTE.exec(exchange.path)?.[1]
  const blob = accounts.get(exchange.path.toLowerCase())
  if (exchange.method !== 'GET' || !name)
    return armError(405, 'MethodNotAllowed', `${exchange.method} is not supported here.`)
  if (!blob)
    return armError(
      404,
      'ResourceNotFound',
      `The Resource 'Microsoft.Storage/storageAccounts/${name}' was not found.`,
    )
  return {
    status: 200,
    body: {
      id: exchange.path,
      name,
      type: 'Microsoft.Storage/storageAccounts',
      kind: 'StorageV2',
      properties: { primaryEndpoints: { blob: `${blob.replace(/\/+$/, '')}/` } },
    },
  }
}
