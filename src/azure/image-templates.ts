import type { ImageBuilderClient, ImageTemplate, RunOutput } from '@azure/arm-imagebuilder'
import { OWNER_TAG } from '../model/run-context.ts'
import { ActionError } from '../model/errors.ts'
import { azureError, isConflict, isCutShort, isNotFound, isTransient } from './errors.ts'

export interface TemplateRef {
  readonly resourceGroup: string
  readonly name: string
}

export const describeRef = (ref: TemplateRef): string =>
  `image template "${ref.name}" in resource group "${ref.resourceGroup}"`

/** A build in these states still holds the template: it cannot be deleted or run again. */
export function isActiveRunState(runState: string | undefined): boolean {
  return runState === 'Running' || runState === 'Canceling'
}

export function isRunning(template: ImageTemplate | undefined): boolean {
  return isActiveRunState(template?.lastRunStatus?.runState)
}

/** Being created, updated or deleted: someone else's operation is under way on it. */
export function isProvisioning(template: ImageTemplate | undefined): boolean {
  const state = template?.provisioningState
  return state !== undefined && !['Succeeded', 'Failed', 'Canceled'].includes(state)
}

/** Whether this job created the template: it carries this job's owner tag. */
export function isOwnedBy(template: ImageTemplate, owner: string): boolean {
  return template.tags?.[OWNER_TAG] === owner
}

/** A VHD target without a uri of its own lands in the template's staging storage account. */
export function holdsStagedVhd(template: ImageTemplate): boolean {
  return (template.distribute ?? []).some(
    (target) => target.type === 'VHD' && !('uri' in target && target.uri),
  )
}

/** Tries of a template read whose answer was cut short, beyond the SDK's own retries. */
const FIND_ATTEMPTS = 3

/** How POST …/run ended: the service started the build now, or had started it already. */
export type RunStart = 'started' | 'already-running'

/**
 * The imageTemplates operations the action needs, each with an actionable error message. Every
 * wait takes an abort signal: callers bound it (runner/deadline.ts).
 */
export class ImageTemplates {
  private readonly client: ImageBuilderClient
  private readonly statusClient: ImageBuilderClient
  /** Poll interval for create, delete and cancel, which take seconds to minutes. */
  readonly operationPollMs: number

  /**
   * `statusClient` makes no retries of its own: the build watch counts failed reads itself, so
   * an outage is measured in reads, not hidden inside minutes of SDK back-off.
   */
  constructor(client: ImageBuilderClient, statusClient: ImageBuilderClient, pollMs: number) {
    this.client = client
    this.statusClient = statusClient
    this.operationPollMs = pollMs
  }

  private get ops() {
    return this.client.virtualMachineImageTemplates
  }

  /**
   * The template, or undefined when it does not exist. The SDK retries throttling and server
   * errors; an answer cut short (a truncated body on a 200) gets a few more tries here.
   */
  async find(ref: TemplateRef, abortSignal?: AbortSignal): Promise<ImageTemplate | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.get(this.client, ref, abortSignal)
      } catch (error) {
        if (attempt >= FIND_ATTEMPTS || !isCutShort(error) || abortSignal?.aborted) throw error
      }
    }
  }

  /** One status read, without SDK retries (see the constructor). */
  async readOnce(ref: TemplateRef, abortSignal?: AbortSignal): Promise<ImageTemplate | undefined> {
    return this.get(this.statusClient, ref, abortSignal)
  }

  private async get(client: ImageBuilderClient, ref: TemplateRef, abortSignal?: AbortSignal) {
    try {
      return await client.virtualMachineImageTemplates.get(ref.resourceGroup, ref.name, {
        abortSignal,
      })
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw azureError(`Reading ${describeRef(ref)}`, error)
    }
  }

  async create(
    ref: TemplateRef,
    template: ImageTemplate,
    abortSignal: AbortSignal,
  ): Promise<ImageTemplate> {
    let created: ImageTemplate
    try {
      const options = { updateIntervalInMs: this.operationPollMs, abortSignal }
      const poller = this.ops.createOrUpdate(ref.resourceGroup, ref.name, template, options)
      created = await poller.pollUntilDone({ abortSignal })
    } catch (error) {
      throw azureError(`Creating ${describeRef(ref)}`, error)
    }
    if (created.provisioningState === 'Failed') {
      const detail = created.provisioningError
      throw new ActionError(
        `Creating ${describeRef(ref)} failed: ${detail?.message ?? 'no message'} (${detail?.provisioningErrorCode ?? 'no code'})`,
      )
    }
    return created
  }

  async delete(ref: TemplateRef, abortSignal: AbortSignal): Promise<void> {
    try {
      const options = { updateIntervalInMs: this.operationPollMs, abortSignal }
      await this.ops.delete(ref.resourceGroup, ref.name, options).pollUntilDone({ abortSignal })
    } catch (error) {
      if (isNotFound(error)) return
      throw azureError(`Deleting ${describeRef(ref)}`, error)
    }
  }

  /**
   * Sends POST …/run and returns once the service accepted it; the build goes on for hours. The
   * SDK retries a start whose answer was lost; the service then answers 409 because the first
   * try started the build (or the retries run out with no answer at all). This job created the
   * template moments ago, so a build running on it is the one this job started: that is
   * reported as `already-running`, not as a failure.
   */
  async startRun(ref: TemplateRef, owner: string, abortSignal: AbortSignal): Promise<RunStart> {
    try {
      await this.ops.run(ref.resourceGroup, ref.name, { abortSignal }).submitted()
      return 'started'
    } catch (error) {
      const lost = isConflict(error) || isTransient(error)
      const live = lost ? await this.find(ref, abortSignal) : undefined
      // Still this job's template (not replaced by another job meanwhile) and running.
      if (live && isOwnedBy(live, owner) && isRunning(live)) return 'already-running'
      throw azureError(`Starting the build of ${describeRef(ref)}`, error)
    }
  }

  /** Asks the service to cancel; returns once the request is accepted. */
  async requestCancel(ref: TemplateRef, abortSignal: AbortSignal): Promise<void> {
    try {
      await this.ops.cancel(ref.resourceGroup, ref.name, { abortSignal }).submitted()
    } catch (error) {
      throw azureError(`Cancelling the build of ${describeRef(ref)}`, error)
    }
  }

  async runOutputs(ref: TemplateRef, abortSignal?: AbortSignal): Promise<RunOutput[]> {
    const outputs: RunOutput[] = []
    try {
      const pages = this.ops.listRunOutputs(ref.resourceGroup, ref.name, { abortSignal })
      for await (const output of pages) outputs.push(output)
    } catch (error) {
      throw azureError(`Reading the run outputs of ${describeRef(ref)}`, error)
    }
    return outputs
  }
}
