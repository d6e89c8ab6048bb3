import { describe, expect, it } from '@jest/globals'
import {
  definitionBody,
  definitionMismatches,
  securityTypeOf,
} from '../../../src/azure/gallery-rules.ts'

const identifier = { publisher: 'contoso', offer: 'web', sku: 'ubuntu-24' }

describe('definitionBody', () => {
  it('fills defaults: V2, x64, TrustedLaunchSupported', () => {
    expect(definitionBody({ identifier, osState: 'Generalized' }, 'linux', 'westeurope')).toEqual({
      location: 'westeurope',
      osType: 'Linux',
      osState: 'Generalized',
      hyperVGeneration: 'V2',
      architecture: 'x64',
      identifier,
      features: [{ name: 'SecurityType', value: 'TrustedLaunchSupported' }],
    })
  })

  it('uses Standard security for generation 1 and keeps explicit values', () => {
    const body = definitionBody(
      { identifier, osState: 'Specialized', hyperVGeneration: 'V1', architecture: 'x64' },
      'windows',
      'eastus',
    )
    expect(body).toMatchObject({
      osType: 'Windows',
      osState: 'Specialized',
      hyperVGeneration: 'V1',
    })
    expect(body.features).toBeUndefined()
  })

  it('refuses without an identifier', () => {
    expect(() => definitionBody({ osState: 'Generalized' }, 'linux', 'x')).toThrow(
      'gallery-image-publisher',
    )
  })
})

describe('definitionMismatches', () => {
  const existing = {
    osType: 'Linux' as const,
    osState: 'Generalized' as const,
    hyperVGeneration: 'V2' as const,
    architecture: 'x64' as const,
    features: [{ name: 'SecurityType', value: 'TrustedLaunch' }],
  }

  it('accepts a matching definition', () => {
    expect(
      definitionMismatches(
        existing,
        { osState: 'Generalized', hyperVGeneration: 'V2', architecture: 'x64' },
        'linux',
      ),
    ).toEqual([])
  })

  it('lists every mismatch', () => {
    const problems = definitionMismatches(
      existing,
      {
        osState: 'Specialized',
        hyperVGeneration: 'V1',
        architecture: 'Arm64',
        securityType: 'Standard',
      },
      'windows',
    )
    expect(problems).toEqual([
      'OS type is Linux, but the build produces Windows',
      'OS state is Generalized, but gallery-image-os-state is Specialized',
      'Hyper-V generation is V2, but the source/gallery-image-hyper-v-generation is V1',
      'architecture is x64, but the source/gallery-image-architecture is Arm64',
      'security type is TrustedLaunch, but gallery-image-security-type is Standard',
      'security type TrustedLaunch needs a V2 (generation 2) source image',
    ])
  })

  it('does not check what is unknown', () => {
    expect(
      definitionMismatches(
        { osType: 'Linux', osState: 'Generalized' },
        { osState: 'Generalized' },
        'linux',
      ),
    ).toEqual([])
  })

  it('reads the security type feature, Standard when absent', () => {
    expect(securityTypeOf(existing)).toBe('TrustedLaunch')
    expect(securityTypeOf({})).toBe('Standard')
  })
})
