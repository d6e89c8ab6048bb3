// Bad inputs fail the step naming the input, before any request reaches "Azure"; dry runs send
// nothing and need neither credentials nor the Azure SDK.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { runAction, buildInputs, REPO_ROOT } from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator
let workspace: string

beforeAll(async () => {
  emulator = await startEmulator()
  workspace = makeWorkspace({ 'big/huge.sh': Buffer.alloc(300 * 1024, 'a') })
  writeFileSync(path.join(path.dirname(workspace), 'outside.sh'), 'echo outside\n')
  symlinkSync('/etc/hostname', path.join(workspace, 'scripts', 'link-out.sh'))
  // Entries that cannot be delivered, each alone in a folder so each case has one problem.
  const at = (rel: string) => path.join(workspace, rel)
  for (const dir of ['bad-dangling', 'bad-loop', 'bad-fifo', 'bad-newline', 'bad-glob'])
    mkdirSync(at(dir))
  writeFileSync(at('bad-dangling/ok.txt'), 'ok\n')
  symlinkSync('missing.txt', at('bad-dangling/gone.txt'))
  symlinkSync('loop.sh', at('bad-loop/loop.sh'))
  execFileSync('mkfifo', [at('bad-fifo/pipe.sh')])
  writeFileSync(at('bad-newline/two\nlines.txt'), 'x')
  writeFileSync(at('bad-glob/ok.sh'), 'echo ok\n')
  execFileSync('mkfifo', [at('bad-glob/pipe.sh')])
})
afterAll(async () => {
  await emulator.close()
})

const valid = (): Record<string, string> => {
  const inputs = buildInputs(emulator)
  delete inputs['poll-interval-seconds']
  return inputs
}

