import os from 'node:os'
import { parseAuth, parseCloud } from './auth.ts'
import { parseCustomization } from './customization.ts'
import { checkScripts } from './script-checks.ts'
import type { InputNotice } from '../model/errors.ts'
import { parseDistribution } from './distribution.ts'
import { isRegion, normalizeRegion } from './gallery.ts'
import { IssueList } from './issues.ts'
import { INPUT_NAMES, type InputName } from '../model/names.ts'
import {
  IDENTITY_TYPE,
  isResourceGroupName,
  isResourceName,
  isTemplateName,
  resourceId,
} from '../model/resource-ids.ts'
import {
  jobKey,
  ownerOf,
  provenanceTags,
  templateNameFor,
  uploadFolderFor,
} from '../model/run-context.ts'
import { parseSourceAndOs } from './source.ts'
import { checkResourceId, guidProblem } from '../model/id-checks.ts'
import { CLEANUP_MODES } from '../model/types.ts'
import { type Config } from './types.ts'
import { parseStorage } from './storage.ts'
import { parseVm } from './vm.ts'
import { parsePrComment } from './pr-comment.ts'
import { parseTemplateInput } from './template-input.ts'
import type { LoadedTemplate } from '../template-file/template-file.ts'

export type Reader = (name: InputName) => string

/** Placeholders so a dry run without Azure details still renders a complete template. */
const DRY_RUN_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000'
const DRY_RUN_GROUP = 'dry-run-resource-group'
const PLACEHOLDER_IDENTITY = 'dry-run-identity'

/** Reads and validates every input once; throws one InputError listing every problem. */
export function parseConfig(read: Reader, env: NodeJS.ProcessEnv): Config {
  const issues = new IssueList()
  const dryRun = issues.boolean('dry-run', read('dry-run'), false)
  // Resuming follows a template that already exists: what it was built from is not needed again.
  const resume = issues.boolean('resume', read('resume'), false)
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const templateFile = parseTemplateInput(issues, read, workspace, env)
  // What the file sets fills the inputs left empty; inputs given explicitly win.
  const merged = withFileDefaults(read, templateFile?.loaded)
  const target = parseTarget(issues, merged, env, dryRun, resume)
  const key = jobKey(env, rawInputs(read))
  const templateName = parseTemplateName(issues, read, env, resume, key)
  const { source, osType, osTypeFrom } = parseSourceAndOs(issues, read, resume, templateFile)
  const cloud = parseCloud(issues, read)
  const storage = parseStorage(issues, read, cloud, hasCustomCloud(read))
  const config: Omit<Config, 'notices'> = {
    ...target,
    cloud,
    auth: parseAuth(issues, read, env, dryRun),
    identityId: parseIdentity(issues, merged('identity').trim(), target, dryRun || resume),
    templateFile,
    templateName,
    owner: ownerOf(env, key),
    uploadFolder: uploadFolderFor(env, templateName),
    source,
    osType,
    osTypeFrom,
    customization: parseCustomization(issues, read, workspace, osType, templateName, !!storage),
    ...(storage ? { storage } : {}),
    distribution: parseDistribution(issues, {
      read,
      source,
      ...target,
      templateName,
      provenance: provenanceTags(env),
      fileHasTargets: hasItems(templateFile?.loaded.properties.distribute),
    }),
    vm: parseVm(issues, read, target.subscriptionId),
    ...parsePolicy(issues, read, dryRun, resume),
    dryRun,
    outputDir: env.RUNNER_TEMP || os.tmpdir(),
    prComment: parsePrComment(issues, read, env),
  }
  const notices = scriptNotices(issues, config, workspace, env)
  issues.throwIfAny()
  return Object.freeze({ ...config, notices })
}

/**
 * Every run, dry or not, checks the scripts: a broken one fails here, before any request.
 * Resuming builds nothing, so there is nothing to check.
 */
function scriptNotices(
  issues: IssueList,
  config: Omit<Config, 'notices'>,
  workspace: string,
  env: NodeJS.ProcessEnv,
): InputNotice[] {
  if (config.resume) return []
  const { customization, templateFile } = config
  // The runner's PATH, where bash, sh and PowerShell are looked up (`Path` on Windows).
  const pathVar = env.PATH ?? env.Path ?? process.env.PATH ?? ''
  return checkScripts(issues, { customization, templateFile, workspace, pathVar })
}

