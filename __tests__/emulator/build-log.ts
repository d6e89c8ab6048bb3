import { createHash, randomUUID } from 'node:crypto'
import { failureOf, packerLog, sourceFailureOf } from './packer-log.ts'
import type { TemplateRef } from './resource-id.ts'
import type { StagingLog, StagingLogs } from './staging-logs.ts'
import type { SourceReads } from './storage-sources.ts'
import type { Scenario } from './types.ts'

/** Name of the staging storage account of a template: 24 lower-case alphanumerics, stable. */
export function stagingAccountName(ref: TemplateRef): string {
  return createHash('sha256').update(ref.key).digest('hex').slice(0, 24)
}

/** Where the log of run `runId` goes: the template's account in its staging resource group. */
export function stagingLogOf(ref: TemplateRef, runId: string, stagingGroup: string): StagingLog {
  const account = stagingAccountName(ref)
  return {
    account,
    accountId: `/subscriptions/${ref.subscriptionId}/resourceGroups/${stagingGroup}/providers/Microsoft.Storage/storageAccounts/${account}`,
    blobPath: `packerlogs/${runId}/customization.log`,
  }
}

/**
 * Location of customization.log in the form the scenario asks for: the blob's URL on the
 * emulator's own host (path-style, as the staging account's blob endpoint answers it), or the
 * storage resource path.
 */
export function buildLogLocation(log: StagingLog, form: Scenario['logForm'], url: string): string {
  if (form === 'url') return `${url}/${log.account}/${log.blobPath}`
  return `${log.accountId}/blobServices/default/containers/${log.blobPath}`
}

/** A failed run, as its customization.log is written for it. */
export interface FailedRun {
  ref: TemplateRef
  properties: Record<string, unknown>
  runId: string
  startTime: string
  /** The run's storage-hosted source reads, when one of them failed the build. */
  sources?: SourceReads
}

/** What writing a log needs of the emulator. */
export interface LogSink {
  scenario: Scenario
  staging: StagingLogs
  url: string
  now: number
}

/**
 * Writes the failed run's customization.log to its staging account, failing at the step whose
 * source could not be read, else at the scenario's `failStep`; returns the log's location.
 */
export function writeFailureLog(run: FailedRun, sink: LogSink): string {
  const { ref, properties } = run
  const exact = properties.exactStagingResourceGroup
  const group =
    typeof exact === 'string'
      ? (exact.split('/').pop() ?? '')
      : `IT_${ref.resourceGroup}_${ref.name}_${run.runId}`
  const log = stagingLogOf(ref, run.runId, group)
  const source = failedSourceOf(run.sources)
  const failure = source
    ? sourceFailureOf(properties, source)
    : failureOf(properties, sink.scenario.failStep)
  const started = Date.parse(run.startTime)
  const text = packerLog({
    properties,
    failure,
    operationId: randomUUID(),
    startedAt: Number.isNaN(started) ? sink.now : started,
    stagingGroup: group,
  })
  sink.staging.write(ref.key, log, text, sink.now)
  return buildLogLocation(log, sink.scenario.logForm, sink.url)
}

function failedSourceOf(reads: SourceReads | undefined) {
  const index = reads?.outcomes.findIndex((outcome) => outcome?.ok === false) ?? -1
  return index < 0 ? undefined : reads?.sources[index]
}

/** `lastRunStatus.message` of a failed build, worded like the service's. */
export function buildFailureMessage(logLocation: string): string {
  return (
    'Failed while waiting for packerizer: Microservice has failed: Failed while processing request: ' +
    'Error when executing packerizer: Packer build command has failed: exit status 1. During the ' +
    'image build, a failure has occurred, please review the build log to identify which ' +
    'build/customization step failed. For more troubleshooting steps go to ' +
    `https://aka.ms/azvmimagebuilderts. Image Build log location: ${logLocation}. ` +
    `OperationId: ${randomUUID()}.`
  )
}

/**
 * `lastRunStatus.message` of a build that failed reading or checking a customizer source;
 * `problem` names the step and what went wrong (URLs without their query).
 */
export function sourceFailureMessage(problem: string, logLocation: string): string {
  return (
    `Failed while processing request: ${problem}. During the image build, a failure has ` +
    'occurred, please review the build log to identify which build/customization step failed. ' +
    'For more troubleshooting steps go to https://aka.ms/azvmimagebuilderts. ' +
    `Image Build log location: ${logLocation}. OperationId: ${randomUUID()}.`
  )
}
