import type { ImageBuilderClient, ImageTemplate, RunOutput } from '@azure/arm-imagebuilder'
import { ActionError } from '../runner/errors.ts'
import { azureError, isNotFound } from './errors.ts'

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

/** A VHD target without a uri of its own lands in the template's staging storage account. */
export function holdsStagedVhd(template: ImageTemplate): boolean {
  return (template.distribute ?? []).some(
    (target) => target.type === 'VHD' && !('uri' in target && target.uri),
  )
}

/** The imageTemplates operations the action needs, each with an actionable error message. */
export class ImageTemplates {
  private readonly client: ImageBuilderClient
  /** Poll interval for create, delete and cancel, which take seconds to minutes. */
  readonly operationPollMs: number

  constructor(client: ImageBuilderClient, operationPollMs: number) {
    this.client = client
    this.operationPollMs = operationPollMs
  }

  private get ops() {
    return this.client.virtualMachineImageTemplates
  }

  /** The template, or undefined when it does not exist. */
  async find(ref: TemplateRef, abortSignal?: AbortSignal): Promise<ImageTemplate | undefined> {
    try {
      return await this.ops.get(ref.resourceGroup, ref.name, { abortSignal })
    } catch (error) {
      if (isNotFound(error)) return undefined
      throw azureError(`Reading ${describeRef(ref)}`, error)
    }
  }

  async create(ref: TemplateRef, template: ImageTemplate): Promise<ImageTemplate> {
    let created: ImageTemplate
    try {
      const poller = this.ops.createOrUpdate(ref.resourceGroup, ref.name, template, {
        updateIntervalInMs: this.operationPollMs,
      })
      created = await poller.pollUntilDone()
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

  async delete(ref: TemplateRef): Promise<void> {
    try {
      await this.ops
        .delete(ref.resourceGroup, ref.name, { updateIntervalInMs: this.operationPollMs })
        .pollUntilDone()
    } catch (error) {
      if (isNotFound(error)) return
      throw azureError(`Deleting ${describeRef(ref)}`, error)
    }
  }

  /** Sends POST /run and returns once the service accepted it; the build goes on for hours. */
  async startRun(ref: TemplateRef): Promise<void> {
    try {
      await this.ops.run(ref.resourceGroup, ref.name).submitted()
    } catch (error) {
      throw azureError(`Starting the build of ${describeRef(ref)}`, error)
    }
  }

  /** Asks the service to cancel; returns once the request is accepted. */
  async requestCancel(ref: TemplateRef, abortSignal?: AbortSignal): Promise<void> {
    try {
      await this.ops.cancel(ref.resourceGroup, ref.name, { abortSignal }).submitted()
    } catch (error) {
      throw azureError(`Cancelling the build of ${describeRef(ref)}`, error)
    }
  }

  async runOutputs(ref: TemplateRef): Promise<RunOutput[]> {
    const outputs: RunOutput[] = []
    try {
      for await (const output of this.ops.listRunOutputs(ref.resourceGroup, ref.name))
        outputs.push(output)
    } catch (error) {
      throw azureError(`Reading the run outputs of ${describeRef(ref)}`, error)
    }
    return outputs
  }
}
