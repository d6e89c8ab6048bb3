import { createCredential, createImageBuilderClient } from './azure/clients.ts'
import { ImageTemplates } from './azure/image-templates.ts'
import type { Config } from './config/types.ts'
import type { ActionIO } from './runner/io.ts'

/** Signs in (OIDC or the default chain) and returns the imageTemplates operations. */
export function connect(io: ActionIO, config: Config): ImageTemplates {
  const how =
    config.auth.kind === 'oidc'
      ? `OIDC federation (client ${config.auth.clientId})`
      : 'the default Azure credential chain'
  io.debug(`Signing in to ${config.cloud.name} (${config.cloud.armEndpoint}) with ${how}`)
  const credential = createCredential(config.cloud, config.auth, {
    getIdToken: (audience) => io.getIDToken(audience),
    mask: (secret) => io.setSecret(secret),
  })
  const client = createImageBuilderClient(config.cloud, config.subscriptionId, credential)
  // Create/delete operations finish in seconds to minutes: poll them faster than the build.
  return new ImageTemplates(client, Math.min(config.pollMs, 5_000))
}
