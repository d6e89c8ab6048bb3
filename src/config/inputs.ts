import os from 'node:os'
import { CLOUD_NAMES, resolveCloud } from './cloud.ts'
import { parseCustomization } from './customization.ts'
import { normalizeRegion, isRegion, parseDistribution } from './distribution.ts'
import { IssueList } from './issues.ts'
import type { InputName } from './names.ts'
import {
  IDENTITY_TYPE,
  SUBNET_TYPE,
  isResourceGroupName,
  isResourceName,
  isTemplateName,
  parseResourceGroupId,
  parseTypedId,
  resourceId,
} from './resource-ids.ts'
import { inferOsType, parseSource } from './source.ts'
import { isGuid, isHttpsUrl } from './text.ts'
import {
  CLEANUP_MODES,
  type AuthConfig,
  type Config,
  type OsType,
  type VmSettings,
} from './types.ts'
import { provenanceTags, templateNameFor } from './run-context.ts'

export type Reader = (name: InputName) => string

/** Placeholders so a dry run without Azure details still renders a complete template. */
const DRY_RUN_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000'
const DRY_RUN_GROUP = 'dry-run-resource-group'
const DRY_RUN_IDENTITY = 'dry-run-identity'

/** Inputs of the contract that later versions implement: refused clearly rather than ignored. */
const NOT_YET_SUPPORTED: readonly InputName[] = [
  'template',
  'template-vars',
  'storage-account',
  'storage-container',
  'pr-comment',
]

/** Reads and validates every input once; throws one InputError listing every problem. */
export function parseConfig(read: Reader, env: NodeJS.ProcessEnv): Config {
  const issues = new IssueList()
  const dryRun = issues.boolean('dry-run', read('dry-run'), false)
  for (const name of NOT_YET_SUPPORTED) {
    const value = read(name).trim()
    if (value !== '' && value !== 'false')
      issues.add(name, 'is not supported by this version of the action yet')
  }
  const target = parseTarget(issues, read, env, dryRun)
  const templateName = parseTemplateName(issues, read, env)
  const sourceText = read('source').trim()
  const parsedSource = sourceText === '' ? 'is required' : parseSource(sourceText)
  if (typeof parsedSource === 'string') issues.add('source', parsedSource)
  const source = typeof parsedSource === 'string' ? undefined : parsedSource
  const osType = issues.oneOf<OsType>(
    'os-type',
    read('os-type'),
    ['linux', 'windows'],
    source ? inferOsType(source) : 'linux',
  )
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const config: Config = {
    ...target,
    ...parseAuth(issues, read, env, dryRun),
    identityId: parseIdentity(issues, read('identity').trim(), target, dryRun),
    templateName,
    source: source ?? { type: 'ManagedImage', imageId: '' },
    osType,
    customization: parseCustomization(issues, read, workspace, osType, templateName),
    distribution: parseDistribution(issues, {
      read,
      ...target,
      templateName,
      provenance: provenanceTags(env),
    }),
    vm: parseVm(issues, read, target.subscriptionId),
    ...parsePolicy(issues, read, dryRun),
    dryRun,
    outputDir: env.RUNNER_TEMP || os.tmpdir(),
  }
  issues.throwIfAny()
  return Object.freeze(config)
}

function parseTarget(issues: IssueList, read: Reader, env: NodeJS.ProcessEnv, dryRun: boolean) {
  let subscriptionId = read('subscription-id').trim() || env.AZURE_SUBSCRIPTION_ID?.trim() || ''
  if (subscriptionId === '' && dryRun) subscriptionId = DRY_RUN_SUBSCRIPTION
  else if (!isGuid(subscriptionId)) {
    issues.add(
      'subscription-id',
      subscriptionId === ''
        ? 'is required (or set AZURE_SUBSCRIPTION_ID)'
        : `expected a GUID, got "${subscriptionId}"`,
    )
  }
  let resourceGroup = read('resource-group').trim()
  if (resourceGroup === '' && dryRun) resourceGroup = DRY_RUN_GROUP
  else if (!isResourceGroupName(resourceGroup)) {
    issues.add(
      'resource-group',
      resourceGroup === ''
        ? 'is required'
        : `"${resourceGroup}" is not a valid resource group name`,
    )
  }
  const location = normalizeRegion(read('location'))
  if (!isRegion(location)) {
    issues.add(
      'location',
      location === ''
        ? 'is required'
        : `"${read('location')}" is not an Azure region name like eastus2`,
    )
  }
  return { subscriptionId, resourceGroup, location }
}

