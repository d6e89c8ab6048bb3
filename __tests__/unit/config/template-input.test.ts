// `template` and `template-vars` through parseConfig: encodings, var collisions, and the OS a
// template file's own customizers say.
import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../../src/config/inputs.ts'
import { InputError } from '../../../src/config/issues.ts'
import type { Config } from '../../../src/config/types.ts'
import { renderTemplate } from '../../../src/template/render.ts'
import { GROUP_ID, SUBSCRIPTION, makeTempWorkspace, readerOf } from './temp-workspace.ts'

const IDENTITY = `${GROUP_ID}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`
const GALLERY_VERSION = `${GROUP_ID}/providers/Microsoft.Compute/galleries/g/images/win/versions/1.0.0`
const MANAGED_IMAGE = `${GROUP_ID}/providers/Microsoft.Compute/images/base`

const template = (source: object, customize: object[]) =>
  JSON.stringify({
    type: 'Microsoft.VirtualMachineImages/imageTemplates',
    location: 'westeurope',
    identity: { type: 'UserAssigned', userAssignedIdentities: { [IDENTITY]: {} } },
    properties: { source, customize, distribute: [{ type: 'VHD', runOutputName: 'vhd' }] },
  })

const windowsSteps = [
  { type: 'PowerShell', name: 'setup', inline: ['Write-Host hi'] },
  { type: 'WindowsUpdate' },
]
const linuxSteps = [{ type: 'Shell', name: 'setup', inline: ['echo hi'] }]

const workspace = makeTempWorkspace({
  'image/gallery-windows.json': template(
    { type: 'SharedImageVersion', imageVersionId: GALLERY_VERSION },
    windowsSteps,
  ),
  'image/managed-linux.json': template(
    { type: 'ManagedImage', imageId: MANAGED_IMAGE },
    linuxSteps,
  ),
  'image/managed-silent.json': template({ type: 'ManagedImage', imageId: MANAGED_IMAGE }, []),
  'image/bom.json': Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(template({ type: 'ManagedImage', imageId: MANAGED_IMAGE }, linuxSteps)),
  ]),
  'image/utf16.json': Buffer.from(`\uFEFF${template({ type: 'ManagedImage' }, [])}`, 'utf16le'),
  'image/broken.json': '{ "properties": { "source": ',
  'image/vars.json': template({ type: 'ManagedImage', imageId: '<image>' }, linuxSteps),
  'scripts/setup.ps1': "Write-Output 'setup'\r\n",
})

const ENV = { GITHUB_WORKSPACE: workspace, GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1' }
const BASE = { 'subscription-id': SUBSCRIPTION, 'resource-group': 'images-rg' }

const parse = (values: Record<string, string>): Config =>
  parseConfig(readerOf({ ...BASE, ...values }), ENV)

const problemsOf = (values: Record<string, string>): string[] => {
  try {
    parse(values)
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.input}: ${p.message}`)
    throw error
  }
  throw new Error('parseConfig returned without an InputError')
}

describe('parseConfig: the OS of a template file without os-type', () => {
  it.each([
    ['image/gallery-windows.json', 'windows', 'customizers'],
    ['image/managed-linux.json', 'linux', 'customizers'],
    ['image/managed-silent.json', 'linux', 'assumed'],
  ])('%s: %s, from the %s', (file, osType, from) => {
    const config = parse({ template: file })
    expect(config.osType).toBe(osType)
    expect(config.osTypeFrom).toBe(from)
  })

  it('takes the PowerShell and WindowsUpdate steps of a gallery source as Windows: no OS errors', () => {
    expect(() => parse({ template: 'image/gallery-windows.json' })).not.toThrow()
  })

  it('lets os-type win, and says so', () => {
    const config = parse({ template: 'image/managed-silent.json', 'os-type': 'windows' })
    expect(config.osType).toBe('windows')
    expect(config.osTypeFrom).toBe('input')
  })

  it('counts repository .ps1 scripts and windows-update as Windows for a silent file', () => {
    const scripts = parse({
      template: 'image/managed-silent.json',
      'customizer-scripts': 'scripts/setup.ps1',
    })
    expect([scripts.osType, scripts.osTypeFrom]).toEqual(['windows', 'customizers'])
    const update = parse({ template: 'image/managed-silent.json', 'windows-update': 'true' })
    expect([update.osType, update.osTypeFrom]).toEqual(['windows', 'customizers'])
  })

  it('says in the render notes when the OS came from the customizers or was assumed', () => {
    expect(renderTemplate(parse({ template: 'image/gallery-windows.json' })).notes).toContain(
      'OS windows: from the customizers and scripts (the source does not say; os-type sets it)',
    )
    expect(renderTemplate(parse({ template: 'image/managed-silent.json' })).notes).toContain(
      'OS linux: assumed (no os-type, and neither the source nor the customizers say; set os-type: windows for a Windows image)',
    )
    const bare = parse({ source: MANAGED_IMAGE, location: 'westeurope', 'dry-run': 'true' })
    expect(renderTemplate(bare).notes).toEqual([
      'OS linux: assumed (no os-type, and neither the source nor the customizers say; set os-type: windows for a Windows image)',
    ])
    const platform = parse({
      template: 'image/managed-silent.json',
      source: 'Canonical:ubuntu-24_04-lts:server:latest',
    })
    expect(renderTemplate(platform).notes.filter((n) => n.startsWith('OS '))).toEqual([])
  })

  it('keeps a platform image source as the answer', () => {
    const config = parse({
      template: 'image/managed-silent.json',
      source: 'Canonical:ubuntu-24_04-lts:server:latest',
    })
    expect([config.osType, config.osTypeFrom]).toEqual(['linux', 'source'])
  })
})

describe('parseConfig: template file encodings', () => {
  it('reads a file with a UTF-8 byte order mark, with a note and no spurious problem', () => {
    const config = parse({ template: 'image/bom.json' })
    expect(config.templateFile?.loaded.notes).toContain(
      'UTF-8 byte order mark at the start of the file: ignored',
    )
  })

  it('refuses UTF-16 in one problem naming `template`, and does not ask for `source`', () => {
    expect(problemsOf({ template: 'image/utf16.json' })).toEqual([
      'template: image/utf16.json: the file is UTF-16 (little-endian); save it as UTF-8 (ARM and the action read templates as UTF-8)',
    ])
  })

  it('does not ask for `source` when the file itself failed to load', () => {
    const problems = problemsOf({ template: 'image/broken.json' })
    expect(problems.every((p) => p.startsWith('template: '))).toBe(true)
  })
})

describe('parseConfig: template-vars collisions', () => {
  it('refuses a name given twice instead of keeping the last', () => {
    expect(
      problemsOf({
        template: 'image/vars.json',
        'template-vars': `image=${MANAGED_IMAGE}\nimage=${MANAGED_IMAGE}2`,
      }),
    ).toEqual(['template-vars: image is given twice: keep one line'])
  })

  it('refuses names that differ only in case instead of keeping the first', () => {
    expect(
      problemsOf({
        template: 'image/vars.json',
        'template-vars': `image=${MANAGED_IMAGE}\nImage=${MANAGED_IMAGE}2`,
      }),
    ).toEqual([
      'template-vars: image and Image differ only in case, and placeholders match names ignoring case: keep one',
    ])
  })
})
