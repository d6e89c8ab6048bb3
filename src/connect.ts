import type { TokenCredential } from '@azure/core-auth'
import { createCredential, createImageBuilderClient } from './azure/clients.ts'
import { GalleryImages } from './azure/gallery.ts'
import { ImageTemplates } from './azure/image-templates.ts'
import { assertionSource, type EarlyIdToken } from './azure/oidc.ts'
import type { Config } from './config/types.ts'
import type { ActionIO } from './runner/io.ts'

export interface AzureSession {
  readonly templates: ImageTemplates
  /** The gallery target's definition and versions (loads the Compute SDK on first use). */
  readonly gallery: (definitionId: string) => Promise<GalleryImages>
}

/**
 * Signs in (OIDC or the default chain) once, for every client the run needs. `early` is the OIDC
 * token main requested before loading this module (see oidc.ts).
 */
export function connect(io: ActionIO, config: Config, early?: EarlyIdToken): AzureSession {
  const how =
    config.auth.kind === 'oidc'
      ? `OIDC federation (client ${config.auth.clientId})`
      : 'the default Azure credential chain'
  io.debug(`Signing in to ${config.cloud.name} (${config.cloud.armEndpoint}) with ${how}`)
  const credential: TokenCredential = createCredential(config.cloud, config.auth, {
    getAssertion: assertionSource((audience) => io.getIDToken(audience), early),
    mask: (secret) => io.setSecret(secret),
  })
  const client = createImageBuilderClient(config.cloud, config.subscriptionId, credential)
  return {
    // Create/delete operations finish in seconds to minutes: poll them faster than the build.
    templates: new ImageTemplates(client, Math.min(config.pollMs, 5_000)),
    gallery: (definitionId) => GalleryImages.connect(config.cloud, credential, definitionId),
  }
}
