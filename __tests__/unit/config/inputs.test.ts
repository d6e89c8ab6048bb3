import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { parseConfig } from '../../../src/config/inputs.ts'
import { InputError } from '../../../src/config/issues.ts'
import type { Config } from '../../../src/config/types.ts'
import { GROUP_ID, SUBSCRIPTION, makeTempWorkspace, readerOf } from './temp-workspace.ts'

const workspace = makeTempWorkspace({
  'scripts/01-setup.sh': '#!/bin/bash\necho setup\n',
  'scripts/02-app.sh': '#!/bin/bash\necho app\n',
  'scripts/setup.ps1': "Write-Output 'setup'\r\n",
  'scripts/motd.json': '{"motd":"hi"}\n',
})

const ENV = {
  GITHUB_WORKSPACE: workspace,
  GITHUB_REPOSITORY: 'octo/My Images',
  GITHUB_RUN_ID: '9876',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SHA: 'abc123',
  GITHUB_SERVER_URL: 'https://github.com',
  RUNNER_TEMP: '/runner/temp',
}

const VALID = {
  'subscription-id': SUBSCRIPTION,
  'resource-group': 'images-rg',
  location: 'West Europe',
  identity: 'aib-identity',
  source: 'MicrosoftWindowsServer:WindowsServer:2022-datacenter-azure-edition:latest',
}

const parse = (values: Record<string, string>, env: NodeJS.ProcessEnv = ENV): Config =>
  parseConfig(readerOf(values), env)

