import type { ImageTemplate, ImageTemplateLastRunStatus } from '@azure/arm-imagebuilder'
import { DeadlineError } from '../model/deadline.ts'
import { ActionError } from '../model/errors.ts'
import { isTransient, retryAfterMs } from './errors.ts'
import { formatElapsed } from '../model/elapsed.ts'

import { isTerminal, type RunState } from '../model/run-state.ts'

/** A phase of the build and when it was first seen, counted from the start of the watch. */
export interface BuildPhase {
  readonly phase: string
  readonly atMs: number
}

/**
 * The phases seen while following a build, filled in as they are seen: whoever holds it knows
 * what happened even when the watch ends by a cancel or an error. Times only go forward.
 */
export interface Timeline {
  /** When the watch started, ms since the epoch. */
  readonly startedAt: number
  readonly phases: BuildPhase[]
  /** When the watch ended (the run's end was seen, or it was given up), ms since the epoch. */
  endedAt?: number
}

export function newTimeline(startedAt: number): Timeline {
  return { startedAt, phases: [] }
}

export interface RunEnd {
  readonly runState: RunState
  readonly message: string
  readonly timeline: Timeline
  /** The template's `exactStagingResourceGroup`, where its customization.log is kept. */
  readonly stagingResourceGroup?: string
}

export interface WatchDeps {
  readonly getTemplate: (signal: AbortSignal) => Promise<ImageTemplate | undefined>
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
  readonly now: () => number
  readonly log: (message: string) => void
  readonly warn: (message: string) => void
  readonly intervalMs: number
  /** Consecutive failed status reads tolerated; one more ends the watch with StatusOutage. */
  readonly maxFailedReads: number
  /** A phase that lasts longer than this gets a "still …" line this often. */
  readonly heartbeatMs: number
}

/** Every 5 minutes: a 60-minute build logs about 20 lines at any poll interval. */
export const HEARTBEAT_MS = 5 * 60_000

/** Failed reads in a row after which the log says so with a warning, not only a line. */
const PERSISTING_FAILURES = 5

/** The status could not be read `maxFailedReads + 1` times in a row: the build's fate is unknown. */
export class StatusOutage extends ActionError {
  readonly failedReads: number
  constructor(failedReads: number, last: unknown) {
    const why = last instanceof Error ? last.message : String(last)
    super(`Reading the build status failed ${failedReads} times in a row (last: ${why})`, {
      cause: last,
    })
    this.name = 'StatusOutage'
    this.failedReads = failedReads
  }
}

/**
 * Follows lastRunStatus until the run ends, logging each phase change as it happens. Transient
 * read failures (throttling, 5xx, resets, truncated bodies) are retried at the poll interval, or
 * later when the service asks; more than `maxFailedReads` in a row throw StatusOutage.
 */
export async function waitForRun(
  deps: WatchDeps,
  signal: AbortSignal,
  timeline: Timeline = newTimeline(deps.now()),
): Promise<RunEnd> {
  let failedReads = 0
  let lastLineAt = 0
  try {
    for (;;) {
      signal.throwIfAborted()
      let template: ImageTemplate | undefined
      let waitMs = deps.intervalMs
      try {
        template = await readTemplate(deps, signal)
        failedReads = 0
      } catch (error) {
        failedReads = countFailedRead(deps, error, signal, failedReads)
        waitMs = Math.max(waitMs, retryAfterMs(error))
      }
      const status = template?.lastRunStatus
      const atMs = elapsedOn(deps, timeline)
      if (status && notePhase(deps, timeline.phases, phaseOf(status), atMs)) lastLineAt = atMs
      else if (atMs - lastLineAt >= deps.heartbeatMs) lastLineAt = heartbeat(deps, timeline, atMs)
      const end = endOf(template, timeline)
      if (end) return end
      await deps.sleep(waitMs, signal)
    }
  } finally {
    timeline.endedAt = timeline.startedAt + elapsedOn(deps, timeline)
  }
}

/**
 * Time since the watch started, never less than when the last phase was seen: the wall clock may
 * step back (NTP), and a timeline whose phases go back in time is no timeline.
 */
function elapsedOn(deps: WatchDeps, timeline: Timeline): number {
  return Math.max(deps.now() - timeline.startedAt, timeline.phases.at(-1)?.atMs ?? 0, 0)
}

/** Records and logs a phase the first time it is seen; returns whether it was new. */
function notePhase(deps: WatchDeps, phases: BuildPhase[], phase: string, atMs: number): boolean {
  if (phase === phases.at(-1)?.phase) return false
  phases.push({ phase, atMs })
  deps.log(`Build phase: ${phase} (after ${formatElapsed(atMs)})`)
  return true
}

/** A line during a long phase, so a 45-minute Customizing does not look like a hang. */
function heartbeat(deps: WatchDeps, timeline: Timeline, atMs: number): number {
  const current = timeline.phases.at(-1)
  const phase = current ? `${current.phase} for ${formatElapsed(atMs - current.atMs)}` : 'waiting'
  deps.log(`Build still ${phase} (${formatElapsed(atMs)} since the watch started)`)
  return atMs
}

/**
 * A failed read that may pass (transient, or a read past its deadline) is counted and reported;
 * anything else, an abort, or one failure too many ends the watch.
 */
function countFailedRead(
  deps: WatchDeps,
  error: unknown,
  signal: AbortSignal,
  failedReads: number,
): number {
  if (!(isTransient(error) || error instanceof DeadlineError) || signal.aborted) throw error
  const count = failedReads + 1
  if (count > deps.maxFailedReads) throw new StatusOutage(count, error)
  reportFailedRead(deps, error, count)
  return count
}

/** One blip is a log line; failures that persist become a warning, once. */
function reportFailedRead(deps: WatchDeps, error: unknown, failedReads: number): void {
  const line = `Reading the build status failed (${(error as Error).message}); trying again (${failedReads}/${deps.maxFailedReads})`
  if (failedReads === PERSISTING_FAILURES) deps.warn(line)
  else deps.log(line)
}

/** How the run ended, once the template says it has. */
function endOf(template: ImageTemplate | undefined, timeline: Timeline): RunEnd | undefined {
  const status = template?.lastRunStatus
  if (!isTerminal(status?.runState)) return undefined
  return {
    runState: status.runState,
    message: status.message ?? '',
    timeline,
    stagingResourceGroup: template?.exactStagingResourceGroup,
  }
}

async function readTemplate(deps: WatchDeps, signal: AbortSignal): Promise<ImageTemplate> {
  const template = await deps.getTemplate(signal)
  if (!template)
    throw new ActionError(
      'The image template disappeared while the build was running (deleted by someone else?)',
    )
  return template
}

/**
 * Running phases show the sub-state; the end shows the final state. The service's text goes to
 * the step log as is, so it is kept to one plain line (no control character could end it early).
 */
function phaseOf(status: ImageTemplateLastRunStatus): string {
  const phase = status.runState === 'Running' ? (status.runSubState ?? 'Queued') : status.runState
  return (
    (phase ?? 'Queued')
      .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
      .trim()
      .slice(0, 64) || 'Queued'
  )
}
