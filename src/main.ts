import { writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  ImageTemplates,
  describeRef,
  isRunning,
  type TemplateRef,
} from './azure/image-templates.ts'
import { toBuildResult, type BuildResult } from './azure/results.ts'
import { waitForRun, type RunEnd } from './azure/watch.ts'
import { parseConfig } from './config/inputs.ts'
import { connect } from './connect.ts'
import type { Config } from './config/types.ts'
import { ActionError, formatError } from './runner/errors.ts'
import type { ActionIO } from './runner/io.ts'
import { sasSignatures } from './runner/mask.ts'
import { sleep, stopSignal } from './runner/signals.ts'
import { INITIAL_STATE, savePostState, type PostState } from './runner/state.ts'
import { renderSummary } from './runner/summary.ts'
import { renderTemplate, toResourceJson, type RenderedTemplate } from './template/render.ts'

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
    const rendered = renderStep(io, config)
    if (config.dryRun) return await finishDryRun(io, config, rendered)
    const templates = connect(io, config)
    const ref: TemplateRef = { resourceGroup: config.resourceGroup, name: config.templateName }
    save({ stagedVhd: config.distribution.vhd === true })
    if (config.resume) await checkResumable(io, templates, ref, save)
    else await submit(io, templates, ref, rendered, save)
    if (!config.wait) return await finishDetached(io, config, rendered, save)
    const end = await follow(io, config, templates, ref)
    const result = toBuildResult(
      end,
      end.runState === 'Canceled' ? [] : await templates.runOutputs(ref),
    )
    save({ finished: true, runState: result.runState })
    await publish(io, config, rendered, result, end)
    return verdict(io, config, result)
  } catch (error) {
    const { message, debug } = formatError(error)
    if (debug) io.debug(debug)
    io.fail(message)
    return 1
  }
}

function renderStep(io: ActionIO, config: Config): RenderedTemplate {
  const rendered = renderTemplate(config)
  const file = path.join(config.outputDir, `${config.templateName}.image-template.json`)
  writeFileSync(
    file,
    `${JSON.stringify(toResourceJson(config.templateName, rendered.template), null, 2)}\n`,
  )
  io.setOutput('rendered-template', file)
  io.setOutput('template-name', config.templateName)
  io.info(`Rendered ${config.osType} image template "${config.templateName}" to ${file}`)
  for (const o of rendered.origins) {
    io.info(
      `  customizer ${o.name} (${o.type}) from ${o.origin}: ${o.bytes} bytes${o.sha256 ? `, sha256 ${o.sha256}` : ''}`,
    )
  }
  return rendered
}

async function finishDryRun(
  io: ActionIO,
  config: Config,
  rendered: RenderedTemplate,
): Promise<number> {
  io.info('Dry run: inputs and template are valid; nothing was sent to Azure.')
  await io.writeSummary(summaryOf(config, rendered, 'dry-run'))
  return 0
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
  save({ templateId: created.id })
  save({ runStarted: true })
  await templates.startRun(ref)
  io.info('Build started')
}

async function checkResumable(
  io: ActionIO,
  templates: ImageTemplates,
  ref: TemplateRef,
  save: SaveState,
) {
  const existing = await templates.find(ref)
  if (!existing?.lastRunStatus) {
    throw new ActionError(
      `Cannot resume: the ${describeRef(ref)} ${existing ? 'has never been run' : 'does not exist'}.`,
    )
  }
  io.setOutput('template-id', existing.id ?? '')
  save({ templateRequested: true, runStarted: true, templateId: existing.id })
  io.info(`Resuming the build of ${describeRef(ref)}`)
}

async function finishDetached(
  io: ActionIO,
  config: Config,
  rendered: RenderedTemplate,
  save: SaveState,
) {
  save({ detached: true })
  io.info(
    `Not waiting (wait: false). Follow it later with resume: true and image-template-name: ${config.templateName}`,
  )
  await io.writeSummary(summaryOf(config, rendered, 'started'))
  return 0
}

/** Waits for the run; on cancel or timeout asks the service to cancel, within a small budget. */
async function follow(
  io: ActionIO,
  config: Config,
  templates: ImageTemplates,
  ref: TemplateRef,
): Promise<RunEnd> {
  const stop = stopSignal(config.vm.buildTimeoutMinutes * 60_000 + TIMEOUT_MARGIN_MS)
  try {
    return await waitForRun(
      {
        getTemplate: (signal) => templates.find(ref, signal),
        sleep,
        now: Date.now,
        log: (m) => io.info(m),
        warn: (m) => io.warning(m),
        intervalMs: config.pollMs,
      },
      stop.signal,
    )
  } catch (error) {
    const reason = stop.reason()
    if (!reason) throw error
    io.warning(
      reason === 'cancelled'
        ? 'The workflow was cancelled: cancelling the build'
        : 'The build ran past build-timeout-minutes: cancelling it',
    )
    await templates
      .requestCancel(ref, AbortSignal.timeout(CANCEL_BUDGET_MS))
      .catch((e: unknown) => io.warning(formatError(e).message))
    io.setOutput('run-state', 'Canceled')
    throw new ActionError(
      reason === 'cancelled'
        ? 'The build was cancelled; the post step cleans up.'
        : `The build did not finish within ${config.vm.buildTimeoutMinutes} minutes.`,
    )
  } finally {
    stop.dispose()
  }
}

async function publish(
  io: ActionIO,
  config: Config,
  rendered: RenderedTemplate,
  result: BuildResult,
  end: RunEnd,
) {
  for (const text of [result.vhdUri, result.customizationLog, result.message]) {
    for (const sig of sasSignatures(text ?? '')) io.setSecret(sig)
  }
  io.setOutput('run-state', result.runState)
  io.setOutput('image-id', result.imageId ?? '')
  io.setOutput('vhd-uri', result.vhdUri ?? '')
  io.setOutput('run-outputs', JSON.stringify(result.outputs))
  io.setOutput('customization-log', result.customizationLog ?? '')
  for (const o of result.outputs)
    io.info(`Run output ${o.name}: ${o.artifactId ?? o.artifactUri ?? '(none)'}`)
  await io.writeSummary(summaryOf(config, rendered, 'finished', result, end))
}

function verdict(io: ActionIO, config: Config, result: BuildResult): number {
  if (result.runState === 'Succeeded') {
    io.info(`Build succeeded: ${result.imageId ?? result.vhdUri ?? ''}`)
    return 0
  }
  const log = result.customizationLog ? `\nCustomization log: ${result.customizationLog}` : ''
  const kept =
    config.cleanup === 'always'
      ? ''
      : `\nThe template "${config.templateName}" is kept for debugging (cleanup: ${config.cleanup}).`
  io.fail(
    `The build ended ${result.runState}: ${result.message || 'no message from the service'}${log}${kept}`,
  )
  return 1
}

function summaryOf(
  config: Config,
  rendered: RenderedTemplate,
  mode: 'dry-run' | 'started' | 'finished',
  result?: BuildResult,
  end?: RunEnd,
): string {
  const renderedTemplatePath = path.join(
    config.outputDir,
    `${config.templateName}.image-template.json`,
  )
  return renderSummary({
    templateName: config.templateName,
    mode,
    origins: rendered.origins,
    result,
    phases: end?.phases,
    renderedTemplatePath,
  })
}
