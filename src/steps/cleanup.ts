// The Azure half of the post step, loaded only when there may be something to clean up.
import type { ImageTemplate } from '@azure/arm-imagebuilder'
import {
  describeRef,
  holdsStagedVhd,
  isOwnedBy,
  isProvisioning,
  isRunning,
  type ImageTemplates,
  type TemplateRef,
} from '../azure/image-templates.ts'
import { planCleanup, removalCommands } from './cleanup-policy.ts'
import { templateIdOf } from '../config/cleanup-target.ts'
import { OWNER_TAG } from '../model/run-context.ts'
import type { CleanupTarget } from '../model/types.ts'
import { connect, type AzureSession } from './connect.ts'
import { removeUploads } from './upload-cleanup.ts'
import type { Limits } from '../model/limits.ts'
import { formatElapsed } from '../model/elapsed.ts'
import { formatError } from '../model/errors.ts'
import type { ActionIO } from '../runner/io.ts'
import { sleep, stopSignal } from '../runner/signals.ts'
import type { PostState, UploadedBlobs } from '../runner/state.ts'
import { warn } from '../report/annotations.ts'

export interface CleanupJob {
  readonly target: CleanupTarget
  /** What main saved; undefined when it saved nothing (killed at once). */
  readonly state: PostState | undefined
  readonly limits: Limits
}

/** What the post step may leave behind, updated as it learns more. */
interface Leftover {
  mayBeRunning: boolean
}

/**
 * Cancels a build main left running and deletes the template, as `cleanup` says, within the
 * post budget. When the budget runs out or the runner stops the step, it says what was left
 * and how to remove it.
 */
export async function cleanUp(io: ActionIO, job: CleanupJob): Promise<void> {
  const { target, state, limits } = job
  const left: Leftover = { mayBeRunning: state?.runStarted === true && !state.finished }
  const stop = stopSignal(limits.postMs)
  try {
    const session = connect(io, target)
    const keepUploads = await cleanUpWithin(io, job, session, left, stop.signal)
    await removeUploads(io, state, session, keepUploads, stop.signal)
  } catch (error) {
    const reason = stop.reason()
    const why =
      reason === 'cancelled'
        ? 'the runner stopped the post step'
        : reason === 'timeout'
          ? `the post step's budget of ${formatElapsed(limits.postMs)} ran out`
          : formatError(error).message
    warn(io, leftBehind(target, why, left.mayBeRunning, state?.uploads))
  } finally {
    stop.dispose()
  }
}

/** Handles the template; returns whether it is kept on purpose (its uploads stay with it). */
async function cleanUpWithin(
  io: ActionIO,
  job: CleanupJob,
  session: AzureSession,
  left: Leftover,
  signal: AbortSignal,
): Promise<boolean> {
  const { target, state } = job
  const { templates } = session
  const ref: TemplateRef = { resourceGroup: target.resourceGroup, name: target.templateName }
  const live = await templates.find(ref, signal)
  if (!live) {
    io.info(`Cleanup: nothing to do (the ${describeRef(ref)} does not exist)`)
    return state?.detached === true
  }
  if (!isOurs(io, job, live, ref)) return false
  left.mayBeRunning = mayStillRun(live, left)
  const plan = planCleanup(target.cleanup, state, live.lastRunStatus?.runState)
  io.info(`Cleanup: ${plan.reason}`)
  if (plan.cancel) {
    io.info('Cancelling the build that is still running')
    await templates.requestCancel(ref, signal)
  }
  if (!plan.delete) return true
  if (keepsStagedVhd(io, live, ref)) return false
  if (left.mayBeRunning || isProvisioning(live)) await waitUntilSettled(io, templates, ref, signal)
  left.mayBeRunning = false
  await templates.delete(ref, signal)
  io.info(`Deleted the ${describeRef(ref)}`)
  return false
}

/** A run that main saw start but not end may not show in lastRunStatus yet: keep the doubt. */
function mayStillRun(live: ImageTemplate, left: Leftover): boolean {
  return isRunning(live) || (left.mayBeRunning && !live.lastRunStatus)
}

/** Matrix legs and other jobs may use the same name: only this job's template is touched. */
function isOurs(io: ActionIO, job: CleanupJob, live: ImageTemplate, ref: TemplateRef): boolean {
  if (job.state?.adopted || isOwnedBy(live, job.target.owner)) return true
  const tag = live.tags?.[OWNER_TAG]
  io.info(
    `Cleanup: leaving the ${describeRef(ref)} alone: this job did not create it (${OWNER_TAG}: ${tag ?? 'none'})`,
  )
  return false
}

/**
 * A VHD without a uri of its own lives in the template's staging storage account and would go
 * with it. Judged from the template itself, so it holds for template files and resumed runs.
 */
function keepsStagedVhd(io: ActionIO, live: ImageTemplate, ref: TemplateRef): boolean {
  if (!holdsStagedVhd(live)) return false
  warn(
    io,
    `Not deleting the ${describeRef(ref)}: its VHD lives in the template's staging storage account and would be deleted with it. Copy the VHD (vhd-uri output), then delete the template.`,
  )
  return true
}

/**
 * The service refuses to delete a template while its build runs or while it is still being
 * created (main stopped mid-create), so wait for either to settle, within the post budget.
 */
async function waitUntilSettled(
  io: ActionIO,
  templates: ImageTemplates,
  ref: TemplateRef,
  signal: AbortSignal,
) {
  io.info('Waiting for the build to stop before deleting the template')
  for (;;) {
    const live = await templates.find(ref, signal)
    if (!isRunning(live) && !isProvisioning(live)) return
    await sleep(templates.operationPollMs, signal)
  }
}

function leftBehind(
  target: CleanupTarget,
  why: string,
  mayBeRunning: boolean,
  uploads: UploadedBlobs | undefined,
): string {
  const id = templateIdOf(target)
  const build = mayBeRunning ? ', and its build may still be running' : ''
  const blobs = uploads?.names.length
    ? `\nUploaded blobs may remain in ${uploads.blobEndpoint}/${uploads.container}: ${uploads.names.join(', ')}`
    : ''
  return (
    `Cleanup did not finish: ${why}. The image template "${target.templateName}" may still exist${build}: ${id}\n` +
    `Remove it with:\n${removalCommands(id, mayBeRunning)}${blobs}`
  )
}
