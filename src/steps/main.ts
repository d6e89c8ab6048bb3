import { parseConfig } from '../config/inputs.ts'
import type { Config } from '../config/types.ts'
import { requestIdTokenEarly } from '../azure/oidc.ts'
import { DEFAULT_LIMITS, type Limits } from '../model/limits.ts'
import { publishTemplateName } from '../report/publish.ts'
import { reportRun } from './report-run.ts'
import type { ActionIO } from '../runner/io.ts'
import { REAL_CLOCK, type ActionClock } from '../runner/signals.ts'
import { INITIAL_STATE, savePostState, type SaveState } from '../runner/state.ts'
import { renderStep, type RenderStep } from './render-step.ts'
import { failWith, reportNotices } from '../report/annotations.ts'
import { planArtifacts, provisionalUploads } from './artifact-plan.ts'

/** Main phase: inputs → template → Azure → report. Returns the exit code; never throws. */
export async function runMain(
  io: ActionIO,
  env: NodeJS.ProcessEnv = process.env,
  limits: Limits = DEFAULT_LIMITS,
  clock: ActionClock = REAL_CLOCK,
): Promise<number> {
  let state = INITIAL_STATE
  const save: SaveState = (patch) => savePostState(io, (state = { ...state, ...patch }))
  // Saved before anything can fail: until main adds the target, post knows nothing was created.
  save({})
  try {
    const { config, artifacts } = await io.group('Inputs', async () => {
      const config = parseConfig((name) => io.getInput(name), env)
      if (config.prComment) io.setSecret(config.prComment.token)
      publishTemplateName(io, config.templateName)
      reportNotices(io, config.notices)
      // Walked before any request: what cannot be packed is an input error like any other.
      return { config, artifacts: config.resume ? undefined : await planArtifacts(config) }
    })
    const uploads = artifacts && provisionalUploads(config, artifacts)
    const step = config.resume
      ? undefined
      : await io.group('Render', () => Promise.resolve(renderStep(io, config, uploads)))
    if (config.dryRun) return await finishDryRun(io, config, limits, step)
    // The Azure SDK and MSAL are most of the bundle: dry runs and bad inputs never load them.
    const early = await fetchIdTokenFirst(io, config)
    const { runBuild } = await import('./build.ts')
    const start = { rendered: step?.rendered, early, save, limits, artifacts, clock }
    return await runBuild(io, config, start)
  } catch (error) {
    failWith(io, error)
    return 1
  }
}

/**
 * A federated sign-in fetches GitHub's token before the Azure SDK loads: loading it holds the
 * event loop and would stall that request. A failure reaches the credential, which reports it.
 */
async function fetchIdTokenFirst(io: ActionIO, config: Config) {
  if (config.auth.kind !== 'oidc') return undefined
  const early = requestIdTokenEarly((audience) => io.getIDToken(audience), config.auth.audience)
  await early.token.catch(() => undefined)
  return early
}

async function finishDryRun(
  io: ActionIO,
  config: Config,
  limits: Limits,
  step: RenderStep | undefined,
) {
  io.info('Dry run: inputs and template are valid; nothing was sent to Azure.')
  await reportRun(io, config, limits, {
    mode: 'dry-run',
    origins: step?.rendered.origins ?? [],
    template: step?.rendered.template,
    renderedTemplate: step?.json,
  })
  return 0
}
