// `npm run bench`, customizer-source through Blob Storage: the action packs, hashes and uploads a
// generated 1 GiB tree to Azurite, against a plain `BlockBlobClient.uploadFile` of the same bytes.
// bench.ts runs this file as a child process with NODE_EXTRA_CA_CERTS (npm run bench does not set
// it, and the emulated service reads the blob back from Azurite with fetch), and reads the JSON
// line it prints last. `bench-upload.ts plain` is the plain uploader, a process of its own so
// that it does not share an event loop with Azurite (neither does the action).
import { ClientSecretCredential } from '@azure/identity'
import { BlobServiceClient } from '@azure/storage-blob'
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { DEFLATE_LEVEL } from '../../src/artifacts/pack.ts'
import { startEmulator } from '../emulator/emulator.ts'
import { startAzurite } from './azurite.ts'
import { buildInputs, CLIENT_ID, FAST_SCENARIO, runAction, TENANT_ID } from './run-action.ts'
import { makeWorkspace } from './workspace.ts'

const MiB = 1024 * 1024
/** 64 files of 16 MiB of random bytes: 1 GiB that gzip cannot shrink, the honest case. */
const FILES = 64
const FILE_BYTES = 16 * MiB
/** The action's own block size and blocks in flight (src/azure/blobs.ts), for the plain upload. */
const BLOCK_BYTES = 8 * MiB
const BLOCKS_IN_FLIGHT = 4
const SAMPLE_MS = 200

/** What this script prints as its last line. */
export interface UploadBench {
  treeBytes: number
  archiveBytes: number
  /** VmHWM of the action's main step, in kB (1024 bytes) as /proc gives it. */
  actionPeakKb: number
  /** From the container-create request to "Uploaded customizer-source" in the log. */
  actionSeconds: number
  /** zlib's gzip at the action's level (DEFLATE_LEVEL) alone, on the first 64 MiB of the tree, in MB/s. */
  gzipMBps: number
  actionWallSeconds: number
  plainBytes: number
  plainSeconds: number
  plainPeakKb: number
  generateSeconds: number
}

