// The Azure half of the main step, loaded only when the run talks to Azure: submit the template,
// start the build, follow it and report. main.ts has validated everything before this runs.
import {
  ImageTemplates,
  describeRef,
  isRunning,
  type TemplateRef,
} from './azure/image-templates.ts'
import type { EarlyIdToken } from './azure/oidc.ts'
import { toBuildResult } from './azure/results.ts'
import { waitForRun, type RunEnd } from './azure/watch.ts'
import type { Config } from './config/types.ts'
import { connect } from './connect.ts'
import { prepareGallery } from './gallery-preflight.ts'
import { publishResult, verdict, writeRenderedTemplate, writeSummary } from './publish.ts'
import { ActionError, formatError } from './runner/errors.ts'
import type { ActionIO } from './runner/io.ts'
import { sleep, stopSignal } from './runner/signals.ts'
import type { SaveState } from './runner/state.ts'
import type { CustomizerOrigin } from './template/customizers.ts'
import {
  DEFAULT_BUILD_TIMEOUT_MINUTES,
  toResourceJson,
  type RenderedTemplate,
} from './template/render.ts'

/** Margin over build-timeout-minutes before we stop waiting: the service times out first. */
const TIMEOUT_MARGIN_MS = 30 * 60_000
/** How long a cancel request may take while the runner is stopping the job. */
const CANCEL_BUDGET_MS = 5_000

export interface BuildStart {
  /** The template to submit; undefined with `resume: true` (the existing template is followed). */
  readonly rendered: RenderedTemplate | undefined
  readonly early: EarlyIdToken | undefined
  readonly save: SaveState
}

/** Submits (or adopts) the template, starts and follows the build. Returns the exit code. */
export async function runBuild(io: ActionIO, config: Config, start: BuildStart): Promise<number> {
  const { rendered, save } = start
  const origins = rendered?.origins ?? []
  const session = connect(io, config, start.early)
  const { templates } = session
  const ref: TemplateRef = { resourceGroup: config.resourceGroup, name: config.templateName }
  if (rendered) {
    await prepareGallery(io, config, session)
    await submit(io, templates, ref, rendered, save)
  } else await adoptExisting(io, config, templates, ref, save)
  if (!config.wait) return await finishDetached(io, config, origins, save)
  return await finishRun(io, config, templates, ref, origins, save)
}

async function finishRun(
  io: ActionIO,
  config: Config,
  templates: ImageTemplates,
  ref: TemplateRef,
  origins: readonly CustomizerOrigin[],
  save: SaveState,
): Promise<number> {
  const run = await follow(io, config, templates, ref)
  const outputs = run.runState === 'Canceled' ? [] : await templates.runOutputs(ref)
  const result = toBuildResult(run, outputs)
  save({ finished: true, runState: result.runState })
  publishResult(io, result)
  await writeSummary(io, config, origins, 'finished', { end: { result, run } })
  return verdict(io, config, result)
}

/** Templates are immutable: an idle one of the same name is replaced, a running one is left alone. */
async function submit(
  io: ActionIO,
  templates: ImageTemplates,
  ref: TemplateRef,
  rendered: RenderedTemplate,
  save: SaveState,
) {
  const existing = await templates.find(ref)
  if (isRunning(existing)) {
    throw new ActionError(
      `The ${describeRef(ref)} already exists and its build is ${existing?.lastRunStatus?.runState}. ` +
        'Wait for it, cancel it, follow it with `resume: true`, or choose another `image-template-name`.',
    )
  }
  save({ templateRequested: true })
  if (existing) {
    io.info(`Deleting the existing idle ${describeRef(ref)} (templates cannot be updated in place)`)
    await templates.delete(ref)
  }
  io.info(`Creating ${describeRef(ref)}`)
  const created = await templates.create(ref, rendered.template)
  io.setOutput('template-id', created.id ?? '')
  await templates.startRun(ref)
  io.info('Build started')
}

/** `resume: true`: follow the run of a template another job created; its JSON is the rendered template. */
async function adoptExisting(
  io: ActionIO,
  config: Config,
  templates: ImageTemplates,
  ref: TemplateRef,
  save: SaveState,
) {
  const existing = await templates.find(ref)
  if (!existing?.lastRunStatus) {
    const why = existing ? 'has never been run' : 'does not exist'
    throw new ActionError(`Cannot resume: the ${describeRef(ref)} ${why}.`)
  }
  writeRenderedTemplate(io, config, toResourceJson(config.templateName, existing))
  io.setOutput('template-id', existing.id ?? '')
  save({ templateRequested: true })
  io.info(`Resuming the build of ${describeRef(ref)}`)
}

async function finishDetached(
  io: ActionIO,
  config: Config,
  origins: readonly CustomizerOrigin[],
  save: SaveState,
) {
  save({ detached: true })
  io.info(
    `Not waiting (wait: false). Follow it later with resume: true and image-template-name: ${config.templateName}`,
  )
  await writeSummary(io, config, origins, 'started')
  return 0
}

/** Waits for the run; on cancel or timeout asks the service to cancel, within a small budget. */
async function follow(
  io: ActionIO,
  config: Config,
  templates: ImageTemplates,
  ref: TemplateRef,
): Promise<RunEnd> {
  const minutes = config.vm.buildTimeoutMinutes ?? DEFAULT_BUILD_TIMEOUT_MINUTES
  const stop = stopSignal(minutes * 60_000 + TIMEOUT_MARGIN_MS)
  try {
    const deps = {
      getTemplate: (signal: AbortSignal) => templates.find(ref, signal),
      sleep,
      now: Date.now,
      log: (m: string) => io.info(m),
      warn: (m: string) => io.warning(m),
      intervalMs: config.pollMs,
    }
    return await waitForRun(deps, stop.signal)
  } catch (error) {
    const reason = stop.reason()
    if (!reason) throw error
    await cancelBuild(io, templates, ref, reason)
    throw new ActionError(
      reason === 'cancelled'
        ? 'The build was cancelled; the post step cleans up.'
        : `The build did not finish within ${minutes} minutes.`,
    )
  } finally {
    stop.dispose()
  }
}

async function cancelBuild(
  io: ActionIO,
  templates: ImageTemplates,
  ref: TemplateRef,
  reason: string,
) {
  io.warning(
    reason === 'cancelled'
      ? 'The workflow was cancelled: cancelling the build'
      : 'The build ran past build-timeout-minutes: cancelling it',
  )
  await templates
    .requestCancel(ref, AbortSignal.timeout(CANCEL_BUDGET_MS))
    .catch((e: unknown) => io.warning(formatError(e).message))
  io.setOutput('run-state', 'Canceled')
}
