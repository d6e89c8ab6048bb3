import { randomUUID } from 'node:crypto'
import { stagingAccountName } from './build-log.ts'
import { isRecord } from './exchange.ts'
import type { TemplateRef } from './resource-id.ts'

/** One run output resource, as GET runOutputs returns it. */
export interface RunOutput {
  id: string
  name: string
  type: 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs'
  properties: { artifactId?: string; artifactUri?: string; provisioningState: 'Succeeded' }
}

let versionSequence = 0

/** One run output per distributor of a template that finished a build. */
export function buildRunOutputs(ref: TemplateRef, distribute: unknown): RunOutput[] {
  const targets = Array.isArray(distribute) ? distribute.filter(isRecord) : []
  return targets.map((target) => ({
    id: `${ref.id}/runOutputs/${String(target.runOutputName)}`,
    name: String(target.runOutputName),
    type: 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs',
    properties: { ...artifactOf(ref, target), provisioningState: 'Succeeded' },
  }))
}

function artifactOf(
  ref: TemplateRef,
  target: Record<string, unknown>,
): { artifactId?: string; artifactUri?: string } {
  switch (target.type) {
    case 'ManagedImage':
      return { artifactId: String(target.imageId) }
    case 'SharedImage':
      return { artifactId: `${String(target.galleryImageId)}/versions/${nextVersion(target)}` }
    default: {
      const account = stagingAccountName(ref)
      const uri = typeof target.uri === 'string' && target.uri !== '' ? target.uri : undefined
      return {
        artifactUri:
          uri ?? `https://${account}.blob.core.windows.net/vhds/${ref.name}_${randomUUID()}.vhd`,
      }
    }
  }
}

// Like the service's default versioning: <major>.<YYYYMMDD>.<sequence>.
function nextVersion(target: Record<string, unknown>): string {
  const versioning = isRecord(target.versioning) ? target.versioning : {}
  const major = typeof versioning.major === 'number' && versioning.major >= 0 ? versioning.major : 0
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '')
  versionSequence += 1
  return `${major}.${day}.${versionSequence}`
}
