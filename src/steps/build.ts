// The Azure half of the main step, loaded only when the run talks to Azure: submit the template,
// start the build, follow it and report. main.ts has validated everything before this runs.
import {
  describeRef,
  holdsStagedVhd,
  isProvisioning,
  isRunning,
  type TemplateRef,
} from '../azure/image-templates.ts'
import type { ImageTemplate, RunOutput } from '@azure/arm-imagebuilder'
import type { EarlyIdToken } from '../azure/oidc.ts'
import { toBuildResult } from '../azure/results.ts'
import { postStepPromise } from './cleanup-policy.ts'
import { cleanupTargetOf, templateIdOf } from '../config/cleanup-target.ts'
import type { Config } from '../config/types.ts'
import { connect, type AzureSession } from './connect.ts'
import type { BuildContext } from './build-context.ts'
import { follow, WatchStopped } from './follow.ts'
import { reportRun } from './report-run.ts'
import { settleSourceOs } from './source-os.ts'
import { newTimeline, type RunEnd } from '../azure/watch.ts'
import { diagnoseFailure } from './diagnose.ts'
import type { ActionClock } from '../runner/signals.ts'
import { prepareGallery } from './gallery-preflight.ts'
import type { Limits } from '../model/limits.ts'
import {
  publishResult,
  publishTemplateId,
  verdict,
  writeRenderedTemplate,
} from '../report/publish.ts'
import { withDeadline } from '../model/deadline.ts'
import { ActionError, formatError } from '../model/errors.ts'
import type { ActionIO } from '../runner/io.ts'
import type { SaveState } from '../runner/state.ts'
import { toResourceJson, type RenderedTemplate } from '../template/render.ts'
import { renderSized } from './render-step.ts'
import type { ArtifactPlan } from './artifact-plan.ts'
import { uploadArtifacts } from './artifact-upload.ts'
import { warn } from '../report/annotations.ts'

export interface BuildStart {
  /** The template to submit; undefined with `resume: true` (the existing template is followed). */
  readonly rendered: RenderedTemplate | undefined
  readonly early: EarlyIdToken | undefined
  readonly save: SaveState
  readonly limits: Limits
  /** `customizer-source` to upload first (`storage-account`); the template then points at it. */
  readonly artifacts?: ArtifactPlan
  readonly clock: ActionClock
}

/** Submits (or adopts) the template, starts and follows the build. Returns the exit code. */
export async function runBuild(io: ActionIO, given: Config, start: BuildStart): Promise<number> {
  const session = connect(io, given, start.early)
  const run = await io.group('Submit', async () => {
    // A gallery or managed-image source may say another OS than was assumed: read before writing.
    const settled = start.rendered
      ? await settleSourceOs(io, session, start.limits, {
          config: given,
          rendered: start.rendered,
          artifacts: start.artifacts,
        })
      : undefined
    const config = settled?.config ?? given
    const rendered = settled?.rendered
    const ctx: BuildContext = {
      io,
      config,
      templates: session.templates,
      ref: { resourceGroup: config.resourceGroup, name: config.templateName },
      templateId: templateIdOf(config),
      origins: rendered?.origins ?? [],
      save: start.save,
      limits: start.limits,
      keepsVhd: rendered ? holdsStagedVhd(rendered.template) : false,
      clock: start.clock,
    }
    // Before the first write: everything post needs, so post never reads the workspace again.
    ctx.save({ target: cleanupTargetOf(config) })
    if (!rendered) return { ...ctx, template: await adoptExisting(ctx) }
    await prepareGallery(io, config, session, start.limits)
    const final = settled.artifacts
      ? await renderWithUpload(ctx, session, settled.artifacts)
      : rendered
    const submitted = { ...ctx, origins: final.origins, template: final.template }
    await submit(submitted, final)
    return submitted
  })
  if (!run.config.wait) return await finishDetached(run)
  return await finishRun(run, session)
}

/** Uploads the artifacts, then renders the template that points at them (as validated). */
async function renderWithUpload(
  ctx: BuildContext,
  session: AzureSession,
  plan: ArtifactPlan,
): Promise<RenderedTemplate> {
  const uploads = await uploadArtifacts(ctx, session, plan)
  return renderSized(ctx.io, ctx.config, uploads).rendered
}

async function finishRun(ctx: BuildContext, session: AzureSession): Promise<number> {
  const { io, config } = ctx
  const timeline = newTimeline(ctx.clock.now())
  const report = { mode: 'finished' as const, origins: ctx.origins, template: ctx.template }
  let run: RunEnd
  try {
    run = await io.group('Build', () => follow(ctx, timeline))
  } catch (error) {
    // Cancelled, timed out or lost: the summary still tells what was seen, then the step fails.
    const stopped = error instanceof WatchStopped ? error : undefined
    if (stopped) {
      const state = stopped.canceled ? ('Canceled' as const) : undefined
      const summary = {
        ...report,
        timeline,
        stopped: { runState: state, message: stopped.message },
      }
      await reportRun(io, config, ctx.limits, summary)
    }
    throw error
  }
  // Saved at once: whatever fails next, post knows how the run ended.
  ctx.save({ finished: true, runState: run.runState })
  const result = await io.group('Outputs', async () => {
    const outputs = run.runState === 'Canceled' ? [] : await readRunOutputs(ctx)
    const built = toBuildResult(run, outputs)
    publishResult(io, built)
    return built
  })
  // Its own group: the runner does not nest groups.
  const failure =
    run.runState === 'Failed' ? await diagnoseFailure(ctx, session, run, result) : undefined
  await reportRun(io, config, ctx.limits, { ...report, result, timeline, failure })
  io.info(postStepPromise(config.cleanup, result.runState, ctx.templateId, ctx.keepsVhd))
  return verdict(io, result)
}

