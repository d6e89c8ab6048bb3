import type { ComputeManagementClient, GalleryImage } from '@azure/arm-compute'
import type { TokenCredential } from '@azure/core-auth'
import type { CloudConfig } from '../model/types.ts'
import { GALLERY_IMAGE_TYPE, parseTypedId } from '../model/resource-ids.ts'
import { createComputeClient } from './clients.ts'
import { azureError, isNotFound } from './errors.ts'

export interface GalleryImageRef {
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly gallery: string
  readonly image: string
}

function galleryImageRef(definitionId: string): GalleryImageRef {
  const parsed = parseTypedId(definitionId, GALLERY_IMAGE_TYPE)
  if (!parsed) throw new Error(`not a gallery image definition id: ${definitionId}`)
  const [gallery = '', image = ''] = parsed.names
  return {
    subscriptionId: parsed.subscriptionId,
    resourceGroup: parsed.resourceGroup,
    gallery,
    image,
  }
}

const describe = (ref: GalleryImageRef) =>
  `gallery image definition "${ref.gallery}/${ref.image}" in resource group "${ref.resourceGroup}"`

/**
 * Gallery image definitions and versions through @azure/arm-compute. The SDK is large (all of
 * Compute), so it is loaded only when a build has a gallery target: other runs never parse it.
 */
export class GalleryImages {
  private readonly client: ComputeManagementClient
  readonly ref: GalleryImageRef

  private constructor(client: ComputeManagementClient, ref: GalleryImageRef) {
    this.client = client
    this.ref = ref
  }

  static async connect(
    cloud: CloudConfig,
    credential: TokenCredential,
    definitionId: string,
  ): Promise<GalleryImages> {
    const ref = galleryImageRef(definitionId)
    return new GalleryImages(await createComputeClient(cloud, ref.subscriptionId, credential), ref)
  }

  get description(): string {
    return describe(this.ref)
  }

  async findDefinition(): Promise<GalleryImage | undefined> {
    const { resourceGroup, gallery, image } = this.ref
    try {
      return await this.client.galleryImages.get(resourceGroup, gallery, image)
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw azureError(`Reading the ${this.description}`, error)
    }
  }

  /** The gallery's region: a new definition must be created there, not in the build's region. */
  async galleryLocation(): Promise<string | undefined> {
    const { resourceGroup, gallery } = this.ref
    try {
      return (await this.client.galleries.get(resourceGroup, gallery)).location
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw azureError(`Reading the gallery "${gallery}"`, error)
    }
  }

  async createDefinition(body: GalleryImage, abortSignal: AbortSignal): Promise<GalleryImage> {
    const { resourceGroup, gallery, image } = this.ref
    try {
      return await this.client.galleryImages
        .createOrUpdate(resourceGroup, gallery, image, body, { abortSignal })
        .pollUntilDone({ abortSignal })
    } catch (error) {
      throw azureError(`Creating the ${this.description}`, error)
    }
  }

  async versionExists(version: string): Promise<boolean> {
    const { resourceGroup, gallery, image } = this.ref
    try {
      await this.client.galleryImageVersions.get(resourceGroup, gallery, image, version)
      return true
    } catch (error) {
      if (isNotFound(error)) return false
      throw azureError(`Reading version ${version} of the ${this.description}`, error)
    }
  }
}
