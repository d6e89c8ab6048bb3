// Uploads to Azure Blob Storage with the action's own Entra credential (never an account key):
// the container, streamed block uploads, read-only user-delegation SAS links, and removal.
import type { TokenCredential } from '@azure/core-auth'
import {
  BlobSASPermissions,
  BlobServiceClient,
  SASProtocol,
  generateBlobSASQueryParameters,
  type ContainerClient,
} from '@azure/storage-blob'
import type { Readable } from 'node:stream'
import { azureError } from './errors.ts'

/** Block size and blocks in flight: memory stays near their product whatever the size. */
const BLOCK_BYTES = 8 * 1024 * 1024
const BLOCKS_IN_FLIGHT = 4

export class Blobs {
  private readonly service: BlobServiceClient
  private readonly container: ContainerClient

  constructor(blobEndpoint: string, container: string, credential: TokenCredential) {
    this.service = new BlobServiceClient(blobEndpoint, credential, {
      retryOptions: { maxTries: 6, retryDelayInMs: 500, maxRetryDelayInMs: 30_000 },
    })
    this.container = this.service.getContainerClient(container)
  }

  /** The account's blob endpoint, as the post step needs it to find the uploads again. */
  get endpoint(): string {
    return this.service.url.replace(/\/+$/, '')
  }

  get containerName(): string {
    return this.container.containerName
  }

  /** `https://…/<container>`: where the uploads are, for messages and the post step. */
  get containerUrl(): string {
    return this.container.url
  }

  urlOf(name: string): string {
    return this.container.getBlockBlobClient(name).url
  }

  async ensureContainer(abortSignal: AbortSignal): Promise<void> {
    try {
      await this.container.createIfNotExists({ abortSignal })
    } catch (error) {
      throw azureError(`Creating the blob container ${this.containerUrl}`, error)
    }
  }

  /** Streams `body` into block blob `name`, in parallel blocks; returns the bytes sent. */
  async upload(
    name: string,
    body: Readable,
    abortSignal: AbortSignal,
    onProgress?: (bytes: number) => void,
  ): Promise<void> {
    const blob = this.container.getBlockBlobClient(name)
    try {
      await blob.uploadStream(body, BLOCK_BYTES, BLOCKS_IN_FLIGHT, {
        abortSignal,
        onProgress: onProgress && ((p) => onProgress(p.loadedBytes)),
      })
    } catch (error) {
      throw azureError(`Uploading ${blob.url}`, error)
    }
  }

  /** Uploads bytes already in memory (a repository script) as block blob `name`. */
  async uploadBytes(name: string, bytes: Buffer, abortSignal: AbortSignal): Promise<void> {
    const blob = this.container.getBlockBlobClient(name)
    try {
      await blob.uploadData(bytes, { abortSignal })
    } catch (error) {
      throw azureError(`Uploading ${blob.url}`, error)
    }
  }

  /** Deletes the named blobs; ones already gone are fine. */
  async remove(names: readonly string[], abortSignal: AbortSignal): Promise<void> {
    for (const name of names) {
      const blob = this.container.getBlockBlobClient(name)
      try {
        await blob.deleteIfExists({ abortSignal })
      } catch (error) {
        throw azureError(`Deleting ${blob.url}`, error)
      }
    }
  }

  /**
   * A read-only, https-only user-delegation SAS for one blob, valid until `expiresOn`: signed
   * with a key the credential obtains, never with an account key.
   */
  async readLink(name: string, expiresOn: Date, abortSignal: AbortSignal): Promise<string> {
    const startsOn = new Date(Date.now() - 5 * 60_000)
    try {
      const key = await this.service.getUserDelegationKey(startsOn, expiresOn, { abortSignal })
      const query = generateBlobSASQueryParameters(
        {
          containerName: this.container.containerName,
          blobName: name,
          permissions: BlobSASPermissions.parse('r'),
          startsOn,
          expiresOn,
          protocol: SASProtocol.Https,
        },
        key,
        this.service.accountName,
      )
      return `${this.urlOf(name)}?${query.toString()}`
    } catch (error) {
      throw azureError(`Signing a read link for ${this.urlOf(name)}`, error)
    }
  }
}