function parseAuth(issues: IssueList, read: Reader, env: NodeJS.ProcessEnv, dryRun: boolean) {
  const cloudName = issues.oneOf('environment', read('environment'), CLOUD_NAMES, 'AzureCloud')
  const armEndpoint = read('arm-endpoint').trim()
  const authorityHost = read('authority-host').trim()
  if (armEndpoint && !isHttpsUrl(armEndpoint)) issues.add('arm-endpoint', 'expected an https URL')
  if (authorityHost && !isHttpsUrl(authorityHost))
    issues.add('authority-host', 'expected an https URL')
  const clientId = read('client-id').trim()
  const tenantId = read('tenant-id').trim()
  if (clientId && !isGuid(clientId))
    issues.add('client-id', 'expected a GUID (the application/client id)')
  if (tenantId && !isGuid(tenantId))
    issues.add('tenant-id', 'expected a GUID (the directory/tenant id)')
  if (clientId && !tenantId)
    issues.add('tenant-id', 'is required with `client-id` for OIDC federation')
  if (tenantId && !clientId)
    issues.add('client-id', 'is required with `tenant-id` for OIDC federation')
  const oidc = clientId !== '' && tenantId !== ''
  if (oidc && !dryRun && !env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    issues.add(
      'client-id',
      'OIDC needs `permissions: id-token: write` in the workflow (no ID token request URL is set)',
    )
  }
  const auth: AuthConfig = oidc ? { kind: 'oidc', clientId, tenantId } : { kind: 'default' }
  return { cloud: resolveCloud(cloudName, armEndpoint, authorityHost), auth }
}

function parseTemplateName(issues: IssueList, read: Reader, env: NodeJS.ProcessEnv): string {
  const given = read('image-template-name').trim()
  const resume = read('resume').trim().toLowerCase() === 'true'
  if (given === '' && resume)
    issues.add(
      'image-template-name',
      'is required with `resume: true` (the name used by the job that started the build)',
    )
  const name = given || templateNameFor(env)
  if (!isTemplateName(name))
    issues.add('image-template-name', `"${name}" must be 1-64 letters, digits, - _ .`)
  return name
}

function parseIdentity(
  issues: IssueList,
  raw: string,
  target: { subscriptionId: string; resourceGroup: string },
  dryRun: boolean,
): string {
  const value = raw === '' && dryRun ? DRY_RUN_IDENTITY : raw
  if (value === '')
    issues.add('identity', 'is required: the user-assigned managed identity Image Builder runs as')
  else if (value.startsWith('/')) {
    if (!parseTypedId(value, IDENTITY_TYPE))
      issues.add(
        'identity',
        'expected /subscriptions/…/providers/Microsoft.ManagedIdentity/userAssignedIdentities/NAME',
      )
    return value
  } else if (!isResourceName(value, 128))
    issues.add('identity', `"${value}" is not a valid identity name`)
  return resourceId(
    target.subscriptionId,
    target.resourceGroup,
    IDENTITY_TYPE[0],
    `userAssignedIdentities/${value}`,
  )
}

function parseVm(issues: IssueList, read: Reader, subscriptionId: string): VmSettings {
  const vmSize = read('vm-size').trim() || undefined
  if (vmSize && !/^(Standard|Basic)_[A-Za-z0-9_-]+$/.test(vmSize))
    issues.add('vm-size', `"${vmSize}" is not a VM size like Standard_D2s_v3`)
  const disk = issues.number('os-disk-size-gb', read('os-disk-size-gb'), {
    fallback: 0,
    min: 0,
    max: 4095,
    integer: true,
  })
  const subnetId = read('subnet-id').trim() || undefined
  if (subnetId && !parseTypedId(subnetId, SUBNET_TYPE))
    issues.add(
      'subnet-id',
      'expected /subscriptions/…/providers/Microsoft.Network/virtualNetworks/V/subnets/S',
    )
  const staging = read('staging-resource-group').trim()
  let stagingResourceGroupId: string | undefined
  if (staging.startsWith('/')) {
    if (!parseResourceGroupId(staging))
      issues.add(
        'staging-resource-group',
        'expected a name or /subscriptions/SUB/resourceGroups/NAME',
      )
    stagingResourceGroupId = staging
  } else if (staging !== '') {
    if (!isResourceGroupName(staging))
      issues.add('staging-resource-group', `"${staging}" is not a valid resource group name`)
    stagingResourceGroupId = `/subscriptions/${subscriptionId}/resourceGroups/${staging}`
  }
  const buildTimeoutMinutes = issues.number(
    'build-timeout-minutes',
    read('build-timeout-minutes'),
    { fallback: 240, min: 1, max: 960, integer: true },
  )
  return {
    vmSize,
    osDiskSizeGb: disk || undefined,
    subnetId,
    stagingResourceGroupId,
    buildTimeoutMinutes,
  }
}

function parsePolicy(issues: IssueList, read: Reader, dryRun: boolean) {
  const wait = issues.boolean('wait', read('wait'), true)
  const resume = issues.boolean('resume', read('resume'), false)
  if (resume && dryRun) issues.add('resume', 'cannot be combined with `dry-run`')
  // Fractions are allowed so tests and the local emulator can poll quickly.
  const pollSeconds = issues.number('poll-interval-seconds', read('poll-interval-seconds'), {
    fallback: 15,
    min: 0.05,
    max: 3600,
  })
  const cleanup = issues.oneOf('cleanup', read('cleanup'), CLEANUP_MODES, 'on-success')
  return { wait, resume, pollMs: Math.round(pollSeconds * 1000), cleanup }
}
