// A real run checks the OS it rendered for against the source image's own record, before any
// write: a gallery or managed-image source names no OS, so a template without OS-specific steps
// was rendered for Linux by assumption, and one with them says only what its steps expect.
import type { ImageTemplate } from '@azure/arm-imagebuilder'
import type { ResourceSource } from '../azure/source-os.ts'
import type { Config } from '../config/types.ts'
import { withDeadline } from '../model/deadline.ts'
import { ActionError, formatError } from '../model/errors.ts'
import type { Limits } from '../model/limits.ts'
import { isRecord } from '../model/template-problem.ts'
import { warn } from '../report/annotations.ts'
import type { ActionIO } from '../runner/io.ts'
import type { RenderedTemplate } from '../template/render.ts'
import { planArtifacts, provisionalUploads, type ArtifactPlan } from './artifact-plan.ts'
import type { AzureSession } from './connect.ts'
import { renderStep } from './render-step.ts'

export interface Settled {
  readonly config: Config
  readonly rendered: RenderedTemplate
  readonly artifacts?: ArtifactPlan
}

/**
 * The config and template to submit: as given, or rendered again for the source's OS when the
 * Linux one was only assumed. Steps written for the other OS than the source's fail the run.
 */
export async function settleSourceOs(
  io: ActionIO,
  session: AzureSession,
  limits: Limits,
  given: Settled,
): Promise<Settled> {
  const { config, rendered } = given
  const source = resourceSourceOf(rendered.template)
  if (!source || !UNSURE.has(config.osTypeFrom)) return given
  const found = await readSourceOs(io, session, limits, source)
  if (!found || found.osType === config.osType) {
    if (found) io.info(`The source is a ${found.osType} image (${found.from}).`)
    return given
  }
  if (config.osTypeFrom === 'customizers')
    throw new ActionError(
      `The source is a ${found.osType} image (${found.from}), but the template's steps are for ${config.osType}. ` +
        "Use steps for the source's OS, or another source; set `os-type` only if the record is wrong.",
    )
  io.info(
    `The source is a ${found.osType} image (${found.from}): rendering the template for ${found.osType}.`,
  )
  const settled = { ...config, osType: found.osType, osTypeFrom: 'source' as const }
  const artifacts = given.artifacts && (await planArtifacts(settled))
  const uploads = artifacts && provisionalUploads(settled, artifacts)
  return { config: settled, rendered: renderStep(io, settled, uploads).rendered, artifacts }
}

/** How the OS was decided when nothing but the source image itself can confirm it. */
const UNSURE = new Set<Config['osTypeFrom']>(['assumed', 'customizers'])

/** The source's OS; a failed read is a warning (the service reads the source too, and says). */
async function readSourceOs(
  io: ActionIO,
  session: AzureSession,
  limits: Limits,
  source: ResourceSource,
) {
  const wait = { what: 'the source image to be read', ms: limits.readMs }
  try {
    return await withDeadline(wait, (signal) => session.sourceOs(source, signal))
  } catch (error) {
    warn(io, `${formatError(error).message}; the OS stays as rendered.`)
    return undefined
  }
}

function resourceSourceOf(template: ImageTemplate): ResourceSource | undefined {
  const source: unknown = template.source
  if (!isRecord(source)) return undefined
  if (source.type === 'ManagedImage' && typeof source.imageId === 'string')
    return { type: 'ManagedImage', imageId: source.imageId }
  if (source.type === 'SharedImageVersion' && typeof source.imageVersionId === 'string')
    return { type: 'SharedImageVersion', imageVersionId: source.imageVersionId }
  return undefined
}
