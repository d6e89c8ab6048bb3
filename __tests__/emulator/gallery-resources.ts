// The bodies GET returns for galleries, image definitions and image versions.
import { isRecord } from './exchange.ts'
import { typeOf, type GalleryRef } from './gallery-ids.ts'
import type { GalleryResource } from './gallery-store.ts'

type Body = Record<string, unknown>

/** One region of a version's publishing profile. */
export interface TargetRegion {
  name: string
  regionalReplicaCount: number
  storageAccountType: string
}

/** The common envelope: id, name, type, location, tags and `properties`. */
export function resourceOf(
  ref: GalleryRef,
  location: string,
  properties: Body,
  tags?: unknown,
): GalleryResource {
  return {
    id: ref.id,
    name: ref.names.at(-1) ?? '',
    type: typeOf(ref),
    location,
    ...(isRecord(tags) ? { tags: structuredClone(tags) } : {}),
    properties,
  }
}

/** A gallery: the body's description plus the service's unique name. */
export function galleryResource(ref: GalleryRef, body: Body): GalleryResource {
  const given = isRecord(body.properties) ? structuredClone(body.properties) : {}
  const gallery = ref.names[0] ?? ''
  const properties = {
    ...given,
    identifier: { uniqueName: `${ref.subscriptionId}-${gallery.toUpperCase()}` },
  }
  return resourceOf(ref, String(body.location), properties, body.tags)
}

/** The publishing profile of a version published at `publishedAt` (ms since epoch), defaults filled in. */
export function publishingProfile(profile: Body, location: string, publishedAt: number): Body {
  const storageAccountType =
    typeof profile.storageAccountType === 'string' ? profile.storageAccountType : 'Standard_LRS'
  const replicaCount = typeof profile.replicaCount === 'number' ? profile.replicaCount : 1
  const given = Array.isArray(profile.targetRegions) ? profile.targetRegions.filter(isRecord) : []
  const targetRegions: TargetRegion[] = (given.length > 0 ? given : [{ name: location }]).map(
    (region) => ({
      name: String(region.name),
      regionalReplicaCount:
        typeof region.regionalReplicaCount === 'number'
          ? region.regionalReplicaCount
          : replicaCount,
      storageAccountType:
        typeof region.storageAccountType === 'string'
          ? region.storageAccountType
          : storageAccountType,
    }),
  )
  return {
    ...profile,
    targetRegions,
    replicaCount,
    storageAccountType,
    excludeFromLatest: profile.excludeFromLatest === true,
    publishedDate: new Date(publishedAt).toISOString(),
  }
}

/** A version from a PUT body (or a seed) made at `now`: its publishing profile completed. */
export function versionResource(
  ref: GalleryRef,
  location: string,
  body: Body,
  now: number,
): GalleryResource {
  const given = isRecord(body.properties) ? structuredClone(body.properties) : {}
  const profile = isRecord(given.publishingProfile) ? given.publishingProfile : {}
  const properties = {
    ...given,
    publishingProfile: publishingProfile(profile, location, now),
    storageProfile: isRecord(given.storageProfile) ? given.storageProfile : {},
  }
  return resourceOf(ref, location, properties, body.tags)
}
