import {
  ImageTemplates,
  describeRef,
  isRunning,
  type TemplateRef,
} from './azure/image-templates.ts'
import { toBuildResult } from './azure/results.ts'
import { waitForRun, type RunEnd } from './azure/watch.ts'
import { parseConfig } from './config/inputs.ts'
import type { Config } from './config/types.ts'
import { connect, type AzureSession } from './connect.ts'
import { prepareGallery } from './gallery-preflight.ts'
import { publishResult, verdict, writeRenderedTemplate, writeSummary } from './publish.ts'
import { ActionError, formatError } from './runner/errors.ts'
import type { ActionIO } from './runner/io.ts'
import { sleep, stopSignal } from './runner/signals.ts'
import { INITIAL_STATE, savePostState, type PostState } from './runner/state.ts'
import type { CustomizerOrigin } from './template/customizers.ts'
import {
  DEFAULT_BUILD_TIMEOUT_MINUTES,
  renderTemplate,
  toResourceJson,
  type RenderedTemplate,
} from './template/render.ts'
import { validateTemplate, type TemplateProblem } from './template/template-file.ts'
import { formatProblem } from './template/template-problem.ts'
import type { TemplateToValidate } from './template/template-validation.ts'
import { InputError } from './config/issues.ts'

/** Margin over build-timeout-minutes before we stop waiting: the service times out first. */
const TIMEOUT_MARGIN_MS = 30 * 60_000
/** How long a cancel request may take while the runner is stopping the job. */
const CANCEL_BUDGET_MS = 5_000

type SaveState = (patch: Partial<PostState>) => void

/** Main phase: inputs → template → Azure → report. Returns the exit code; never throws. */
export async function runMain(io: ActionIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let state = INITIAL_STATE
  const save: SaveState = (patch) => savePostState(io, (state = { ...state, ...patch }))
  try {
    const config = parseConfig((name) => io.getInput(name), env)
    io.setOutput('template-name', config.templateName)
    const rendered = config.resume ? undefined : renderStep(io, config)
    const origins = rendered?.origins ?? []
    if (config.dryRun) return await finishDryRun(io, config, origins)
    const session = connect(io, config)
    const { templates } = session
    const ref: TemplateRef = { resourceGroup: config.resourceGroup, name: config.templateName }
    save({ stagedVhd: config.distribution.vhd === true })
    if (rendered) await prepareAndSubmit(io, config, session, ref, rendered, save)
    else await adoptExisting(io, config, templates, ref, save)
    if (!config.wait) return await finishDetached(io, config, origins, save)
    return await finishRun(io, config, templates, ref, origins, save)
  } catch (error) {
    const { message, debug } = formatError(error)
    if (debug) io.debug(debug)
    io.fail(message)
    return 1
  }
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
  await writeSummary(io, config, origins, 'finished', { result, run })
  return verdict(io, config, result)
}

/** Renders, writes and validates the template: a problem here stops the run before any request. */
function renderStep(io: ActionIO, config: Config): RenderedTemplate {
  const rendered = renderTemplate(config)
  const resource = toResourceJson(config.templateName, rendered.template)
  const file = writeRenderedTemplate(io, config, resource)
  io.info(`Rendered ${config.osType} image template "${config.templateName}" to ${file}`)
  for (const note of rendered.notes) io.info(`  ${note}`)
  checkRendered(config, resource)
  for (const o of rendered.origins) {
    const hash = o.sha256 ? `, sha256 ${o.sha256}` : ''
    io.info(`  customizer ${o.name} (${o.type}) from ${o.origin}: ${o.bytes} bytes${hash}`)
  }
  return rendered
}

function checkRendered(config: Config, resource: TemplateToValidate): void {
  const problems = validateTemplate(resource, config.osType)
  if (problems.length === 0) return
  const file = config.templateFile
  const where = (p: TemplateProblem) => ({ ...p, ...file?.loaded.locate(p.path) })
  const lines = problems.map((p) => formatProblem(file?.relPath ?? 'rendered template', where(p)))
  throw new InputError(lines.map((message) => ({ input: 'template', message })))
}

async function finishDryRun(io: ActionIO, config: Config, origins: readonly CustomizerOrigin[]) {
  io.info('Dry run: inputs and template are valid; nothing was sent to Azure.')
  await writeSummary(io, config, origins, 'dry-run')
  return 0
}

async function prepareAndSubmit(
  io: ActionIO,
  config: Config,
  session: AzureSession,
  ref: TemplateRef,
  rendered: RenderedTemplate,
  save: SaveState,
) {
  await prepareGallery(io, config, session)
  await submit(io, session.templates, ref, rendered, save)
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
  save({ templateRequested: true, templateId: existing?.id })
  if (existing) {
    io.info(`Deleting the existing idle ${describeRef(ref)} (templates cannot be updated in place)`)
    await templates.delete(ref)
  }
  io.info(`Creating ${describeRef(ref)}`)
  const created = await templates.create(ref, rendered.template)
  io.setOutput('template-id', created.id ?? '')
  save({ templateId: created.id, runStarted: true })
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
  save({ templateRequested: true, runStarted: true, templateId: existing.id })
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
