// Pure rules for Azure Compute Gallery image definitions: what to create, and what makes an
// existing definition unable to take this build's image (checked before an hour of building).
import type { GalleryImage } from '@azure/arm-compute'
import type { DefinitionSpec, OsType } from '../model/types.ts'

/** What the checks read of a definition. */
export type DefinitionFacts = Pick<
  GalleryImage,
  'osType' | 'osState' | 'hyperVGeneration' | 'architecture' | 'features'
>

const OS_TYPE: Record<OsType, 'Linux' | 'Windows'> = { linux: 'Linux', windows: 'Windows' }

export function securityTypeOf(image: Pick<GalleryImage, 'features'>): string {
  return image.features?.find((f) => f.name?.toLowerCase() === 'securitytype')?.value ?? 'Standard'
}

/** The body of a new definition: the spec's identity and facts, with defaults for the rest. */
export function definitionBody(
  spec: DefinitionSpec,
  osType: OsType,
  location: string,
): GalleryImage {
  if (!spec.identifier)
    throw new Error('a definition can only be created from gallery-image-publisher/offer/sku')
  const hyperVGeneration = spec.hyperVGeneration ?? 'V2'
  const securityType =
    spec.securityType ?? (hyperVGeneration === 'V2' ? 'TrustedLaunchSupported' : 'Standard')
  return {
    location,
    osType: OS_TYPE[osType],
    osState: spec.osState,
    hyperVGeneration,
    architecture: spec.architecture ?? 'x64',
    identifier: { ...spec.identifier },
    features:
      securityType === 'Standard' ? undefined : [{ name: 'SecurityType', value: securityType }],
  }
}

/** Every way an existing definition disagrees with this build, in words for the error. */
export function definitionMismatches(
  existing: DefinitionFacts,
  spec: DefinitionSpec,
  osType: OsType,
): string[] {
  const problems: string[] = []
  const differ = (
    what: string,
    have: string | undefined,
    want: string | undefined,
    why: string,
  ) => {
    if (want !== undefined && have !== undefined && have.toLowerCase() !== want.toLowerCase()) {
      problems.push(`${what} is ${have}, but ${why} ${want}`)
    }
  }
  differ('OS type', existing.osType, OS_TYPE[osType], 'the build produces')
  differ('OS state', existing.osState, spec.osState, 'gallery-image-os-state is')
  differ(
    'Hyper-V generation',
    existing.hyperVGeneration,
    spec.hyperVGeneration,
    'the source/gallery-image-hyper-v-generation is',
  )
  differ(
    'architecture',
    existing.architecture ?? 'x64',
    spec.architecture,
    'the source/gallery-image-architecture is',
  )
  differ(
    'security type',
    securityTypeOf(existing),
    spec.securityType,
    'gallery-image-security-type is',
  )
  const trusted =
    securityTypeOf(existing).startsWith('TrustedLaunch') &&
    !securityTypeOf(existing).endsWith('Supported')
  if (trusted && spec.hyperVGeneration === 'V1')
    problems.push('security type TrustedLaunch needs a V2 (generation 2) source image')
  return problems
}
