import { describe, expect, it } from '@jest/globals'
import type { UploadedArchive } from '../../../src/model/types.ts'
import { archiveSteps, needsVmIdentity } from '../../../src/template/remote-artifacts.ts'

const IDENTITY =
  '/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib'
const SHA = 'ab'.repeat(32)

const archive = (over: Partial<UploadedArchive> = {}): UploadedArchive => ({
  url: 'https://st.blob.core.windows.net/image-builder/t/run-1-1/t-artifacts.tar.gz',
  sha256: SHA,
  bytes: 1000,
  format: 'tar.gz',
  fetchedByScript: false,
  fileName: 't-artifacts.tar.gz',
  ...over,
})

describe('archiveSteps', () => {
  it('Linux, small: a File customizer to /tmp with the checksum, then verify and unpack', () => {
    const [file, unpack] = archiveSteps(archive(), 'linux', '/opt/app')
    expect(file).toEqual({
      type: 'File',
      name: 'workflow-artifacts (download)',
      sourceUri: archive().url,
      destination: '/tmp/t-artifacts.tar.gz',
      sha256Checksum: SHA,
    })
    expect(unpack?.type).toBe('Shell')
    const lines = (unpack as unknown as { inline: string[] }).inline
    // The checksum is verified before anything is unpacked.
    const check = lines.findIndex((l) => l.includes('sha256sum -c'))
    const extract = lines.findIndex((l) => l.includes('tar -xzf'))
    expect(check).toBeGreaterThan(-1)
    expect(check).toBeLessThan(extract)
    expect(lines[extract]).toContain("-C '/opt/app'")
  })

  it('Linux, large, identity: a script with an IMDS token for the template identity', () => {
    const steps = archiveSteps(
      archive({ fetchedByScript: true, identityId: IDENTITY }),
      'linux',
      '/opt/app',
    )
    expect(steps).toHaveLength(1)
    const script = (steps[0] as unknown as { inline: string[] }).inline.join('\n')
    expect(script).toContain('http://169.254.169.254/metadata/identity/oauth2/token')
    expect(script).toContain(`msi_res_id=${encodeURIComponent(IDENTITY)}`)
    expect(script).toContain('Authorization: Bearer $token')
    expect(script.indexOf('curl -fsS --retry')).toBeLessThan(script.indexOf('sha256sum -c'))
    expect(needsVmIdentity(archive({ fetchedByScript: true, identityId: IDENTITY }))).toBe(true)
  })

  it('Linux, large, SAS: curl with the link, no identity needed', () => {
    const sas = archive({ fetchedByScript: true, url: `${archive().url}?sv=1&sig=abc` })
    const script = (
      archiveSteps(sas, 'linux', '/opt/app')[0] as unknown as { inline: string[] }
    ).inline.join('\n')
    expect(script).toContain(
      `curl -fsS --retry 5 --retry-connrefused -o '/tmp/t-artifacts.tar.gz' '${sas.url}'`,
    )
    expect(script).not.toContain('169.254.169.254')
    expect(needsVmIdentity(sas)).toBe(false)
  })

  it('Windows: zip through File to C:\\Windows\\Temp, Get-FileHash before Expand-Archive', () => {
    const zip = archive({ format: 'zip', fileName: 't-artifacts.zip' })
    const [file, unpack] = archiveSteps(zip, 'windows', 'C:\\app')
    expect(file).toMatchObject({
      type: 'File',
      destination: 'C:\\Windows\\Temp\\t-artifacts.zip',
      sha256Checksum: SHA,
    })
    expect(unpack).toMatchObject({ type: 'PowerShell', runElevated: true })
    const lines = (unpack as unknown as { inline: string[] }).inline.join('\n')
    expect(lines).toContain(`-ne '${SHA.toUpperCase()}'`)
    expect(lines.indexOf('Get-FileHash')).toBeLessThan(lines.indexOf('Expand-Archive'))
    expect(lines).toContain("-DestinationPath 'C:\\app'")
  })

  it('Windows, large, identity: Invoke-RestMethod to IMDS, then Invoke-WebRequest with the token', () => {
    const big = archive({
      format: 'zip',
      fileName: 't.zip',
      fetchedByScript: true,
      identityId: IDENTITY,
    })
    const lines = (
      archiveSteps(big, 'windows', 'C:\\app')[0] as unknown as { inline: string[] }
    ).inline.join('\n')
    expect(lines).toContain('Invoke-RestMethod -Headers @{ Metadata = ')
    expect(lines).toContain('Authorization = "Bearer $token"')
    expect(lines.indexOf('Invoke-WebRequest')).toBeLessThan(lines.indexOf('Get-FileHash'))
  })
})
