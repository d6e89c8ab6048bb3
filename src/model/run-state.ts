// How a build run can end: plain data, so the report can tell end states from phases without
// loading the Azure SDK (dry runs and input errors never load it).

const TERMINAL_STATES = ['Succeeded', 'PartiallySucceeded', 'Failed', 'Canceled'] as const
export type RunState = (typeof TERMINAL_STATES)[number]

export function isTerminal(state: string | undefined): state is RunState {
  return (TERMINAL_STATES as readonly string[]).includes(state ?? '')
}
