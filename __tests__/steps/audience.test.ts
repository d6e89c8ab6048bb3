// The `audience` input and its per-cloud default reach GitHub's token request, and Entra (the
// emulator) refuses a token whose audience its federated credential does not expect.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { buildInputs, FAST_SCENARIO } from '../harness/run-action.ts'
import { stepRunner, type StepRunner } from '../harness/step-runner.ts'

const US_GOV = 'api://AzureADTokenExchangeUSGov'

let emulator: Emulator
let steps: StepRunner

beforeAll(async () => {
  // A federated credential made for the US Government cloud.
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO, federatedAudience: US_GOV } })
  steps = stepRunner(emulator)
})
afterAll(async () => {
  steps.cleanup()
  await emulator.close()
})

const audiencesAsked = (since: number) =>
  emulator.requests
    .slice(since)
    .filter((r) => r.path.startsWith('/github/oidc'))
    .map((r) => r.query.audience)
const writesTo = (name: string) =>
  emulator.writes().filter((r) => r.path.toLowerCase().includes(`/imagetemplates/${name}`))

describe('audience', () => {
  it("defaults to the cloud's audience: AzureUSGovernment asks for api://AzureADTokenExchangeUSGov", async () => {
    const since = emulator.requests.length
    const inputs = { ...buildInputs(emulator, 'gov'), environment: 'AzureUSGovernment' }
    const { code } = await steps.runMain(inputs)
    expect(code).toBe(0)
    expect(new Set(audiencesAsked(since))).toEqual(new Set([US_GOV]))
  })

  it('takes the audience input', async () => {
    const since = emulator.requests.length
    const { code } = await steps.runMain({ ...buildInputs(emulator, 'given'), audience: US_GOV })
    expect(code).toBe(0)
    expect(new Set(audiencesAsked(since))).toEqual(new Set([US_GOV]))
  })

  it('fails sign-in like Entra (AADSTS700212) when the credential expects another audience, writing nothing', async () => {
    const since = emulator.requests.length
    const { io, code } = await steps.runMain(buildInputs(emulator, 'public'))
    expect(code).toBe(1)
    expect(new Set(audiencesAsked(since))).toEqual(new Set(['api://AzureADTokenExchange']))
    const error = io.linesOf('error').join('\n')
    expect(error).toContain('AADSTS700212')
    expect(error).toContain('set the `audience` input to the one it lists')
    expect(writesTo('public')).toEqual([])
  })
})