/** The InputError parseConfig throws, or a failure when it returns. */
const errorOf = (values: Record<string, string>, env: NodeJS.ProcessEnv = ENV): InputError => {
  try {
    parse(values, env)
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('parseConfig returned without an InputError')
}

const inputsOf = (e: InputError): string[] => e.problems.map((p) => p.input)

describe('parseConfig: a valid configuration', () => {
  const config = parse(VALID)

  it('types the Azure target', () => {
    expect(config.subscriptionId).toBe(SUBSCRIPTION)
    expect(config.resourceGroup).toBe('images-rg')
    expect(config.location).toBe('westeurope')
    expect(config.identityId).toBe(
      `${GROUP_ID}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib-identity`,
    )
    expect(config.cloud.name).toBe('AzureCloud')
    expect(config.auth).toEqual({ kind: 'default' })
  })

  it('parses the source and infers Windows from the publisher', () => {
    expect(config.source).toEqual({
      type: 'PlatformImage',
      publisher: 'MicrosoftWindowsServer',
      offer: 'WindowsServer',
      sku: '2022-datacenter-azure-edition',
      version: 'latest',
    })
    expect(config.osType).toBe('windows')
  })

  it('applies the policy defaults', () => {
    expect(config.wait).toBe(true)
    expect(config.resume).toBe(false)
    expect(config.dryRun).toBe(false)
    expect(config.cleanup).toBe('on-success')
    expect(config.pollMs).toBe(15000)
    // Not given: the template file's value, else 240 (render.ts), applies.
    expect(config.vm.buildTimeoutMinutes).toBeUndefined()
    expect(config.outputDir).toBe('/runner/temp')
  })

  it('names the template after repository, run id, attempt and job key, sanitized', () => {
    expect(config.templateName).toMatch(/^My-Images-9876-2-[0-9a-f]{8}$/)
    expect(config.owner).toMatch(/^key [0-9a-f]{8} run 9876 attempt 2 octo\/My Images job -$/)
    expect(config.owner.slice(4, 12)).toBe(config.templateName.slice(-8))
    expect(config.distribution.managedImageId).toBe(
      `${GROUP_ID}/providers/Microsoft.Compute/images/${config.templateName}`,
    )
    expect(config.customization.artifactDestination).toBe(`C:\\${config.templateName}`)
  })

  it('gives each matrix leg (other inputs) its own default name', () => {
    const other = parse({ ...VALID, 'vm-size': 'Standard_D4s_v5' })
    expect(other.templateName).not.toBe(config.templateName)
    expect(other.templateName.slice(0, -8)).toBe(config.templateName.slice(0, -8))
  })

  it('tags artifacts with provenance', () => {
    expect(config.distribution.artifactTags).toEqual({
      'source-repository': 'octo/My Images',
      'source-commit': 'abc123',
      'source-run': 'https://github.com/octo/My Images/actions/runs/9876',
    })
  })

  it('is frozen', () => {
    expect(Object.isFrozen(config)).toBe(true)
  })
})

describe('parseConfig: inputs and fallbacks', () => {
  it('falls back to AZURE_SUBSCRIPTION_ID', () => {
    const config = parse(
      { ...VALID, 'subscription-id': '' },
      { ...ENV, AZURE_SUBSCRIPTION_ID: ` ${SUBSCRIPTION} ` },
    )
    expect(config.subscriptionId).toBe(SUBSCRIPTION)
  })

  it('prefers the subscription-id input over the environment', () => {
    const other = '99999999-0000-0000-0000-000000000000'
    const config = parse(
      { ...VALID, 'subscription-id': other },
      { ...ENV, AZURE_SUBSCRIPTION_ID: SUBSCRIPTION },
    )
    expect(config.subscriptionId).toBe(other)
  })

  it('reads the policy inputs', () => {
    const config = parse({
      ...VALID,
      'image-template-name': 'resumed-1',
      'poll-interval-seconds': '2.5',
      cleanup: 'Always',
      wait: 'false',
      resume: 'true',
      'build-timeout-minutes': '30',
    })
    expect(config.pollMs).toBe(2500)
    expect(config.cleanup).toBe('always')
    expect(config.wait).toBe(false)
    expect(config.resume).toBe(true)
    expect(config.templateName).toBe('resumed-1')
    expect(config.vm.buildTimeoutMinutes).toBe(30)
  })

  it('keeps a full identity id and lets os-type override the inference', () => {
    const identity = `/subscriptions/${SUBSCRIPTION}/resourceGroups/ids/providers/Microsoft.ManagedIdentity/userAssignedIdentities/x`
    const config = parse({ ...VALID, identity, 'os-type': 'Linux' })
    expect(config.identityId).toBe(identity)
    expect(config.osType).toBe('linux')
  })

  it('defaults to Linux for Linux publishers and image ids', () => {
    expect(parse({ ...VALID, source: 'Canonical:ubuntu-24_04-lts:server:latest' }).osType).toBe(
      'linux',
    )
    const imageId = `${GROUP_ID}/providers/Microsoft.Compute/images/base`
    expect(parse({ ...VALID, source: imageId }).source).toEqual({ type: 'ManagedImage', imageId })
  })

  it('uses the OS temp directory without RUNNER_TEMP', () => {
    expect(parse(VALID, { ...ENV, RUNNER_TEMP: '' }).outputDir).toBe(tmpdir())
  })
})

describe('parseConfig: resume', () => {
  const resume = {
    'subscription-id': SUBSCRIPTION,
    'resource-group': 'images-rg',
    resume: 'true',
    'image-template-name': 'started-earlier',
  }

  it('needs neither location, source nor identity to follow an existing template', () => {
    const config = parse(resume)
    expect(config.resume).toBe(true)
    expect(config.templateName).toBe('started-earlier')
    expect(config.location).toBe('')
    expect(config.osType).toBe('linux')
  })

  it('still checks the values that are given', () => {
    const error = errorOf({ ...resume, location: 'nowhere!', source: 'bad' })
    expect(inputsOf(error)).toEqual(['location', 'source'])
  })

  it('still needs the subscription and resource group', () => {
    const error = errorOf(
      { resume: 'true', 'image-template-name': 'x' },
      { GITHUB_WORKSPACE: workspace },
    )
    expect(inputsOf(error)).toEqual(['subscription-id', 'resource-group'])
  })
})

describe('parseConfig: dry run', () => {
  it('fills placeholders for subscription, resource group and identity', () => {
    const config = parse(
      {
        'dry-run': 'true',
        location: 'eastus2',
        source: 'Canonical:ubuntu-24_04-lts:server:latest',
      },
      { GITHUB_WORKSPACE: workspace },
    )
    expect(config.dryRun).toBe(true)
    expect(config.subscriptionId).toBe('00000000-0000-0000-0000-000000000000')
    expect(config.resourceGroup).toBe('dry-run-resource-group')
    expect(config.identityId).toBe(
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/dry-run-resource-group/providers/Microsoft.ManagedIdentity/userAssignedIdentities/dry-run-identity',
    )
    expect(config.templateName).toMatch(/^image-0-1-[0-9a-f]{8}$/)
  })

  it('still requires location and source', () => {
    const error = errorOf({ 'dry-run': 'true' })
    expect(inputsOf(error)).toEqual(['location', 'source'])
  })

  it('cannot be combined with resume', () => {
    const error = errorOf({
      ...VALID,
      'dry-run': 'true',
      resume: 'true',
      'image-template-name': 'x',
    })
    expect(error.message).toBe('1 input is invalid:\n- `resume`: cannot be combined with `dry-run`')
  })

  it('does not need the ID token request URL for OIDC', () => {
    const ids = {
      'client-id': '11111111-2222-3333-4444-555555555555',
      'tenant-id': '66666666-7777-8888-9999-aaaaaaaaaaaa',
    }
    expect(parse({ ...VALID, ...ids, 'dry-run': 'true' }).auth.kind).toBe('oidc')
    expect(errorOf({ ...VALID, ...ids }).message).toContain(
      '- `client-id`: OIDC needs `permissions: id-token: write`',
    )
    const env = { ...ENV, ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x' }
    expect(parse({ ...VALID, ...ids }, env).auth).toEqual({
      kind: 'oidc',
      clientId: ids['client-id'],
      tenantId: ids['tenant-id'],
      audience: 'api://AzureADTokenExchange',
    })
  })
})

describe('parseConfig: problems', () => {
  it('lists every problem at once, each naming its input', () => {
    const error = errorOf(
      {
        'subscription-id': 'not-a-guid',
        'resource-group': 'bad/group',
        location: 'East US 2!',
        identity: '/subscriptions/x/identities/y',
        source: 'Canonical:ubuntu',
        cleanup: 'sometimes',
        'poll-interval-seconds': '0',
        wait: 'maybe',
      },
      { GITHUB_WORKSPACE: workspace },
    )
    expect(error.message).toMatch(/^8 inputs are invalid:\n/)
    expect(inputsOf(error)).toEqual([
      'subscription-id',
      'resource-group',
      'location',
      'source',
      'identity',
      'wait',
      'poll-interval-seconds',
      'cleanup',
    ])
    expect(error.message).toContain('- `subscription-id`: expected a GUID, got "not-a-guid"')
    expect(error.message).toContain(
      '- `location`: "East US 2!" is not an Azure region name like eastus2',
    )
    expect(error.message).toContain(
      '- `resource-group`: "bad/group" is not a valid resource group name',
    )
  })

  it('requires subscription, resource group, location, identity and source', () => {
    const error = errorOf({}, { GITHUB_WORKSPACE: workspace })
    expect(inputsOf(error).sort()).toEqual(
      ['identity', 'location', 'resource-group', 'source', 'subscription-id'].sort(),
    )
    expect(error.message).toContain(
      '- `subscription-id`: is required (or set AZURE_SUBSCRIPTION_ID)',
    )
    expect(error.message).toContain('- `identity`: is required: the user-assigned managed identity')
  })

  it('says when a subscription or an identity id looks masked, naming each input', () => {
    const masked = '24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx'
    const identity = `/subscriptions/${masked}/resourceGroups/ids/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`
    const { message } = errorOf({ ...VALID, 'subscription-id': masked, identity })
    expect(message).toContain(`- \`subscription-id\`: "${masked}" looks masked`)
    expect(message).toContain(
      `- \`identity\`: the subscription in the id: "${masked}" looks masked`,
    )
  })

  it('rejects an invalid identity name', () => {
    expect(errorOf({ ...VALID, identity: 'bad name' }).message).toContain(
      '- `identity`: "bad name" is not a valid identity name',
    )
  })

  it('requires image-template-name with resume', () => {
    expect(errorOf({ ...VALID, resume: 'true' }).message).toBe(
      '1 input is invalid:\n- `image-template-name`: is required with `resume: true` (the name used by the job that started the build)',
    )
  })

  it.each(['yes', 'ON', '1'])('requires image-template-name with resume: %s too', (value) => {
    expect(inputsOf(errorOf({ ...VALID, resume: value }))).toEqual(['image-template-name'])
  })

  it('rejects a template name the service would refuse', () => {
    expect(errorOf({ ...VALID, 'image-template-name': 'has spaces' }).message).toContain(
      '- `image-template-name`: "has spaces" must be 1-64 letters, digits, - _ .',
    )
  })

  it('rejects client-id without tenant-id', () => {
    const env = { ...ENV, ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x' }
    const error = errorOf({ ...VALID, 'client-id': '11111111-2222-3333-4444-555555555555' }, env)
    expect(inputsOf(error)).toEqual(['tenant-id'])
  })

  it('names template when the file does not exist', () => {
    expect(errorOf({ ...VALID, template: 'no-such.json' }).message).toBe(
      '1 input is invalid:\n- `template`: "no-such.json" matches no file in the workspace',
    )
  })

  it('needs template for template-vars', () => {
    expect(errorOf({ ...VALID, 'template-vars': 'region=westeurope' }).message).toBe(
      '1 input is invalid:\n- `template-vars`: needs `template` (a template file to fill in)',
    )
  })

  it('reads the storage inputs into config.storage and leaves artifacts to the upload', () => {
    const config = parse({ ...VALID, 'storage-account': 'stimages', 'storage-access': 'sas' })
    expect(config.storage).toEqual({
      account: { kind: 'endpoint', blobEndpoint: 'https://stimages.blob.core.windows.net' },
      container: 'image-builder',
      access: 'sas',
    })
    expect(config.customization.artifacts).toEqual([])
  })

  it('accepts pr-comment: false, and leaves prComment out', () => {
    const config = parse({ ...VALID, 'pr-comment': 'false', 'github-token': 'ghs_x' })
    expect(config.templateName).toMatch(/^My-Images-9876-2-/)
    expect(config.prComment).toBeUndefined()
  })

  it('reads pr-comment: true into config.prComment, and names github-token when it is empty', () => {
    const config = parse({ ...VALID, 'pr-comment': 'true', 'github-token': 'ghs_abc' })
    expect(config.prComment).toMatchObject({ token: 'ghs_abc', repository: 'octo/My Images' })
    expect(errorOf({ ...VALID, 'pr-comment': 'true' }).message).toBe(
      '1 input is invalid:\n- `github-token`: is required with `pr-comment: true` (the default is `${{ github.token }}`)',
    )
  })
})

describe('parseConfig: workspace files', () => {
  const linux = { ...VALID, source: 'Canonical:ubuntu-24_04-lts:server:latest' }
  const sha = (text: string) => createHash('sha256').update(text).digest('hex')

  it('reads customizer scripts in order, globs sorted', () => {
    const config = parse({ ...linux, 'customizer-scripts': 'scripts/motd.json\nscripts/*.sh' })
    expect(config.customization.scripts.map((f) => f.relPath)).toEqual([
      'scripts/motd.json',
      'scripts/01-setup.sh',
      'scripts/02-app.sh',
    ])
    expect(config.customization.scripts[1]!.sha256).toBe(sha('#!/bin/bash\necho setup\n'))
  })

  it.each([
    ['scripts/missing.sh', '"scripts/missing.sh" matches no file in the workspace'],
    ['../outside.sh', '"../outside.sh"'],
    ['scripts/setup.ps1', '"scripts/setup.ps1" cannot run on a linux image'],
  ])('rejects the customizer script %j on Linux', (value, message) => {
    expect(errorOf({ ...linux, 'customizer-scripts': value }).message).toContain(
      `- \`customizer-scripts\`: ${message}`,
    )
  })

  it('rejects .sh scripts on Windows and accepts .ps1', () => {
    expect(errorOf({ ...VALID, 'customizer-scripts': 'scripts/01-setup.sh' }).message).toContain(
      '- `customizer-scripts`: "scripts/01-setup.sh" cannot run on a windows image',
    )
    const config = parse({ ...VALID, 'validator-scripts': 'scripts/setup.ps1' })
    expect(config.customization.validators.map((f) => f.relPath)).toEqual(['scripts/setup.ps1'])
  })

  it('accepts only .sh or .ps1 validators', () => {
    expect(errorOf({ ...linux, 'validator-scripts': 'scripts/motd.json' }).message).toContain(
      '- `validator-scripts`: "scripts/motd.json" is not a .sh or .ps1 script',
    )
  })

  it('refuses windows-update on Linux and takes it on Windows', () => {
    expect(errorOf({ ...linux, 'windows-update': 'true' }).message).toContain(
      '- `windows-update`: only applies to Windows images (`os-type: windows`)',
    )
    expect(parse({ ...VALID, 'windows-update': 'true' }).customization.windowsUpdate).toBe(true)
  })

  it.each([
    [linux, 'relative/path', '"relative/path" must be an absolute linux path'],
    [linux, 'C:\\apps', '"C:\\apps" must be an absolute linux path'],
    [VALID, '/opt/app', '"/opt/app" must be an absolute windows path'],
  ])(
    'checks customizer-destination is absolute for the OS (%#)',
    (values, destination, message) => {
      expect(errorOf({ ...values, 'customizer-destination': destination }).message).toContain(
        `- \`customizer-destination\`: ${message}`,
      )
    },
  )

  it('normalizes CRLF in the inline script', () => {
    const config = parse({ ...linux, 'customizer-script': '\r\n echo a\r\necho b\r\n' })
    expect(config.customization.inlineScript).toBe('echo a\necho b')
  })
})
