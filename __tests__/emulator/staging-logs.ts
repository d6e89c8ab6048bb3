// The staging storage account of each template (in its IT_… resource group) and the
// customization.log the emulated service writes there when a build fails, served from the
// emulator's own host path-style, as a Blob service: GET/HEAD
// https://127.0.0.1:<port>/<account>/packerlogs/<runId>/customization.log.
import { createHash, randomUUID } from 'node:crypto'
import type { TokenAuthority } from './auth.ts'
import type { Exchange, Reply } from './exchange.ts'
import type { Scenario } from './types.ts'

/** One blob: its bytes and the properties Blob Storage answers for it. */
export interface StagingBlob {
  bytes: Buffer
  etag: string
  lastModified: Date
}

/** The staging storage account of one template. */
export interface StagingAccount {
  name: string
  /** ARM resource id, in the staging resource group. */
  id: string
  /** Lower-cased id of the template it belongs to. */
  templateKey: string
  /** By `<container>/<blob path>`. */
  blobs: Map<string, StagingBlob>
}

/** Where one run's log is. */
export interface StagingLog {
  account: string
  accountId: string
  /** `packerlogs/<runId>/customization.log`. */
  blobPath: string
}

/** Staging accounts and their logs, by account name and by resource id. */
export interface StagingLogs {
  write(templateKey: string, log: StagingLog, text: string, now: number): void
  byName(name: string): StagingAccount | undefined
  byId(id: string): StagingAccount | undefined
  /** Text of the last log written for a template, if any. */
  lastLogOf(templateKey: string): string | undefined
  /** The service deletes the staging resource group with its template. */
  removeTemplate(templateKey: string): void
}

export function createStagingLogs(): StagingLogs {
  const accounts = new Map<string, StagingAccount>()
  const last = new Map<string, string>()
  return {
    write(templateKey, log, text, now) {
      const account = accounts.get(log.account) ?? {
        name: log.account,
        id: log.accountId,
        templateKey,
        blobs: new Map<string, StagingBlob>(),
      }
      account.id = log.accountId
      accounts.set(log.account, account)
      const bytes = Buffer.from(text, 'utf8')
      const etag = `"0x${createHash('sha256').update(bytes).digest('hex').slice(0, 15).toUpperCase()}"`
      account.blobs.set(log.blobPath, { bytes, etag, lastModified: new Date(now) })
      last.set(templateKey, text)
    },
    byName: (name) => accounts.get(name),
    byId: (id) => [...accounts.values()].find((a) => a.id.toLowerCase() === id.toLowerCase()),
    lastLogOf: (templateKey) => last.get(templateKey),
    removeTemplate(templateKey) {
      last.delete(templateKey)
      for (const [name, account] of accounts) {
        if (account.templateKey === templateKey) accounts.delete(name)
      }
    },
  }
}

const BLOB_ROUTE = /^\/([a-z0-9]{3,24})\/([a-z0-9-]{3,63})\/(.+)$/

/** Whether `path` names a blob of a staging account the emulator has. */
export function isStagingBlobPath(path: string, staging: StagingLogs): boolean {
  const account = BLOB_ROUTE.exec(path)?.[1]
  return account !== undefined && staging.byName(account) !== undefined
}

/** What the blob handler needs of the emulator. */
export interface BlobContext {
  staging: StagingLogs
  tokens: TokenAuthority
  scenario: Scenario
  url: string
  now: number
}

/**
 * GET or HEAD of a staging blob, with a bearer token for Storage: Get Blob (a `Range` or
 * `x-ms-range` answers 206 with Content-Range) and Get Blob Properties.
 */
export function handleStagingBlob(exchange: Exchange, context: BlobContext): Reply {
  const [, accountName = '', container = '', blobName = ''] = BLOB_ROUTE.exec(exchange.path) ?? []
  const head = exchange.method === 'HEAD'
  const fail = (status: number, code: string, message: string, headers = {}): Reply =>
    storageError({ status, code, message, headers, head, now: context.now })
  if (!head && exchange.method !== 'GET') {
    return fail(405, 'UnsupportedHttpVerb', "The resource doesn't support specified Http Verb.")
  }
  const denied = checkAccess(exchange, context, fail)
  if (denied) return denied
  const account = context.staging.byName(accountName)
  const blob = account?.blobs.get(`${container}/${decodeURIComponent(blobName)}`)
  return blob ? blobReply(exchange, blob, fail) : notFound(account, container, fail)
}

