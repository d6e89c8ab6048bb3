// The build's lifecycle against a misbehaving ARM: lost answers, cut-short bodies, a long outage,
// error bodies that echo secrets, and a post step stopped by the runner.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import { withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import {
  buildInputs,
  everything,
  FAST_SCENARIO,
  runAction,
  SUBSCRIPTION_ID,
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
const exists = (name: string) => emulator.templates.has(templateId(name).toLowerCase())
const requestsTo = (name: string, suffix = '') =>
  emulator.requests.filter((r) => r.path.toLowerCase().endsWith(`/imagetemplates/${name}${suffix}`))

describe('a lost answer to POST …/run', () => {
  it('is the build this job started: followed to the end, one run, nothing cancelled', async () => {
    emulator.scenario.faults.push({ kind: 'drop', on: { method: 'POST', path: /\/run$/ } })
    const workspace = makeWorkspace()
    const main = await runAction({ inputs: inputs('lost-start'), workspace }, emulator)
    expect(main.stdout).toContain('the answer to the start request was lost')
    expect(main.code).toBe(0)
    expect(main.outputs['run-state']).toBe('Succeeded')
    const runs = requestsTo('lost-start', '/run').filter((r) => r.method === 'POST')
    expect(runs.map((r) => r.status)).toEqual([202, 409])
    expect(requestsTo('lost-start', '/cancel')).toEqual([])
    const post = await runAction(
      { inputs: inputs('lost-start'), workspace, state: main.state },
      emulator,
    )
    expect(post.stdout).toContain('Deleted the image template "lost-start"')
  })
})

describe('a truncated body while polling', () => {
  it('is one failed read, not a failed step', async () => {
    const truncated = { kind: 'truncate', on: { method: 'GET', path: /\/cut-short$/ } } as const
    // One before the submit (the existence check) and one while following the build.
    emulator.scenario.faults.push(truncated)
    let pushed = false
    const main = await runAction(
      {
        inputs: inputs('cut-short'),
        workspace: makeWorkspace(),
        onStdout: (text) => {
          if (text.includes('Build started') && !pushed) {
            pushed = true
            emulator.scenario.faults.push(truncated)
          }
        },
      },
      emulator,
    )
    expect(main.code).toBe(0)
    expect(main.outputs['run-state']).toBe('Succeeded')
    expect(main.stdout).toMatch(
      /Reading the build status failed \(.*the answer was cut short or is not JSON.*\); trying again \(1\/40\)/,
    )
    expect(main.stdout).not.toContain('::warning::')
    expect(emulator.scenario.faults).toEqual([])
  })
})

describe('a long ARM outage while following the build', () => {
  it('ends with a cancel attempt, says the build may still be running, and post cleans up after', async () => {
    await withScenario(emulator, { phaseMs: 2_000 }, async () => {
      const workspace = makeWorkspace()
      const main = await runAction(
        {
          inputs: { ...inputs('outage'), 'poll-interval-seconds': '0.05' },
          workspace,
          onStdout: (text) => {
            if (
              text.includes('Build phase: Queued') &&
              emulator.scenario.armDownUntil === undefined
            )
              emulator.scenario.armDownUntil = Date.now() + 60_000
          },
        },
        emulator,
      )
      emulator.scenario.armDownUntil = undefined
      expect(main.code).toBe(1)
      expect(main.stdout).toContain('trying again (40/40)')
      expect(main.stdout).toContain('Reading the build status failed 41 times in a row')
      expect(main.stdout).toContain(
        'Gave up after 5s waiting for the cancel request to be accepted.',
      )
      expect(main.stdout).toContain('the build may still be running in Azure')
      expect(main.stdout).toContain(`az image builder cancel --ids ${templateId('outage')}`)
      expect(exists('outage')).toBe(true)

      const post = await runAction(
        { inputs: inputs('outage'), workspace, state: main.state },
        emulator,
      )
      expect(post.stdout).toContain('Cancelling the build that is still running')
      expect(post.stdout).toContain('Deleted the image template "outage"')
      expect(exists('outage')).toBe(false)
    })
  })
})

describe('an ARM error that echoes secrets', () => {
  it('shows neither the SAS signature nor the bearer token anywhere', async () => {
    const signature = 'Zm9vYmFyU2lnbmF0dXJlMTIzNDU2Nzg5MA%3D%3D'
    const objectId = '5b7c41f0-0c59-4a1d-9d1e-3a4b5c6d7e8f'
    const message =
      'The template is invalid: the customizer sourceUri ' +
      `https://acct.blob.core.windows.net/c/app.tar.gz?sv=2022-11-02&sr=b&skoid=${objectId}&sig=${signature} could not be read. ` +
      'Request header Authorization: {authorization}'
    emulator.scenario.faults.push({
      kind: 'error',
      status: 400,
      code: 'InvalidParameter',
      message,
      on: { method: 'PUT', path: /\/echo$/ },
    })
    const run = await runAction({ inputs: inputs('echo'), workspace: makeWorkspace() }, emulator)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::Creating image template "echo"')
    expect(run.stdout).toContain('sig=***')
    expect(run.stdout).toContain('Authorization: ***')
    const shown = everything(run)
    for (const secret of [signature, decodeURIComponent(signature), objectId])
      expect(shown).not.toContain(secret)
    // The token the action really sent, which ARM echoed back.
    const tokens = emulator.issuedSecrets()
    expect(tokens.length).toBeGreaterThan(0)
    for (const token of tokens) expect(shown).not.toContain(token)
  })
})

describe('post stopped by the runner', () => {
  it('says what it left and how to remove it, and exits at once', async () => {
    await withScenario(emulator, { phaseMs: 60_000, cancelMs: 600_000 }, async () => {
      const workspace = makeWorkspace()
      const main = await runAction(
        {
          inputs: inputs('stopped-post'),
          workspace,
          onStdout: (text, child) => {
            if (text.includes('Build phase: Queued') && !child.killed) child.kill('SIGKILL')
          },
        },
        emulator,
      )
      expect(main.code).toBeNull()
      let signalledAt = 0
      const post = await runAction(
        {
          inputs: inputs('stopped-post'),
          workspace,
          state: main.state,
          onStdout: (text, child) => {
            if (text.includes('Waiting for the build to stop') && !child.killed) {
              signalledAt = Date.now()
              child.kill('SIGINT')
            }
          },
        },
        emulator,
      )
      expect(signalledAt).toBeGreaterThan(0)
      expect(post.code).toBe(0)
      expect(post.stdout).toContain(
        `::warning::Cleanup did not finish: the runner stopped the post step. The image template "stopped-post" may still exist, and its build may still be running: ${templateId('stopped-post')}`,
      )
      expect(post.stdout).toContain(`az image builder delete --ids ${templateId('stopped-post')}`)
    })
  })
})
