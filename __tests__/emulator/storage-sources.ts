// Customizer sources on Blob Storage, read by the emulated Image Builder service when a build
// starts, as the real one reads them: with the URL's SAS, else as the template's identity.
import { createHash } from 'node:crypto'
import type { ManagedIdentity, TokenAuthority } from './auth.ts'
import { isRecord } from './exchange.ts'
import type { PhaseVerdict } from './run.ts'
import type { Clock, SourceDownload, StorageRead } from './types.ts'

/** Storage REST version of the service's token reads. */
export const STORAGE_API_VERSION = '2021-08-06'

/** Tenant of identity tokens when the run request named none (it always does through ARM). */
export const UNKNOWN_TENANT = '00000000-0000-0000-0000-000000000000'

const BLOB_HOST_SUFFIXES = [
  '.blob.core.windows.net',
  '.blob.core.usgovcloudapi.net',
  '.blob.core.chinacloudapi.cn',
]
/** Azurite's path-style URLs: `https://host:port/devstoreaccount1/container/blob`. */
const AZURITE_PATH = '/devstoreaccount1/'

/** A step of a template whose source the service reads from Storage. */
export interface StorageSource {
  role: 'customizer' | 'validator'
  /** The step's name; its property path when it has none. */
  name: string
  type: string
  /** The URL as the template gives it, SAS included. */
  url: URL
  /** Expected sha256 in lower-case hex; undefined when the step gives none. */
  sha256?: string
}

/** How reading one source ended. */
export type SourceOutcome = { ok: true; download: SourceDownload } | { ok: false; problem: string }

/** The source reads of one run, filled in as they settle. */
export interface SourceReads {
  sources: StorageSource[]
  /** One per source, in template order; undefined while its read is in flight. */
  outcomes: (SourceOutcome | undefined)[]
  /** Successful downloads in template order; this array is updated in place as reads settle. */
  downloads: SourceDownload[]
  /** When the last read settled, on the emulator's clock; undefined until then or without any. */
  settledAt?: number
}

/** The part of a template a build's reads depend on. */
export interface SourceOwner {
  templateId: string
  properties: Record<string, unknown>
  identity: unknown
}

/** Reads customizer sources for builds; one per emulator. */
export interface StorageReader {
  /** Every request made to Storage, in order (see `StorageRead`). */
  reads: StorageRead[]
  /** Start reading every storage source of `owner`; its identity's tokens name `tenant`. */
  start(owner: SourceOwner, tenant: string): SourceReads
  /** Resolves once no read is in flight. */
  settled(): Promise<void>
  /** Abort the reads in flight and wait for them to settle. */
  close(): Promise<void>
}

/** A reader minting identity tokens from `tokens` and dating its records on `clock`. */
export function createStorageReader(tokens: TokenAuthority, clock: Clock): StorageReader {
  const reads: StorageRead[] = []
  const inFlight = new Set<Promise<void>>()
  const aborter = new AbortController()
  const settled = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.all([...inFlight])
  }
  return {
    reads,
    start(owner, tenant) {
      const sources = storageSourcesOf(owner.properties)
      const run: SourceReads = { sources, outcomes: sources.map(() => undefined), downloads: [] }
      const identity = identityOf(owner.identity, tenant)
      for (const [index, source] of sources.entries()) {
        const request = { source, templateId: owner.templateId, identity }
        const done = readSource(request, { tokens, clock, reads, signal: aborter.signal })
          .catch((error: unknown) => failure(source, `reading failed (${reasonOf(error)})`))
          .then((outcome) => settle(run, index, outcome, clock.now()))
        inFlight.add(done)
        void done.finally(() => inFlight.delete(done))
      }
      return run
    },
    settled,
    async close() {
      aborter.abort()
      await settled()
    },
  }
}

/**
 * Whether a run may leave Customizing: held while a read is in flight, failed when one failed,
 * else passed; either way not before the last read settled.
 */
export function sourceVerdict(run: SourceReads | undefined): PhaseVerdict {
  if (!run) return { kind: 'pass' }
  if (run.outcomes.includes(undefined)) return { kind: 'hold' }
  const failed = run.outcomes.some((outcome) => outcome?.ok === false)
  return { kind: failed ? 'fail' : 'pass', at: run.settledAt }
}

/** The problem of the first failed read in template order, if any. */
export function firstProblem(run: SourceReads | undefined): string | undefined {
  for (const outcome of run?.outcomes ?? []) {
    if (outcome?.ok === false) return outcome.problem
  }
  return undefined
}

/** The steps of `properties.customize` and `properties.validate.inVMValidations` read from Storage. */
export function storageSourcesOf(properties: Record<string, unknown>): StorageSource[] {
  const validate = isRecord(properties.validate) ? properties.validate.inVMValidations : undefined
  return [
    ...stepSources(properties.customize, 'customizer', 'properties.customize'),
    ...stepSources(validate, 'validator', 'properties.validate.inVMValidations'),
  ]
}

/**
 * Whether the service would read `url` from Blob Storage: https on a Blob endpoint of a public,
 * US Government or China cloud, or Azurite's path style on any host.
 */
export function isStorageUrl(url: URL): boolean {
  if (url.protocol !== 'https:') return false
  const host = url.hostname.toLowerCase()
  return (
    BLOB_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix)) ||
    url.pathname.startsWith(AZURITE_PATH)
  )
}

/** `url` without query, fragment or credentials: safe to show (no SAS signature). */
export function withoutQuery(url: URL): string {
  return `${url.origin}${url.pathname}`
}