/** The peak resident set of a process so far (its high-water mark), 0 once it is gone. */
function peakKb(pid: number | 'self'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** Random bytes streamed to `file` a MiB at a time, never held whole. */
async function writeRandom(file: string, bytes: number): Promise<void> {
  function* chunks() {
    for (let left = bytes; left > 0; left -= MiB) yield randomBytes(Math.min(MiB, left))
  }
  await pipeline(Readable.from(chunks()), createWriteStream(file))
}

/** MB/s of gzip at pack.ts's level over the first `files` files of `tree`. */
async function gzipRate(tree: string, files: number): Promise<number> {
  const started = performance.now()
  let bytes = 0
  for (let i = 0; i < files; i++) {
    const file = path.join(tree, `part-${String(i).padStart(2, '0')}.bin`)
    await pipeline(
      createReadStream(file),
      createGzip({ level: DEFLATE_LEVEL }),
      new Writable({
        write: (chunk: Buffer, _encoding, done) => done(),
      }),
    )
    bytes += statSync(file).size
  }
  return bytes / 1e6 / ((performance.now() - started) / 1000)
}

/** `plain`: uploadFile of BENCH_FILE with the emulator's client credential, timed alone. */
async function plain(): Promise<void> {
  const env = (name: string) => process.env[name] ?? ''
  const credential = new ClientSecretCredential(TENANT_ID, CLIENT_ID, env('BENCH_CLIENT_SECRET'), {
    authorityHost: env('BENCH_AUTHORITY'),
    disableInstanceDiscovery: true,
  })
  const container = new BlobServiceClient(env('BENCH_STORAGE'), credential).getContainerClient(
    'bench-plain',
  )
  await container.createIfNotExists() // the token and the connection, outside the timing
  const started = performance.now()
  await container
    .getBlockBlobClient('plain.tar')
    .uploadFile(env('BENCH_FILE'), { blockSize: BLOCK_BYTES, concurrency: BLOCKS_IN_FLIGHT })
  const seconds = (performance.now() - started) / 1000
  console.log(JSON.stringify({ seconds, peakKb: peakKb('self') }))
}

async function measure(): Promise<UploadBench> {
  const workspace = makeWorkspace()
  const scratch = mkdtempSync(path.join(tmpdir(), 'aib-bench-upload-'))
  const emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
  const azurite = await startAzurite()
  // Azurite runs in this process: its requests, timed as they arrive.
  const storageRequests: { at: number; method: string; url: string }[] = []
  const onRequest = (message: unknown) => {
    const { method = '', url = '' } = (message as { request: IncomingMessage }).request
    if (url.startsWith('/devstoreaccount1/'))
      storageRequests.push({ at: performance.now(), method, url })
  }
  subscribe('http.server.request.start', onRequest)
  try {
    const generating = performance.now()
    const tree = path.join(workspace, 'artifacts')
    mkdirSync(tree)
    for (let i = 0; i < FILES; i++) {
      await writeRandom(path.join(tree, `part-${String(i).padStart(2, '0')}.bin`), FILE_BYTES)
    }
    const generateSeconds = (performance.now() - generating) / 1000
    const gzipMBps = await gzipRate(tree, 4)

    let sampler: NodeJS.Timeout | undefined
    let actionPeakKb = 0
    let uploadedAt = NaN
    const started = performance.now()
    const run = await runAction(
      {
        inputs: {
          ...buildInputs(emulator, 'bench-upload'),
          'storage-account': azurite.url,
          'storage-access': 'identity',
          'customizer-source': 'artifacts',
        },
        workspace,
        onStdout: (text, child) => {
          const pid = child.pid
          if (!sampler && pid) {
            sampler = setInterval(
              () => (actionPeakKb = Math.max(actionPeakKb, peakKb(pid))),
              SAMPLE_MS,
            )
          }
          if (Number.isNaN(uploadedAt) && text.includes('Uploaded customizer-source'))
            uploadedAt = performance.now()
        },
      },
      emulator,
    )
    clearInterval(sampler)
    const actionWallSeconds = (performance.now() - started) / 1000
    if (run.code !== 0) throw new Error(`bench upload build failed:\n${run.stdout}\n${run.stderr}`)
    const archiveBytes = Number(/as tar\.gz: (\d+) bytes/.exec(run.stdout)?.[1] ?? NaN)
    const container = storageRequests.find(
      (r) => r.method === 'PUT' && r.url.includes('restype=container'),
    )
    const runnerTemp = path.dirname(run.outputs['rendered-template'] ?? '')
    if (path.basename(runnerTemp).startsWith('aib-runner-')) rmSync(runnerTemp, { recursive: true })

    // The same bytes for the plain client: an uncompressed tar of the tree (gzip cannot shrink them).
    const tar = path.join(scratch, 'plain.tar')
    execFileSync('tar', ['-cf', tar, '-C', workspace, 'artifacts'])
    const plainRun = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [import.meta.filename, 'plain'], {
        env: {
          ...process.env,
          BENCH_STORAGE: azurite.url,
          BENCH_AUTHORITY: emulator.url,
          BENCH_CLIENT_SECRET: emulator.clientSecret,
          BENCH_FILE: tar,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
      child.on('close', (code) =>
        code === 0 ? resolve(out) : reject(new Error(`plain upload failed (${code}):\n${out}`)),
      )
    })
    const plainResult = JSON.parse(plainRun.trim().split('\n').at(-1) ?? '{}') as {
      seconds: number
      peakKb: number
    }
    return {
      treeBytes: FILES * FILE_BYTES,
      archiveBytes,
      actionPeakKb,
      actionSeconds: (uploadedAt - (container?.at ?? NaN)) / 1000,
      gzipMBps,
      actionWallSeconds,
      plainBytes: statSync(tar).size,
      plainSeconds: plainResult.seconds,
      plainPeakKb: plainResult.peakKb,
      generateSeconds,
    }
  } finally {
    unsubscribe('http.server.request.start', onRequest)
    rmSync(workspace, { recursive: true, force: true })
    rmSync(scratch, { recursive: true, force: true })
    await azurite.close()
    await emulator.close()
  }
}

if (process.argv[2] === 'plain') await plain()
else console.log(JSON.stringify(await measure()))
