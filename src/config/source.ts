import { checkResourceId, guidProblem } from '../model/id-checks.ts'
import { GALLERY_VERSION_TYPE, MANAGED_IMAGE_TYPE } from '../model/resource-ids.ts'
import type { OsType, SourceImage } from '../model/types.ts'

/** Platform image versions are `latest` or dotted numbers (`22.04.202401010`, `2024.01.15`). */
const PLATFORM_VERSION = /^(latest|\d+(\.\d+){2,3})$/i
const URN_PART = /^[A-Za-z0-9][\w.-]*$/

/** The form of `source` decides its type: a URN, a managed image id or a gallery version id. */
export function parseSource(raw: string): SourceImage | string {
  const text = raw.trim()
  return text.startsWith('/') ? parseSourceId(text) : parseUrn(text)
}

function parseSourceId(text: string): SourceImage | string {
  if (/\/providers\/Microsoft\.Compute\/galleries\//i.test(text)) {
    const checked = checkResourceId(text, GALLERY_VERSION_TYPE, { allowLatest: true })
    if (typeof checked !== 'string') return { type: 'SharedImageVersion', imageVersionId: text }
    return `a gallery image version id: ${checked}`
  }
  if (/\/providers\/Microsoft\.Compute\/images\//i.test(text)) {
    const checked = checkResourceId(text, MANAGED_IMAGE_TYPE)
    if (typeof checked !== 'string') return { type: 'ManagedImage', imageId: text }
    return `a managed image id: ${checked}`
  }
  const subscription = /^\/subscriptions\/([^/]*)/i.exec(text)?.[1]
  const masked = subscription === undefined ? undefined : guidProblem(subscription)
  if (masked) return `the subscription in the id: ${masked}`
  return 'expected a managed image id (/subscriptions/…/providers/Microsoft.Compute/images/NAME) or a gallery image version id (…/galleries/G/images/I/versions/x.y.z or …/versions/latest)'
}

function parseUrn(text: string): SourceImage | string {
  const parts = text.split(':')
  const [publisher = '', offer = '', sku = '', version = ''] = parts
  if (parts.length !== 4 || ![publisher, offer, sku].every((p) => URN_PART.test(p))) {
    return `expected publisher:offer:sku:version (for example Canonical:ubuntu-24_04-lts:server:latest), got "${text}"`
  }
  if (!PLATFORM_VERSION.test(version)) {
    return `version "${version}" must be "latest" or a dotted version like 22.04.202401010`
  }
  const exact = version.toLowerCase() === 'latest' ? 'latest' : version
  return { type: 'PlatformImage', publisher, offer, sku, version: exact }
}

const WINDOWS_PUBLISHERS = [
  'microsoftwindowsserver',
  'microsoftwindowsdesktop',
  'microsoftvisualstudio',
]

/** Best guess of the OS from the source; ids carry no OS, so they default to Linux. */
export function inferOsType(source: SourceImage): OsType {
  if (source.type !== 'PlatformImage') return 'linux'
  const publisher = source.publisher.toLowerCase()
  const windows = WINDOWS_PUBLISHERS.includes(publisher) || /windows/i.test(source.offer)
  return windows ? 'windows' : 'linux'
}
