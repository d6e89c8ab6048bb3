// The Azure half of the post step, loaded only when there may be something to clean up.
import {
  ImageTemplates,
  describeRef,
  holdsStagedVhd,
  isRunning,
  type TemplateRef,
} from './azure/image-templates.ts'
import { planCleanup } from './cleanup-policy.ts'
import { connect } from './connect.ts'
import type { Config } from './config/types.ts'
import type { ActionIO } from './runner/io.ts'
import { sleep } from './runner/signals.ts'
import type { PostState } from './runner/state.ts'

/** How long post waits for a cancelled build to stop before it can delete the template. */
const STOP_WAIT_MS = 10 * 60_000

/** Cancels a build main left running and deletes the template, as `cleanup` says. */
export async function cleanUp(
  io: ActionIO,
  config: Config,
  state: PostState | undefined,
): Promise<void> {
  const { templates } = connect(io, config)
  const ref: TemplateRef = { resourceGroup: config.resourceGroup, name: config.templateName }
  const live = await templates.find(ref)
  if (!live) {
    io.info(`Cleanup: nothing to do (the ${describeRef(ref)} does not exist)`)
    return
  }
  const plan = planCleanup(config.cleanup, state, live.lastRunStatus?.runState)
  io.info(`Cleanup: ${plan.reason}`)
  if (plan.cancel) {
    io.info('Cancelling the build that is still running')
    await templates.requestCancel(ref)
  }
  if (!plan.delete) return
  // Judged from the template itself, so it holds for template files and resumed runs as well.
  if (holdsStagedVhd(live)) {
    io.warning(
      `Not deleting the ${describeRef(ref)}: its VHD lives in the template's staging storage account and would be deleted with it. Copy the VHD (vhd-uri output), then delete the template.`,
    )
    return
  }
  if (plan.cancel || isRunning(live)) await waitUntilStopped(io, templates, ref)
  await templates.delete(ref)
  io.info(`Deleted the ${describeRef(ref)}`)
}

/** The service refuses to delete a template while its build runs, so wait for the cancel. */
async function waitUntilStopped(io: ActionIO, templates: ImageTemplates, ref: TemplateRef) {
  const deadline = Date.now() + STOP_WAIT_MS
  while (isRunning(await templates.find(ref))) {
    if (Date.now() > deadline)
      throw new Error('the build did not stop within 10 minutes of the cancel request')
    io.info('Waiting for the build to stop before deleting the template')
    await sleep(templates.operationPollMs)
  }
}
