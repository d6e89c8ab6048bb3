import type { TokenCredential } from '@azure/core-auth'
import { ActionError } from '../model/errors.ts'
import type { CloudConfig } from '../model/types.ts'

const API_VERSION = '2023-05-01'

/**
 * The blob endpoint of a storage account given by resource id, read through ARM (one GET of the
 * account, which Reader on it allows). Sovereign and custom clouds answer their own suffix.
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
  const why = body.error
    ? `${body.error.code ?? ''}: ${body.error.message ?? ''}`
    : 'no blob endpoint'
  throw new ActionError(
    `Reading the storage account ${accountId} failed (HTTP ${response.status}, ${why}). The workflow identity needs Reader on it, or give \`storage-account\` as the https blob endpoint.`,
  )
}
