import { describe, expect, it } from '@jest/globals'
import type { ImageTemplate } from '@azure/arm-imagebuilder'
import { holdsStagedVhd, isActiveRunState, isRunning } from '../../../src/azure/image-templates.ts'

const withTargets = (distribute: object[]) => ({ distribute }) as unknown as ImageTemplate

describe('run states', () => {
  it('treats Running and Canceling as holding the template', () => {
    expect(['Running', 'Canceling'].every(isActiveRunState)).toBe(true)
    expect(['Succeeded', 'Failed', 'Canceled', undefined].some(isActiveRunState)).toBe(false)
    expect(isRunning({ lastRunStatus: { runState: 'Canceling' } } as ImageTemplate)).toBe(true)
    expect(isRunning(undefined)).toBe(false)
  })
})

describe('holdsStagedVhd', () => {
  it('is true for a VHD target without a uri of its own, wherever the template came from', () => {
    expect(holdsStagedVhd(withTargets([{ type: 'VHD', runOutputName: 'vhd' }]))).toBe(true)
    expect(
      holdsStagedVhd(
        withTargets([
          { type: 'ManagedImage', imageId: '/x', location: 'westeurope', runOutputName: 'mi' },
          { type: 'VHD', runOutputName: 'vhd' },
        ]),
      ),
    ).toBe(true)
  })

  it('is false for a VHD written to the user’s own storage, or no VHD at all', () => {
    const own = {
      type: 'VHD',
      runOutputName: 'vhd',
      uri: 'https://acct.blob.core.windows.net/c/x.vhd',
    }
    expect(holdsStagedVhd(withTargets([own]))).toBe(false)
    expect(holdsStagedVhd(withTargets([{ type: 'ManagedImage', runOutputName: 'mi' }]))).toBe(false)
    expect(holdsStagedVhd({} as ImageTemplate)).toBe(false)
  })
})
