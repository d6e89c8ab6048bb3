import { definitionBody, definitionMismatches } from '../azure/gallery-rules.ts'
import type { Config } from '../config/types.ts'
import type { AzureSession } from './connect.ts'
import type { Limits } from '../model/limits.ts'
import { withDeadline } from '../model/deadline.ts'
import { ActionError } from '../model/errors.ts'
import type { ActionIO } from '../runner/io.ts'

/**
 * Before any imageTemplates write: the gallery definition exists (or is created from the
 * gallery-image-* inputs), can hold this image, and the explicit version is still free.
 * Each of these would otherwise fail the build at Distributing, an hour later.
 */
export async function prepareGallery(
  io: ActionIO,
  config: Config,
  session: AzureSession,
  limits: Limits,
): Promise<void> {
  const target = config.distribution.gallery
  if (!target) return
  const gallery = await session.gallery(target.definitionId)
  const existing = await gallery.findDefinition()
  if (existing) {
    const problems = definitionMismatches(existing, target.definition, config.osType)
    if (problems.length > 0) {
      throw new ActionError(
        `The ${gallery.description} cannot take this image:\n- ${problems.join('\n- ')}`,
      )
    }
    io.info(`Gallery: the ${gallery.description} exists and matches the build`)
  } else if (target.definition.identifier) {
    const location = await gallery.galleryLocation()
    if (!location)
      throw new ActionError(
        `The gallery "${gallery.ref.gallery}" does not exist in resource group "${gallery.ref.resourceGroup}".`,
      )
    io.info(`Gallery: creating the ${gallery.description} in ${location}`)
    const body = definitionBody(target.definition, config.osType, location)
    const wait = { what: `the ${gallery.description} to be created`, ms: limits.provisionMs }
    await withDeadline(wait, (signal) => gallery.createDefinition(body, signal))
  } else {
    throw new ActionError(
      `The ${gallery.description} does not exist. Create it, or give gallery-image-publisher, gallery-image-offer and gallery-image-sku so the action creates it.`,
    )
  }
  if (target.version && (await gallery.versionExists(target.version))) {
    throw new ActionError(
      `Version ${target.version} of the ${gallery.description} already exists; gallery versions cannot be overwritten. Use a new version number.`,
    )
  }
}
