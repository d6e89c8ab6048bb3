// Bring your own template: a quickstart-style file with placeholders plus the repository's scripts.
// A dry run sends nothing; a real run sends exactly the rendered template.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import {
  emulatorInputs,
  FAST_SCENARIO,
  REPO_ROOT,
  runAction,
  SUBSCRIPTION_ID,
} from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator
let workspace: string

const IDENTITY = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/images-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib-builder`
const VARS = [
  'region=westeurope',
  `imgBuilderId=${IDENTITY}`,
  `subscriptionID=${SUBSCRIPTION_ID}`,
  'rgName=images-rg',
  'imageName=ubuntu-custom',
  'runOutputName=ubuntu-custom-ro',
].join('\n')

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
  const fixture = path.join(REPO_ROOT, '__tests__/fixtures/templates/valid/quickstart-linux.json')
  workspace = makeWorkspace({ 'image/template.json': readFileSync(fixture) })
})
afterAll(async () => {
  await emulator.close()
})

const inputs = (extra: Record<string, string> = {}) => ({
  template: 'image/template.json',
  'template-vars': VARS,
  'customizer-scripts': 'scripts/0*.sh',
  'poll-interval-seconds': '0.1',
  ...extra,
})

describe('a template file with repository scripts', () => {
  it('dry run: validates everything, shows where each customizer came from, sends nothing', async () => {
    emulator.requests.length = 0
    const run = await runAction({ inputs: inputs({ 'dry-run': 'true' }), workspace }, emulator)
    expect(run.stdout).not.toContain('::error::')
    expect(run.code).toBe(0)
    expect(emulator.requests).toEqual([])
    const rendered = JSON.parse(readFileSync(run.outputs['rendered-template'] ?? '', 'utf8')) as {
      location: string
      properties: { customize: { name: string }[]; buildTimeoutInMinutes: number }
    }
    const names = rendered.properties.customize.map((c) => c.name)
    // The file's own customizers first, then the repository's (artifacts, then scripts).
    expect(names).toEqual([
      'RunScriptFromSource',
      'InstallTools',
      'DownloadConfig',
      'workflow-artifacts',
      'scripts/01-bashisms.sh',
      'scripts/02-heredoc.sh',
      'scripts/03-unicode.sh',
    ])
    expect(rendered.location).toBe('westeurope')
    expect(rendered.properties.buildTimeoutInMinutes).toBe(80)
    expect(run.stdout).toContain('location westeurope: from the template file image/template.json')
    expect(run.summary).toMatch(
      /\| InstallTools \| Shell \| `template image\/template\.json` \| \d+ \| `[0-9a-f]{16}…` \|/,
    )
    expect(run.summary).toMatch(
      /\| scripts\/02-heredoc\.sh \| Shell \| `customizer-scripts` \| \d+ \|/,
    )
  })

  it('real run: the emulator receives exactly the rendered template', async () => {
    emulator.requests.length = 0
    const run = await runAction(
      {
        inputs: {
          ...inputs(),
          ...emulatorInputs(emulator),
          'resource-group': 'images-rg',
          'image-template-name': 'from-file',
        },
        workspace,
      },
      emulator,
    )
    expect(run.code).toBe(0)
    const rendered = JSON.parse(readFileSync(run.outputs['rendered-template'] ?? '', 'utf8'))
    const put = emulator.writes().find((r) => r.method === 'PUT')?.body as Record<string, unknown>
    expect(put.properties).toEqual(rendered.properties)
    expect(put.location).toBe(rendered.location)
    expect(put.identity).toEqual({
      type: 'UserAssigned',
      userAssignedIdentities: { [IDENTITY]: {} },
    })
    expect(run.outputs['run-outputs']).toContain('ubuntu-custom-ro')
  })

  it('an unresolved placeholder fails naming the input and the JSON path, with no request', async () => {
    emulator.requests.length = 0
    const run = await runAction(
      { inputs: inputs({ 'dry-run': 'true', 'template-vars': 'region=westeurope' }), workspace },
      emulator,
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/- `template`: image\/template\.json:\d+:\d+ .*imgBuilderId/)
    expect(emulator.requests).toEqual([])
  })

  it('a template that fails validation leaves a same-named template of another job alone in post', async () => {
    const name = 'shared-name'
    const id = `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/images-rg/providers/Microsoft.VirtualMachineImages/imageTemplates/${name}`
    const quickstart = JSON.parse(
      readFileSync(path.join(workspace, 'image/template.json'), 'utf8'),
    ) as { properties: { customize: object[] } }
    quickstart.properties.customize.push({
      type: 'File',
      name: 'app-config',
      sourceUri: 'https://example.com/app.conf',
      destination: '/etc/app.conf',
    })
    writeFileSync(path.join(workspace, 'image/invalid.json'), JSON.stringify(quickstart))
    emulator.seedTemplate(id, { location: 'westeurope', properties: {} }, 'Running')
    emulator.requests.length = 0
    const failing = {
      ...inputs({ template: 'image/invalid.json', 'image-template-name': name, cleanup: 'always' }),
      ...emulatorInputs(emulator),
      'resource-group': 'images-rg',
    }
    const main = await runAction({ inputs: failing, workspace }, emulator)
    expect(main.code).toBe(1)
    expect(main.stdout).toContain('/etc/app.conf')
    const post = await runAction({ inputs: failing, workspace, state: main.state }, emulator)
    expect(post.stdout).toContain('Cleanup: nothing to do')
    expect(emulator.requests).toEqual([])
  })
})
