// Build artifacts baked into the image through Blob Storage (Azurite): packed and uploaded by the
// action with its own Entra credential, read by the emulated service as the template identity or
// through a read-only SAS, verified byte for byte, and cleaned up by the post step.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ClientSecretCredential } from '@azure/identity'
import { BlobServiceClient } from '@azure/storage-blob'
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { createHash, randomBytes } from 'node:crypto'
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startAzurite, type Azurite } from '../harness/azurite.ts'
import { startEmulator } from '../emulator/emulator.ts'
import { withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import {
  buildInputs,
  CLIENT_ID,
  everything,
  type ActionRun,
  FAST_SCENARIO,
  runAction,
  runStep,
  SUBSCRIPTION_ID,
  TENANT_ID,
} from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator
let azurite: Azurite
let container: ReturnType<BlobServiceClient['getContainerClient']>

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
  azurite = await startAzurite()
  const credential = new ClientSecretCredential(TENANT_ID, CLIENT_ID, emulator.clientSecret, {
    authorityHost: emulator.url,
    disableInstanceDiscovery: true,
  })
  container = new BlobServiceClient(azurite.url, credential).getContainerClient('image-builder')
})
afterAll(async () => {
  await azurite.close()
  await emulator.close()
})

const templateId = (name: string) =>
  `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/images-rg/providers/Microsoft.VirtualMachineImages/imageTemplates/${name}`
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/**
 * Runs a VM-side script here, as the build VM would: `sudo` is a pass-through and curl trusts the
 * emulator's CA. Asynchronous, since Azurite answers from this very process.
 */
async function runOnVm(lines: readonly string[]): Promise<void> {
  const bin = mkdtempSync(path.join(tmpdir(), 'aib-bin-'))
  writeFileSync(path.join(bin, 'sudo'), '#!/bin/sh\nexec "$@"\n', { mode: 0o755 })
  const env = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    CURL_CA_BUNDLE: emulator.caPath,
  }
  await promisify(execFile)('bash', ['-c', lines.join('\n')], { env, timeout: 60_000 })
}

const BIG_SCRIPT = `#!/bin/bash\n${'echo "a line of a large generated script"\n'.repeat(80_000)}`

/** A nested tree: hundreds of files, non-ASCII names, an executable and an in-tree symlink. */
function artifactWorkspace(): string {
  const files: Record<string, string> = {}
  for (let i = 0; i < 240; i++) files[`app/lib/m${i % 12}/file-${i}.txt`] = `content ${i}\n`
  files['app/données/café.txt'] = 'é\n'
  files['app/日本/テスト.txt'] = '日本\n'
  const workspace = makeWorkspace(
    Object.fromEntries(Object.entries(files).map(([k, v]) => [`dist/${k}`, v])),
  )
  const bin = path.join(workspace, 'dist/app/bin')
  mkdirSync(bin, { recursive: true })
  writeFileSync(path.join(bin, 'start.sh'), '#!/bin/sh\necho started\n')
  chmodSync(path.join(bin, 'start.sh'), 0o755)
  symlinkSync('../données/café.txt', path.join(bin, 'link-to-cafe'))
  // Above the inline limit (256 KiB): uploaded as it is and run from scriptUri.
  writeFileSync(path.join(workspace, 'scripts/big.sh'), BIG_SCRIPT)
  return workspace
}

const storageInputs = (name: string, access: 'identity' | 'sas') => ({
  ...buildInputs(emulator, name),
  'storage-account': azurite.url,
  'storage-access': access,
  'customizer-source': 'dist',
  'customizer-scripts': 'scripts/big.sh',
})