/** The run's outputs; a failure to read them is a warning, not a failed build. */
async function readRunOutputs(ctx: BuildContext): Promise<RunOutput[]> {
  const { io, templates, ref, limits } = ctx
  const wait = { what: `the run outputs of the ${describeRef(ref)}`, ms: limits.readMs }
  try {
    return await withDeadline(wait, (signal) => templates.runOutputs(ref, signal))
  } catch (error) {
    warn(io, `${formatError(error).message} The outputs image-id and vhd-uri stay empty.`)
    return []
  }
}

/** Reads the template, within the read bound. */
function findTemplate(ctx: BuildContext): Promise<ImageTemplate | undefined> {
  const wait = { what: `the ${describeRef(ctx.ref)} to be read`, ms: ctx.limits.readMs }
  return withDeadline(wait, (signal) => ctx.templates.find(ctx.ref, signal))
}

/**
 * Templates are immutable: an idle one of the same name is replaced. One with a build in
 * progress, or being created or deleted (another job or matrix leg at work), is left alone.
 */
async function submit(ctx: BuildContext, rendered: RenderedTemplate): Promise<void> {
  const { io, templates, ref, limits } = ctx
  const existing = await findTemplate(ctx)
  refuseBusy(ref, existing)
  const provisioning = (what: string) => ({ what, ms: limits.provisionMs })
  if (existing) {
    io.info(`Deleting the existing idle ${describeRef(ref)} (templates cannot be updated in place)`)
    const what = `the existing ${describeRef(ref)} to be deleted`
    await withDeadline(provisioning(what), (signal) => templates.delete(ref, signal))
  }
  io.info(`Creating ${describeRef(ref)}`)
  const what = `the ${describeRef(ref)} to be created (provisioningState still Creating)`
  const created = await withDeadline(provisioning(what), (signal) =>
    templates.create(ref, rendered.template, signal),
  )
  publishTemplateId(io, created.id ?? ctx.templateId)
  ctx.save({ runStarted: true })
  const startWait = {
    what: `the service to accept the build of ${describeRef(ref)}`,
    ms: limits.startMs,
  }
  const started = await withDeadline(startWait, (signal) =>
    templates.startRun(ref, ctx.config.owner, signal),
  )
  io.info(
    started === 'started'
      ? 'Build started'
      : 'Build started (the answer to the start request was lost; the service had started it)',
  )
}

/** A template with a build in progress, or being provisioned, belongs to someone at work. */
function refuseBusy(ref: TemplateRef, existing: ImageTemplate | undefined): void {
  refuseStagedVhd(ref, existing)
  if (!isRunning(existing) && !isProvisioning(existing)) return
  const what = isRunning(existing)
    ? `its build is ${existing?.lastRunStatus?.runState}`
    : `it is being ${existing?.provisioningState?.toLowerCase() ?? 'changed'} by another job`
  throw new ActionError(
    `The ${describeRef(ref)} already exists and ${what}. ` +
      'Wait for it, cancel it, follow it with `resume: true`, or choose another `image-template-name`.',
  )
}

/** Replacing it would delete the VHD its last build left in the staging storage account. */
function refuseStagedVhd(ref: TemplateRef, existing: ImageTemplate | undefined): void {
  if (!existing || !holdsStagedVhd(existing)) return
  throw new ActionError(
    `The ${describeRef(ref)} already exists and holds a VHD in its staging storage account, which deleting it would destroy. Copy the VHD, delete the template, or choose another \`image-template-name\`.`,
  )
}

/**
 * `resume: true`: follow the run of a template another job created; its JSON is the rendered
 * template. Returns it.
 */
async function adoptExisting(ctx: BuildContext): Promise<ImageTemplate> {
  const { io, config, ref } = ctx
  const existing = await findTemplate(ctx)
  if (!existing?.lastRunStatus) {
    const why = existing ? 'has never been run' : 'does not exist'
    throw new ActionError(`Cannot resume: the ${describeRef(ref)} ${why}.`)
  }
  writeRenderedTemplate(io, config, toResourceJson(config.templateName, existing))
  publishTemplateId(io, existing.id ?? ctx.templateId)
  // Adopted by name, as documented: this job now owns the build and its cleanup.
  ctx.save({ adopted: true, runStarted: true })
  io.info(`Resuming the build of ${describeRef(ref)}`)
  return existing
}

async function finishDetached(ctx: BuildContext): Promise<number> {
  const { io, config } = ctx
  ctx.save({ detached: true })
  io.info(
    `Not waiting (wait: false). Follow it later with resume: true and image-template-name: ${config.templateName}`,
  )
  await reportRun(io, config, ctx.limits, {
    mode: 'started',
    origins: ctx.origins,
    template: ctx.template,
  })
  return 0
}