const ID = '/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg/providers'
const MASKED = '24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx'
/** Input, bad value, and (for some) what the message must say. */
const BAD_INPUTS: [string, string, string?][] = [
  ['subscription-id', 'not-a-guid'],
  ['resource-group', 'bad/group'],
  ['location', 'East US 2!'],
  ['client-id', 'my-app'],
  ['tenant-id', 'contoso.onmicrosoft.com'],
  ['environment', 'AzureMars'],
  ['arm-endpoint', 'http://management.example.com'],
  ['authority-host', 'not a url'],
  ['identity', '/subscriptions/x/identities/y'],
  ['image-template-name', 'has spaces and /slashes'],
  ['source', 'Canonical:ubuntu'],
  ['source', `${ID}/Microsoft.Compute/disks/base`],
  ['source', 'Canonical:ubuntu-24_04-lts:server:newest'],
  ['os-type', 'bsd'],
  ['customizer-scripts', 'scripts/missing.sh'],
  ['customizer-scripts', '../outside.sh'],
  ['customizer-scripts', 'scripts/link-out.sh'],
  ['customizer-scripts', 'big/huge.sh'],
  ['customizer-source', 'no-such-dir'],
  ['customizer-destination', 'relative/path'],
  ['windows-update', 'true'],
  ['validator-scripts', 'scripts/motd.json'],
  ['managed-image', 'bad name!'],
  ['gallery-image', `${ID}/Microsoft.Compute/galleries/gallery`],
  ['gallery-image-version', '1.2'],
  ['gallery-image-version', '01.2.3'],
  ['gallery-image', `${ID}/Microsoft.Compute/galleries/g/images/i/versions/1.2`],
  ['gallery-image-versioning', 'newest'],
  ['gallery-image-os-state', 'Frozen'],
  ['gallery-image-hyper-v-generation', 'V3'],
  ['gallery-image-architecture', 'sparc'],
  ['gallery-image-security-type', 'Paranoid'],
  ['replication-regions', 'eastus2=2:Gold_LRS'],
  ['replication-regions', 'east us=1=2'],
  ['replication-regions', 'eastus=-1'],
  ['exclude-from-latest', 'maybe'],
  ['vhd', 'http://example.com/image.vhd'],
  ['artifact-tags', 'no-value-here'],
  ['vm-size', 'huge'],
  ['os-disk-size-gb', '-5'],
  ['subnet-id', 'subnet-1'],
  ['staging-resource-group', '/subscriptions/x/resourceGroups/'],
  ['build-timeout-minutes', '1000'],
  ['wait', 'sometimes'],
  ['poll-interval-seconds', '0'],
  ['cleanup', 'sometimes'],
  ['dry-run', 'perhaps'],
  ['template', 'image.json'],
  // Issue 12: every resource id checked part by part, masked ones called masked.
  ['subscription-id', MASKED, `"${MASKED}" looks masked`],
  ['client-id', '***', '"***" looks masked'],
  [
    'source',
    `${ID}/Microsoft.Compute/galleries/g/images/i/versions/1.2`,
    'versions name "1.2" in the id is not valid: a version x.y.z',
  ],
  [
    'source',
    `/subscriptions/${MASKED}/resourceGroups/rg/providers/Microsoft.Compute/images/base`,
    'the subscription in the id: "24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx" looks masked',
  ],
  [
    'identity',
    `/subscriptions/***/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`,
    'the subscription in the id: "***" looks masked',
  ],
  [
    'managed-image',
    `/subscriptions/${MASKED}/resourceGroups/rg/providers/Microsoft.Compute/images/x`,
    'looks masked',
  ],
  [
    'gallery-image',
    `/subscriptions/${MASKED}/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i`,
    'looks masked',
  ],
  [
    'gallery-image',
    `${ID}/Microsoft.Compute/galleries/my-gallery/images/i`,
    'galleries name "my-gallery" in the id is not valid',
  ],
  [
    'subnet-id',
    `/subscriptions/${MASKED}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s`,
    'looks masked',
  ],
  ['staging-resource-group', `/subscriptions/${MASKED}/resourceGroups/staging`, 'looks masked'],
  [
    'storage-account',
    `/subscriptions/${MASKED}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st`,
    'looks masked',
  ],
  ['vhd', 'https://acct.blob.core.windows.net/image.vhd', 'with its container'],
  ['audience', 'api://token exchange', 'no spaces'],
  // Entries that cannot be delivered, refused by name instead of crashing or being skipped.
  ['customizer-source', 'bad-dangling', '"bad-dangling/gone.txt" is a dangling symlink'],
  ['customizer-source', 'bad-loop', '"bad-loop/loop.sh" is a symlink loop'],
  ['customizer-source', 'bad-fifo', '"bad-fifo/pipe.sh" is a FIFO (named pipe)'],
  ['customizer-source', 'bad-newline', '"bad-newline/two\\nlines.txt" has a control character'],
  ['customizer-scripts', 'bad-glob/*.sh', '"bad-glob/pipe.sh" is a FIFO (named pipe)'],
  ['customizer-scripts', 'bad-loop/loop.sh', '"bad-loop/loop.sh" is a symlink loop'],
  ['validator-scripts', 'scripts', '"scripts" is a folder: write scripts/* for the files in it'],
  ['customizer-scripts', '../*.sh', 'a glob may not climb out with ..'],
]

describe('bad inputs', () => {
  it.each(BAD_INPUTS)(
    '`%s: %s` fails naming the input, with no request to Azure',
    // A default keeps the function's length at 2, so Jest passes no `done` for two-item rows.
    async (input, value, says = '') => {
      emulator.requests.length = 0
      const run = await runAction({ inputs: { ...valid(), [input]: value }, workspace }, emulator)
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/^::error::1 input is invalid:/m)
      expect(run.stdout).toContain(`- \`${input}\`: `)
      expect(run.stdout).toContain(says)
      expect(emulator.requests).toEqual([])
      expect(run.outputs['rendered-template']).toBeUndefined()
    },
  )

  it('reports every problem at once', async () => {
    emulator.requests.length = 0
    const run = await runAction(
      {
        inputs: { ...valid(), location: '', cleanup: 'later', 'vm-size': 'x', 'client-id': 'y' },
        workspace,
      },
      emulator,
    )
    expect(run.stdout).toContain('::error::4 inputs are invalid:')
    for (const input of ['location', 'cleanup', 'vm-size', 'client-id'])
      expect(run.stdout).toContain(`\`${input}\``)
    expect(emulator.requests).toEqual([])
  })

  it('requires the id-token permission for OIDC before any request', async () => {
    emulator.requests.length = 0
    const run = await runAction(
      {
        inputs: valid(),
        workspace,
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
      },
      emulator,
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('`client-id`: OIDC needs `permissions: id-token: write`')
    expect(emulator.requests).toEqual([])
  })
})

