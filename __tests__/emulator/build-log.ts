import { createHash, randomUUID } from 'node:crypto'
import type { TemplateRef } from './resource-id.ts'
import type { Scenario } from './types.ts'

/** Name of the staging storage account of a template: 24 lower-case alphanumerics, stable. */
export function stagingAccountName(ref: TemplateRef): string {
  return createHash('sha256').update(ref.key).digest('hex').slice(0, 24)
}

/** Location of customization.log in the form the scenario asks for. */
export function buildLogLocation(
  ref: TemplateRef,
  form: Scenario['logForm'],
  runId: string,
): string {
  const account = stagingAccountName(ref)
  if (form === 'url') {
    return `https://${account}.blob.core.windows.net/packerlogs/${runId}/customization.log`
  }
  const group = `IT_${ref.resourceGroup}_${ref.name}_${runId}`
  return (
    `/subscriptions/${ref.subscriptionId}/resourceGroups/${group}/providers/Microsoft.Storage` +
    `/storageAccounts/${account}/blobServices/default/containers/packerlogs/${runId}/customization.log`
  )
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
