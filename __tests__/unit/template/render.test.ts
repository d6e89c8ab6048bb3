import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../../src/config/inputs.ts'
import type { Config } from '../../../src/config/types.ts'
import { OWNER_TAG } from '../../../src/model/run-context.ts'
import { RUN_OUTPUT } from '../../../src/model/names.ts'
import {
  API_VERSION,
  RESOURCE_TYPE,
  renderTemplate,
  toResourceJson,
} from '../../../src/template/render.ts'
import { GROUP_ID, SUBSCRIPTION, makeTempWorkspace, readerOf } from '../config/temp-workspace.ts'

const workspace = makeTempWorkspace({
  'scripts/01-setup.sh': '#!/bin/bash\necho setup\n',
  'scripts/setup.ps1': "Write-Output 'setup'\r\n",
  'checks/validate.sh': '#!/bin/sh\ntest -f /etc/motd\n',
  'workflow-artifacts/app.txt': 'app\n',
})
const ENV = { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'octo/images', GITHUB_SHA: 'abc123' }

const IDENTITY = `${GROUP_ID}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib-identity`
const DEFINITION = `${GROUP_ID}/providers/Microsoft.Compute/galleries/g/images/ubuntu`
const SUBNET = `${GROUP_ID}/providers/Microsoft.Network/virtualNetworks/v/subnets/build`
const VHD_URI = 'https://acct.blob.core.windows.net/vhds/image.vhd'

const BASE = {
  'subscription-id': SUBSCRIPTION,
  'resource-group': 'images-rg',
  location: 'westeurope',
  identity: 'aib-identity',
  'image-template-name': 'tpl-1',
  source: 'Canonical:ubuntu-24_04-lts:server:latest',
}

const configOf = (values: Record<string, string>, env: NodeJS.ProcessEnv = ENV): Config =>
  parseConfig(readerOf({ ...BASE, ...values }), env)

const FULL = configOf({
  'customizer-scripts': 'scripts/01-setup.sh',
  'validator-scripts': 'checks/validate.sh',
  'customizer-script': 'echo done',
  'managed-image': 'golden',
  'gallery-image': DEFINITION,
  'gallery-image-version': '1.2.3',
  'replication-regions': 'northeurope=2',
  'exclude-from-latest': 'true',
  vhd: VHD_URI,
  'artifact-tags': 'team=images',
  'vm-size': 'Standard_D4s_v5',
  'os-disk-size-gb': '64',
  'subnet-id': SUBNET,
  'staging-resource-group': 'aib-staging',
  'build-timeout-minutes': '90',
})

const PROVENANCE = { 'source-repository': 'octo/images', 'source-commit': 'abc123' }
const TAGS = { team: 'images', ...PROVENANCE }

