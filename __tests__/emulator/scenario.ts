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
    phases: [...ALL_PHASES],
    logForm: 'url',
    provisionMs: 100,
    retryAfterSeconds: 1,
    tokenLifetimeSeconds: 3600,
    ...partial,
    faults: [...(partial.faults ?? [])],
  }
}
