import { describe, expect, it } from '@jest/globals'
import {
  splitEnvelope,
  subscriptionOfIdentity,
} from '../../../src/template-file/resource-envelope.ts'

function split(resource: Record<string, unknown>) {
  const out = { problems: [], notes: [] }
  return { envelope: splitEnvelope(resource, ['resources', 0], out), ...out }
}

describe('splitEnvelope', () => {
  it('takes the envelope members and leaves ARM-only ones out', () => {
    const { envelope, problems, notes } = split({
      Type: 'Microsoft.VirtualMachineImages/imageTemplates',
      apiVersion: '2025-10-01',
      Name: 'tpl',
      location: 'westus',
      tags: { a: 'b' },
      dependsOn: ['x'],
      comments: 'why',
      etag: 'W/1',
      properties: { source: {} },
    })
    expect(problems).toEqual([])
    expect(envelope).toEqual({
      name: 'tpl',
      location: 'westus',
      tags: { a: 'b' },
      properties: { source: {} },
    })
    expect(notes).toEqual(['resources[0].etag: read-only, not sent'])
  })

  it('reports members of the wrong type and unknown members', () => {
    const { problems } = split({
      name: 3,
      location: ['westus'],
      tags: { a: 1 },
      identity: { userAssignedIdentities: {} },
      sku: 'x',
      properties: 'none',
    })
    expect(problems).toEqual([
      { path: 'resources[0].name', message: 'must be a string' },
      { path: 'resources[0].location', message: 'must be a string' },
      { path: 'resources[0].tags', message: 'must be an object of string values' },
      { path: 'resources[0].identity.type', message: "must be 'UserAssigned' or 'None'" },
      {
        path: 'resources[0].sku',
        message: expect.stringContaining("unknown resource member 'sku'"),
      },
      { path: 'resources[0].properties', message: 'must be an object' },
      { path: 'resources[0].properties', message: 'is required' },
    ])
  })

  it('treats the quickstart skeleton identity {} as none', () => {
    const { envelope, notes } = split({ identity: {}, properties: {} })
    expect(envelope.identity).toBeUndefined()
    expect(notes).toEqual(['resources[0].identity is empty: the identity comes from the inputs'])
  })
})

describe('subscriptionOfIdentity', () => {
  it('reads the subscription from the first identity id', () => {
    const identity = {
      type: 'UserAssigned',
      userAssignedIdentities: { '/subscriptions/abc/resourcegroups/r/providers/x/y/z': {} },
    }
    expect(subscriptionOfIdentity(identity)).toBe('abc')
    expect(subscriptionOfIdentity(undefined)).toBeUndefined()
  })
})
