// Microsoft.Storage/storageAccounts, read-only: what the action needs to find an account's blob
// endpoint from its resource id (`storage-account` given as an id, a customization.log given as a
// storage resource path).
import { armError, checkApiVersion } from './errors.ts'
import type { Exchange, Reply } from './exchange.ts'
import { peekClaims } from './jwt.ts'
import type { StagingLogs } from './staging-logs.ts'
import type { Scenario } from './types.ts'

const ACCOUNT_ROUTE =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Storage\/storageAccounts\/([^/]+)$/i
/** Versions of the Storage resource provider the emulator answers. */
const STORAGE_API_VERSIONS = ['2023-01-01', '2023-05-01', '2024-01-01']

/** Seeded accounts: lower-cased resource id → blob endpoint. */
export type StorageAccounts = Map<string, string>

export function isStorageAccountPath(path: string): boolean {
  return /\/providers\/Microsoft\.Storage\//i.test(path)
}

/** What the handler reads: seeded accounts, templates' staging accounts, the scenario. */
export interface AccountSources {
  storageAccounts: StorageAccounts
  staging: StagingLogs
  scenario: Scenario
  /** The emulator's URL: staging accounts' blob endpoints are path-style on it. */
  url: string
}

/**
 * GET of an account: its `primaryEndpoints.blob`, as the service answers it (trailing slash). A
 * template's staging account answers with the emulator's own host, or 403 AuthorizationFailed
 * under `stagingLogAccess: 'denied'`, as ARM answers a caller without Reader on it.
 */
export function handleStorageAccount(exchange: Exchange, sources: AccountSources): Reply {
  const version = checkApiVersion(exchange.query['api-version'], STORAGE_API_VERSIONS)
  if (typeof version !== 'string') return version
  const name = ACCOUNT_ROUTE.exec(exchange.path)?.[1]
  if (exchange.method !== 'GET' || !name)
    return armError(405, 'MethodNotAllowed', `${exchange.method} is not supported here.`)
  const staging = sources.staging.byId(exchange.path)
  if (staging && sources.scenario.stagingLogAccess === 'denied') {
    return notAuthorized(exchange, 'Microsoft.Storage/storageAccounts/read')
  }
  const seeded = sources.storageAccounts.get(exchange.path.toLowerCase())
  const blob = staging ? `${sources.url}/${staging.name}` : seeded
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

/** ARM's 403 for a caller without a role that allows `action` on the resource. */
function notAuthorized(exchange: Exchange, action: string): Reply {
  const token = /^Bearer\s+(\S+)$/i.exec(exchange.headers.authorization ?? '')?.[1]
  const claims = token === undefined ? undefined : peekClaims(token)
  const client = typeof claims?.appid === 'string' ? claims.appid : 'unknown'
  const object = typeof claims?.oid === 'string' ? claims.oid : 'unknown'
  return armError(
    403,
    'AuthorizationFailed',
    `The client '${client}' with object id '${object}' does not have authorization to perform action '${action}' over scope '${exchange.path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  )
}
