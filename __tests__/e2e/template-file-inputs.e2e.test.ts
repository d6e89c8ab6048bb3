// Template files that used to crash the action or reach Azure, through the bundle in a real run
// against the emulator: each fails naming `template` (or `template-vars`) with no write request.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO, runAction } from '../harness/run-action.ts'

let emulator: Emulator
const workspace = mkdtempSync(path.join(tmpdir(), 'aib-bad-files-'))
/** Another copy of the bundle while developing (CORPUS_BUNDLE=/tmp/dist/index.js); dist/ by default. */
const bundle = process.env.CORPUS_BUNDLE

const resource = (properties: Record<string, unknown> = {}) => ({
  type: 'Microsoft.VirtualMachineImages/imageTemplates',
  location: 'westeurope',
  properties: {
    source: {
      type: 'PlatformImage',
      publisher: 'Canonical',
      offer: 'ubuntu-24_04-lts',
      sku: 'server',
      version: 'latest',
    },
    distribute: [{ type: 'VHD', runOutputName: 'vhd' }],
    ...properties,
  },
})
const deployment = (variables: Record<string, string>, inline: string) => ({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
  variables,
  resources: [resource({ customize: [{ type: 'Shell', name: 'a', inline: [inline] }] })],
})
const doubling: Record<string, string> = { v0: 'x'.repeat(16) }
for (let i = 1; i < 40; i++)
  doubling[`v${i}`] = `[concat(variables('v${i - 1}'), variables('v${i - 1}'))]`

const FILES: Record<string, string | Buffer> = {
  'utf16.json': Buffer.from(`\uFEFF${JSON.stringify(resource())}`, 'utf16le'),
  'deep.json': `{"properties": {"source": ${'['.repeat(2000)}${']'.repeat(2000)}}}`,
  'doubling.json': JSON.stringify(deployment(doubling, "[variables('v39')]")),
  'control.json': JSON.stringify(resource()).replace('"vhd"', '"v\u0001hd"'),
  'terraform.json': JSON.stringify(resource()).replace(
    '"vhd"}]',
    '"vhd", "replicationRegions": ${regions}}]',
  ),
  'masked-id.json': JSON.stringify(
    resource({
      distribute: [
        {
          type: 'ManagedImage',
          imageId:
            '/subscriptions/24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx/resourceGroups/rg/providers/Microsoft.Compute/images/x',
          location: 'westeurope',
          runOutputName: 'img',
        },
      ],
    }),
  ),
  'string-timeout.json': JSON.stringify(resource({ buildTimeoutInMinutes: 'two hours' })),
  'bom.json': Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(JSON.stringify(resource())),
  ]),
}

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
  for (const [name, content] of Object.entries(FILES))
    writeFileSync(path.join(workspace, name), content)
})
afterAll(async () => {
  await emulator.close()
})

/** A real build's inputs: the source and location come from the file. */
const inputs = (extra: Record<string, string>) => {
  const all: Record<string, string> = { ...buildInputs(emulator, 'bad-file'), ...extra }
  delete all.source
  delete all.location
  return all
}

describe('template files that must fail before any write request', () => {
  it.each([
    ['utf16.json', {}, 'utf16.json: the file is UTF-16 (little-endian); save it as UTF-8'],
    ['deep.json', {}, 'deep.json:1:89: nested more than 64 levels deep'],
    ['doubling.json', {}, 'concat() builds a value of more than 4 MiB'],
    ['control.json', {}, 'a raw control character (U+0001) inside a string: write it as \\u0001'],
    [
      'terraform.json',
      { 'template-vars': 'regions=westeurope, northeurope' },
      '${regions} stands outside quotes, so template-var regions must be a JSON value',
    ],
    ['masked-id.json', {}, 'looks masked (x, * or … in place of digits, as logs and docs show it)'],
    [
      'string-timeout.json',
      {},
      'properties.buildTimeoutInMinutes: must be a whole number, got a string "two hours"',
    ],
    [
      'bom.json',
      { 'template-vars': 'a=1\nA=2' },
      '`template-vars`: a and A differ only in case, and placeholders match names ignoring case: keep one',
    ],
  ])('%s %j', async (file, extra: Record<string, string>, message) => {
    emulator.requests.length = 0
    const run = await runAction(
      { inputs: inputs({ template: file, ...extra }), workspace, bundle },
      emulator,
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(message)
    expect(run.stdout).not.toContain('Unexpected error')
    expect(run.stdout).not.toContain('`source`: is required')
    expect(emulator.writes()).toEqual([])
  })

  it('a file with a UTF-8 byte order mark builds, with a note', async () => {
    const run = await runAction(
      { inputs: inputs({ template: 'bom.json', 'dry-run': 'true' }), workspace, bundle },
      emulator,
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('UTF-8 byte order mark at the start of the file: ignored')
  })
})