describe('renderTemplate: a full Linux template', () => {
  const { template, origins } = renderTemplate(FULL)

  it('holds location, tags and the identity keyed by its id', () => {
    expect(template.location).toBe('westeurope')
    expect(template.tags).toEqual({ ...TAGS, [OWNER_TAG]: FULL.owner })
    expect(FULL.owner).toMatch(/^key [0-9a-f]{8} run \d+ attempt \d+ /)
    expect(template.identity).toEqual({
      type: 'UserAssigned',
      userAssignedIdentities: { [IDENTITY]: {} },
    })
  })

  it('renders the platform image source', () => {
    expect(template.source).toEqual({
      type: 'PlatformImage',
      publisher: 'Canonical',
      offer: 'ubuntu-24_04-lts',
      sku: 'server',
      version: 'latest',
    })
  })

  it('renders artifacts, the script and the inline script in order, and the validator', () => {
    expect(template.customize?.map((c) => [c.type, c.name])).toEqual([
      ['Shell', 'workflow-artifacts'],
      ['Shell', 'scripts/01-setup.sh'],
      ['Shell', 'customizer-script.sh'],
    ])
    expect(template.validate?.inVMValidations?.map((v) => [v.type, v.name])).toEqual([
      ['Shell', 'checks/validate.sh'],
    ])
    expect(origins.map((o) => o.origin)).toEqual([
      'customizer-source',
      'customizer-scripts',
      'customizer-script',
      'validator-scripts',
    ])
  })

  it('distributes to the managed image, the gallery version and the VHD URI', () => {
    expect(template.distribute).toEqual([
      {
        type: 'ManagedImage',
        imageId: `${GROUP_ID}/providers/Microsoft.Compute/images/golden`,
        location: 'westeurope',
        runOutputName: RUN_OUTPUT.managedImage,
        artifactTags: TAGS,
      },
      {
        type: 'SharedImage',
        galleryImageId: `${DEFINITION}/versions/1.2.3`,
        targetRegions: [{ name: 'northeurope', replicaCount: 2 }, { name: 'westeurope' }],
        excludeFromLatest: true,
        runOutputName: RUN_OUTPUT.gallery,
        artifactTags: TAGS,
      },
      { type: 'VHD', uri: VHD_URI, runOutputName: RUN_OUTPUT.vhd, artifactTags: TAGS },
    ])
    expect(RUN_OUTPUT).toEqual({
      managedImage: 'managed-image',
      gallery: 'gallery-image',
      vhd: 'vhd',
    })
  })

  it('sets the build VM, staging group and timeout', () => {
    expect(template.vmProfile).toEqual({
      vmSize: 'Standard_D4s_v5',
      osDiskSizeGB: 64,
      vnetConfig: { subnetId: SUBNET },
    })
    expect(template.stagingResourceGroup).toBe(
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/aib-staging`,
    )
    expect(template.buildTimeoutInMinutes).toBe(90)
  })

  it('has no undefined member anywhere', () => {
    expect(JSON.parse(JSON.stringify(template))).toStrictEqual(template)
  })

  it('is the same for the same config', () => {
    expect(renderTemplate(FULL)).toStrictEqual(renderTemplate(FULL))
  })
})

describe('renderTemplate: optional parts', () => {
  it('leaves out customize, validate, vmProfile and stagingResourceGroup when unused', () => {
    const { template, origins } = renderTemplate(
      configOf({}, { GITHUB_WORKSPACE: makeTempWorkspace() }),
    )
    expect(template).toStrictEqual({
      location: 'westeurope',
      tags: { [OWNER_TAG]: expect.stringMatching(/^key [0-9a-f]{8} run 0 attempt 1 local job -$/) },
      identity: { type: 'UserAssigned', userAssignedIdentities: { [IDENTITY]: {} } },
      source: {
        type: 'PlatformImage',
        publisher: 'Canonical',
        offer: 'ubuntu-24_04-lts',
        sku: 'server',
        version: 'latest',
      },
      distribute: [
        {
          type: 'ManagedImage',
          imageId: `${GROUP_ID}/providers/Microsoft.Compute/images/tpl-1`,
          location: 'westeurope',
          runOutputName: 'managed-image',
          artifactTags: {},
        },
      ],
      buildTimeoutInMinutes: 240,
    })
    expect(origins).toEqual([])
  })

  it('renders a VHD without uri when the staging account is used', () => {
    const { template } = renderTemplate(configOf({ vhd: 'true' }))
    expect(template.distribute).toStrictEqual([
      { type: 'VHD', runOutputName: 'vhd', artifactTags: PROVENANCE },
    ])
  })

  it('renders a gallery definition with the build region and excludeFromLatest false', () => {
    const { template } = renderTemplate(configOf({ 'gallery-image': DEFINITION }))
    expect(template.distribute).toEqual([
      expect.objectContaining({
        type: 'SharedImage',
        galleryImageId: DEFINITION,
        targetRegions: [{ name: 'westeurope' }],
        excludeFromLatest: false,
        runOutputName: 'gallery-image',
      }),
    ])
  })

  it.each([
    [{ 'vm-size': 'Standard_D2s_v3' }, { vmSize: 'Standard_D2s_v3' }],
    [{ 'os-disk-size-gb': '100' }, { osDiskSizeGB: 100 }],
    [{ 'subnet-id': SUBNET }, { vnetConfig: { subnetId: SUBNET } }],
  ])('renders vmProfile with only what is set (%j)', (values, vmProfile) => {
    expect(renderTemplate(configOf(values)).template.vmProfile).toStrictEqual(vmProfile)
  })

  it.each([
    [
      'a managed image',
      `${GROUP_ID}/providers/Microsoft.Compute/images/base`,
      { type: 'ManagedImage', imageId: `${GROUP_ID}/providers/Microsoft.Compute/images/base` },
    ],
    [
      'a gallery version',
      `${DEFINITION}/versions/1.0.0`,
      { type: 'SharedImageVersion', imageVersionId: `${DEFINITION}/versions/1.0.0` },
    ],
  ])('renders %s source', (_, source, expected) => {
    expect(renderTemplate(configOf({ source })).template.source).toStrictEqual(expected)
  })

  it('renders Windows customizers with Windows Update last', () => {
    const { template } = renderTemplate(
      configOf({
        source: 'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition:latest',
        'customizer-scripts': 'scripts/setup.ps1',
        'windows-update': 'true',
      }),
    )
    expect(template.customize?.map((c) => c.type)).toEqual([
      'PowerShell',
      'PowerShell',
      'WindowsUpdate',
      'WindowsRestart',
    ])
  })
})

describe('toResourceJson', () => {
  it('wraps the template like an ARM resource', () => {
    const { template } = renderTemplate(FULL)
    const resource = toResourceJson('tpl-1', template)
    expect(Object.keys(resource)).toEqual([
      'type',
      'apiVersion',
      'name',
      'location',
      'tags',
      'identity',
      'properties',
    ])
    expect(resource.type).toBe('Microsoft.VirtualMachineImages/imageTemplates')
    expect(RESOURCE_TYPE).toBe(resource.type)
    expect(resource.apiVersion).toBe('2025-10-01')
    expect(API_VERSION).toBe('2025-10-01')
    expect(resource.name).toBe('tpl-1')
    expect(resource.location).toBe('westeurope')
    expect(resource.tags).toEqual(template.tags)
    expect(resource.identity).toEqual(template.identity)
    const properties: Record<string, unknown> = { ...template }
    for (const key of ['location', 'tags', 'identity']) delete properties[key]
    expect(resource.properties).toStrictEqual(properties)
    expect(Object.keys(properties).sort()).toEqual([
      'buildTimeoutInMinutes',
      'customize',
      'distribute',
      'source',
      'stagingResourceGroup',
      'validate',
      'vmProfile',
    ])
  })
})

// The request body of CreateImageTemplateLinux.json (Microsoft.VirtualMachineImages 2025-10-01 examples,
// Azure/azure-rest-api-specs), as in shared/reference: the shape users know from the docs.
const OFFICIAL_LINUX_EXAMPLE = {
  identity: {
    type: 'UserAssigned',
    userAssignedIdentities: {
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg1/providers/Microsoft.ManagedIdentity/userAssignedIdentities/identity_1':
        {},
    },
  },
  location: 'westus',
  properties: {
    customize: [
      {
        name: 'Shell Customizer Example',
        type: 'Shell',
        scriptUri: 'https://example.com/path/to/script.sh',
      },
    ],
    distribute: [
      {
        type: 'ManagedImage',
        artifactTags: { tagName: 'value' },
        imageId:
          '/subscriptions/{subscription-id}/resourceGroups/rg1/providers/Microsoft.Compute/images/image_it_1',
        location: '1_location',
        runOutputName: 'image_it_pir_1',
      },
    ],
    source: {
      type: 'ManagedImage',
      imageId:
        '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg1/providers/Microsoft.Compute/images/source_image',
    },
    vmProfile: {
      osDiskSizeGB: 64,
      vmSize: 'Standard_D2s_v3',
      vnetConfig: {
        subnetId:
          '/subscriptions/{subscription-id}/resourceGroups/rg1/providers/Microsoft.Network/virtualNetworks/vnet_name/subnets/subnet_name',
      },
    },
  },
  tags: { imagetemplate_tag1: 'IT_T1', imagetemplate_tag2: 'IT_T2' },
}

// Property names per discriminator value, from the 2025-10-01 swagger (imagebuilder.json).
const SWAGGER_PROPERTIES: Record<string, string[]> = {
  ManagedImage: ['type', 'runOutputName', 'artifactTags', 'imageId', 'location'],
  SharedImage: [
    'type',
    'runOutputName',
    'artifactTags',
    'galleryImageId',
    'replicationRegions',
    'excludeFromLatest',
    'storageAccountType',
    'targetRegions',
    'versioning',
    'replicationMode',
  ],
  VHD: ['type', 'runOutputName', 'artifactTags', 'uri'],
  Shell: ['type', 'name', 'scriptUri', 'sha256Checksum', 'inline'],
  PowerShell: [
    'type',
    'name',
    'scriptUri',
    'sha256Checksum',
    'inline',
    'runElevated',
    'runAsSystem',
    'validExitCodes',
  ],
  WindowsUpdate: ['type', 'name', 'searchCriteria', 'filters', 'updateLimit'],
  WindowsRestart: ['type', 'name', 'restartCommand', 'restartCheckCommand', 'restartTimeout'],
}

/** Every key path of a JSON value, with array items and map keys folded ("a[].b", "m{}"). */
function keyPaths(value: unknown, prefix = '', maps: readonly string[] = []): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keyPaths(v, `${prefix}[]`, maps))
  if (value === null || typeof value !== 'object') return [prefix]
  if (maps.includes(prefix)) return [`${prefix}{}`]
  return Object.entries(value).flatMap(([k, v]) =>
    keyPaths(v, prefix === '' ? k : `${prefix}.${k}`, maps),
  )
}

describe('rendered templates against the official shapes', () => {
  const MAPS = ['tags', 'identity.userAssignedIdentities', 'properties.distribute[].artifactTags']

  it('uses the example’s property names for the same things', () => {
    const managedSource = `${GROUP_ID}/providers/Microsoft.Compute/images/base`
    const config = configOf({
      source: managedSource,
      'vm-size': 'Standard_D2s_v3',
      'os-disk-size-gb': '64',
      'subnet-id': SUBNET,
      'customizer-scripts': 'scripts/01-setup.sh',
      'managed-image': 'golden',
    })
    const resource = toResourceJson('tpl-1', renderTemplate(config).template)
    const ours = new Set(keyPaths(resource, '', MAPS))
    const theirs = new Set(keyPaths(OFFICIAL_LINUX_EXAMPLE, '', MAPS))
    // Everything the example sets that we set too, we name the same way...
    const shared = [...theirs].filter((p) => !p.startsWith('properties.customize[].scriptUri'))
    expect(shared.filter((p) => !ours.has(p))).toEqual([])
    // ...and what we add beyond the example are documented customizer and envelope fields.
    expect([...ours].filter((p) => !theirs.has(p)).sort()).toEqual([
      'apiVersion',
      'name',
      'properties.buildTimeoutInMinutes',
      'properties.customize[].inline[]',
      'type',
    ])
  })

  it.each([
    ['Linux', FULL],
    [
      'Windows',
      configOf({
        source: 'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition:latest',
        'customizer-scripts': 'scripts/setup.ps1\nworkflow-artifacts/app.txt',
        'customizer-script': 'Write-Output done',
        'windows-update': 'true',
        vhd: 'true',
        'gallery-image': DEFINITION,
      }),
    ],
  ])(
    'uses only swagger properties in every %s customizer, validator and distributor',
    (_, config) => {
      const { template } = renderTemplate(config)
      const units = [
        ...(template.customize ?? []),
        ...(template.validate?.inVMValidations ?? []),
        ...(template.distribute ?? []),
      ]
      expect(units.length).toBeGreaterThan(3)
      for (const unit of units) {
        const allowed = SWAGGER_PROPERTIES[unit.type]
        expect(allowed).toBeDefined()
        expect(Object.keys(unit).filter((k) => !allowed!.includes(k))).toEqual([])
      }
    },
  )
})
