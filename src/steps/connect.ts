import type { TokenCredential } from '@azure/core-auth'
import { createCredential, createImageBuilderClient } from '../azure/clients.ts'
import { GalleryImages } from '../azure/gallery.ts'
import { ImageTemplates } from '../azure/image-templates.ts'
import { assertionSource, OIDC_AUDIENCE, type EarlyIdToken } from '../azure/oidc.ts'
import type { CleanupTarget, StorageAccountRef } from '../model/types.ts'
import { Blobs } from '../azure/blobs.ts'
import { blobEndpointOf } from '../azure/storage-accounts.ts'
import { sourceOsOf, type ResourceSource, type SourceOs } from '../azure/source-os.ts'
import { readCustomizationLog, type CustomizationLogRead } from '../azure/customization-log.ts'
import type { ActionIO } from '../runner/io.ts'

export interface AzureSession {
  readonly templates: ImageTemplates
  /** Blob Storage for uploads, with the same credential (never an account key). */
  readonly blobs: (
    account: StorageAccountRef,
    container: string,
    signal: AbortSignal,
  ) => Promise<Blobs>
  /** Blobs at an endpoint already known (the post step, from the saved state). */
  readonly blobsAt: (blobEndpoint: string, container: string) => Blobs
  /** The gallery target's definition and versions (loads the Compute SDK on first use). */
  readonly gallery: (definitionId: string) => Promise<GalleryImages>
  /** The OS Azure records for a managed-image or gallery source. */
  readonly sourceOs: (source: ResourceSource, signal: AbortSignal) => Promise<SourceOs | undefined>
  /** The tail of a failed build's customization.log, or why it could not be read. */
  readonly customizationLog: (
    location: string,
    stagingResourceGroup: string | undefined,
    signal: AbortSignal,
  ) => Promise<CustomizationLogRead>
}

/** What signing in needs: main has it in its Config, post in the state main saved. */
export type Connection = Pick<CleanupTarget, 'cloud' | 'auth' | 'subscriptionId' | 'pollMs'>

/**
 * Signs in (OIDC or the default chain) once, for every client the run needs. `early` is the OIDC
 * token main requested before loading this module (see oidc.ts).
 */
export function connect(io: ActionIO, target: Connection, early?: EarlyIdToken): AzureSession {
  const { cloud, auth, subscriptionId } = target
  const how =
    auth.kind === 'oidc'
      ? `OIDC federation (client ${auth.clientId}, audience ${auth.audience})`
      : 'the default Azure credential chain'
  io.debug(`Signing in to ${cloud.name} (${cloud.armEndpoint}) with ${how}`)
  const audience = auth.kind === 'oidc' ? auth.audience : OIDC_AUDIENCE
  const credential: TokenCredential = createCredential(cloud, auth, {
    getAssertion: assertionSource((aud) => io.getIDToken(aud), audience, early),
    mask: (secret) => io.setSecret(secret),
  })
  const client = createImageBuilderClient(cloud, subscriptionId, credential)
  const statusClient = createImageBuilderClient(cloud, subscriptionId, credential, false)
  return {
    // Create/delete operations finish in seconds to minutes: poll them faster than the build.
    templates: new ImageTemplates(client, statusClient, Math.min(target.pollMs, 5_000)),
    gallery: (definitionId) => GalleryImages.connect(cloud, credential, definitionId),
    blobs: async (account, container, signal) => {
      const endpoint =
        account.kind === 'endpoint'
          ? account.blobEndpoint
          : await blobEndpointOf(cloud, credential, account.accountId, signal)
      return new Blobs(endpoint, container, credential)
    },
    blobsAt: (blobEndpoint, container) => new Blobs(blobEndpoint, container, credential),
    sourceOs: (source, signal) => sourceOsOf(cloud, credential, source, signal),
    customizationLog: (location, stagingResourceGroup, signal) =>
      readCustomizationLog(location, { cloud, credential, stagingResourceGroup }, signal),
  }
}