function notFound(account: StagingAccount | undefined, container: string, fail: Fail): Reply {
  const known = [...(account?.blobs.keys() ?? [])].some((key) => key.startsWith(`${container}/`))
  return known
    ? fail(404, 'BlobNotFound', 'The specified blob does not exist.')
    : fail(404, 'ContainerNotFound', 'The specified container does not exist.')
}

type Fail = (status: number, code: string, message: string, headers?: object) => Reply

function checkAccess(exchange: Exchange, context: BlobContext, fail: Fail): Reply | undefined {
  const check = context.tokens.checkStorageBearer(exchange.headers.authorization)
  const challenge = {
    'www-authenticate': `Bearer authorization_uri=${context.url}/common/oauth2/authorize resource_id=https://storage.azure.com`,
  }
  if (check === 'missing') {
    const text =
      'Server failed to authenticate the request. Please refer to the information in the www-authenticate header.'
    return fail(401, 'NoAuthenticationInformation', text, challenge)
  }
  if (check === 'audience') {
    return fail(
      401,
      'InvalidAuthenticationInfo',
      'Audience validation failed. Audience did not match.',
      challenge,
    )
  }
  if (check !== 'valid') {
    return fail(
      401,
      'InvalidAuthenticationInfo',
      `Server failed to authenticate the request: the token is ${check}.`,
      challenge,
    )
  }
  if (!exchange.headers['x-ms-version']) {
    return fail(
      400,
      'MissingRequiredHeader',
      "An HTTP header that's mandatory for this request is not specified.",
    )
  }
  if (context.scenario.stagingLogAccess === 'denied') {
    const text = 'This request is not authorized to perform this operation using this permission.'
    return fail(403, 'AuthorizationPermissionMismatch', text)
  }
  return undefined
}

function blobReply(exchange: Exchange, blob: StagingBlob, fail: Fail): Reply {
  const size = blob.bytes.length
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    etag: blob.etag,
    'last-modified': blob.lastModified.toUTCString(),
    'x-ms-creation-time': blob.lastModified.toUTCString(),
    'x-ms-blob-type': 'BlockBlob',
    'x-ms-version': exchange.headers['x-ms-version'] ?? '2021-08-06',
    'x-ms-server-encrypted': 'true',
    'x-ms-lease-status': 'unlocked',
    'x-ms-lease-state': 'available',
    'accept-ranges': 'bytes',
  }
  if (exchange.method === 'HEAD') {
    return { status: 200, headers: { ...headers, 'content-length': String(size) } }
  }
  const range = rangeOf(exchange.headers['x-ms-range'] ?? exchange.headers.range, size)
  if (range === 'invalid') {
    const text = 'The range specified is invalid for the current size of the resource.'
    return fail(416, 'InvalidRange', text, { 'content-range': `bytes */${size}` })
  }
  if (!range) return { status: 200, headers, raw: blob.bytes }
  const [start, end] = range
  headers['content-range'] = `bytes ${start}-${end}/${size}`
  return { status: 206, headers, raw: blob.bytes.subarray(start, end + 1) }
}

/** `bytes=start-end` or `bytes=start-`: the inclusive range, 'invalid', or none asked for. */
function rangeOf(
  header: string | undefined,
  size: number,
): [number, number] | 'invalid' | undefined {
  if (!header) return undefined
  const match = /^bytes=(\d+)-(\d*)$/.exec(header.trim())
  if (!match) return undefined
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  return start >= size || end < start ? 'invalid' : [start, end]
}

/** A Storage error: `x-ms-error-code` and, but for HEAD, the XML `<Error>` body. */
function storageError(error: {
  status: number
  code: string
  message: string
  headers: object
  head: boolean
  now: number
}): Reply {
  const requestId = randomUUID()
  const headers = {
    ...(error.headers as Record<string, string>),
    'x-ms-error-code': error.code,
    'x-ms-request-id': requestId,
  }
  if (error.head) return { status: error.status, headers }
  const message = `${error.message}\nRequestId:${requestId}\nTime:${new Date(error.now).toISOString()}`
  const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?><Error><Code>${error.code}</Code><Message>${message}</Message></Error>`
  return {
    status: error.status,
    headers: { ...headers, 'content-type': 'application/xml' },
    raw: Buffer.from(xml, 'utf8'),
  }
}
