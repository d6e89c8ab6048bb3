// `npm start`: the bundled action, main then post, against the local emulator, printing what a
// workflow log would show (minus debug lines), on two examples:
// 1. examples/linux-managed-image: scripts and artifacts carried inline in the template;
// 2. examples/bake-artifacts: `customizer-source` packed, hashed and uploaded to Blob Storage
//    (Azurite, in this process), read back by the emulated service as the template identity, and
//    removed by the post step. Azurite's URL is only known once it listens: it is injected here
//    as `storage-account`, since inputs.yml cannot know the port.
import { ClientSecretCredential } from '@azure/identity'
import { BlobServiceClient, type ContainerClient } from '@azure/storage-blob'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { gunzipSync } from 'node:zlib'
import tarStream from 'tar-stream'
import { parse } from 'yaml'
import { startEmulator, type Emulator } from '../emulator/emulator.ts'
import { startAzurite } from './azurite.ts'
import {
  type ActionRun,
  CLIENT_ID,
  emulatorInputs,
  REPO_ROOT,
  runAction,
  TENANT_ID,
} from './run-action.ts'

type Inputs = Record<string, string>

/** The main and post runs of one example. */
interface ExampleRun {
  readonly main: ActionRun
  readonly post: ActionRun
}

/** Lines to print between main and post, and after post (the bake example's blobs). */
interface Hooks {
  afterMain?: (main: ActionRun) => Promise<void>
  afterPost?: () => Promise<void>
}

const show = (line: string): void => {
  if (line.startsWith('::add-mask::') || line.startsWith('::debug::')) return
  console.log(`  ${line}`)
}