/** Every path below `dir` with its kind, mode bits, bytes or link target. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const relPath = rel ? `${rel}/${name}` : name
      const full = path.join(dir, relPath)
      const stat = lstatSync(full)
      if (stat.isSymbolicLink()) out[relPath] = `link ${readlinkSync(full)}`
      else if (stat.isDirectory()) walk(relPath)
      else out[relPath] = `${stat.mode & 0o111 ? 'x' : '-'} ${sha256(readFileSync(full))}`
    }
  }
  walk('')
  return out
}

function unpack(archive: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'aib-unpacked-'))
  const file = path.join(dir, '..', `${path.basename(dir)}.tar.gz`)
  writeFileSync(file, archive)
  execFileSync('tar', ['-xzf', file, '-C', dir])
  return dir
}

const blobExists = async (prefix: string) => {
  for await (const blob of container.listBlobsFlat({ prefix })) if (blob.name) return true
  return false
}

/** With a SAS, the PUT carries it (the build VM needs it) but no file, log or output does. */
function expectNoSignatureShown(
  name: string,
  access: 'identity' | 'sas',
  main: ActionRun,
  post: ActionRun,
): void {
  const rendered = readFileSync(main.outputs['rendered-template'] ?? '', 'utf8')
  const put = emulator.requests.find((r) => r.method === 'PUT' && r.path.endsWith(`/${name}`))
  const sent = JSON.stringify(put?.body)
  if (access === 'sas') {
    const signature = /[?&]sig=([^&"]+)/.exec(sent)?.[1] ?? ''
    expect(signature.length).toBeGreaterThan(10)
    for (const text of [rendered, everything(main), everything(post)]) {
      expect(text).not.toContain(signature)
      expect(text).not.toContain(decodeURIComponent(signature))
    }
    expect(rendered).toContain('sig=***')
  } else expect(sent).not.toContain('sig=')
}

describe.each(['identity', 'sas'] as const)('storage-access: %s', (access) => {
  it('bakes the artifact tree in byte for byte, and post removes the blob', async () => {
    const name = `baked-${access}`
    const workspace = artifactWorkspace()
    const { main, post } = await runStep(
      { inputs: storageInputs(name, access), workspace },
      emulator,
    )
    expect(main.stdout).toMatch(
      /Uploaded customizer-source \(\d+ entries\) as tar\.gz: \d+ bytes, sha256 [0-9a-f]{64}/,
    )
    expect(main.code).toBe(0)
    expect(main.outputs['run-state']).toBe('Succeeded')

    const [download, script] = emulator.downloadsOf(templateId(name))
    expect(Buffer.byteLength(BIG_SCRIPT)).toBeGreaterThan(3 * 1024 * 1024)
    expect(script?.url).toMatch(
      new RegExp(`/image-builder/${name}/run-4242-1/scripts/scripts/big\\.sh$`),
    )
    expect(script?.bytes.toString()).toBe(BIG_SCRIPT)
    expect(download?.url).toMatch(
      new RegExp(`/image-builder/${name}/run-4242-1/${name}-artifacts\\.tar\\.gz$`),
    )
    const reads = emulator.storageReads.filter(
      (r) => r.templateId?.toLowerCase() === templateId(name).toLowerCase(),
    )
    expect(reads.map((r) => r.auth)).toEqual(Array(2).fill(access === 'sas' ? 'sas' : 'token'))
    expect(snapshot(unpack(download!.bytes))).toEqual(snapshot(path.join(workspace, 'dist')))

    expectNoSignatureShown(name, access, main, post)
    expect(post.stdout).toContain('Deleted 2 uploaded blob(s)')
    expect(await blobExists(`${name}/`)).toBe(false)
  })
})

describe('a Windows image', () => {
  it('gets a zip of the tree through File, checked with Get-FileHash before Expand-Archive', async () => {
    const name = 'windows-zip'
    const inputs = {
      ...storageInputs(name, 'identity'),
      'customizer-scripts': '',
      source: 'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition:latest',
      'customizer-destination': 'C:\\app',
    }
    const workspace = artifactWorkspace()
    const main = await runAction({ inputs, workspace }, emulator)
    expect(main.code).toBe(0)
    const [zip] = emulator.downloadsOf(templateId(name))
    expect(zip?.url).toMatch(/windows-zip-artifacts\.zip$/)
    const dir = mkdtempSync(path.join(tmpdir(), 'aib-unzipped-'))
    writeFileSync(`${dir}.zip`, zip!.bytes)
    execFileSync('unzip', ['-q', `${dir}.zip`, '-d', dir])
    const unzipped = snapshot(dir)
    expect(unzipped['app/données/café.txt']).toBe(
      snapshot(path.join(workspace, 'dist'))['app/données/café.txt'],
    )
    // zip has no symlinks: the in-tree link arrives as a copy of its target.
    expect(unzipped['app/bin/link-to-cafe']?.endsWith(sha256(Buffer.from('é\n')))).toBe(true)
    expect(Object.keys(unzipped)).toHaveLength(
      Object.keys(snapshot(path.join(workspace, 'dist'))).length,
    )
  })
})

/** Main with a tree above 20 MB (SAS): what the build VM is told to run to fetch it. */
async function buildLargeTree(name: string) {
  const workspace = artifactWorkspace()
  writeFileSync(path.join(workspace, 'dist/app/payload.bin'), randomBytes(21 * 1024 * 1024))
  const destination = mkdtempSync(path.join(tmpdir(), 'aib-vm-'))
  const inputs = { ...storageInputs(name, 'sas'), 'customizer-destination': destination }
  const main = await runAction({ inputs, workspace }, emulator)
  expect(main.code).toBe(0)
  const put = emulator.requests.find((r) => r.method === 'PUT' && r.path.endsWith(`/${name}`))
  type Step = { type: string; name: string; inline?: string[] }
  const steps = (put?.body as { properties: { customize: Step[] } }).properties.customize
  const script = steps.find((step) => step.name === 'workflow-artifacts')?.inline ?? []
  return { workspace, destination, steps, script }
}

describe('an artifact tree above 20 MB', () => {
  it('is fetched by a script on the VM that checks the sha256 before unpacking (run here against Azurite)', async () => {
    const { workspace, destination, steps, script } = await buildLargeTree('large-tree')
    expect(steps.map((step) => step.type)).not.toContain('File')
    expect(script.join('\n')).toMatch(/curl .*sig=/)
    await runOnVm(script)
    expect(snapshot(destination)).toEqual(snapshot(path.join(workspace, 'dist')))
  })

  it('refuses to unpack when the bytes do not match', async () => {
    const name = 'large-tampered'
    const { destination, script } = await buildLargeTree(name)
    await container
      .getBlockBlobClient(`${name}/run-4242-1/${name}-artifacts.tar.gz`)
      .uploadData(randomBytes(1024))
    await expect(runOnVm(script)).rejects.toThrow(/FAILED|did NOT match/)
    expect(readdirSync(destination)).toEqual([])
  })
})

describe('storage-account given as a resource id', () => {
  const accountId = (name: string) =>
    `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/storage-rg/providers/Microsoft.Storage/storageAccounts/${name}`

  it('reads the blob endpoint through ARM and uploads there', async () => {
    emulator.seedStorageAccount(accountId('stimages'), azurite.url)
    const name = 'by-resource-id'
    const inputs = { ...storageInputs(name, 'identity'), 'storage-account': accountId('stimages') }
    const { main } = await runStep({ inputs, workspace: artifactWorkspace() }, emulator)
    expect(main.code).toBe(0)
    expect(
      emulator.requests.some((r) => r.method === 'GET' && r.path === accountId('stimages')),
    ).toBe(true)
    expect(emulator.downloadsOf(templateId(name))).toHaveLength(2)
  })

  it('fails naming storage-account when the account cannot be read, before any write', async () => {
    const name = 'missing-account'
    const inputs = { ...storageInputs(name, 'identity'), 'storage-account': accountId('stmissing') }
    const run = await runAction({ inputs, workspace: artifactWorkspace() }, emulator)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Reading the storage account .*stmissing failed \(HTTP 404/)
    expect(run.stdout).toContain('`storage-account`')
    expect(emulator.writes().filter((r) => r.path.includes(name))).toEqual([])
    expect(await blobExists(`${name}/`)).toBe(false)
  })
})

describe('failures', () => {
  it('a blob changed after the upload fails the build on its checksum, and is kept with the template', async () => {
    const name = 'tampered'
    let tampered = false
    const { main, post } = await runStep(
      {
        inputs: storageInputs(name, 'identity'),
        workspace: artifactWorkspace(),
        onStdout: (text) => {
          if (tampered || !text.includes('Uploaded customizer-source')) return
          tampered = true
          const blob = container.getBlockBlobClient(`${name}/run-4242-1/${name}-artifacts.tar.gz`)
          void blob.uploadData(randomBytes(64))
        },
      },
      emulator,
    )
    expect(main.code).toBe(1)
    expect(main.stdout).toContain('sha256 checksum mismatch')
    expect(post.stdout).toContain('Keeping the uploaded blobs with the template')
    expect(await blobExists(`${name}/`)).toBe(true)
  })

  it('a cancelled build leaves no blob behind', async () => {
    await withScenario(emulator, { phaseMs: 3_000 }, async () => {
      const name = 'cancelled-upload'
      const workspace = artifactWorkspace()
      const main = await runAction(
        {
          inputs: storageInputs(name, 'sas'),
          workspace,
          onStdout: (text, child) => {
            if (text.includes('Build phase: Queued') && !child.killed) child.kill('SIGINT')
          },
        },
        emulator,
      )
      const post = await runAction(
        { inputs: storageInputs(name, 'sas'), workspace, state: main.state },
        emulator,
      )
      expect(post.stdout).toContain('Deleted 2 uploaded blob(s)')
      expect(await blobExists(`${name}/`)).toBe(false)
    })
  })

  it.each([
    [
      'an http endpoint',
      { 'storage-account': 'http://127.0.0.1:1/devstoreaccount1' },
      'storage-account',
    ],
    [
      'a container without an account',
      { 'storage-account': '', 'storage-container': 'x1x' },
      'storage-container',
    ],
    ['a bad container name', { 'storage-container': 'Bad_Name' }, 'storage-container'],
  ])('%s fails naming the input with no write to Azure or Storage', async (what, extra, input) => {
    const name = `bad-input-${what.length}`
    const run = await runAction(
      { inputs: { ...storageInputs(name, 'identity'), ...extra }, workspace: artifactWorkspace() },
      emulator,
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`\`${input}\``)
    expect(emulator.writes().filter((r) => r.path.includes(name))).toEqual([])
    expect(await blobExists(`${name}/`)).toBe(false)
  })

  it.each([
    [
      'a symlink leaving the tree',
      (ws: string) => symlinkSync('/etc/passwd', path.join(ws, 'dist/app/escape')),
      'customizer-source',
    ],
    ['a source that does not exist', () => undefined, 'customizer-source'],
  ])(
    '%s fails naming the input with no write to Azure or Storage',
    async (_what, damage, input) => {
      const name = `bad-${_what.length}`
      const workspace = artifactWorkspace()
      damage(workspace)
      const inputs = {
        ...storageInputs(name, 'identity'),
        ...(_what.includes('exist') ? { 'customizer-source': 'nope' } : {}),
      }
      const run = await runAction({ inputs, workspace }, emulator)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain(`\`${input}\``)
      expect(emulator.writes().filter((r) => r.path.includes(name))).toEqual([])
      expect(await blobExists(`${name}/`)).toBe(false)
    },
  )
})