/** The template's user-assigned identity with the ids the emulator gave it. */
export function identityOf(identity: unknown, tenant: string): ManagedIdentity | undefined {
  if (!isRecord(identity) || !isRecord(identity.userAssignedIdentities)) return undefined
  const [entry] = Object.entries(identity.userAssignedIdentities)
  if (!entry || !isRecord(entry[1])) return undefined
  const [resourceId, { principalId, clientId }] = entry
  if (typeof principalId !== 'string' || typeof clientId !== 'string') return undefined
  return { tenant, resourceId, principalId, clientId }
}

function stepSources(steps: unknown, role: StorageSource['role'], path: string): StorageSource[] {
  if (!Array.isArray(steps)) return []
  return steps.flatMap((step: unknown, index): StorageSource[] => {
    if (!isRecord(step)) return []
    const url = storageUrlOf(step)
    if (!url) return []
    const name = typeof step.name === 'string' && step.name !== '' ? step.name : `${path}[${index}]`
    const checksum =
      typeof step.sha256Checksum === 'string' ? step.sha256Checksum.trim().toLowerCase() : ''
    const source: StorageSource = { role, name, type: String(step.type), url }
    if (checksum !== '') source.sha256 = checksum
    return [source]
  })
}

function storageUrlOf(step: Record<string, unknown>): URL | undefined {
  const field =
    step.type === 'File'
      ? step.sourceUri
      : step.type === 'Shell' || step.type === 'PowerShell'
        ? step.scriptUri
        : undefined
  if (typeof field !== 'string' || !URL.canParse(field)) return undefined
  const url = new URL(field)
  return isStorageUrl(url) ? url : undefined
}

/** One source to read for one build. */
interface SourceRequest {
  source: StorageSource
  templateId: string
  identity: ManagedIdentity | undefined
}

/** What every read shares. */
interface ReadContext {
  tokens: TokenAuthority
  clock: Clock
  reads: StorageRead[]
  signal: AbortSignal
}

async function readSource(request: SourceRequest, context: ReadContext): Promise<SourceOutcome> {
  const { source, templateId, identity } = request
  const url = withoutQuery(source.url)
  const fail = (problem: string): SourceOutcome => failure(source, problem)
  const { headers, ...how } = credentialsFor(source.url, identity, context.tokens)
  const at = context.clock.now()
  const read: StorageRead = { templateId, name: source.name, url, ...how, status: 0, at }
  context.reads.push(read)
  try {
    const response = await fetch(source.url, {
      headers,
      redirect: 'manual',
      signal: context.signal,
    })
    read.status = response.status
    const body = Buffer.from(await response.arrayBuffer())
    if (!response.ok) {
      return fail(`downloading ${url} failed: ${response.status} ${errorCodeOf(response, body)}`)
    }
    const sha256 = createHash('sha256').update(body).digest('hex')
    if (source.sha256 !== undefined && source.sha256 !== sha256) {
      return fail(`${url}: sha256 checksum mismatch: expected ${source.sha256}, got ${sha256}`)
    }
    return { ok: true, download: { name: source.name, url, bytes: body, sha256 } }
  } catch (error) {
    const reason = context.signal.aborted ? 'aborted (emulator closed)' : reasonOf(error)
    // An error's text could quote the URL it was given: never let a SAS through.
    const safe = source.url.search === '' ? reason : reason.replaceAll(source.url.search, '')
    return fail(`downloading ${url} failed: connection error (${safe})`)
  }
}

/** A failed outcome of reading `source`, the problem prefixed with the step it belongs to. */
function failure(source: StorageSource, problem: string): SourceOutcome {
  return { ok: false, problem: `${source.role} '${source.name}' (${source.type}): ${problem}` }
}

/** How the service authenticates a read of `url`, and the headers that says. */
function credentialsFor(
  url: URL,
  identity: ManagedIdentity | undefined,
  tokens: TokenAuthority,
): Pick<StorageRead, 'auth' | 'oid'> & { headers: Record<string, string> } {
  if (url.searchParams.has('sig')) return { auth: 'sas', headers: {} }
  if (!identity) return { auth: 'anonymous', headers: { 'x-ms-version': STORAGE_API_VERSION } }
  return {
    auth: 'token',
    oid: identity.principalId,
    headers: {
      authorization: `Bearer ${tokens.issueStorageToken(identity)}`,
      'x-ms-version': STORAGE_API_VERSION,
    },
  }
}

/** Storage's error code: the x-ms-error-code header, else `<Code>` of the XML body. */
function errorCodeOf(response: Response, body: Buffer): string {
  const header = response.headers.get('x-ms-error-code')
  if (header) return header
  const code = /<Code>([^<]+)<\/Code>/.exec(body.toString('utf8'))?.[1]
  return code ?? response.statusText
}

/**
 * The low-level cause of a failed fetch: its error code when it has one (ECONNREFUSED, …).
 * Duck-typed: fetch's errors may come from another realm (Jest's VM modules), failing instanceof.
 */
function reasonOf(error: unknown): string {
  const cause = isRecord(error) ? error.cause : undefined
  if (isRecord(cause) && typeof cause.code === 'string') return cause.code
  if (isRecord(cause) && typeof cause.message === 'string') return cause.message
  return isRecord(error) && typeof error.message === 'string' ? error.message : String(error)
}

function settle(run: SourceReads, index: number, outcome: SourceOutcome, now: number): void {
  run.outcomes[index] = outcome
  const downloads = run.outcomes.flatMap((each) => (each?.ok ? [each.download] : []))
  run.downloads.splice(0, run.downloads.length, ...downloads)
  if (!run.outcomes.includes(undefined)) run.settledAt = now
}
