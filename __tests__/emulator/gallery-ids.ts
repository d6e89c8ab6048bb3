// Resource ids and request paths of Azure Compute Gallery resources (Microsoft.Compute).

/** Api versions of the gallery routes: the documented ones and the one @azure/arm-compute 25 sends. */
export const COMPUTE_API_VERSIONS: readonly string[] = [
  '2023-07-03',
  '2024-03-03',
  '2025-03-03',
  '2025-12-03',
]

/** Resource types by depth: gallery, image definition, image version. */
export const GALLERY_TYPES = [
  'Microsoft.Compute/galleries',
  'Microsoft.Compute/galleries/images',
  'Microsoft.Compute/galleries/images/versions',
] as const

/** Which of the three gallery resources a reference names. */
export type GalleryKind = 'gallery' | 'image' | 'version'

/** Identity of a gallery, a gallery image definition or a gallery image version. */
export interface GalleryRef {
  kind: GalleryKind
  subscriptionId: string
  resourceGroup: string
  /** Gallery name, then image name, then version name, as many as `kind` needs. */
  names: string[]
  /** Resource id spelled as the client spelled it. */
  id: string
  /** Lower-cased id: ARM resource ids are case-insensitive. */
  key: string
}

/** A parsed request path: one resource, or the collection of its children (`…/images`, `…/versions`). */
export interface GalleryTarget {
  ref: GalleryRef
  /** True for `GET …/galleries/{g}/images` and `GET …/images/{i}/versions`. */
  collection: boolean
}

const KINDS: readonly GalleryKind[] = ['gallery', 'image', 'version']

// Fixed segments match case-insensitively, as ARM does.
const GALLERY_PATH =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Compute\/galleries\/([^/]+)(?:\/(images)(?:\/([^/]+)(?:\/(versions)(?:\/([^/]+))?)?)?)?$/i

/** Whether `path` is a Microsoft.Compute path (galleries, or Compute's operation status). */
export function isComputePath(path: string): boolean {
  return /^\/subscriptions\/[^/]+\/(?:resourceGroups\/[^/]+\/)?providers\/Microsoft\.Compute\//i.test(
    path,
  )
}

/** The reference of a gallery resource from its parts (1 to 3 names). */
export function galleryRef(
  subscriptionId: string,
  resourceGroup: string,
  names: string[],
): GalleryRef {
  const kind = KINDS[names.length - 1] ?? 'version'
  const [gallery, image, version] = names
  let id = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Compute/galleries/${gallery}`
  if (image !== undefined) id += `/images/${image}`
  if (version !== undefined) id += `/versions/${version}`
  return { kind, subscriptionId, resourceGroup, names, id, key: id.toLowerCase() }
}

/** The target of a request path, or undefined when it is no gallery path. */
export function parseGalleryPath(path: string): GalleryTarget | undefined {
  const match = GALLERY_PATH.exec(path)
  if (!match) return undefined
  const [, sub, group, gallery, images, image, versions, version] = match.map((part) =>
    part === undefined ? undefined : decodeURIComponent(part),
  )
  if (!sub || !group || !gallery) return undefined
  const names = [gallery, image, version].filter((name): name is string => name !== undefined)
  // `…/images` and `…/versions` without a name are the collections of the level above.
  const collection =
    (images !== undefined && image === undefined) ||
    (versions !== undefined && version === undefined)
  return { ref: galleryRef(sub, group, names), collection }
}

/** The reference of a gallery resource id (not a collection), or undefined. */
export function parseGalleryId(id: string): GalleryRef | undefined {
  const target = parseGalleryPath(id)
  return target && !target.collection ? target.ref : undefined
}

/** The reference one level up (the gallery of an image, the image of a version). */
export function parentOf(ref: GalleryRef): GalleryRef | undefined {
  if (ref.names.length < 2) return undefined
  return galleryRef(ref.subscriptionId, ref.resourceGroup, ref.names.slice(0, -1))
}

/** The reference of child `name` of `ref`. */
export function childOf(ref: GalleryRef, name: string): GalleryRef {
  return galleryRef(ref.subscriptionId, ref.resourceGroup, [...ref.names, name])
}

/** Resource type of `ref`. */
export function typeOf(ref: GalleryRef): string {
  return GALLERY_TYPES[ref.names.length - 1] ?? GALLERY_TYPES[2]
}

/** A region as ARM compares it: lower case without spaces ('West US' is 'westus'). */
export function normalizeRegion(region: string): string {
  return region.replaceAll(' ', '').toLowerCase()
}
