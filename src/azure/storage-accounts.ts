import type { TokenCredential } from '@azure/core-auth'
import { ActionError } from '../model/errors.ts'
import type { CloudConfig } from '../model/types.ts'

const API_VERSION = '2023-05-01'

/** Reading an account through ARM failed: the status and ARM's code say why. */
export class StorageAccountError extends ActionError {
  /** HTTP status of ARM's answer. */
  readonly status: number
  /** ARM's error code (AuthorizationFailed, ResourceNotFound, …), when it gave one. */
  readonly code?: string

  constructor(message: string, status: number, code?: string) {
    super(message)
    this.name = 'StorageAccountError'
    this.status = status
    this.code = code
  }
}

/**
 * The blob endpoint of a storage account given by resource id, read through ARM (one GET of the
 * account, which Reader on it allows). Sovereign and custom clouds answer their own suffix.
 * @throws StorageAccountError when ARM answers without one; fetch's error when it cannot answer.
 */
export async function blobEndpointOf(
  cloud: CloudConfig,
  credential: TokenCredential,
  accountId: string,
  abortSignal: AbortSignal,
): Promise<string> {
  const token = await credential.getToken(`${cloud.armEndpoint}/.default`, { abortSignal })
  const url = `${cloud.armEndpoint}${accountId}?api-version=${API_VERSION}`
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token?.token ?? ''}` },
    signal: abortSignal,
  })
  const body = (await response.json().catch(() => ({}))) as {
    properties?: { primaryEndpoints?: { blob?: string } }
    error?: { code?: string; message?: string }
  }
  const blob = body.properties?.primaryEndpoints?.blob
  if (response.ok && blob) return blob.replace(/\/+$/, '')
  throw accountError(accountId, response.status, body.error)
}

function accountError(
  accountId: string,
  status: number,
  error: { code?: string; message?: string } | undefined,
): StorageAccountError {
  const why = error ? `${error.code ?? ''}: ${error.message ?? ''}` : 'no blob endpoint'
  return new StorageAccountError(
    `Reading the storage account ${accountId} failed (HTTP ${status}, ${why}). The workflow identity needs Reader on it, or give \`storage-account\` as the https blob endpoint.`,
    status,
    error?.code,
  )
}
