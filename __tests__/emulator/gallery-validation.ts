// Checks of gallery PUT bodies, worded like the Compute resource provider's errors.
import { isRecord } from './exchange.ts'
import { normalizeRegion, type GalleryRef } from './gallery-ids.ts'

/** An error answer of the Compute provider. */
export interface GalleryProblem {
  status: number
  code: string
  message: string
  target?: string
}

type Body = Record<string, unknown>

const PREFIX = 'galleryImage.properties'
const ENUMS: Record<string, readonly string[]> = {
  osType: ['Linux', 'Windows'],
  osState: ['Generalized', 'Specialized'],
  hyperVGeneration: ['V1', 'V2'],
  architecture: ['x64', 'Arm64'],
}
// Service defaults of optional enums, as GET then reports them.
const DEFAULTS: Record<string, string> = { hyperVGeneration: 'V1', architecture: 'x64' }
const SECURITY_TYPES = [
  'Standard',
  'TrustedLaunch',
  'TrustedLaunchSupported',
  'ConfidentialVM',
  'ConfidentialVMSupported',
  'TrustedLaunchAndConfidentialVmSupported',
]
/** Properties an update must not change (`identifier` stands for its three fields). */
const IMMUTABLE = ['osType', 'osState', 'hyperVGeneration', 'architecture'] as const
const IDENTIFIER_FIELDS = ['publisher', 'offer', 'sku'] as const
// Galleries: letters, digits, '.', '_'; images: also '-'; alphanumeric at both ends; ≤ 80.
const NAME_PATTERNS = {
  gallery: /^[A-Za-z0-9](?:[A-Za-z0-9._]{0,78}[A-Za-z0-9])?$/,
  image: /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,78}[A-Za-z0-9])?$/,
}

/** A 400 InvalidParameter naming `target`. */
export function invalidParameter(message: string, target?: string): GalleryProblem {
  return { status: 400, code: 'InvalidParameter', message, ...(target ? { target } : {}) }
}

/** A name that the service would refuse for a gallery or image definition. */
export function checkName(ref: GalleryRef): GalleryProblem | undefined {
  if (ref.kind === 'version') return undefined
  const name = ref.names.at(-1) ?? ''
  if (NAME_PATTERNS[ref.kind].test(name)) return undefined
  const what = ref.kind === 'gallery' ? 'gallery' : 'gallery image definition'
  const allowed = ref.kind === 'gallery' ? "'.' and '_'" : "'.', '_' and '-'"
  return invalidParameter(
    `The ${what} name '${name}' is invalid. Use letters and digits, with ${allowed} allowed in ` +
      'the middle, up to 80 characters.',
    ref.kind === 'gallery' ? 'galleryName' : 'galleryImageName',
  )
}

/** Common checks of every gallery PUT body: a JSON object with a location. */
export function checkEnvelope(body: unknown): GalleryProblem | undefined {
  if (!isRecord(body)) return invalidParameter('The request body must be a JSON object.')
  if (typeof body.location === 'string' && body.location.trim() !== '') return undefined
  return {
    status: 400,
    code: 'LocationRequired',
    message: 'The location property is required for this definition.',
  }
}

/** A definition outside its gallery's region (`galleryLocation`, when the gallery exists). */
export function checkImageLocation(
  galleryLocation: string | undefined,
  location: string,
): GalleryProblem | undefined {
  if (galleryLocation === undefined) return undefined
  if (normalizeRegion(galleryLocation) === normalizeRegion(location)) return undefined
  return invalidParameter(
    `The gallery image definition must be in the location of its gallery ('${galleryLocation}'), not '${location}'.`,
    'galleryImage.location',
  )
}

/** The definition's properties as the service stores them, or the first problem. */
export function normalizeImage(body: Body): Body | GalleryProblem {
  const properties = isRecord(body.properties) ? structuredClone(body.properties) : undefined
  if (!properties) return missing('galleryImage.properties')
  for (const field of Object.keys(ENUMS)) {
    const value = enumValue(field, properties[field])
    if (typeof value !== 'string') return value
    properties[field] = value
  }
  const identifier = properties.identifier
  if (!isRecord(identifier)) return missing(`${PREFIX}.identifier`)
  for (const field of IDENTIFIER_FIELDS) {
    const value = identifier[field]
    if (typeof value !== 'string' || value.trim() === '') {
      return missing(`${PREFIX}.identifier.${field}`)
    }
  }
  return checkFeatures(properties) ?? properties
}

/** The property a PUT over `current` must not change, as a 409, or undefined. */
export function immutableChange(current: Body, next: Body): GalleryProblem | undefined {
  const same = (a: unknown, b: unknown): boolean =>
    String(a).toLowerCase() === String(b).toLowerCase()
  const changed =
    IMMUTABLE.find((field) => !same(current[field], next[field])) ??
    IDENTIFIER_FIELDS.map((field) => `identifier.${field}`).find((path) => {
      const [, field = ''] = path.split('.')
      return !same(fieldOf(current.identifier, field), fieldOf(next.identifier, field))
    })
  if (changed === undefined) return undefined
  const target = `${PREFIX}.${changed}`
  return {
    status: 409,
    code: 'PropertyChangeNotAllowed',
    message: `Changing property '${target}' is not allowed.`,
    target,
  }
}

/** Whether a value is a problem rather than a normalized body. */
export function isProblem(value: unknown): value is GalleryProblem {
  return isRecord(value) && typeof value.code === 'string' && typeof value.status === 'number'
}

function fieldOf(value: unknown, field: string): unknown {
  return isRecord(value) ? value[field] : undefined
}

function missing(target: string): GalleryProblem {
  return invalidParameter(`Required parameter '${target}' is missing (null).`, target)
}

// Enum values are accepted in any case and stored in the service's spelling.
function enumValue(field: string, value: unknown): string | GalleryProblem {
  const allowed = ENUMS[field] ?? []
  const fallback = DEFAULTS[field]
  if (value === undefined || value === null) return fallback ?? missing(`${PREFIX}.${field}`)
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const match = allowed.find((item) => item.toLowerCase() === text.toLowerCase())
  if (match) return match
  return invalidParameter(
    `The value '${text}' of parameter '${PREFIX}.${field}' is not allowed. Allowed values: ${allowed.join(', ')}.`,
    `${PREFIX}.${field}`,
  )
}

function checkFeatures(properties: Body): GalleryProblem | undefined {
  const features = properties.features
  if (features === undefined) return undefined
  const target = `${PREFIX}.features`
  if (!Array.isArray(features) || !features.every(isNamedValue)) {
    return invalidParameter(`'${target}' must be a list of {name, value} objects.`, target)
  }
  const security = features.find((feature) => feature.name === 'SecurityType')?.value
  if (security === undefined) return undefined
  if (!SECURITY_TYPES.includes(security)) {
    return invalidParameter(
      `The value '${security}' of feature 'SecurityType' is not allowed. Allowed values: ${SECURITY_TYPES.join(', ')}.`,
      target,
    )
  }
  if (security === 'Standard' || properties.hyperVGeneration === 'V2') return undefined
  return invalidParameter(
    `The security type '${security}' is supported only for images with hyperVGeneration 'V2'.`,
    target,
  )
}

function isNamedValue(value: unknown): value is { name: string; value: string } {
  return isRecord(value) && typeof value.name === 'string' && typeof value.value === 'string'
}
