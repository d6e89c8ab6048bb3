import { describe, expect, it } from '@jest/globals'
import type { ImageTemplate } from '@azure/arm-imagebuilder'
import { templateFacts } from '../../../src/report/facts.ts'
import { portalLinker } from '../../../src/report/links.ts'
import { ganttBlock, phaseSpans } from '../../../src/report/timeline.ts'
import { parseGantt } from '../../harness/summary-parse.ts'

const GALLERY =
  '/subscriptions/s/resourceGroups/g/providers/Microsoft.Compute/galleries/gal/images/web'

describe('templateFacts', () => {
  it('says what a template builds from what, on which VM, within which timeout', () => {
    const template = {
      location: 'westeurope',
      source: {
        type: 'PlatformImage',
        publisher: 'Canonical',
        offer: 'o',
        sku: 's',
        version: 'latest',
      },
      distribute: [
        {
          type: 'SharedImage',
          runOutputName: 'g',
          galleryImageId: GALLERY,
          targetRegions: [{ name: 'westeurope' }, { name: 'eastus' }],
        },
        { type: 'VHD', runOutputName: 'v' },
      ],
      vmProfile: { vmSize: 'Standard_D4s_v5', osDiskSizeGB: 64 },
      buildTimeoutInMinutes: 0,
      validate: { sourceValidationOnly: true },
    } as unknown as ImageTemplate
    expect(templateFacts(template)).toEqual({
      source: 'platform image Canonical:o:s:latest',
      targets: [
        `gallery image ${GALLERY} in westeurope, eastus`,
        'VHD in the staging storage account',
      ],
      vmSize: 'Standard_D4s_v5',
      osDiskSizeGB: 64,
      timeoutMinutes: 240,
      validation: { validators: 0, continueDistributeOnFailure: false, sourceValidationOnly: true },
    })
  })

  it('leaves validation out when the template has nothing to say about it', () => {
    const template = {
      location: 'x',
      source: { type: 'ManagedImage', imageId: '/i' },
      validate: {},
    }
    expect(templateFacts(template as unknown as ImageTemplate)).toMatchObject({
      source: 'managed image /i',
      targets: [],
      validation: undefined,
    })
  })
})

describe('portalLinker', () => {
  const cloud = (armEndpoint: string) => ({
    name: 'AzureCloud' as const,
    armEndpoint,
    authorityHost: '',
    customAuthority: false,
  })
  it('links in public clouds and not behind a custom ARM endpoint', () => {
    expect(
      portalLinker(cloud('https://management.usgovcloudapi.net'), 't')('/subscriptions/s/x'),
    ).toBe('https://portal.azure.us/#@t/resource/subscriptions/s/x')
    expect(portalLinker(cloud('https://127.0.0.1:4443'))('/subscriptions/s/x')).toBeUndefined()
  })
})

describe('ganttBlock', () => {
  it('draws each phase until the next, leaves end states out, marks the failed one', () => {
    const timeline = {
      startedAt: 1_000_000,
      phases: [
        { phase: 'Queued', atMs: 0 },
        { phase: 'Customizing', atMs: 0 },
        { phase: 'Failed', atMs: 90_000 },
      ],
      endedAt: 1_090_000,
    }
    expect(phaseSpans(timeline).map((s) => [s.phase, s.startMs, s.endMs])).toEqual([
      ['Queued', 0, 0],
      ['Customizing', 0, 90_000],
    ])
    expect(parseGantt(ganttBlock(timeline, 'Customizing'))).toEqual([
      // A phase seen for no time at all still gets a visible bar.
      { name: 'Queued 0s', id: 'p0', start: 1_000_000, end: 1_001_000, critical: false },
      { name: 'Customizing 1m30s', id: 'p1', start: 1_000_000, end: 1_090_000, critical: true },
    ])
    expect(ganttBlock({ startedAt: 0, phases: [] })).toBe('')
  })
})