function parseTarget(
  issues: IssueList,
  read: Reader,
  env: NodeJS.ProcessEnv,
  dryRun: boolean,
  resume: boolean,
) {
  const subscription = read('subscription-id').trim() || env.AZURE_SUBSCRIPTION_ID?.trim() || ''
  const group = read('resource-group').trim()
  return {
    subscriptionId:
      subscription === '' && dryRun
        ? DRY_RUN_SUBSCRIPTION
        : checkSubscription(issues, subscription),
    resourceGroup: group === '' && dryRun ? DRY_RUN_GROUP : checkResourceGroup(issues, group),
    location:
      read('location').trim() === '' && resume ? '' : parseLocation(issues, read('location')),
  }
}

export function checkSubscription(issues: IssueList, value: string): string {
  const problem = value === '' ? 'is required (or set AZURE_SUBSCRIPTION_ID)' : guidProblem(value)
  if (problem) issues.add('subscription-id', problem)
  return value
}

export function checkResourceGroup(issues: IssueList, value: string): string {
  if (value === '') issues.add('resource-group', 'is required')
  else if (!isResourceGroupName(value))
    issues.add('resource-group', `"${value}" is not a valid resource group name`)
  return value
}

function parseLocation(issues: IssueList, raw: string): string {
  const location = normalizeRegion(raw.trim())
  if (location === '') issues.add('location', 'is required')
  else if (!isRegion(location))
    issues.add('location', `"${raw}" is not an Azure region name like eastus2`)
  return location
}

/** `arm-endpoint` or `authority-host` given: a cloud the action knows no storage suffix for. */
const hasCustomCloud = (read: Reader): boolean =>
  read('arm-endpoint').trim() !== '' || read('authority-host').trim() !== ''

/**
 * A reader that answers `location` and `identity` from the template file when the input is empty.
 * When the file failed to load, what it sets is unknown: stand-ins keep those inputs from being
 * reported missing (the file's own problems stop the run).
 */
function withFileDefaults(read: Reader, file: LoadedTemplate | undefined): Reader {
  if (!file && read('template').trim() !== '') {
    const standIn: Partial<Record<InputName, string>> = {
      location: 'westus',
      identity: PLACEHOLDER_IDENTITY,
    }
    return (name) => read(name).trim() || standIn[name] || ''
  }
  if (!file) return read
  const identities = Object.keys(file.identity?.userAssignedIdentities ?? {})
  const fromFile: Partial<Record<InputName, string>> = {
    location: file.location,
    identity: identities.length === 1 ? identities[0] : undefined,
  }
  return (name) => read(name).trim() || fromFile[name] || ''
}

function hasItems(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0
}

/** Every input as given (the token aside): part of the job key that keeps default names unique. */
export function rawInputs(read: Reader): Record<string, string> {
  const names = INPUT_NAMES.filter((name) => name !== 'github-token')
  return Object.fromEntries(names.map((name) => [name, read(name)]))
}

export function parseTemplateName(
  issues: IssueList,
  read: Reader,
  env: NodeJS.ProcessEnv,
  resume: boolean,
  key: string,
): string {
  const given = read('image-template-name').trim()
  if (given === '' && resume)
    issues.add(
      'image-template-name',
      'is required with `resume: true` (the name used by the job that started the build)',
    )
  const name = given || templateNameFor(env, key)
  if (!isTemplateName(name))
    issues.add('image-template-name', `"${name}" must be 1-64 letters, digits, - _ .`)
  return name
}

function parseIdentity(
  issues: IssueList,
  raw: string,
  target: { subscriptionId: string; resourceGroup: string },
  optional: boolean,
): string {
  const value = raw === '' && optional ? PLACEHOLDER_IDENTITY : raw
  if (value === '')
    issues.add('identity', 'is required: the user-assigned managed identity Image Builder runs as')
  else if (value.startsWith('/')) {
    const checked = checkResourceId(value, IDENTITY_TYPE)
    if (typeof checked === 'string') issues.add('identity', checked)
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

export function parsePolicy(
  issues: IssueList,
  read: Reader,
  dryRun: boolean,
  resume: boolean,
): Pick<Config, 'wait' | 'resume' | 'pollMs' | 'cleanup'> {
  const wait = issues.boolean('wait', read('wait'), true)
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
