import { describe, expect, it } from '@jest/globals'
import { normalizeNames, type NameFixes } from '../../../src/template-file/property-names.ts'

function normalize(value: unknown, definition = 'ImageTemplateProperties') {
  const out: NameFixes = { problems: [], notes: [] }
  return { result: normalizeNames(value, definition, ['properties'], out), ...out }
}

describe('normalizeNames', () => {
  it('fixes the case of discriminators, property names and enum values', () => {
    const { result, problems, notes } = normalize({
      Source: { Type: 'platformimage', Publisher: 'p', offer: 'o', sku: 's', version: 'latest' },
      customize: [
        { type: 'powershell', Inline: ['x'], RunElevated: true, valid_exit_codes: [0] },
        { type: 'windowsrestart', restartTimeout: '5m' },
      ],
      distribute: [
        {
          type: 'sharedimage',
          galleryImageId: 'g',
          runoutputname: 'r',
          replicationMode: 'shallow',
          versioning: { scheme: 'latest', Major: 1 },
          targetRegions: [{ Name: 'westus', storageAccountType: 'standard_lrs' }],
        },
      ],
      errorHandling: { onCustomizerError: 'Abort' },
    })
    expect(problems).toEqual([])
    expect(result).toEqual({
      source: { type: 'PlatformImage', publisher: 'p', offer: 'o', sku: 's', version: 'latest' },
      customize: [
        { type: 'PowerShell', inline: ['x'], runElevated: true, validExitCodes: [0] },
        { type: 'WindowsRestart', restartTimeout: '5m' },
      ],
      distribute: [
        {
          type: 'SharedImage',
          galleryImageId: 'g',
          runOutputName: 'r',
          replicationMode: 'Shallow',
          versioning: { scheme: 'Latest', major: 1 },
          targetRegions: [{ name: 'westus', storageAccountType: 'Standard_LRS' }],
        },
      ],
      errorHandling: { onCustomizerError: 'abort' },
    })
    expect(notes).toContain("properties.customize[0].type: 'powershell' → 'PowerShell'")
    expect(notes).toContain('properties.customize[0].valid_exit_codes → validExitCodes')
  })

  it('rejects unknown names and types with their path, and drops read-only members', () => {
    const { result, problems, notes } = normalize({
      source: { type: 'SharedImageVersion', imageVersionId: 'i', exactVersion: 'x' },
      customize: [{ type: 'Shel', inline: [] }, { name: 'no type' }],
      distribute: [{ type: 'VHD', runOutputName: 'v', tags: {} }],
      provisioningState: 'Succeeded',
      scriptUri: 'x',
    })
    expect(problems).toEqual([
      {
        path: 'properties.customize[0].type',
        message: expect.stringMatching(/^unknown type "Shel" \(expected one of .*Shell/),
      },
      { path: 'properties.customize[1].type', message: expect.stringMatching(/^is required/) },
      {
        path: 'properties.distribute[0].tags',
        message: "unknown property 'tags' (known here: type, runOutputName, artifactTags, uri)",
      },
      {
        path: 'properties.scriptUri',
        message: expect.stringMatching(/^unknown property 'scriptUri'/),
      },
    ])
    expect((result as { source: unknown }).source).toEqual({
      type: 'SharedImageVersion',
      imageVersionId: 'i',
    })
    expect(notes).toEqual([
      'properties.source.exactVersion: read-only, not sent',
      'properties.provisioningState: read-only, not sent',
    ])
  })

  it('rejects the same property twice in different case', () => {
    const { problems } = normalize({ source: { type: 'ManagedImage', imageId: 'a', ImageId: 'b' } })
    expect(problems).toEqual([
      {
        path: 'properties.source.ImageId',
        message: "'ImageId' is 'imageId' again, with another case",
      },
    ])
  })

  it('normalizes identities and resets their read-only members', () => {
    const { result } = normalize(
      { Type: 'userassigned', UserAssignedIdentities: { '/id': { principalId: 'p' } } },
      'ImageTemplateIdentity',
    )
    expect(result).toEqual({ type: 'UserAssigned', userAssignedIdentities: { '/id': {} } })
  })
})
