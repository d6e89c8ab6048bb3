import { describe, expect, it } from '@jest/globals'
import { validateTemplate } from '../../../src/template-file/template-validation.ts'

const properties = {
  source: { type: 'ManagedImage', imageId: '/subscriptions/s/images/i' },
  distribute: [{ type: 'VHD', runOutputName: 'vhd' }],
}

describe('validateTemplate', () => {
  it('wants exactly one user-assigned identity', () => {
    const identity = { type: 'UserAssigned', userAssignedIdentities: { '/a': {}, '/b': {} } }
    expect(validateTemplate({ location: 'westus', identity, properties })).toEqual([
      {
        path: 'identity.userAssignedIdentities',
        message: 'must hold exactly one identity resource id, got 2',
      },
    ])
  })

  it('accepts type None and combines schema and service problems', () => {
    expect(validateTemplate({ location: 'w', identity: { type: 'None' }, properties })).toEqual([])
    const problems = validateTemplate({
      identity: { type: 'None' },
      properties: { ...properties, distribute: [] },
    })
    expect(problems).toEqual([
      { path: 'location', message: 'is required' },
      { path: 'properties.distribute', message: 'needs at least one distribution target' },
    ])
  })
})
