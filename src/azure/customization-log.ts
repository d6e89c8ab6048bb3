// Reads the tail of a failed build's customization.log from the staging storage account, with the
// action's own credential. Every failure is an answer that names the role and scope it needed
// (or what else went wrong), never an exception: the build has already failed, and the log only
// explains why.
import type { TokenCredential } from '@azure/core-auth'
import { isRestError } from '@azure/core-rest-pipeline'
import { BlobClient } from '@azure/storage-blob'
import { CUSTOMIZATION_LOG_TAIL_BYTES } from '../model/limits.ts'
import type { CloudConfig } from '../model/types.ts'
import { blobEndpointOf, StorageAccountError } from './storage-accounts.ts'

export interface CustomizationLogDeps {
  readonly cloud: CloudConfig
  readonly credential: TokenCredential
  /**
   * The template's staging resource group (`exactStagingResourceGroup`), to name the scope a role
   * is missing on when the location is a URL (the path form names it itself).
   */
  readonly stagingResourceGroup?: string
}

/** Why the log could not be read. */
export type LogReadProblem =
  /** Storage refused the blob (403): the identity lacks a data role on it. */
  | 'blob-role'
  /** ARM refused the staging account (403): the identity cannot read it. */
  | 'account-role'
  /** The account or the log is gone (the staging resource group is deleted with its template). */
  | 'not-found'
  /** The credential was not accepted (401). */
  | 'unauthenticated'
  /** No answer: the endpoint is not reachable from the runner (network, DNS, private endpoint). */
  | 'unreachable'
  /** The location is neither form the service writes. */
  | 'bad-location'
  | 'failed'

export type CustomizationLogRead =
  | {
      readonly ok: true
      /** The log's last CUSTOMIZATION_LOG_TAIL_BYTES at most, decoded as UTF-8. */
      readonly text: string
      /** `text` is a tail: its first line is cut (pass this on to the parser). */
      readonly truncated: boolean
      /** Size of the whole blob. */
      readonly bytes: number
      /** The blob URL it was read from. */
      readonly url: string
    }
  | {
      readonly ok: false
      readonly problem: LogReadProblem
      /** What failed and what to do, for the job log. */
      readonly message: string
      /** The role the workflow identity needs, and where, for `blob-role` and `account-role`. */
      readonly missing?: { readonly role: string; readonly scope: string }
      readonly status?: number
    }

/** Where a location says the log is. */
export type LogLocation =
  | { readonly kind: 'url'; readonly url: string; readonly account: string }
  | {
      readonly kind: 'path'
      /** `/subscriptions/…/providers/Microsoft.Storage/storageAccounts/<account>`. */
      readonly accountId: string
      readonly account: string
      /** `/subscriptions/…/resourceGroups/IT_…`. */
      readonly resourceGroupId: string
      /** `<container>/<blob>`, e.g. `packerlogs/<run>/customization.log`. */
      readonly blobPath: string
    }

const PATH_FORM =
  /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+)\/providers\/Microsoft\.Storage\/storageAccounts\/([^/]+)(?:\/blobServices\/default\/containers)?\/(.+)$/i

/** Reads either form of the location `lastRunStatus.message` gives (customizationLogFrom). */
export function parseLogLocation(location: string): LogLocation | undefined {
  const path = PATH_FORM.exec(location)
  if (path?.[1] && path[2] && path[3]) {
    const accountId = `${path[1]}/providers/Microsoft.Storage/storageAccounts/${path[2]}`
    return {
      kind: 'path',
      accountId,
      account: path[2],
      resourceGroupId: path[1],
      blobPath: path[3],
    }
  }
  if (!URL.canParse(location)) return undefined
  const url = new URL(location)
  if (url.protocol !== 'https:') return undefined
  // An account's own host (`<account>.blob.…`), else path-style (`https://host/<account>/…`).
  const account = /^\d+(?:\.\d+){3}$|^localhost$/.test(url.hostname)
    ? (url.pathname.split('/')[1] ?? '')
    : (url.hostname.split('.')[0] ?? '')
  return { kind: 'url', url: location, account }
}

/**
 * Reads the tail of the log (one Get Blob Properties, then one ranged Get Blob of at most
 * CUSTOMIZATION_LOG_TAIL_BYTES). The path form's blob endpoint is read through ARM first.
 * @throws only when `signal` aborts.
 */
