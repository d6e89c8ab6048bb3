import type { IssueList } from './issues.ts'
import type { InputName } from '../model/names.ts'
import { checkResourceId } from '../model/id-checks.ts'
import { GALLERY_IMAGE_TYPE } from '../model/resource-ids.ts'
import { definedOnly } from '../model/template-problem.ts'
import { listItems } from '../model/text.ts'
import type {
  DefinitionSpec,
  Distribution,
  GalleryVersioning,
  ReplicationRegion,
  SourceImage,
} from '../model/types.ts'

type Read = (name: InputName) => string

export interface GalleryContext {
  readonly read: Read
  readonly location: string
  readonly source?: SourceImage
}

const INT32_MAX = 2147483647
const STORAGE_TYPES = ['Standard_LRS', 'Standard_ZRS', 'Premium_LRS', 'PremiumV2_LRS'] as const
export const SECURITY_TYPES = [
  'Standard',
  'TrustedLaunch',
  'TrustedLaunchSupported',
  'ConfidentialVM',
  'ConfidentialVMSupported',
  'TrustedLaunchAndConfidentialVmSupported',
] as const

/** The gallery target: definition or version id, version, versioning, regions, definition spec. */
export function parseGallery(issues: IssueList, ctx: GalleryContext): Distribution['gallery'] {
  const raw = ctx.read('gallery-image').trim()
  const version = parseGalleryVersion(issues, ctx.read('gallery-image-version'))
  const targetRegions = parseRegions(issues, ctx.read('replication-regions'), ctx.location)
  const excludeFromLatest = issues.boolean(
    'exclude-from-latest',
    ctx.read('exclude-from-latest'),
    false,
  )
  const versioning = parseVersioning(issues, ctx.read('gallery-image-versioning'))
  const definition = parseDefinitionSpec(issues, ctx)
  if (raw === '') {
    if (version) issues.add('gallery-image-version', 'needs `gallery-image`')
    return undefined
  }
  const ids = galleryIds(issues, raw, version)
  return {
    ...ids,
    versioning: ids.version ? undefined : versioning,
    definition,
    targetRegions,
    excludeFromLatest,
  }
}

function galleryIds(issues: IssueList, raw: string, version: string | undefined) {
  if (/\/versions\/[^/]*$/i.test(raw)) {
    if (version) issues.add('gallery-image-version', '`gallery-image` already names a version')
    const versionName = /\/versions\/([^/]*)$/i.exec(raw)?.[1] ?? ''
    const named = galleryVersionFromText(versionName)
    if (!named) issues.add('gallery-image', `version "${versionName}" is not x.y.z`)
    const definitionId = raw.replace(/\/versions\/[^/]*$/i, '')
    const checked = checkResourceId(definitionId, GALLERY_IMAGE_TYPE)
    if (typeof checked === 'string') issues.add('gallery-image', checked)
    return { galleryImageId: raw, definitionId, version: named }
  }
  const checked = checkResourceId(raw, GALLERY_IMAGE_TYPE)
  if (typeof checked === 'string') {
    const shape = checked.startsWith('expected ')
    issues.add('gallery-image', shape ? `${checked} (optionally + /versions/x.y.z)` : checked)
  }
  const galleryImageId = version ? `${raw}/versions/${version}` : raw
  return { galleryImageId, definitionId: raw, version }
}

/** `1.4.2`, `v1.4.2`, `release-1.4.2`, `release/1.4.2` and `refs/tags/v1.4.2` all mean 1.4.2. */
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

/** `latest` (default), `latest:<major>`, or `source` (the platform image's own version). */
function parseVersioning(issues: IssueList, raw: string): GalleryVersioning {
  const text = raw.trim().toLowerCase()
  if (text === '' || text === 'latest') return { scheme: 'Latest' }
  if (text === 'source') return { scheme: 'Source' }
  const major = /^latest:(\d{1,9})$/.exec(text)?.[1]
  if (major !== undefined) return { scheme: 'Latest', major: Number(major) }
  issues.add('gallery-image-versioning', `expected latest, latest:<major> or source, got "${raw}"`)
  return { scheme: 'Latest' }
}

/** `region[=replicas][:storage-type]`, comma or newline separated; the build region is always added. */
function parseRegions(issues: IssueList, raw: string, location: string): ReplicationRegion[] {
  const regions = new Map<string, ReplicationRegion>()
  for (const item of listItems(raw)) {
    const region = parseRegion(item)
    if (region) regions.set(region.name, region)
    else
      issues.add(
        'replication-regions',
        `"${item}" is not region[=replicas][:storage-type] (replicas 1-100; storage ${STORAGE_TYPES.join(', ')})`,
      )
  }
  // The build region always holds a replica: the service requires it for gallery versions.
  if (location && !regions.has(location)) regions.set(location, { name: location })
  return [...regions.values()]
}

