// Azurite's blob service in process: Blob Storage for tests, over HTTPS with the emulator's
// certificate, taking Entra bearer tokens from the emulator (OAuth "basic": issuer, audience and
// lifetime are checked, signatures are not).
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'
import type { AddressInfo, Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureCertificate } from './tls.ts'

/** A running Azurite blob service. */
export interface Azurite {
  /** Path-style service URL: `https://127.0.0.1:PORT/devstoreaccount1`. */
  url: string
  account: 'devstoreaccount1'
  /** Stop listening, wait for the server to close, and drop the stored blobs. */
  close(): Promise<void>
}

/** Options of `startAzurite`; the defaults are the emulator's. */
export interface AzuriteOptions {
  /** Directory of `ca.pem` and `key.pem` (made if missing); default `<repo>/.emulator`. */
  certDir?: string
}

const ACCOUNT = 'devstoreaccount1'
const CERT_DIR = fileURLToPath(new URL('../../.emulator', import.meta.url))

// Azurite ships JavaScript without type declarations: the parts used here, as Azurite 3.37 has
// them (dist/src/blob/BlobServer.js, BlobConfiguration.js, common/persistence/MemoryExtentStore.js).
interface BlobServer {
  /** The HTTPS server, wrapped by `stoppable`: `close()` stops it without awaiting the close. */
  httpServer: Server
  start(): Promise<void>
  close(): Promise<void>
  /** Drop the stored data; only once closed. */
  clean(): Promise<void>
}
interface AzuriteModules {
  BlobServer: new (configuration: object) => BlobServer
  BlobConfiguration: new (...settings: unknown[]) => object
  MemoryExtentChunkStore: new (sizeLimit?: number) => object
  extentMemoryLimit: number
}

/**
 * Start Azurite's blob service on a free port of 127.0.0.1, in memory, like
 * `azurite-blob --inMemoryPersistence --cert ca.pem --key key.pem --oauth basic --loose
 * --skipApiVersionCheck --silent` without the debug log.
 *
 * Decision: in process through Azurite's own BlobServer and BlobConfiguration classes (loaded with
 * Node's require, not Jest's module registry), not a child process of `azurite-blob`: no process
 * to spawn, wait for and kill, a port 0 read back from the server, and the blobs held in a chunk
 * store of this server alone (not Azurite's process-wide one), dropped on close. Nothing is
 * written to disk: the Loki paths point into a directory that is never created. The first start
 * in a process takes 1-2 s (3-4 s on a cold disk cache), nearly all of it loading Azurite's
 * modules (its telemetry middleware pulls in applicationinsights and OpenTelemetry; telemetry
 * itself stays off, it is only started by Azurite's CLI); later starts take milliseconds.
 *
 * Azurite checks a bearer token's `nbf` and `exp` on the real clock: pair it with an emulator on
 * the wall clock, not a manual one (whose tokens date from its own start time).
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<Azurite> {
  const certificate = await ensureCertificate(options.certDir ?? CERT_DIR)
  const azurite = loadAzurite()
  const never = join(tmpdir(), `azurite-${randomUUID()}`)
  const configuration = new azurite.BlobConfiguration(
    '127.0.0.1',
    0, // port: any free one
    5, // keep-alive timeout (s), Azurite's default
    join(never, '__azurite_db_blob__.json'), // in memory: the Loki database is never saved
    join(never, '__azurite_db_blob_extent__.json'),
    [], // persistence locations: unused in memory
    false, // access log (--silent)
    undefined, // access log stream
    false, // debug log
    undefined, // debug log file
    true, // --loose
    true, // --skipApiVersionCheck
    certificate.certPath,
    certificate.keyPath,
    '', // PFX password
    'basic', // --oauth basic
    false, // disableProductStyleUrl
    true, // --inMemoryPersistence
    new azurite.MemoryExtentChunkStore(azurite.extentMemoryLimit),
  )
  const server = new azurite.BlobServer(configuration)
  await server.start()
  const { port } = server.httpServer.address() as AddressInfo
  return {
    url: `https://127.0.0.1:${port}/${ACCOUNT}`,
    account: ACCOUNT,
    close: () => stop(server),
  }
}

async function stop(server: BlobServer): Promise<void> {
  const closed = new Promise<void>((resolve) => server.httpServer.once('close', () => resolve()))
  await server.close()
  await closed
  await server.clean()
}

function loadAzurite(): AzuriteModules {
  const require = createRequire(import.meta.url)
  const load = <T>(path: string): T => require(`azurite/dist/src/${path}.js`) as T
  const memory = load<{
    MemoryExtentChunkStore: AzuriteModules['MemoryExtentChunkStore']
    DEFAULT_EXTENT_MEMORY_LIMIT: number
  }>('common/persistence/MemoryExtentStore')
  return {
    BlobServer: load<{ default: AzuriteModules['BlobServer'] }>('blob/BlobServer').default,
    BlobConfiguration: load<{ default: AzuriteModules['BlobConfiguration'] }>(
      'blob/BlobConfiguration',
    ).default,
    MemoryExtentChunkStore: memory.MemoryExtentChunkStore,
    extentMemoryLimit: memory.DEFAULT_EXTENT_MEMORY_LIMIT,
  }
}
