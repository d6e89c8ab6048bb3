import { parseGallery } from './gallery.ts'
import type { IssueList } from './issues.ts'
import type { InputName } from '../model/names.ts'
import { checkResourceId } from '../model/id-checks.ts'
import { MANAGED_IMAGE_TYPE, isResourceName, resourceId } from '../model/resource-ids.ts'
import { setKey } from '../model/template-problem.ts'
import { isHttpsUrl, keyValueLines } from '../model/text.ts'
import type { Distribution, SourceImage } from '../model/types.ts'

export interface DistributionInputs {
  readonly read: (name: InputName) => string
  readonly source?: SourceImage
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly location: string
  readonly templateName: string
  readonly provenance: Readonly<Record<string, string>>
  /** The template file has its own distribution targets: no default managed image then. */
  readonly fileHasTargets?: boolean
}

/** Managed image, gallery and VHD targets; a managed image named after the template by default. */
export function parseDistribution(issues: IssueList, inputs: DistributionInputs): Distribution {
  const { read } = inputs
  const gallery = parseGallery(issues, inputs)
  const vhd = parseVhd(issues, read('vhd'))
  const managed = read('managed-image').trim()
  const useDefault = managed === '' && !gallery && !vhd && !inputs.fileHasTargets
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
    const checked = checkResourceId(raw, MANAGED_IMAGE_TYPE)
    if (typeof checked !== 'string') return raw
    issues.add('managed-image', checked.replace(/^expected /, 'expected a name or '))
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
  const pathname = isHttpsUrl(text) ? new URL(text).pathname : ''
  const segments = pathname.split('/').filter((part) => part !== '')
  if (/\.vhd$/i.test(pathname) && segments.length >= 2) return text
  const why = /\.vhd$/i.test(pathname)
    ? ` with its container (https://ACCOUNT.blob…/CONTAINER/NAME.vhd), got "${text}"`
    : ''
  issues.add('vhd', `expected true, false, or an https blob URI ending in .vhd${why}`)
  return undefined
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
    } else setKey(tags, key, value)
  }
  return tags
}
