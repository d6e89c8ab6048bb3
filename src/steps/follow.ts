// Following a started build to its end, and what happens when that cannot be done: the workflow
// is cancelled, the build runs past its timeout, or the status cannot be read any more.
import {
  HEARTBEAT_MS,
  newTimeline,
  StatusOutage,
  waitForRun,
  type RunEnd,
  type Timeline,
} from '../azure/watch.ts'
import type { BuildContext } from './build-context.ts'
import { removalCommands } from './cleanup-policy.ts'
import { withDeadline } from '../model/deadline.ts'
import { ActionError, formatError } from '../model/errors.ts'
import { stopSignal } from '../runner/signals.ts'
import { DEFAULT_BUILD_TIMEOUT_MINUTES } from '../template/render.ts'
import { warn } from '../report/annotations.ts'
import { publishCanceled } from '../report/publish.ts'

/**
 * The watch ended before the run did (workflow cancelled, build timeout, status outage); main
 * asked the service to cancel the build, and `canceled` says whether it accepted.
 */
export class WatchStopped extends ActionError {
  readonly canceled: boolean
  constructor(message: string, canceled: boolean, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'WatchStopped'
    this.canceled = canceled
  }
}

/**
 * Waits for the run, filling `timeline` as phases are seen. On a cancel, a timeout or a status
 * outage it asks the service to cancel, within a small budget, and throws WatchStopped.
 */
export async function follow(
  ctx: BuildContext,
  timeline: Timeline = newTimeline(ctx.clock.now()),
): Promise<RunEnd> {
  const { io, config, templates, ref, limits, clock } = ctx
  const minutes = config.vm.buildTimeoutMinutes ?? DEFAULT_BUILD_TIMEOUT_MINUTES
  const stop = stopSignal(minutes * 60_000 + limits.buildMarginMs)
  try {
    const deps = {
      getTemplate: (outer: AbortSignal) =>
        withDeadline({ what: 'a status read', ms: limits.readMs, outer }, (signal) =>
          templates.readOnce(ref, signal),
        ),
      sleep: clock.sleep,
      now: clock.now,
      log: (m: string) => io.info(m),
      warn: (m: string) => warn(io, m),
      intervalMs: config.pollMs,
      maxFailedReads: limits.maxFailedReads,
      heartbeatMs: HEARTBEAT_MS,
    }
    return await waitForRun(deps, stop.signal, timeline)
  } catch (error) {
    const reason = stop.reason()
    if (reason) {
      warn(
        io,
        reason === 'cancelled'
          ? 'The workflow was cancelled: cancelling the build'
          : 'The build ran past build-timeout-minutes: cancelling it',
      )
      const failed = await cancelBuild(ctx)
      throw new WatchStopped(
        reason === 'cancelled'
          ? 'The build was cancelled; the post step takes care of the template (`cleanup`).'
          : `The build did not finish within ${minutes} minutes; the post step takes care of the template (\`cleanup\`).`,
        failed === undefined,
      )
    }
    if (error instanceof StatusOutage) throw await giveUpOnOutage(ctx, error)
    throw error
  } finally {
    stop.dispose()
  }
}

/** Sends the cancel request within the budget; returns the error when it could not be sent. */
async function cancelBuild(ctx: BuildContext): Promise<string | undefined> {
  const { io, templates, ref, limits } = ctx
  const wait = { what: 'the cancel request to be accepted', ms: limits.cancelRequestMs }
  try {
    await withDeadline(wait, (signal) => templates.requestCancel(ref, signal))
    publishCanceled(io)
    return undefined
  } catch (error) {
    const { message } = formatError(error)
    warn(io, message)
    return message
  }
}

/**
 * The status could not be read for longer than the tolerance. The build may be fine, but nobody
 * would follow it: cancel it rather than leave it billing, and say plainly what is known.
 */
async function giveUpOnOutage(ctx: BuildContext, outage: StatusOutage): Promise<WatchStopped> {
  const failed = await cancelBuild(ctx)
  const head = `${outage.message}. Stopped following the build.`
  if (!failed)
    return new WatchStopped(
      `${head} The service accepted a cancel request; the post step takes care of the template (\`cleanup\`).`,
      true,
      { cause: outage },
    )
  return new WatchStopped(
    `${head} The cancel request failed too, so the build may still be running in Azure: ${ctx.templateId}\n` +
      `Check it, and stop and remove it with:\n${removalCommands(ctx.templateId, true)}`,
    false,
    { cause: outage },
  )
}
