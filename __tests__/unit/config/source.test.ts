import { describe, expect, it } from '@jest/globals'
import { inferOsType, parseSource } from '../../../src/config/source.ts'
import type { SourceImage } from '../../../src/model/types.ts'

const RG = '/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg'
const VERSION_ID = `${RG}/providers/Microsoft.Compute/galleries/g/images/base/versions/1.0.0`
const IMAGE_ID = `${RG}/providers/Microsoft.Compute/images/base`

describe('parseSource', () => {
  it.each([
    ['Canonical:ubuntu-24_04-lts:server:latest', 'latest'],
    ['Canonical:ubuntu-24_04-lts:server:LATEST', 'latest'],
    ['Canonical:ubuntu-24_04-lts:server:Latest', 'latest'],
    ['Canonical:ubuntu-24_04-lts:server:22.04.202401010', '22.04.202401010'],
    ['Canonical:ubuntu-24_04-lts:server:2024.01.15', '2024.01.15'],
    ['Canonical:ubuntu-24_04-lts:server:1.2.3.4', '1.2.3.4'],
  ])('parses the URN %j with version %j', (urn, version) => {
    expect(parseSource(`  ${urn} `)).toEqual({
      type: 'PlatformImage',
      publisher: 'Canonical',
      offer: 'ubuntu-24_04-lts',
      sku: 'server',
      version,
    })
  })

  it.each([
    ['Canonical:ubuntu', 'expected publisher:offer:sku:version'],
    ['a:b:c:d:e', 'expected publisher:offer:sku:version'],
    ['Canonical::server:latest', 'expected publisher:offer:sku:version'],
    ['Canonical:-offer:server:latest', 'expected publisher:offer:sku:version'],
    ['Canonical:ubuntu:server:newest', 'version "newest" must be "latest"'],
    ['Canonical:ubuntu:server:1.2', 'version "1.2" must be "latest"'],
    ['Canonical:ubuntu:server:1.2.3.4.5', 'version "1.2.3.4.5" must be "latest"'],
    ['Canonical:ubuntu:server:', 'version "" must be "latest"'],
  ])('rejects %j', (text, message) => {
    const result = parseSource(text)
    expect(typeof result).toBe('string')
    expect(result).toContain(message)
  })

  it('reads a managed image id', () => {
    expect(parseSource(IMAGE_ID)).toEqual({ type: 'ManagedImage', imageId: IMAGE_ID })
  })

  it('reads a gallery image version id', () => {
    expect(parseSource(VERSION_ID)).toEqual({
      type: 'SharedImageVersion',
      imageVersionId: VERSION_ID,
    })
  })

  it.each([
    ['another provider', `${RG}/providers/Microsoft.Storage/images/base`],
    ['a disk', `${RG}/providers/Microsoft.Compute/disks/base`],
  ])('rejects an id of %s', (_, id) => {
    expect(parseSource(id)).toMatch(/^expected a managed image id .* or a gallery image version id/)
  })

  it.each([
    [
      'a gallery image definition',
      `${RG}/providers/Microsoft.Compute/galleries/g/images/base`,
      'a gallery image version id: expected /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Compute/galleries/NAME/images/NAME/versions/x.y.z, got',
    ],
    [
      'too many parts',
      `${IMAGE_ID}/extra`,
      'a managed image id: expected /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Compute/images/NAME, got',
    ],
    [
      'a two-part version',
      `${RG}/providers/Microsoft.Compute/galleries/g/images/base/versions/1.2`,
      'versions name "1.2" in the id is not valid: a version x.y.z (three whole numbers), or latest',
    ],
    [
      'a masked subscription',
      VERSION_ID.replace(
        '0b1f6471-1bf0-4dda-aec3-111122223333',
        '24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      ),
      'the subscription in the id: "24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx" looks masked',
    ],
    [
      'a subscription masked by the runner',
      IMAGE_ID.replace('0b1f6471-1bf0-4dda-aec3-111122223333', '***'),
      'the subscription in the id: "***" looks masked',
    ],
    [
      'a subscription that is a name',
      IMAGE_ID.replace('0b1f6471-1bf0-4dda-aec3-111122223333', 'my-subscription'),
      'the subscription in the id: expected a GUID, got "my-subscription"',
    ],
    [
      'a gallery name with a hyphen',
      VERSION_ID.replace('galleries/g/', 'galleries/my-gallery/'),
      'galleries name "my-gallery" in the id is not valid',
    ],
  ])('rejects %s, saying what is wrong', (_, id, message) => {
    expect(parseSource(id)).toContain(message)
  })

  it('reads a gallery version id ending in /versions/latest', () => {
    const latest = VERSION_ID.replace('1.0.0', 'latest')
    expect(parseSource(latest)).toEqual({ type: 'SharedImageVersion', imageVersionId: latest })
  })
})

describe('inferOsType', () => {
  const urn = (publisher: string, offer: string): SourceImage => ({
    type: 'PlatformImage',
    publisher,
    offer,
    sku: 'sku',
    version: 'latest',
  })

  it.each([
    [urn('MicrosoftWindowsServer', 'WindowsServer'), 'windows'],
    [urn('microsoftwindowsdesktop', 'office-365'), 'windows'],
    [urn('MicrosoftVisualStudio', 'visualstudio2022'), 'windows'],
    [urn('SomeVendor', 'hardened-Windows-2022'), 'windows'],
    [urn('Canonical', 'ubuntu-24_04-lts'), 'linux'],
    [urn('RedHat', 'RHEL'), 'linux'],
    [{ type: 'ManagedImage', imageId: IMAGE_ID }, 'linux'],
    [{ type: 'SharedImageVersion', imageVersionId: VERSION_ID }, 'linux'],
  ] as [SourceImage, string][])('%j → %s', (source, os) => {
    expect(inferOsType(source)).toBe(os)
  })
})
