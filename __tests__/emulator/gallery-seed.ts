// Test shortcuts that put provisioned gallery resources in place without requests.
import {
  galleryRef as galleryRefOf,
  parentOf,
  parseGalleryId,
  type GalleryKind,
  type GalleryRef,
} from './gallery-ids.ts'
import { galleryResource, resourceOf, versionResource } from './gallery-resources.ts'
import type { GalleryStore } from './gallery-store.ts'
import { checkImageLocation, checkName, isProblem, normalizeImage } from './gallery-validation.ts'
import { invalidVersionMessage, parseVersion } from './gallery-versions.ts'

const DEFAULT_LOCATION = 'westus'

/** Put a gallery in place. */
export function seedGallery(
  galleries: GalleryStore,
  id: string,
  location = DEFAULT_LOCATION,
  properties: object = {},
): void {
  const ref = refOf(id, 'gallery', 'seedGallery')
  const problem = checkName(ref)
  if (problem) throw new Error(`seedGallery: ${problem.message}`)
  galleries.put(ref, galleryResource(ref, { location, properties }))
}

/**
 * Put an image definition in place, validated like a PUT; its gallery is seeded too when missing.
 * `location` defaults to the gallery's.
 */
export function seedGalleryImage(
  galleries: GalleryStore,
  id: string,
  properties: object,
  location?: string,
): void {
  const ref = refOf(id, 'image', 'seedGalleryImage')
  const galleryRef = galleryOf(ref)
  const gallery = galleries.get(galleryRef)?.resource
  const where = location ?? gallery?.location ?? DEFAULT_LOCATION
  const normalized = normalizeImage({ location: where, properties })
  const problem = isProblem(normalized)
    ? normalized
    : (checkName(ref) ?? checkImageLocation(gallery?.location, where))
  if (problem) throw new Error(`seedGalleryImage: ${problem.message}`)
  if (!gallery) seedGallery(galleries, galleryRef.id, where)
  galleries.put(ref, resourceOf(ref, where, normalized as Record<string, unknown>))
}

/** Put an image version in place under an existing definition, in the definition's location. */
export function seedGalleryImageVersion(
  galleries: GalleryStore,
  id: string,
  properties: object = {},
  tags?: Record<string, string>,
): void {
  const ref = refOf(id, 'version', 'seedGalleryImageVersion')
  const name = ref.names[2] ?? ''
  if (!parseVersion(name))
    throw new Error(`seedGalleryImageVersion: ${invalidVersionMessage(name)}`)
  const definition = galleries.get(parentOf(ref) ?? ref)
  if (!definition) {
    throw new Error(`seedGalleryImageVersion: seed the image definition of '${id}' first`)
  }
  const body = { properties, ...(tags ? { tags } : {}) }
  galleries.put(ref, versionResource(ref, definition.resource.location, body, galleries.now()))
}

function refOf(id: string, kind: GalleryKind, caller: string) {
  const ref = parseGalleryId(id)
  const what = {
    gallery: 'gallery',
    image: 'gallery image definition',
    version: 'gallery image version',
  }
  if (ref?.kind !== kind) throw new Error(`${caller}: '${id}' is not a ${what[kind]} resource id`)
  return ref
}

function galleryOf(ref: GalleryRef): GalleryRef {
  return galleryRefOf(ref.subscriptionId, ref.resourceGroup, ref.names.slice(0, 1))
}
