// What Image Builder does at Distributing for SharedImage distributors: create the image version.
import { randomUUID } from 'node:crypto'
import { isRecord } from './exchange.ts'
import { childOf, parentOf, parseGalleryId, type GalleryRef } from './gallery-ids.ts'
import { publishingProfile, resourceOf, type TargetRegion } from './gallery-resources.ts'
import type { GalleryResource, GalleryStore } from './gallery-store.ts'
import { invalidVersionMessage, nextLatestVersion, parseVersion } from './gallery-versions.ts'
import type { TemplateResource } from './template-store.ts'

type Body = Record<string, unknown>

/** The image versions a finished build created: version id by runOutputName, or why it failed. */
export type Publication =
  { ok: true; artifactIds: Map<string, string> } | { ok: false; message: string }

/** The template whose run just finished. */
export interface FinishedBuild {
  resource: TemplateResource
  runId: string
}

/** One version to create. */
interface Planned {
  ref: GalleryRef
  resource: GalleryResource
}

/**
 * Plan a version for every SharedImage distributor and, with `publish`, create them all; nothing
 * is created when any of them fails. `preview` (seeded runs) only names the versions.
 */
export function publishVersions(
  galleries: GalleryStore,
  build: FinishedBuild,
  mode: 'publish' | 'preview',
): Publication {
  const distribute = build.resource.properties.distribute
  const targets = (Array.isArray(distribute) ? distribute.filter(isRecord) : []).filter(
    (target) => target.type === 'SharedImage',
  )
  const planned = new Map<string, Planned>()
  const artifactIds = new Map<string, string>()
  for (const target of targets) {
    const plan = planVersion(galleries, build, target, planned, mode)
    const name = String(target.runOutputName)
    if (typeof plan === 'string') {
      if (mode === 'preview') continue
      return { ok: false, message: distributionFailure(name, plan) }
    }
    planned.set(plan.ref.key, plan)
    artifactIds.set(name, plan.ref.id)
  }
  if (mode === 'publish')
    for (const plan of planned.values()) galleries.put(plan.ref, plan.resource)
  return { ok: true, artifactIds }
}

// The version one distributor creates, or why it cannot.
function planVersion(
  galleries: GalleryStore,
  build: FinishedBuild,
  target: Body,
  planned: Map<string, Planned>,
  mode: 'publish' | 'preview',
): Planned | string {
  const located = locate(galleries, String(target.galleryImageId), mode)
  if (typeof located === 'string') return located
  const { base, explicit, definition } = located
  const existing = [
    ...galleries.children(base).map((record) => record.ref),
    ...[...planned.values()]
      .map((plan) => plan.ref)
      .filter((ref) => parentOf(ref)?.key === base.key),
  ]
  const version = chooseVersion(explicit, target, build, existing)
  if (!parseVersion(version)) return version
  const ref = childOf(base, version)
  if (mode === 'publish' && existing.some((other) => other.key === ref.key)) {
    return `the gallery image version '${ref.id}' already exists; Image Builder does not overwrite an existing gallery image version.`
  }
  const resource = versionOf(ref, definition?.resource.location, build, target, galleries.now())
  return { ref, resource }
}

// The definition a galleryImageId names (it must exist to publish), and its explicit version.
function locate(galleries: GalleryStore, galleryImageId: string, mode: 'publish' | 'preview') {
  const given = parseGalleryId(galleryImageId)
  const imageRef = given?.kind === 'version' ? parentOf(given) : given
  if (!given || !imageRef) {
    return `the galleryImageId '${galleryImageId}' is not the resource id of a gallery image definition or version.`
  }
  const definition = galleries.get(imageRef)
  if (!definition && mode === 'publish') {
    return `the gallery image '${imageRef.id}' was not found (ParentResourceNotFound). Create the gallery image definition before distributing to it.`
  }
  return { base: definition?.ref ?? imageRef, explicit: given.names[2], definition }
}

