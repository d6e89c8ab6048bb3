// The post step's part for uploads (`storage-account`): blobs follow the template's fate.
import type { ActionIO } from '../runner/io.ts'
import type { PostState } from '../runner/state.ts'
import type { AzureSession } from './connect.ts'

/**
 * Removes the blobs main uploaded, unless the template is kept on purpose (a failed build kept
 * for debugging, `cleanup: never`, a build that goes on after this job): then they stay with it.
 */
export async function removeUploads(
  io: ActionIO,
  state: PostState | undefined,
  session: AzureSession,
  keep: boolean,
  signal: AbortSignal,
): Promise<void> {
  const uploads = state?.uploads
  if (!uploads || uploads.names.length === 0) return
  const blobs = session.blobsAt(uploads.blobEndpoint, uploads.container)
  if (keep) {
    io.info(
      `Keeping the uploaded blobs with the template: ${uploads.names.map((n) => blobs.urlOf(n)).join(', ')}`,
    )
    return
  }
  await blobs.remove(uploads.names, signal)
  io.info(`Deleted ${uploads.names.length} uploaded blob(s) from ${blobs.containerUrl}`)
}