function parseRegion(item: string): ReplicationRegion | undefined {
  const match = /^([^=:]+?)\s*(?:=\s*(\d+))?\s*(?::\s*(\S+))?$/.exec(item)
  if (!match) return undefined
  const [, name = '', count, storage] = match
  const region = normalizeRegion(name)
  const replicaCount = count === undefined ? undefined : Number(count)
  const storageAccountType = storageTypeOf(storage)
  const countOk = replicaCount === undefined || (replicaCount >= 1 && replicaCount <= 100)
  if (!isRegion(region) || storageAccountType === null || !countOk) return undefined
  return definedOnly({ name: region, replicaCount, storageAccountType })
}

/** The storage type named (case-insensitively), undefined when none, null when unknown. */
function storageTypeOf(raw: string | undefined): string | undefined | null {
  if (raw === undefined) return undefined
  return STORAGE_TYPES.find((t) => t.toLowerCase() === raw.toLowerCase()) ?? null
}

export function normalizeRegion(raw: string): string {
  return raw.replaceAll(' ', '').toLowerCase()
}

export function isRegion(value: string): boolean {
  return /^[a-z][a-z0-9]{2,39}$/.test(value)
}

/** Definition inputs: explicit values win, else what the source image tells (sku names). */
function parseDefinitionSpec(issues: IssueList, ctx: GalleryContext): DefinitionSpec {
  const { read } = ctx
  const identifier = parseIdentifier(issues, read)
  const osState = issues.oneOf(
    'gallery-image-os-state',
    read('gallery-image-os-state'),
    ['Generalized', 'Specialized'] as const,
    'Generalized',
  )
  const inferred = inferImageFacts(ctx.source)
  const hyperVGeneration =
    optionalOneOf(issues, 'gallery-image-hyper-v-generation', read, ['V1', 'V2'] as const) ??
    inferred.hyperVGeneration
  const architecture =
    optionalOneOf(issues, 'gallery-image-architecture', read, ['x64', 'Arm64'] as const) ??
    inferred.architecture
  const securityType = optionalOneOf(issues, 'gallery-image-security-type', read, SECURITY_TYPES)
  if (securityType?.startsWith('Trusted') && hyperVGeneration === 'V1') {
    issues.add('gallery-image-security-type', `${securityType} needs a Hyper-V generation V2 image`)
  }
  return definedOnly({ identifier, osState, hyperVGeneration, architecture, securityType })
}

function optionalOneOf<T extends string>(
  issues: IssueList,
  input: InputName,
  read: Read,
  allowed: readonly T[],
): T | undefined {
  return read(input).trim() === ''
    ? undefined
    : issues.oneOf(input, read(input), allowed, allowed[0]!)
}

function parseIdentifier(issues: IssueList, read: Read): DefinitionSpec['identifier'] {
  const parts = (
    ['gallery-image-publisher', 'gallery-image-offer', 'gallery-image-sku'] as const
  ).map((input) => ({ input, value: read(input).trim() }))
  const given = parts.filter((p) => p.value !== '')
  if (given.length === 0) return undefined
  for (const p of parts) {
    if (p.value === '')
      issues.add(p.input, 'is required with the other gallery-image-publisher/offer/sku inputs')
    else if (!/^[A-Za-z0-9][\w.-]{0,127}$/.test(p.value))
      issues.add(p.input, `"${p.value}" must be letters, digits, _ . - (up to 128)`)
  }
  const [publisher = '', offer = '', sku = ''] = parts.map((p) => p.value)
  return { publisher, offer, sku }
}

/** Platform image skus say their generation and architecture (`…-gen2`, `…-arm64`); ids do not. */
export function inferImageFacts(
  source: SourceImage | undefined,
): Pick<DefinitionSpec, 'hyperVGeneration' | 'architecture'> {
  if (source?.type !== 'PlatformImage') return {}
  const text = `${source.offer} ${source.sku}`.toLowerCase()
  const architecture = /arm64|aarch64/.test(text) ? 'Arm64' : 'x64'
  const hyperVGeneration = /gen2|-g2\b|arm64/.test(text)
    ? 'V2'
    : /gen1|-g1\b/.test(text)
      ? 'V1'
      : undefined
  return definedOnly({ hyperVGeneration, architecture })
}