// The version number: explicit in the id, or from `versioning`; else a message saying why not.
function chooseVersion(
  explicit: string | undefined,
  target: Body,
  build: FinishedBuild,
  existing: GalleryRef[],
): string {
  if (explicit !== undefined)
    return parseVersion(explicit) ? explicit : invalidVersionMessage(explicit)
  const versioning = isRecord(target.versioning) ? target.versioning : { scheme: 'Latest' }
  if (versioning.scheme === 'Source') return sourceVersion(build)
  if (versioning.scheme !== 'Latest') {
    return `unknown versioning scheme '${String(versioning.scheme)}'; expected 'Latest' or 'Source'.`
  }
  const major =
    typeof versioning.major === 'number' && versioning.major >= 0 ? versioning.major : undefined
  return nextLatestVersion(
    existing.map((ref) => ref.names[2] ?? ''),
    major,
  )
}

// `Source`: the version of a PlatformImage source, when it is major.minor.patch.
function sourceVersion(build: FinishedBuild): string {
  const source = build.resource.properties.source
  const version = isRecord(source) && source.type === 'PlatformImage' ? source.version : undefined
  if (typeof version === 'string' && parseVersion(version)) return version
  const shown = typeof version === 'string' ? version : 'none'
  return `versioning scheme 'Source' needs a PlatformImage source whose version is major.minor.patch; the source version is '${shown}'.`
}

// The version resource: the definition's region, the distributor's regions, tags and flags.
function versionOf(
  ref: GalleryRef,
  definitionLocation: string | undefined,
  build: FinishedBuild,
  target: Body,
  publishedAt: number,
): GalleryResource {
  const buildLocation = String(build.resource.location)
  const profile = publishingProfile(
    {
      targetRegions: targetRegionsOf(target),
      excludeFromLatest: target.excludeFromLatest === true,
      replicationMode: typeof target.replicationMode === 'string' ? target.replicationMode : 'Full',
    },
    buildLocation,
    publishedAt,
  )
  const staging =
    typeof build.resource.properties.exactStagingResourceGroup === 'string'
      ? build.resource.properties.exactStagingResourceGroup
      : `/subscriptions/${ref.subscriptionId}/resourceGroups/IT_${build.runId}`
  const storageProfile = {
    source: {
      id: `${staging}/providers/Microsoft.Compute/images/IntermediateImage_${build.runId}`,
    },
    osDiskImage: { hostCaching: 'ReadWrite', sizeInGB: 30 },
  }
  const properties = { publishingProfile: profile, storageProfile }
  return resourceOf(ref, definitionLocation ?? buildLocation, properties, target.artifactTags)
}

// targetRegions (replicaCount → regionalReplicaCount), else the deprecated replicationRegions.
function targetRegionsOf(target: Body): Partial<TargetRegion>[] {
  const shared =
    typeof target.storageAccountType === 'string' ? target.storageAccountType : undefined
  if (Array.isArray(target.targetRegions)) {
    return target.targetRegions.filter(isRecord).map((region) => ({
      name: String(region.name),
      regionalReplicaCount: typeof region.replicaCount === 'number' ? region.replicaCount : 1,
      storageAccountType:
        typeof region.storageAccountType === 'string' ? region.storageAccountType : 'Standard_LRS',
    }))
  }
  const regions = Array.isArray(target.replicationRegions) ? target.replicationRegions : []
  return regions.map((name) => ({
    name: String(name),
    regionalReplicaCount: 1,
    storageAccountType: shared ?? 'Standard_LRS',
  }))
}

function distributionFailure(runOutputName: string, detail: string): string {
  return (
    `Distribution failed for runOutputName '${runOutputName}' (SharedImage): ${detail} ` +
    `For more troubleshooting steps go to https://aka.ms/azvmimagebuilderts. OperationId: ${randomUUID()}.`
  )
}
