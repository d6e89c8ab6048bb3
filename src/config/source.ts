import { checkResourceId, guidProblem } from '../model/id-checks.ts'
import { GALLERY_VERSION_TYPE, MANAGED_IMAGE_TYPE } from '../model/resource-ids.ts'
import type { OsType, SourceImage } from '../model/types.ts'
import type { InputName } from '../model/names.ts'
import { lines } from '../model/text.ts'
import { booleanWord, type IssueList } from './issues.ts'
import { scriptKind } from '../model/script-kind.ts'
import { isRecord, records } from '../model/template-problem.ts'
import type { TemplateFileInput } from './template-input.ts'

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

/** Where the OS came from: `assumed` means nothing said, and Linux was taken. */
export type OsTypeFrom = 'input' | 'source' | 'customizers' | 'assumed'

const WINDOWS_STEPS = new Set(['powershell', 'windowsrestart', 'windowsupdate'])
const LINUX_STEPS = new Set(['shell'])

/**
 * The OS that customizer and validator types (and script extensions) are written for, when they
 * agree: PowerShell, WindowsRestart and WindowsUpdate run on Windows only, Shell on Linux only.
 */
function osOfSteps(types: readonly string[]): OsType | undefined {
  const lower = types.map((t) => t.toLowerCase())
  const windows = lower.some((t) => WINDOWS_STEPS.has(t))
  const linux = lower.some((t) => LINUX_STEPS.has(t))
  if (windows === linux) return undefined
  return windows ? 'windows' : 'linux'
}

/**
 * The OS to build for when `os-type` is not given: a platform image says (from its publisher and
 * offer); a managed image or gallery source does not, so the customizers say; else Linux is
 * assumed (a real run can still ask the image).
 */
function inferOs(
  source: SourceImage | undefined,
  steps: OsType | undefined,
): { osType: OsType; from: OsTypeFrom } {
  if (source?.type === 'PlatformImage') return { osType: inferOsType(source), from: 'source' }
  if (steps) return { osType: steps, from: 'customizers' }
  return { osType: 'linux', from: 'assumed' }
}

/**
 * What tells the OS besides the source: the template file's customizer and validator types, the
 * extensions of repository scripts (`.ps1` PowerShell, `.sh` Shell), and `windows-update`.
 */
function stepTypesOf(
  properties: Record<string, unknown> | undefined,
  scriptPaths: readonly string[],
  windowsUpdate: boolean,
): string[] {
  const validate = isRecord(properties?.validate) ? properties.validate : {}
  const steps = [...records(properties?.customize), ...records(validate.inVMValidations)]
  const types = steps.map((step) => String(step.type))
  for (const kind of scriptPaths.map(scriptKind)) if (kind !== 'file') types.push(kind)
  return windowsUpdate ? [...types, 'WindowsUpdate'] : types
}

type Reader = (name: InputName) => string

/**
 * The `source` input, or none when it may come from elsewhere (the template file, or the
 * existing template with `resume`). A template file that failed to load may have one too: its
 * problems are reported, not a missing `source`. The OS is `os-type`, else inferred (inferOs).
 */
export function parseSourceAndOs(
  issues: IssueList,
  read: Reader,
  resume: boolean,
  file: TemplateFileInput | undefined,
): { source?: SourceImage; osType: OsType; osTypeFrom: OsTypeFrom } {
  const properties = file?.loaded.properties
  const source = parseSourceInput(issues, read, isSourceOptional(read, resume, file))
  const inferred = inferOs(source ?? platformImageOf(properties?.source), stepsOs(read, properties))
  return {
    source,
    osType: issues.oneOf<OsType>('os-type', read('os-type'), ['linux', 'windows'], inferred.osType),
    osTypeFrom: read('os-type').trim() === '' ? inferred.from : 'input',
  }
}

function isSourceOptional(read: Reader, resume: boolean, file: TemplateFileInput | undefined) {
  const failedFile = file === undefined && read('template').trim() !== ''
  return resume || failedFile || file?.loaded.properties.source !== undefined
}

function parseSourceInput(
  issues: IssueList,
  read: Reader,
  optional: boolean,
): SourceImage | undefined {
  const text = read('source').trim()
  const parsed = text === '' ? (optional ? undefined : 'is required') : parseSource(text)
  if (typeof parsed !== 'string') return parsed
  issues.add('source', parsed)
  return undefined
}

/** The OS the file's customizers, the repository scripts and `windows-update` agree on, if any. */
function stepsOs(read: Reader, properties: Record<string, unknown> | undefined) {
  const scripts = [...lines(read('customizer-scripts')), ...lines(read('validator-scripts'))]
  const windowsUpdate = booleanWord(read('windows-update')) === true
  return osOfSteps(stepTypesOf(properties, scripts, windowsUpdate))
}

/** A template file's PlatformImage source, for OS inference only. */
function platformImageOf(value: unknown): SourceImage | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { type, publisher, offer, sku, version } = value as Record<string, unknown>
  if (type !== 'PlatformImage' || typeof publisher !== 'string' || typeof offer !== 'string')
    return undefined
  const text = (v: unknown) => (typeof v === 'string' ? v : '')
  return { type, publisher, offer, sku: text(sku), version: text(version) }
}
