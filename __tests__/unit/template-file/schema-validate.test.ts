import { describe, expect, it } from '@jest/globals'
import { buildTemplateSchema } from '../../../src/template-file/schema-validate-schema.ts'
import { schemaProblems } from '../../../src/template-file/schema-validate.ts'

const IDENTITY = { type: 'UserAssigned', userAssignedIdentities: { '/x': {} } }
const valid = (properties: Record<string, unknown>) => ({
  location: 'westus',
  identity: IDENTITY,
  properties: {
    source: { type: 'PlatformImage', publisher: 'p', offer: 'o', sku: 's', version: 'latest' },
    distribute: [{ type: 'VHD', runOutputName: 'v' }],
    ...properties,
  },
})

describe('buildTemplateSchema', () => {
  it('turns each discriminated base into an enum plus if/then per subtype', () => {
    const schema = buildTemplateSchema() as { definitions: Record<string, Record<string, unknown>> }
    expect(schema.definitions.ImageTemplateCustomizer).toMatchObject({
      required: ['type'],
      properties: {
        type: { enum: ['File', 'PowerShell', 'WindowsRestart', 'Shell', 'WindowsUpdate'] },
      },
    })
    expect(schema.definitions.ImageTemplateShellCustomizer).toMatchObject({
      additionalProperties: false,
      properties: { type: { const: 'Shell' }, name: { type: 'string' }, inline: { type: 'array' } },
    })
    // Read-only members are never sent, so they are not allowed either.
    expect(schema.definitions.ImageTemplateProperties?.properties).not.toHaveProperty(
      'lastRunStatus',
    )
  })
})

describe('schemaProblems', () => {
  it('accepts a valid template', () => {
    expect(schemaProblems(valid({}))).toEqual([])
  })

  it('reports every problem with its JSON path', () => {
    const template = valid({
      customize: [
        { type: 'Shell', inline: 'echo not-an-array' },
        { type: 'Bash', inline: [] },
        { type: 'PowerShell', validExitCodes: ['0'], extra: 1 },
      ],
      distribute: [{ type: 'ManagedImage', runOutputName: 'bad name!' }],
      buildTimeoutInMinutes: -1,
      vmProfile: { osDiskSizeGB: 'big' },
    })
    delete (template as { location?: string }).location
    expect(schemaProblems(template)).toEqual([
      { path: 'location', message: 'is required' },
      { path: 'properties.customize[0].inline', message: 'must be array' },
      {
        path: 'properties.customize[1].type',
        message: 'must be one of File, PowerShell, WindowsRestart, Shell, WindowsUpdate',
      },
      { path: 'properties.customize[2].extra', message: 'unknown property' },
      { path: 'properties.customize[2].validExitCodes[0]', message: 'must be integer' },
      { path: 'properties.distribute[0].imageId', message: 'is required' },
      { path: 'properties.distribute[0].location', message: 'is required' },
      {
        path: 'properties.distribute[0].runOutputName',
        message: expect.stringContaining('must match pattern'),
      },
      { path: 'properties.buildTimeoutInMinutes', message: 'must be >= 0' },
      { path: 'properties.vmProfile.osDiskSizeGB', message: 'must be integer' },
    ])
  })

  it('checks identity and nested discriminators (versioning)', () => {
    const template = {
      ...valid({
        distribute: [
          {
            type: 'SharedImage',
            galleryImageId: 'g',
            runOutputName: 'r',
            versioning: { scheme: 'Newest' },
          },
        ],
      }),
      identity: { type: 'SystemAssigned' },
    }
    expect(schemaProblems(template)).toEqual([
      { path: 'identity.type', message: 'must be one of UserAssigned, None' },
      {
        path: 'properties.distribute[0].versioning.scheme',
        message: 'must be one of Latest, Source',
      },
    ])
  })
})
