import type { ImageTemplate, ImageTemplateLastRunStatus } from '@azure/arm-imagebuilder'
import { ActionError } from '../runner/errors.ts'
import { isTransient } from './errors.ts'
import { formatElapsed } from '../runner/elapsed.ts'

const TERMINAL_STATES = ['Succeeded', 'PartiallySucceeded', 'Failed', 'Canceled'] as const
export type RunState = (typeof TERMINAL_STATES)[number]

/** A phase of the build and when it was first seen, counted from the start of the watch. */
export interface BuildPhase {
  readonly phase: string
  readonly atMs: number
}

export interface RunEnd {
  readonly runState: RunState
  readonly message: string
  readonly phases: readonly BuildPhase[]
}

export interface WatchDeps {
  readonly getTemplate: (signal: AbortSignal) => Promise<ImageTemplate | undefined>
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  readonly now: () => number
  readonly log: (message: string) => void
  readonly warn: (message: string) => void
  readonly intervalMs: number
}

/** Consecutive failed reads tolerated (on top of the SDK's own retries) before giving up. */
const MAX_FAILED_READS = 10

export function isTerminal(state: string | undefined): state is RunState {
  return (TERMINAL_STATES as readonly string[]).includes(state ?? '')
}

/** Follows lastRunStatus until the run ends, logging each phase change as it happens. */
export async function waitForRun(deps: WatchDeps, signal: AbortSignal): Promise<RunEnd> {
  const started = deps.now()
  const phases: BuildPhase[] = []
  let failedReads = 0
  for (;;) {
    signal.throwIfAborted()
    let status: ImageTemplateLastRunStatus | undefined
    try {
      status = await readStatus(deps, signal)
      failedReads = 0
    } catch (error) {
      if (!isTransient(error) || ++failedReads > MAX_FAILED_READS) throw error
      deps.warn(
        `Reading the build status failed (${(error as Error).message}); trying again (${failedReads}/${MAX_FAILED_READS})`,
      )
    }
    if (status) {
      const phase = phaseOf(status)
      if (phase !== phases.at(-1)?.phase) {
        const atMs = deps.now() - started
        phases.push({ phase, atMs })
        deps.log(`Build phase: ${phase} (after ${formatElapsed(atMs)})`)
      }
      if (isTerminal(status.runState))
        return { runState: status.runState, message: status.message ?? '', phases }
    }
    await deps.sleep(deps.intervalMs, signal)
  }
}

async function readStatus(
  deps: WatchDeps,
  signal: AbortSignal,
): Promise<ImageTemplateLastRunStatus | undefined> {
  const template = await deps.getTemplate(signal)
  if (!template)
    throw new ActionError(
      'The image template disappeared while the build was running (deleted by someone else?)',
    )
  return template.lastRunStatus
}

/** Running phases show the sub-state; the end shows the final state. */
function phaseOf(status: ImageTemplateLastRunStatus): string {
  if (status.runState === 'Running') return status.runSubState ?? 'Queued'
  return status.runState ?? 'Queued'
}
