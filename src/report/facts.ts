// What a template builds, in the words the job summary and the pull-request comment use: the
// source, the targets, the build VM and the validation settings, read from the template itself
// (rendered, or adopted with `resume`), so what is shown is what was submitted.
import type { ImageTemplate } from '@azure/arm-imagebuilder'
import { isRecord, records } from '../model/template-problem.ts'

/** The service's build timeout when the template gives none (or 0). */
const SERVICE_DEFAULT_TIMEOUT_MINUTES = 240

export interface TemplateFacts {
  readonly source: string
  readonly targets: readonly string[]
  /** Undefined: the service picks the size (Standard_D1_v2, or Standard_D2ds_v4 for Gen2). */
  readonly vmSize?: string
  readonly osDiskSizeGB?: number
  readonly timeoutMinutes: number
  readonly validation?: ValidationFacts
}

/** The `validate` block: how many validators run in the VM and what a failure means. */
export interface ValidationFacts {
  readonly validators: number
  /** Images are distributed even when validation fails (the run still ends Failed). */
  readonly continueDistributeOnFailure: boolean
  /** The source image itself is validated: no customized image is built. */
  readonly sourceValidationOnly: boolean
}

export function templateFacts(template: ImageTemplate): TemplateFacts {
  const vm = template.vmProfile
  return {
    source: describeSource(template.source),
    targets: records(template.distribute).map(describeTarget),
    vmSize: vm?.vmSize || undefined,
    osDiskSizeGB: vm?.osDiskSizeGB || undefined,
    timeoutMinutes: template.buildTimeoutInMinutes || SERVICE_DEFAULT_TIMEOUT_MINUTES,
    validation: validationOf(template.validate),
  }
}

function describeSource(source: unknown): string {
  if (!isRecord(source)) return 'none'
  const text = (key: string) => (typeof source[key] === 'string' ? source[key] : '')
  switch (source.type) {
    case 'PlatformImage': {
      const urn = ['publisher', 'offer', 'sku', 'version'].map(text).join(':')
      return `platform image ${urn}${source.planInfo ? ' (with a purchase plan)' : ''}`
    }
    case 'ManagedImage':
      return `managed image ${text('imageId')}`
    case 'SharedImageVersion':
      return `gallery image version ${text('imageVersionId')}`
    default:
      return typeof source.type === 'string' ? source.type : 'unknown'
  }
}

function describeTarget(target: Record<string, unknown>): string {
  const text = (key: string) => (typeof target[key] === 'string' ? target[key] : '')
  switch (target.type) {
    case 'ManagedImage':
      return `managed image ${text('imageId')}`
    case 'SharedImage': {
      const regions = records(target.targetRegions).map((r) => String(r.name))
      const where = regions.length > 0 ? ` in ${regions.join(', ')}` : ''
      return `gallery image ${text('galleryImageId')}${where}`
    }
    case 'VHD':
      return text('uri') ? `VHD ${text('uri')}` : 'VHD in the staging storage account'
    default:
      return typeof target.type === 'string' ? target.type : 'unknown'
  }
}

function validationOf(validate: unknown): ValidationFacts | undefined {
  if (!isRecord(validate)) return undefined
  const facts = {
    validators: records(validate.inVMValidations).length,
    continueDistributeOnFailure: validate.continueDistributeOnFailure === true,
    sourceValidationOnly: validate.sourceValidationOnly === true,
  }
  const any =
    facts.validators > 0 || facts.continueDistributeOnFailure || facts.sourceValidationOnly
  return any ? facts : undefined
}
