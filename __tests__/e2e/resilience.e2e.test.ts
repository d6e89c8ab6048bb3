// Throttling, server errors, dropped connections and short-lived tokens during a build.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import { withScenario } from '../emulator/scenario.ts'
import type { Emulator } from '../emulator/types.ts'
import {
  CLIENT_ID,
  everything,
  runAction,
  TENANT_ID,
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

describe('transient faults', () => {
  it('rides out bursts of 429, 503 and connection resets and still succeeds', async () => {
    emulator.requests.length = 0
    emulator.scenario.faults = [
      { kind: 'status', status: 429, retryAfterSeconds: 1 },
      { kind: 'status', status: 503, retryAfterSeconds: 0 },
      { kind: 'reset' },
      { kind: 'status', status: 500 },
      { kind: 'status', status: 429, retryAfterSeconds: 0 },
    ]
    const run = await runAction({ inputs: inputs('bumpy'), workspace: makeWorkspace() }, emulator)
    expect(run.code).toBe(0)
    expect(run.outputs['run-state']).toBe('Succeeded')
    expect(emulator.scenario.faults).toEqual([])
    const answered = emulator.requests.map((r) => r.status)
    expect(answered).toEqual(expect.arrayContaining([429, 503, 500]))
    // Retries must honour Retry-After: the request after a 429 comes at least ~1 s later.
    const i = emulator.requests.findIndex((r) => r.status === 429)
    const next = emulator.requests.slice(i + 1).find((r) => r.path.includes('/subscriptions/'))
    expect((next?.at ?? 0) - (emulator.requests[i]?.at ?? 0)).toBeGreaterThanOrEqual(900)
  })
})

describe('short-lived tokens', () => {
  it('fetches fresh OIDC assertions and access tokens during a build longer than both lifetimes', async () => {
    emulator.requests.length = 0
    await withScenario(emulator, { tokenLifetimeSeconds: 2, phaseMs: 1_000 }, async () => {
      const run = await runAction(
        {
          inputs: { ...inputs('slow'), 'poll-interval-seconds': '0.5' },
          workspace: makeWorkspace(),
        },
        emulator,
      )
      expect(run.code).toBe(0)
      const tokenRequests = emulator.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'))
      const oidcRequests = emulator.requests.filter((r) => r.path.startsWith('/github/oidc'))
      expect(tokenRequests.length).toBeGreaterThanOrEqual(3)
      expect(oidcRequests.length).toBeGreaterThanOrEqual(3)
      expect(emulator.requests.filter((r) => r.status === 401)).toEqual([])
      for (const secret of emulator.issuedSecrets()) expect(everything(run)).not.toContain(secret)
    })
  })
})

describe('the default credential chain', () => {
  it('signs in with environment credentials when client-id/tenant-id are not given', async () => {
    const rest = inputs('env-credential')
    delete rest['client-id']
    delete rest['tenant-id']
    const env = {
      AZURE_CLIENT_ID: CLIENT_ID,
      AZURE_TENANT_ID: TENANT_ID,
      AZURE_CLIENT_SECRET: emulator.clientSecret,
    }
    emulator.requests.length = 0
    const run = await runAction({ inputs: rest, workspace: makeWorkspace(), env }, emulator)
    expect(run.code).toBe(0)
    const tokenRequests = emulator.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'))
    expect(tokenRequests.length).toBeGreaterThan(0)
    // The client secret from the environment, not a federated assertion, signed in.
    for (const request of tokenRequests)
      expect(request.body).toMatchObject({ client_id: CLIENT_ID, client_secret: '<redacted>' })
    expect(emulator.requests.some((r) => r.path.startsWith('/github/oidc'))).toBe(false)
    expect(everything(run)).not.toContain(emulator.clientSecret)
  })
})