describe('a template too large for one request', () => {
  it('9000 one-byte scripts fail before any request, naming customizer-scripts and the size', async () => {
    const many = makeWorkspace(
      Object.fromEntries(Array.from({ length: 9000 }, (_, i) => [`many/${i}.sh`, ':'])),
    )
    emulator.requests.length = 0
    const run = await runAction(
      { inputs: { ...valid(), 'customizer-scripts': 'many/*.sh' }, workspace: many },
      emulator,
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::1 input is invalid:/m)
    expect(run.stdout).toMatch(
      /- `customizer-scripts`: the rendered template is \d+ bytes \(4\.\d\d MiB\), more than the 4194304 bytes \(4 MiB\) ARM accepts in one request; 9000 customizers from `customizer-scripts` take \d+ bytes of it/m,
    )
    expect(emulator.requests).toEqual([])
  })
})

describe('dry run', () => {
  it('renders and validates with no credentials and sends nothing', async () => {
    emulator.requests.length = 0
    const run = await runAction(
      {
        inputs: {
          'dry-run': 'true',
          location: 'westeurope',
          source: 'Canonical:ubuntu-24_04-lts:server:latest',
          'customizer-scripts': 'scripts/0*.sh',
          'validator-scripts': 'scripts/03-unicode.sh',
        },
        workspace,
      },
      emulator,
    )
    expect(run.code).toBe(0)
    expect(emulator.requests).toEqual([])
    expect(run.outputs['rendered-template']).toMatch(/\.image-template\.json$/)
    expect(run.outputs['run-state']).toBeUndefined()
    expect(run.summary).toContain('Dry run')
    expect(run.summary).toMatch(
      /\| scripts\/01-bashisms\.sh \| Shell \| `customizer-scripts` \| \d+ \|/,
    )
    expect(run.summary).toContain('`validator-scripts`')
    // The summary shows exactly the file that was written.
    const file = readFileSync(run.outputs['rendered-template'] ?? '', 'utf8').trimEnd()
    expect(run.summary).toContain(`\`\`\`json\n${file}\n\`\`\``)
  })
})

describe('without the Azure SDK', () => {
  // The SDK and MSAL live in chunks main and post load only when they talk to Azure, so PR checks
  // (dry runs) and input errors start fast. A copy of dist/ without those chunks proves it.
  // Strings only the SDK carries: identity's own error text and core-rest-pipeline's request id header.
  const SDK_MARKERS = [
    'ClientAssertionCredential: tenantId is a required',
    'x-ms-client-request-id',
  ]
  const bundleWithoutSdk = (): string => {
    const copy = mkdtempSync(path.join(tmpdir(), 'aib-dist-'))
    cpSync(path.join(REPO_ROOT, 'dist'), copy, { recursive: true })
    const holdsSdk = (file: string) => {
      const text = readFileSync(path.join(copy, file), 'utf8')
      return SDK_MARKERS.some((marker) => text.includes(marker))
    }
    const sdkChunks = readdirSync(copy).filter((f) => f.endsWith('.js') && holdsSdk(f))
    expect(sdkChunks.length).toBeGreaterThan(0)
    expect(sdkChunks).not.toContain('index.js')
    for (const chunk of sdkChunks) rmSync(path.join(copy, chunk))
    return path.join(copy, 'index.js')
  }

  it('runs a dry run, its post step and an input error', async () => {
    const bundle = bundleWithoutSdk()
    const dryRun = {
      'dry-run': 'true',
      location: 'westeurope',
      source: 'Canonical:ubuntu-24_04-lts:server:latest',
      'customizer-scripts': 'scripts/0*.sh',
    }
    const main = await runAction({ inputs: dryRun, workspace, bundle }, emulator)
    expect(main.code).toBe(0)
    const post = await runAction({ inputs: dryRun, workspace, bundle, state: main.state }, emulator)
    expect(post.stdout).toContain('Cleanup: nothing to do (nothing was created in Azure)')
    const bad = await runAction(
      { inputs: { ...dryRun, location: 'West Europe!' }, workspace, bundle },
      emulator,
    )
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('`location`')
    expect(`${main.stderr}${post.stderr}${bad.stderr}`).not.toMatch(
      /Cannot find module|ERR_MODULE_NOT_FOUND/,
    )
  })
})