/** Copies examples/<name> to a fresh workspace and runs main, then post, printing both logs. */
async function runExample(
  emulator: Emulator,
  name: string,
  extra: Inputs,
  hooks: Hooks = {},
): Promise<ExampleRun> {
  const example = path.join(REPO_ROOT, 'examples', name)
  const workspace = mkdtempSync(path.join(tmpdir(), `aib-${name}-`))
  cpSync(example, workspace, { recursive: true })
  const fromFile = parse(readFileSync(path.join(example, 'inputs.yml'), 'utf8')) as Inputs
  const inputs = { ...fromFile, ...emulatorInputs(emulator), ...extra }
  const before = { requests: emulator.requests.length, writes: emulator.writes().length }

  console.log('▶ main step')
  const main = await runAction({ inputs, workspace, onLine: show }, emulator)
  await hooks.afterMain?.(main)
  console.log('\n▶ post step')
  const post = await runAction({ inputs, workspace, state: main.state, onLine: show }, emulator)
  await hooks.afterPost?.()

  console.log('\nOutputs:')
  for (const [output, value] of Object.entries(main.outputs)) console.log(`  ${output} = ${value}`)
  const writes = emulator
    .writes()
    .slice(before.writes)
    .map((r) => `${r.method} ${r.path.split('/').slice(-2).join('/')}`)
  const requests = emulator.requests.length - before.requests
  console.log(`\nRequests that reached "Azure": ${requests} (writes: ${writes.join(', ')})`)
  console.log(`Exit codes: main ${main.code}, post ${post.code}`)
  return { main, post }
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** `tar -tzvf`, shortly: mode, size and path of every entry of a small tar.gz. */
async function tarListing(archive: Buffer): Promise<string[]> {
  const extract = tarStream.extract()
  extract.end(gunzipSync(archive))
  const lines: string[] = []
  for await (const entry of extract) {
    const { mode, size, name, type } = entry.header
    const link = type === 'symlink' ? ` -> ${entry.header.linkname}` : ''
    lines.push(`${mode.toString(8).padStart(4, '0')} ${String(size).padStart(6)}  ${name}${link}`)
    entry.resume()
  }
  return lines
}

/** The blobs of one template below its upload folder, each with its size and sha256. */
async function printBlobs(container: ContainerClient, prefix: string): Promise<Buffer[]> {
  const archives: Buffer[] = []
  let count = 0
  for await (const blob of container.listBlobsFlat({ prefix })) {
    const bytes = await container.getBlobClient(blob.name).downloadToBuffer()
    console.log(`  ${container.url}/${blob.name}`)
    console.log(`    ${bytes.length} bytes, sha256 ${sha256(bytes)}`)
    if (blob.name.endsWith('.tar.gz')) archives.push(bytes)
    count++
  }
  if (count === 0) console.log(`  none: no blob left under ${container.url}/${prefix}`)
  return archives
}

/** The summary's `| customizer | type | from | bytes | sha256 |` table, to its last row. */
function customizerTable(summary: string): string[] {
  const lines = summary.split('\n')
  const start = lines.findIndex((line) => line.startsWith('| customizer |'))
  if (start < 0) return ['(no customizer table in the job summary)']
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'))
  return lines.slice(start, end < 0 ? undefined : end)
}

/** The File customizer and the unpack step of the rendered template (its link redacted if SAS). */
function printRenderedSteps(main: ActionRun): void {
  const file = main.outputs['rendered-template'] ?? ''
  if (!existsSync(file)) return
  const rendered = JSON.parse(readFileSync(file, 'utf8')) as {
    properties: { customize: { name: string }[] }
  }
  const steps = rendered.properties.customize.filter((s) => s.name.startsWith('workflow-artifacts'))
  console.log(`\nIn the rendered template (${path.basename(file)}):`)
  for (const line of JSON.stringify(steps, null, 2).split('\n')) console.log(`  ${line}`)
}

/** What the bake example shows between main and post, and after post. */
function bakeHooks(emulator: Emulator, container: ContainerClient, template: string): Hooks {
  const prefix = `${template}/`
  return {
    afterMain: async (main) => {
      console.log("\nThe job summary's customizer table:")
      for (const line of customizerTable(main.summary)) console.log(`  ${line}`)
      printRenderedSteps(main)
      console.log(`\nBlobs in Azurite after main (${container.containerName}/${prefix}…):`)
      for (const archive of await printBlobs(container, prefix)) {
        console.log('  entries of the archive (mode, bytes, path), like tar -tzvf:')
        for (const line of await tarListing(archive)) console.log(`    ${line}`)
      }
      console.log('\nWhat the emulated service read during Customizing:')
      const ours = emulator.storageReads.filter((r) => r.templateId.endsWith(`/${template}`))
      for (const read of ours) {
        const who = read.auth === 'token' ? 'as the template identity' : `with ${read.auth}`
        console.log(`  ${read.name}: GET ${read.url} ${who} → HTTP ${read.status}`)
      }
    },
    afterPost: async () => {
      console.log(`\nBlobs in Azurite after post (${container.containerName}/${prefix}…):`)
      await printBlobs(container, prefix)
    },
  }
}

async function bakeExample(emulator: Emulator): Promise<ExampleRun> {
  // This process talks to Azurite too (the emulated service reads the blobs, and the listing
  // below), so it trusts the emulator's CA as NODE_EXTRA_CA_CERTS makes the action's process do.
  const ca = readFileSync(emulator.caPath, 'utf8')
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca])
  const azurite = await startAzurite()
  try {
    console.log(`Azurite blob service on ${azurite.url} (storage-account, injected here)\n`)
    const credential = new ClientSecretCredential(TENANT_ID, CLIENT_ID, emulator.clientSecret, {
      authorityHost: emulator.url,
      disableInstanceDiscovery: true,
    })
    const fromFile = parse(
      readFileSync(path.join(REPO_ROOT, 'examples', 'bake-artifacts', 'inputs.yml'), 'utf8'),
    ) as Inputs
    const container = new BlobServiceClient(azurite.url, credential).getContainerClient(
      fromFile['storage-container'] ?? 'image-builder',
    )
    const hooks = bakeHooks(emulator, container, fromFile['image-template-name'] ?? '')
    return await runExample(emulator, 'bake-artifacts', { 'storage-account': azurite.url }, hooks)
  } finally {
    await azurite.close()
  }
}

const emulator = await startEmulator({
  scenario: { phaseMs: 1_000, provisionMs: 300, retryAfterSeconds: 0 },
})
const runs: ExampleRun[] = []
try {
  console.log(`Local Azure emulator on ${emulator.url} (GitHub OIDC, Entra, ARM imageTemplates)`)
  console.log('\n━━ 1. examples/linux-managed-image: everything inline in the template ━━\n')
  runs.push(await runExample(emulator, 'linux-managed-image', {}))
  console.log('\n━━ 2. examples/bake-artifacts: customizer-source through Blob Storage ━━\n')
  runs.push(await bakeExample(emulator))
} finally {
  await emulator.close()
}
const ok = runs.length === 2 && runs.every((r) => r.main.code === 0 && r.post.code === 0)
process.exitCode = ok ? 0 : 1
