import { EXCHANGE_AUDIENCE } from './auth.ts'
import type { RunSubState, Scenario } from './types.ts'

/** Phases of a build in service order. */
export const ALL_PHASES: readonly RunSubState[] = [
  'Queued',
  'Building',
  'Customizing',
  'Optimizing',
  'Validating',
  'Distributing',
]

/** A scenario with every default filled in, overridden by `partial`. */
export function createScenario(partial: Partial<Scenario> = {}): Scenario {
  return {
    phaseMs: 200,
    logForm: 'url',
    provisionMs: 100,
    retryAfterSeconds: 1,
    tokenLifetimeSeconds: 3600,
    federatedAudience: EXCHANGE_AUDIENCE,
    stagingLogAccess: 'allowed',
    ...partial,
    faults: [...(partial.faults ?? [])],
  }
}

/**
 * Runs `body` with `patch` applied to the emulator's scenario and puts the changed knobs back
 * afterwards, even when `body` fails, so one test's knobs never leak into the next.
 */
export async function withScenario<T>(
  emulator: { readonly scenario: Scenario },
  patch: Partial<Scenario>,
  body: () => Promise<T>,
): Promise<T> {
  const keys = Object.keys(patch) as (keyof Scenario)[]
  const saved = Object.fromEntries(keys.map((key) => [key, emulator.scenario[key]]))
  Object.assign(emulator.scenario, patch)
  try {
    return await body()
  } finally {
    Object.assign(emulator.scenario, saved)
  }
}
