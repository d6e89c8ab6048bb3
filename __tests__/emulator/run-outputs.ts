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

/**
 * One run output per distributor of a template that finished a build. `galleryVersions` holds the
 * id of the image version each SharedImage distributor created, by runOutputName.
 */
export function buildRunOutputs(
  ref: TemplateRef,
  distribute: unknown,
  galleryVersions: ReadonlyMap<string, string> = new Map(),
): RunOutput[] {
  const targets = Array.isArray(distribute) ? distribute.filter(isRecord) : []
  return targets.map((target) => ({
    id: `${ref.id}/runOutputs/${String(target.runOutputName)}`,
    name: String(target.runOutputName),
    type: 'Microsoft.VirtualMachineImages/imageTemplates/runOutputs',
    properties: { ...artifactOf(ref, target, galleryVersions), provisioningState: 'Succeeded' },
  }))
}

function artifactOf(
  ref: TemplateRef,
  target: Record<string, unknown>,
  galleryVersions: ReadonlyMap<string, string>,
): { artifactId?: string; artifactUri?: string } {
  switch (target.type) {
    case 'ManagedImage':
      return { artifactId: String(target.imageId) }
    case 'SharedImage':
      return {
        artifactId:
          galleryVersions.get(String(target.runOutputName)) ?? String(target.galleryImageId),
      }
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
