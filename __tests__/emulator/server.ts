import { randomBytes, randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { ensureCertificate, type Certificate } from '../harness/tls.ts'
import { handleArm, isArmPath } from './arm.ts'
import { createTokenAuthority } from './auth.ts'
import type { EmulatorContext } from './context.ts'
import { handleEntra, isEntraPath } from './entra.ts'
import { createGalleryStore } from './gallery-store.ts'
import { armError, routeNotFound } from './errors.ts'
import { readExchange, recordOf, type Answer, type Exchange, type Reply } from './exchange.ts'
import { handleOidcToken, OIDC_PATH } from './github-oidc.ts'
import { handleGithubApi, isGithubApiPath } from './github-rest.ts'
import { createGithubStore, GITHUB_API_PREFIX } from './github-store.ts'
import { publicKeyOf } from './jwt.ts'
import { createOperationStore } from './lro.ts'
import { createStagingLogs, handleStagingBlob, isStagingBlobPath } from './staging-logs.ts'
import { createStorageReader } from './storage-sources.ts'
import { createTemplateStore } from './template-store.ts'
import type { Clock, RecordedRequest, Scenario } from './types.ts'

/** Default certificate directory: `.emulator` at the repository root. */
export const DEFAULT_CERT_DIR = fileURLToPath(new URL('../../.emulator', import.meta.url))

// How often running builds and LROs advance without a request to drive them (wall clock only).
const TICK_MS = 10

/** Everything the public `Emulator` object is built from. */
export interface RunningServer {
  server: Server
  context: EmulatorContext
  requests: RecordedRequest[]
  /** Bring builds, LROs and galleries up to the clock's current time. */
  tick(): void
  close(): Promise<void>
}

/** Listen on 127.0.0.1 (port chosen by the OS) and serve every emulated endpoint. */
export async function listen(
  cert: string,
  key: string,
  scenario: Scenario,
  clock: Clock,
): Promise<RunningServer> {
  const server = createServer({ cert, key })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  const context = createContext(`https://127.0.0.1:${port}`, scenario, key, clock)
  const requests: RecordedRequest[] = []
  server.on('request', (req, res) => {
    readExchange(req).then(
      (exchange) => serve(exchange, res, context, requests),
      () => res.destroy(),
    )
  })
  const tick = (): void => {
    context.galleries.tick()
    context.store.tick()
  }
  const stopTicking = startTicking(clock, tick)
  const close = async (): Promise<void> => {
    stopTicking()
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeAllConnections()
    await Promise.all([closed, context.storage.close()])
  }
  return { server, context, requests, tick, close }
}

/**
 * Move state along as time passes: on a manual clock at each advance (time moves only then), on
 * any other clock every TICK_MS. Returns how to stop.
 */
function startTicking(clock: Clock, tick: () => void): () => void {
  if (clock.onAdvance) return clock.onAdvance(tick)
  const timer = setInterval(tick, TICK_MS)
  timer.unref()
  return () => clearInterval(timer)
}

function createContext(
  url: string,
  scenario: Scenario,
  key: string,
  clock: Clock,
): EmulatorContext {
  const operations = createOperationStore(clock)
  const galleries = createGalleryStore(scenario, operations, clock)
  const signingJwk = { ...publicKeyOf(key).export({ format: 'jwk' }), use: 'sig', alg: 'RS256' }
  const tokens = createTokenAuthority(key, scenario, clock)
  const storage = createStorageReader(tokens, clock)
  const staging = createStagingLogs()
  return {
    url,
    scenario,
    clock,
    tokens,
    // Random per instance: tests must use the values the emulator hands out.
    oidcRequestToken: randomBytes(24).toString('base64url'),
    clientSecret: randomBytes(24).toString('base64url'),
    signingJwk,
    operations,
    store: createTemplateStore(scenario, operations, { galleries, staging, url }, clock, storage),
    galleries,
    storageAccounts: new Map(),
    managedImages: new Map(),
    storage,
    github: createGithubStore(`${url}${GITHUB_API_PREFIX}`, clock),
    staging,
  }
}

function serve(
  exchange: Exchange,
  res: ServerResponse,
  context: EmulatorContext,
  requests: RecordedRequest[],
): void {
  const record = recordOf(exchange, context.clock.now())
  requests.push(record)
  const reply = dispatch(exchange, context)
  if (reply === 'reset') {
    res.socket?.destroy()
    return
  }
  // A dropped answer is recorded with the status it would have had: the request was processed.
  record.status = reply.status
  if (reply.delivery === 'drop') {
    res.socket?.destroy()
    return
  }
  write(res, reply, exchange)
}

function dispatch(exchange: Exchange, context: EmulatorContext): Reply {
  try {
    if (exchange.path === OIDC_PATH) return handleOidcToken(exchange, context)
    if (isEntraPath(exchange.path)) return handleEntra(exchange, context)
    if (isArmPath(exchange.path)) return handleArm(exchange, context)
    if (isGithubApiPath(exchange.path)) return handleGithubApi(exchange, context)
    if (isStagingBlobPath(exchange.path, context.staging)) {
      return handleStagingBlob(exchange, { ...context, now: context.clock.now() })
    }
    return routeNotFound(exchange.method, exchange.path)
  } catch (error) {
    // A bug in the emulator: answer like ARM would, without echoing anything the client sent.
    const name = error instanceof Error ? error.name : 'Error'
    return armError(
      500,
      'InternalServerError',
      `The emulator failed to handle the request (${name}).`,
    )
  }
}

function write(res: ServerResponse, answer: Answer, exchange: Exchange): void {
  const correlationId = exchange.headers['x-ms-correlation-request-id'] ?? randomUUID()
  const headers: Record<string, string> = {
    'x-ms-request-id': randomUUID(),
    'x-ms-correlation-request-id': correlationId,
    ...answer.headers,
  }
  const clientRequestId = exchange.headers['client-request-id']
  if (clientRequestId !== undefined) headers['client-request-id'] = clientRequestId
  if (answer.raw !== undefined) {
    headers['content-length'] = String(answer.raw.length)
    res.writeHead(answer.status, headers).end(answer.raw)
    return
  }
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers).end()
    return
  }
  const json = Buffer.from(JSON.stringify(answer.body))
  // A truncated body is complete as far as HTTP goes: Content-Length counts the bytes sent.
  const body = answer.delivery === 'truncate' ? json.subarray(0, Math.floor(json.length / 2)) : json
  headers['content-type'] = 'application/json; charset=utf-8'
  headers['content-length'] = String(body.length)
  res.writeHead(answer.status, headers).end(body)
}

/** Certificate files for `certDir`. */
export async function loadCertificate(certDir: string | undefined): Promise<Certificate> {
  return ensureCertificate(certDir ?? DEFAULT_CERT_DIR)
}
