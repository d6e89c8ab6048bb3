// Uploads through Blob Storage, the part that writes: the artifact archive packed, hashed and
// uploaded in one streamed pass, large scripts as they are, then (for `storage-access: sas`) a
// read-only link per blob. A failed or cancelled upload removes what it wrote.
import type { Blobs } from '../azure/blobs.ts'
import { packTree } from '../artifacts/pack.ts'
import { withDeadline } from '../model/deadline.ts'
import { sasSignatures } from '../model/secrets.ts'
import type { UploadedArchive, UploadedFiles } from '../model/types.ts'
import { DEFAULT_BUILD_TIMEOUT_MINUTES } from '../template/render.ts'
import type { ArchivePlan, ArtifactPlan } from './artifact-plan.ts'
import type { BuildContext } from './build-context.ts'
import type { AzureSession } from './connect.ts'

/** A SAS outlives the build by this much: queueing before the build starts, clock skew. */
const SAS_MARGIN_MS = 2 * 60 * 60_000
/** How often a long upload reports its progress. */
const PROGRESS_EVERY_MS = 5_000

/** Uploads everything the plan names; returns where the build VM finds each file. */
export async function uploadArtifacts(
  ctx: BuildContext,
  session: AzureSession,
  plan: ArtifactPlan,
): Promise<UploadedFiles> {
  const storage = ctx.config.storage
  if (!storage) throw new Error('uploadArtifacts needs storage-account')
  const names = [
    ...(plan.archive ? [plan.archive.blobName] : []),
    ...plan.scripts.map((s) => s.blobName),
  ]
  const wait = { what: `the uploads to container ${storage.container}`, ms: ctx.limits.uploadMs }
  return withDeadline(wait, async (signal) => {
    const blobs = await session.blobs(storage.account, storage.container, signal)
    // Saved before the first write to Storage: post removes the blobs by the cleanup policy.
    ctx.save({ uploads: { blobEndpoint: blobs.endpoint, container: blobs.containerName, names } })
    try {
      await blobs.ensureContainer(signal)
      const archive = plan.archive && (await sendArchive(ctx, blobs, plan.archive, signal))
      const scripts: Record<string, string> = {}
      for (const { file, blobName } of plan.scripts) {
        await blobs.uploadBytes(blobName, file.bytes, signal)
        scripts[file.relPath] = await linkTo(ctx, blobs, blobName, signal)
        ctx.io.info(`Uploaded ${file.relPath} (${file.bytes.length} bytes, sha256 ${file.sha256})`)
      }
      return { archive, scripts }
    } catch (error) {
      await blobs.remove(names, AbortSignal.timeout(30_000)).catch(() => undefined)
      throw error
    }
  })
}

async function sendArchive(
  ctx: BuildContext,
  blobs: Blobs,
  plan: ArchivePlan,
  signal: AbortSignal,
): Promise<UploadedArchive> {
  const { io, config } = ctx
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
  io.info(
    `Uploaded customizer-source (${plan.tree.entries.length} entries) as ${plan.format}: ${bytes} bytes, sha256 ${sha256}, to ${blobs.urlOf(plan.blobName)}`,
  )
  return {
    url: await linkTo(ctx, blobs, plan.blobName, signal),
    sha256,
    bytes,
    format: plan.format,
    fetchedByScript: plan.fetchedByScript,
    fileName: plan.fileName,
    ...(config.storage?.access === 'identity' ? { identityId: config.identityId } : {}),
  }
}

/**
 * The blob's plain URL (`identity`: the service reads it as the template identity), or a
 * read-only, one-blob, https-only link expiring at the build timeout plus a margin (`sas`).
 */
async function linkTo(ctx: BuildContext, blobs: Blobs, name: string, signal: AbortSignal) {
  if (ctx.config.storage?.access !== 'sas') return blobs.urlOf(name)
  const minutes = ctx.config.vm.buildTimeoutMinutes ?? DEFAULT_BUILD_TIMEOUT_MINUTES
  const expiresOn = new Date(Date.now() + minutes * 60_000 + SAS_MARGIN_MS)
  const link = await blobs.readLink(name, expiresOn, signal)
  for (const secret of sasSignatures(link)) ctx.io.setSecret(secret)
  ctx.io.info(
    `Signed a read-only link to ${blobs.urlOf(name)}, valid until ${expiresOn.toISOString()}`,
  )
  return link
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`
