// A user's template file, taken apart for merging with the inputs: its own customizers,
// validators and targets come first, and every target gets the provenance tags too.
import { createHash } from 'node:crypto'
import type { CustomizerOrigin } from './customizers.ts'
import type { LoadedTemplate } from '../template-file/template-file.ts'
import { isRecord, records } from '../model/template-problem.ts'

type Json = Record<string, unknown>

export interface FileParts {
  readonly customize: Json[]
  readonly validate?: Json
  readonly distribute: Json[]
  readonly source?: unknown
  readonly vmProfile?: Json
  readonly buildTimeoutInMinutes?: number
  readonly stagingResourceGroup?: string
  readonly tags: Record<string, string>
  /** Everything else in properties (optimize, errorHandling, autoRun, ...), passed through. */
  readonly rest: Json
  readonly origins: CustomizerOrigin[]
}

export function fileParts(
  file: LoadedTemplate | undefined,
  artifactTags: Record<string, string>,
): FileParts {
  if (!file) return { customize: [], distribute: [], tags: {}, rest: {}, origins: [] }
  const {
    customize,
    validate,
    distribute,
    source,
    vmProfile,
    buildTimeoutInMinutes,
    stagingResourceGroup,
    ...rest
  } = file.properties
  const steps = records(customize)
  return {
    customize: steps,
    validate: isRecord(validate) ? validate : undefined,
    // The file's own targets are tagged like ours, its own tags winning.
    distribute: records(distribute).map((d) => ({
      ...d,
      artifactTags: { ...artifactTags, ...(isRecord(d.artifactTags) ? d.artifactTags : {}) },
    })),
    source,
    vmProfile: isRecord(vmProfile) ? vmProfile : undefined,
    buildTimeoutInMinutes:
      typeof buildTimeoutInMinutes === 'number' ? buildTimeoutInMinutes : undefined,
    stagingResourceGroup:
      typeof stagingResourceGroup === 'string' ? stagingResourceGroup : undefined,
    tags: file.tags ?? {},
    rest,
    origins: steps.map((step) => originOf(step, file.fileName)),
  }
}

function originOf(step: Json, fileName: string): CustomizerOrigin {
  const inline = Array.isArray(step.inline) ? step.inline.join('\n') : ''
  const uri =
    typeof step.scriptUri === 'string'
      ? step.scriptUri
      : typeof step.sourceUri === 'string'
        ? step.sourceUri
        : ''
  const checksum = typeof step.sha256Checksum === 'string' ? step.sha256Checksum : ''
  const sha256 = checksum || (inline ? createHash('sha256').update(inline).digest('hex') : '')
  return {
    name: typeof step.name === 'string' ? step.name : String(step.type),
    type: String(step.type),
    origin: uri ? `template ${fileName} (${uri})` : `template ${fileName}`,
    bytes: Buffer.byteLength(inline),
    sha256,
  }
}

/** File VM profile with the VM inputs on top, field by field. */
export function mergeVmProfile(file: Json | undefined, inputs: Json): Json | undefined {
  const vnet = {
    ...(isRecord(file?.vnetConfig) ? file.vnetConfig : {}),
    ...(isRecord(inputs.vnetConfig) ? inputs.vnetConfig : {}),
  }
  // An input left empty keeps the file's value: only the inputs that are set go on top.
  const given = Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== undefined))
  const merged = { ...file, ...given, vnetConfig: Object.keys(vnet).length > 0 ? vnet : undefined }
  const defined = Object.entries(merged).filter(([, v]) => v !== undefined)
  return defined.length > 0 ? Object.fromEntries(defined) : undefined
}
