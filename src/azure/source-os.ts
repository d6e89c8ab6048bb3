// The OS of a managed-image or gallery source, as Azure records it: the gallery image definition's
// `osType`, or the managed image's OS disk. A template whose OS was only assumed, or inferred from
// its customizers, is checked against it before anything is created.
import type { ComputeManagementClient } from '@azure/arm-compute'
import type { TokenCredential } from '@azure/core-auth'
import { GALLERY_VERSION_TYPE, MANAGED_IMAGE_TYPE, parseTypedId } from '../model/resource-ids.ts'
import type { CloudConfig, OsType } from '../model/types.ts'
import { createComputeClient } from './clients.ts'
import { azureError } from './errors.ts'

export interface SourceOs {
  readonly osType: OsType
  /** What said so, for the log: `gallery image definition "gal/web"`, `managed image "base"`. */
  readonly from: string
}

/** A template source that names an Azure resource (platform images have no record to read). */
export type ResourceSource =
  | { readonly type: 'ManagedImage'; readonly imageId: string }
  | { readonly type: 'SharedImageVersion'; readonly imageVersionId: string }

/** One read of the record that holds the OS, and what to call it. */
interface OsRecord {
  readonly subscriptionId: string
  readonly from: string
  read(client: ComputeManagementClient, signal: AbortSignal): Promise<string | undefined>
}

function recordOf(source: ResourceSource): OsRecord | undefined {
  return source.type === 'SharedImageVersion'
    ? galleryRecord(source.imageVersionId)
    : managedImageRecord(source.imageId)
}

function galleryRecord(versionId: string): OsRecord | undefined {
  const id = parseTypedId(versionId, GALLERY_VERSION_TYPE)
  if (!id) return undefined
  const [gallery = '', image = ''] = id.names
  return {
    subscriptionId: id.subscriptionId,
    from: `gallery image definition "${gallery}/${image}"`,
    read: async (client, abortSignal) =>
      (await client.galleryImages.get(id.resourceGroup, gallery, image, { abortSignal })).osType,
  }
}

function managedImageRecord(imageId: string): OsRecord | undefined {
  const id = parseTypedId(imageId, MANAGED_IMAGE_TYPE)
  if (!id) return undefined
  const [name = ''] = id.names
  return {
    subscriptionId: id.subscriptionId,
    from: `managed image "${name}"`,
    read: async (client, abortSignal) =>
      (await client.images.get(id.resourceGroup, name, { abortSignal })).storageProfile?.osDisk
        ?.osType,
  }
}

/** Reads the source's OS; undefined when the id or the record does not tell it. */
export async function sourceOsOf(
  cloud: CloudConfig,
  credential: TokenCredential,
  source: ResourceSource,
  signal: AbortSignal,
): Promise<SourceOs | undefined> {
  const record = recordOf(source)
  if (!record) return undefined
  const client = await createComputeClient(cloud, record.subscriptionId, credential)
  let os: string | undefined
  try {
    os = (await record.read(client, signal))?.toLowerCase()
  } catch (error) {
    throw azureError(`Reading the ${record.from} of the source`, error)
  }
  return os === 'windows' || os === 'linux' ? { osType: os, from: record.from } : undefined
}
