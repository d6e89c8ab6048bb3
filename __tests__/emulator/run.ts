import { randomUUID } from 'node:crypto'
import { ALL_PHASES } from './scenario.ts'
import type { RunState, RunSubState, Scenario } from './types.ts'

/** State of one build of a template. */
export interface Run {
  /** Distinguishes runs: staging resource names and log paths use it. */
  id: string
  state: RunState
  phaseIndex: number
  /** When the current phase began (ms since epoch). */
  phaseStartedAt: number
  startTime: string
  endTime?: string
  /** Name of the run operation, finished when the run ends. */
  operation?: string
  /** Cancel request in progress: its operation and when it completes. */
  cancel?: { operation: string; doneAt: number }
}

/** How a run ended, when it just did. */
export type RunEnd = 'Succeeded' | 'PartiallySucceeded' | 'Failed' | 'Canceled'

/** `lastRunStatus` as the service reports it. */
export interface LastRunStatus {
  startTime: string
  endTime?: string
  runState: RunState
  runSubState: RunSubState
  message: string
}

/**
 * What a run may do once the phase it is in is over: `pass` moves on, `fail` ends it Failed —
 * either not before `at` when given (the phase lasts until then) — and `hold` keeps it in the
 * phase until a later advance asks again.
 */
export type PhaseVerdict = { kind: 'pass' | 'fail'; at?: number } | { kind: 'hold' }

/** Asked at the end of every phase of a run. */
export type PhaseGate = (phase: RunSubState) => PhaseVerdict

/** A new run in its first phase. */
export function startRun(now: number, operation?: string): Run {
  return {
    id: randomUUID(),
    state: 'Running',
    phaseIndex: 0,
    phaseStartedAt: now,
    startTime: new Date(now).toISOString(),
    operation,
  }
}

/** Whether a run is still going (so the template cannot be deleted or run again). */
export function isActive(run: Run | undefined): boolean {
  return run?.state === 'Running' || run?.state === 'Canceling'
}

/**
 * Move `run` forward to `now`, asking `gate` (when given) at the end of each phase; returns how it
 * ended if it ended during this call.
 */
export function advanceRun(
  run: Run,
  now: number,
  scenario: Scenario,
  gate?: PhaseGate,
): RunEnd | undefined {
  if (run.state === 'Canceling') return advanceCancel(run, now)
  if (run.state !== 'Running') return undefined
  // Read the scenario at each transition so tests can change it while a run is under way.
  while (now - run.phaseStartedAt >= scenario.phaseMs) {
    const step = endPhase(run, now, scenario, gate)
    if (step !== 'next') return step
  }
  return undefined
}

/**
 * End the phase `run` is in, its time being up: 'next' when the run moved on to the next phase,
 * else how it ended (undefined: held in the phase by `gate`).
 */
function endPhase(
  run: Run,
  now: number,
  scenario: Scenario,
  gate: PhaseGate | undefined,
): RunEnd | 'next' | undefined {
  const verdict = gate?.(currentPhase(run)) ?? { kind: 'pass' }
  if (verdict.kind === 'hold') return undefined
  const due = run.phaseStartedAt + scenario.phaseMs
  const phaseEnd = Math.min(now, Math.max(due, verdict.at ?? due))
  if (verdict.kind === 'fail') return end(run, 'Failed', phaseEnd)
  if (scenario.failAt !== undefined && currentPhase(run) === scenario.failAt) {
    return end(run, 'Failed', phaseEnd)
  }
  if (run.phaseIndex + 1 >= ALL_PHASES.length) {
    return end(run, scenario.partial ? 'PartiallySucceeded' : 'Succeeded', phaseEnd)
  }
  run.phaseIndex += 1
  run.phaseStartedAt = phaseEnd
  return 'next'
}

/** Ask a running build to stop; it is Canceled after `durationMs`. */
export function requestCancel(run: Run, now: number, operation: string, durationMs: number): void {
  run.state = 'Canceling'
  run.cancel = { operation, doneAt: now + durationMs }
}

/** Sub-state the run is in (or ended in). */
export function currentPhase(run: Run): RunSubState {
  return ALL_PHASES[Math.min(run.phaseIndex, ALL_PHASES.length - 1)] ?? 'Queued'
}

/** The `lastRunStatus` of `run`, with `message` supplied by the caller. */
export function lastRunStatusOf(run: Run, message: string): LastRunStatus {
  const status: LastRunStatus = {
    startTime: run.startTime,
    runState: run.state,
    runSubState: currentPhase(run),
    message,
  }
  if (run.endTime !== undefined) status.endTime = run.endTime
  return status
}

function advanceCancel(run: Run, now: number): RunEnd | undefined {
  if (!run.cancel || now < run.cancel.doneAt) return undefined
  return end(run, 'Canceled', run.cancel.doneAt)
}

function end(run: Run, state: RunEnd, at: number): RunEnd {
  run.state = state
  run.endTime = new Date(at).toISOString()
  return state
}
