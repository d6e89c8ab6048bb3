// Cancel by SIGINT, templates of the same name, wait: false then resume.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { startEmulator } from '../emulator/emulator.ts'
import { withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import {
  emulatorInputs,
  everything,
  runAction,
  SUBSCRIPTION_ID,
  buildInputs,
  FAST_SCENARIO,
} from '../harness/run-action.ts'
import { makeWorkspace } from '../harness/workspace.ts'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
})
afterAll(async () => {
  await emulator.close()
})

const inputs = (name: string): Record<string, string> => buildInputs(emulator, name)

const templateId = (name: string) =>
  `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/images-rg/providers/Microsoft.VirtualMachineImages/imageTemplates/${name}`

const seedBody = {
  location: 'westeurope',
  identity: {
    type: 'UserAssigned',
    userAssignedIdentities: {
      [`/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/images-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib-identity`]:
        {},
    },
  },
  properties: {
    source: {
      type: 'PlatformImage',
      publisher: 'Canonical',
      offer: 'ubuntu-24_04-lts',
      sku: 'server',
      version: 'latest',
    },
    distribute: [
      {
        type: 'ManagedImage',
        imageId: `/subscriptions/${SUBSCRIPTION_ID}/resourceGroups/images-rg/providers/Microsoft.Compute/images/x`,
        location: 'westeurope',
        runOutputName: 'x',
      },
    ],
  },
}

const writesTo = (name: string) =>
  emulator.writes().filter((r) => r.path.toLowerCase().includes(`/imagetemplates/${name}`))
const exists = (name: string) => emulator.templates.has(templateId(name).toLowerCase())

describe('cancel', () => {
  it('SIGINT while waiting cancels the build in Azure, and post deletes the template', async () => {
    await withScenario(emulator, { phaseMs: 3_000 }, async () => {
      const workspace = makeWorkspace()
      const main = await runAction(
        {
          inputs: inputs('cancelled'),
          workspace,
          onStdout: (text, child) => {
            if (text.includes('Build phase: Queued') && !child.killed) child.kill('SIGINT')
          },
        },
        emulator,
      )
      expect(main.code).not.toBe(0)
      expect(main.stdout).toContain('The workflow was cancelled: cancelling the build')
      expect(main.outputs['run-state']).toBe('Canceled')
      expect(writesTo('cancelled').map((r) => `${r.method} ${r.path.split('/').pop()}`)).toContain(
        'POST cancel',
      )
      const post = await runAction(
        { inputs: inputs('cancelled'), workspace, state: main.state },
        emulator,
      )
      expect(post.code).toBe(0)
      expect(post.stdout).toContain('Cleanup: the build was cancelled (cleanup: on-success)')
      expect(post.stdout).toContain('Deleted the image template "cancelled"')
      expect(exists('cancelled')).toBe(false)
      for (const secret of emulator.issuedSecrets())
        expect(everything(main) + everything(post)).not.toContain(secret)
    })
  })

  it('post alone (main killed, its state lost) finds its template from the inputs, cancels and deletes it', async () => {
    await withScenario(emulator, { phaseMs: 3_000 }, async () => {
      const workspace = makeWorkspace()
      const main = await runAction(
        {
          inputs: inputs('orphan'),
          workspace,
          onStdout: (text, child) => {
            if (text.includes('Build phase: Queued') && !child.killed) child.kill('SIGKILL')
          },
        },
        emulator,
      )
      expect(main.code).toBeNull()
      expect(exists('orphan')).toBe(true)
      const post = await runAction(
        { inputs: inputs('orphan'), workspace, state: { phase: 'post' } },
        emulator,
      )
      expect(post.code).toBe(0)
      expect(post.stdout).toContain('Cancelling the build that is still running')
      expect(post.stdout).toContain('Deleted the image template "orphan"')
      expect(exists('orphan')).toBe(false)
    })
  })

  it('post without state leaves a template of the same name that another job created alone', async () => {
    emulator.seedTemplate(templateId('foreign'), seedBody, 'Running')
    const post = await runAction(
      { inputs: inputs('foreign'), workspace: makeWorkspace(), state: { phase: 'post' } },
      emulator,
    )
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('leaving the image template "foreign"')
    expect(post.stdout).toContain('this job did not create it (github-actions-owner: none)')
    expect(writesTo('foreign')).toEqual([])
    expect(exists('foreign')).toBe(true)
  })
})

describe('a template of the same name', () => {
  it('is deleted and recreated when idle', async () => {
    emulator.seedTemplate(templateId('reused'), seedBody, 'Succeeded')
    const main = await runAction({ inputs: inputs('reused'), workspace: makeWorkspace() }, emulator)
    expect(main.code).toBe(0)
    expect(main.stdout).toContain('Deleting the existing idle image template "reused"')
    const order = writesTo('reused').map(
      (r) => `${r.method}${r.path.endsWith('/run') ? ' run' : ''}`,
    )
    expect(order.slice(0, 3)).toEqual(['DELETE', 'PUT', 'POST run'])
  })

  it('fails the step clearly when running, and touches nothing', async () => {
    await withScenario(emulator, { phaseMs: 5_000 }, async () => {
      emulator.seedTemplate(templateId('busy'), seedBody, 'Running')
      const main = await runAction({ inputs: inputs('busy'), workspace: makeWorkspace() }, emulator)
      expect(main.code).toBe(1)
      expect(main.stdout).toMatch(
        /::error::The image template "busy" .* already exists and its build is Running/,
      )
      expect(writesTo('busy')).toEqual([])
    })
  })
})

describe('wait: false, then resume in another job', () => {
  it('returns once started, leaves the build alone in post, and a resume job follows it to the end', async () => {
    await withScenario(emulator, { phaseMs: 400 }, async () => {
      const workspace = makeWorkspace()
      const started = await runAction(
        { inputs: { ...inputs('long-build'), wait: 'false' }, workspace },
        emulator,
      )
      expect(started.code).toBe(0)
      expect(started.outputs['template-name']).toBe('long-build')
      expect(started.outputs['run-state'] ?? '').toBe('')
      const post = await runAction(
        { inputs: { ...inputs('long-build'), wait: 'false' }, workspace, state: started.state },
        emulator,
      )
      expect(post.stdout).toContain('the build continues after this job')
      expect(exists('long-build')).toBe(true)

      // Another job: only where the template is and how to sign in; not what it was built from.
      const resumeInputs = {
        ...emulatorInputs(emulator),
        'resource-group': 'images-rg',
        'image-template-name': 'long-build',
        'poll-interval-seconds': '0.1',
        resume: 'true',
      }
      const resumed = await runAction({ inputs: resumeInputs, workspace }, emulator)
      expect(resumed.code).toBe(0)
      expect(resumed.outputs['run-state']).toBe('Succeeded')
      expect(resumed.outputs['image-id']).toMatch(/images\/long-build$/)
      const adopted = JSON.parse(readFileSync(resumed.outputs['rendered-template'] ?? '', 'utf8'))
      expect(adopted.properties.source).toMatchObject({
        type: 'PlatformImage',
        publisher: 'Canonical',
      })
      expect(writesTo('long-build').filter((r) => r.method === 'PUT')).toHaveLength(1)
      const cleanup = await runAction(
        { inputs: resumeInputs, workspace, state: resumed.state },
        emulator,
      )
      expect(cleanup.stdout).toContain('Deleted the image template "long-build"')
    })
  })
})