export async function readCustomizationLog(
  location: string,
  deps: CustomizationLogDeps,
  signal: AbortSignal,
): Promise<CustomizationLogRead> {
  const where = parseLogLocation(location)
  if (!where) {
    const message = `The customization log location '${location}' is neither a blob URL nor a storage account path.`
    return { ok: false, problem: 'bad-location', message }
  }
  const url = where.kind === 'url' ? where.url : await blobUrlOf(where, deps, signal)
  if (typeof url !== 'string') return url
  return downloadTail(url, where, deps, signal)
}

async function blobUrlOf(
  where: Extract<LogLocation, { kind: 'path' }>,
  deps: CustomizationLogDeps,
  signal: AbortSignal,
): Promise<string | CustomizationLogRead> {
  try {
    const endpoint = await blobEndpointOf(deps.cloud, deps.credential, where.accountId, signal)
    return `${endpoint}/${where.blobPath.split('/').map(encodeURIComponent).join('/')}`
  } catch (error) {
    if (signal.aborted) throw error
    return accountFailure(error, where)
  }
}

async function downloadTail(
  url: string,
  where: LogLocation,
  deps: CustomizationLogDeps,
  signal: AbortSignal,
): Promise<CustomizationLogRead> {
  // A few tries only: the log explains a failure the run already reports.
  const blob = new BlobClient(url, deps.credential, {
    retryOptions: { maxTries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 5_000 },
  })
  try {
    const bytes = (await blob.getProperties({ abortSignal: signal })).contentLength ?? 0
    const offset = Math.max(0, bytes - CUSTOMIZATION_LOG_TAIL_BYTES)
    const tail =
      bytes === 0
        ? undefined
        : await blob.downloadToBuffer(offset, bytes - offset, { abortSignal: signal })
    const text = tail?.toString('utf8') ?? ''
    return { ok: true, text, truncated: offset > 0, bytes, url: blob.url }
  } catch (error) {
    if (signal.aborted) throw error
    return blobFailure(error, url, where, deps)
  }
}

function accountFailure(
  error: unknown,
  where: Extract<LogLocation, { kind: 'path' }>,
): CustomizationLogRead {
  const doing = `Reading the staging storage account ${where.accountId}`
  if (!(error instanceof StorageAccountError)) return unreachable(doing, error)
  const { status, code } = error
  const answer = `HTTP ${status}${code ? ` ${code}` : ''}`
  if (status === 403) {
    const missing = { role: 'Reader', scope: where.accountId }
    const message = `${doing} was refused (${answer}): the workflow identity needs Reader on it (or on the staging resource group ${where.resourceGroupId}) to find its blob endpoint.`
    return { ok: false, problem: 'account-role', message, missing, status }
  }
  return failure(doing, status, answer)
}

function blobFailure(
  error: unknown,
  url: string,
  where: LogLocation,
  deps: CustomizationLogDeps,
): CustomizationLogRead {
  const doing = `Reading the customization log ${url}`
  if (!isRestError(error) || error.statusCode === undefined) return unreachable(doing, error)
  const status = error.statusCode
  // HEAD answers carry Storage's error code in a header only.
  const code = error.response?.headers.get('x-ms-error-code') ?? error.code
  const answer = `HTTP ${status}${code ? ` ${code}` : ''}`
  if (status !== 403) return failure(doing, status, answer)
  const group =
    where.kind === 'path' ? where.resourceGroupId : (deps.stagingResourceGroup ?? 'IT_…')
  const scope = `the staging resource group ${group} (or its storage account ${where.account})`
  const message = `${doing} was refused (${answer}): the workflow identity needs Storage Blob Data Reader on ${scope}.`
  return {
    ok: false,
    problem: 'blob-role',
    message,
    missing: { role: 'Storage Blob Data Reader', scope },
    status,
  }
}

function failure(doing: string, status: number, answer: string): CustomizationLogRead {
  if (status === 404) {
    const message = `${doing} failed (${answer}): it is gone; the service deletes the staging resource group with its template.`
    return { ok: false, problem: 'not-found', message, status }
  }
  if (status === 401) {
    const message = `${doing} failed (${answer}): the credential was not accepted.`
    return { ok: false, problem: 'unauthenticated', message, status }
  }
  return { ok: false, problem: 'failed', message: `${doing} failed (${answer}).`, status }
}

function unreachable(doing: string, error: unknown): CustomizationLogRead {
  const cause = error instanceof Error ? error.message : String(error)
  const message = `${doing} failed: no answer (${cause}). The staging account may not be reachable from this runner.`
  return { ok: false, problem: 'unreachable', message }
}
