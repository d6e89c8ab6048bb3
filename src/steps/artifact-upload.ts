// `customizer-source` through Blob Storage, the part that writes: pack, hash and upload in one
// streamed pass, then (for `storage-access: sas`) sign a read-only link for that one blob.
import type { Blobs } from '../azure/blobs.ts'
import { packTree } from '../artifacts/pack.ts'
import { withDeadline } from '../model/deadline.ts'
import { sasSignatures } from '../model/secrets.ts'
import type { UploadedArchive } from '../model/types.ts'
import { DEFAULT_BUILD_TIMEOUT_MINUTES } from '../template/render.ts'
import type { ArtifactPlan } from './artifact-plan.ts'
import type { BuildContext } from './build-context.ts'
import type { AzureSession } from './connect.ts'

/** The SAS outlives the build by this much: queueing before the build starts, clock skew. */
const SAS_MARGIN_MS = 2 * 60 * 60_000
/** How often a long upload reports its progress. */
const PROGRESS_EVERY_MS = 10_000

/** Uploads the archive; a failed or cancelled upload removes what it wrote. */
export async function uploadArtifacts(
  ctx: BuildContext,
  session: AzureSession,
  plan: ArtifactPlan,
): Promise<UploadedArchive> {
  const storage = ctx.config.storage
  if (!storage) throw new Error('uploadArtifacts needs storage-account')
  const wait = {
    what: `the upload of customizer-source to ${storage.container}`,
    ms: ctx.limits.uploadMs,
  }
  return withDeadline(wait, async (signal) => {
    const blobs = await session.blobs(storage.account, storage.container, signal)
    // Saved before the first write to Storage: post removes the blob by the cleanup policy.
    ctx.save({
      uploads: {
        blobEndpoint: blobs.endpoint,
        container: blobs.containerName,
        names: [plan.blobName],
      },
    })
    try {
      return await send(ctx, blobs, plan, signal)
    } catch (error) {
      await blobs.remove([plan.blobName], AbortSignal.timeout(30_000)).catch(() => undefined)
      throw error
    }
  })
}

async function send(
  ctx: BuildContext,
  blobs: Blobs,
  plan: ArtifactPlan,
  signal: AbortSignal,
): Promise<UploadedArchive> {
  const { io, config } = ctx
  await blobs.ensureContainer(signal)
  const packed = packTree(plan.tree.root, plan.tree.entries, plan.format)
  const started = Date.now()
  let reported = started
  await blobs.upload(plan.blobName, packed.stream, signal, (bytes) => {
    if (Date.now() - reported < PROGRESS_EVERY_MS) return
    reported = Date.now()
    io.info(
      `Uploading customizer-source: ${mib(bytes)} sent after ${Math.round((reported - started) / 1000)}s`,
    )
  })
  const { sha256, bytes } = await packed.digest
  const url =
    config.storage?.access === 'sas'
      ? await signedLink(ctx, blobs, plan, signal)
      : blobs.urlOf(plan.blobName)
  io.info(
    `Uploaded customizer-source (${plan.tree.entries.length} entries) as ${plan.format}: ${bytes} bytes, sha256 ${sha256}, to ${blobs.urlOf(plan.blobName)}`,
  )
  return {
    url,
    sha256,
    bytes,
    format: plan.format,
    fetchedByScript: plan.fetchedByScript,
    fileName: plan.fileName,
    ...(config.storage?.access === 'identity' ? { identityId: config.identityId } : {}),
  }
}

/** Read-only, one blob, https only, expiring at the build timeout plus a margin: never a year. */
async function signedLink(
  ctx: BuildContext,
  blobs: Blobs,
  plan: ArtifactPlan,
  signal: AbortSignal,
) {
  const minutes = ctx.config.vm.buildTimeoutMinutes ?? DEFAULT_BUILD_TIMEOUT_MINUTES
  const expiresOn = new Date(Date.now() + minutes * 60_000 + SAS_MARGIN_MS)
  const link = await blobs.readLink(plan.blobName, expiresOn, signal)
  for (const secret of sasSignatures(link)) ctx.io.setSecret(secret)
  ctx.io.info(`Signed a read-only link for the build VM, valid until ${expiresOn.toISOString()}`)
  return link
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
