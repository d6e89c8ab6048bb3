import type { IssueList } from './issues.ts'
import type { InputName } from './names.ts'
import {
  GALLERY_IMAGE_TYPE,
  GALLERY_VERSION_TYPE,
  MANAGED_IMAGE_TYPE,
  isResourceName,
  parseTypedId,
  resourceId,
} from './resource-ids.ts'
import { isHttpsUrl, keyValueLines, listItems } from './text.ts'
import type { Distribution, ReplicationRegion } from './types.ts'

export interface DistributionInputs {
  readonly read: (name: InputName) => string
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly location: string
  readonly templateName: string
  readonly provenance: Readonly<Record<string, string>>
}

/** Managed image, gallery and VHD targets; a managed image named after the template by default. */
export function parseDistribution(issues: IssueList, inputs: DistributionInputs): Distribution {
  const { read } = inputs
  const gallery = parseGallery(issues, inputs)
  const vhd = parseVhd(issues, read('vhd'))
  const managed = read('managed-image').trim()
  const useDefault = managed === '' && !gallery && !vhd
  const managedImageId = useDefault
    ? resourceId(
        inputs.subscriptionId,
        inputs.resourceGroup,
        'Microsoft.Compute',
        `images/${inputs.templateName}`,
      )
    : parseManagedImage(issues, managed, inputs)
  const artifactTags = { ...parseTags(issues, read('artifact-tags')), ...inputs.provenance }
  return { managedImageId, gallery, vhd, artifactTags }
}

function parseManagedImage(
  issues: IssueList,
  raw: string,
  inputs: DistributionInputs,
): string | undefined {
  if (raw === '') return undefined
  if (raw.startsWith('/')) {
    if (parseTypedId(raw, MANAGED_IMAGE_TYPE)) return raw
    issues.add(
      'managed-image',
      'expected a name or /subscriptions/…/providers/Microsoft.Compute/images/NAME',
    )
    return undefined
  }
  if (!isResourceName(raw)) {
    issues.add(
      'managed-image',
      `"${raw}" is not a valid image name (letters, digits, _ . -; up to 80)`,
    )
    return undefined
  }
  return resourceId(
    inputs.subscriptionId,
    inputs.resourceGroup,
    'Microsoft.Compute',
    `images/${raw}`,
  )
}

function parseVhd(issues: IssueList, raw: string): true | string | undefined {
  const text = raw.trim()
  if (text === '' || text.toLowerCase() === 'false') return undefined
  if (text.toLowerCase() === 'true') return true
  if (isHttpsUrl(text) && /\.vhd$/i.test(new URL(text).pathname)) return text
  issues.add('vhd', 'expected true, false, or an https blob URI ending in .vhd')
  return undefined
}

function parseGallery(issues: IssueList, inputs: DistributionInputs): Distribution['gallery'] {
  const raw = inputs.read('gallery-image').trim()
  const version = parseGalleryVersion(issues, inputs.read('gallery-image-version'))
  const regions = parseRegions(issues, inputs.read('replication-regions'), inputs.location)
  const excludeFromLatest = issues.boolean(
    'exclude-from-latest',
    inputs.read('exclude-from-latest'),
    false,
  )
  if (raw === '') {
    if (version) issues.add('gallery-image-version', 'needs `gallery-image`')
    return undefined
  }
  let galleryImageId = raw
  if (parseTypedId(raw, GALLERY_VERSION_TYPE)) {
    if (version) issues.add('gallery-image-version', '`gallery-image` already names a version')
  } else if (parseTypedId(raw, GALLERY_IMAGE_TYPE)) {
    if (version) galleryImageId = `${raw}/versions/${version}`
  } else {
    issues.add(
      'gallery-image',
      'expected /subscriptions/…/providers/Microsoft.Compute/galleries/G/images/I, optionally followed by /versions/x.y.z',
    )
  }
  return { galleryImageId, targetRegions: regions, excludeFromLatest }
}

const INT32_MAX = 2147483647

/** `1.4.2`, `v1.4.2`, `release-1.4.2` and `refs/tags/v1.4.2` all mean version 1.4.2. */
export function galleryVersionFromText(raw: string): string | undefined {
  const text = raw.trim().replace(/^refs\/tags\//, '')
  const match = /^(?:v|release-|release\/)?(\d+)\.(\d+)\.(\d+)$/i.exec(text)
  if (!match) return undefined
  const parts = match.slice(1)
  const valid = parts.every((p) => (p === '0' || !p.startsWith('0')) && Number(p) <= INT32_MAX)
  return valid ? parts.join('.') : undefined
}

function parseGalleryVersion(issues: IssueList, raw: string): string | undefined {
  if (raw.trim() === '') return undefined
  const version = galleryVersionFromText(raw)
  if (!version) {
    issues.add(
      'gallery-image-version',
      `expected x.y.z (or a tag like v1.4.2): three whole numbers without leading zeros, got "${raw}"`,
    )
  }
  return version
}

function parseRegions(issues: IssueList, raw: string, location: string): ReplicationRegion[] {
  const regions = new Map<string, ReplicationRegion>()
  for (const item of listItems(raw)) {
    const region = parseRegion(item)
    if (region) regions.set(region.name, region)
    else issues.add('replication-regions', `"${item}" is not region[=replicas] (replicas 1-100)`)
  }
  // The build region always holds a replica: the service requires it for gallery versions.
  if (location && !regions.has(location)) regions.set(location, { name: location })
  return [...regions.values()]
}

function parseRegion(item: string): ReplicationRegion | undefined {
  const [name = '', count, ...rest] = item.split('=').map((s) => s.trim())
  const region = normalizeRegion(name)
  if (!isRegion(region) || rest.length > 0) return undefined
  if (count === undefined) return { name: region }
  const replicaCount = Number(count)
  const valid = /^\d+$/.test(count) && replicaCount >= 1 && replicaCount <= 100
  return valid ? { name: region, replicaCount } : undefined
}

export function normalizeRegion(raw: string): string {
  return raw.replaceAll(' ', '').toLowerCase()
}

export function isRegion(value: string): boolean {
  return /^[a-z][a-z0-9]{2,39}$/.test(value)
}

const TAG_NAME = /^[^<>%&\\?/]{1,512}$/

function parseTags(issues: IssueList, raw: string): Record<string, string> {
  const { pairs, bad } = keyValueLines(raw)
  for (const line of bad) issues.add('artifact-tags', `"${line}" is not key=value`)
  const tags: Record<string, string> = {}
  for (const [key, value] of pairs) {
    if (!TAG_NAME.test(key) || value.length > 256) {
      issues.add(
        'artifact-tags',
        `tag "${key}" is invalid (name without < > % & \\ ? /, value up to 256 characters)`,
      )
    } else tags[key] = value
  }
  return tags
}
