import type { ImageTemplate, ImageTemplateDistributorUnion } from '@azure/arm-imagebuilder'
import { RUN_OUTPUT } from '../model/names.ts'
import { OWNER_TAG } from '../model/run-context.ts'
import type { Config } from '../config/types.ts'
import type { Distribution, UploadedArchive, UploadedFiles } from '../model/types.ts'
import { needsVmIdentity } from './remote-artifacts.ts'
import { renderCustomization, type CustomizerOrigin } from './customizers.ts'
import { fileParts, mergeVmProfile } from './file-merge.ts'

import { SCHEMA_API_VERSION } from '../template-file/swagger-model.ts'
import { IMAGE_TEMPLATE_TYPE } from '../template-file/template-document.ts'

/** The API version of the bundled schema, so what we render is what we validate against. */
export const API_VERSION = SCHEMA_API_VERSION
export const RESOURCE_TYPE = IMAGE_TEMPLATE_TYPE

export interface RenderedTemplate {
  readonly template: ImageTemplate
  readonly origins: readonly CustomizerOrigin[]
  /** Where the main settings came from (input or template file), for the log. */
  readonly notes: readonly string[]
}

/** Used by the service when buildTimeoutInMinutes is 0 or missing; we state it explicitly. */
export const DEFAULT_BUILD_TIMEOUT_MINUTES = 240

/**
 * Config (and the user's template file, if any) → ImageTemplate, the SDK's flattened model.
 * The file's customizers, validators and targets come first; inputs given explicitly override
 * its settings. Pure: same config, same template.
 */
export function renderTemplate(config: Config, uploads?: UploadedFiles): RenderedTemplate {
  const { vm, distribution } = config
  const file = fileParts(config.templateFile?.loaded, distribution.artifactTags)
  const ours = renderCustomization(config.customization, config.osType, file.customize, uploads)
  const customize = [...file.customize, ...ours.customize]
  const inVMValidations = [...entriesOf(file.validate?.inVMValidations), ...ours.validators]
  const template = {
    ...file.rest,
    location: config.location,
    // The owner tag marks the template as this job's: post touches no other (run-context.ts).
    tags: { ...file.tags, ...distribution.artifactTags, [OWNER_TAG]: config.owner },
    identity: { type: 'UserAssigned', userAssignedIdentities: { [config.identityId]: {} } },
    source: config.source ?? file.source,
    customize: customize.length > 0 ? customize : undefined,
    validate: inVMValidations.length > 0 ? { ...file.validate, inVMValidations } : file.validate,
    distribute: [...file.distribute, ...renderDistribution(distribution, config.location)],
    buildTimeoutInMinutes:
      vm.buildTimeoutMinutes ?? file.buildTimeoutInMinutes ?? DEFAULT_BUILD_TIMEOUT_MINUTES,
    vmProfile: mergeVmProfile(file.vmProfile, vmInputsOf(config, uploads?.archive)),
    stagingResourceGroup: vm.stagingResourceGroupId ?? file.stagingResourceGroup,
  } as ImageTemplate
  const origins = [...file.origins, ...ours.origins]
  return { template: dropUndefined(template), origins, notes: notesFor(config) }
}

/** The VM settings from inputs; a large archive needs the template identity on the VM (IMDS). */
function vmInputsOf(config: Config, archive: UploadedArchive | undefined) {
  const { vm } = config
  return {
    vmSize: vm.vmSize,
    osDiskSizeGB: vm.osDiskSizeGb,
    vnetConfig: vm.subnetId ? { subnetId: vm.subnetId } : undefined,
    userAssignedIdentities: archive && needsVmIdentity(archive) ? [config.identityId] : undefined,
  }
}

/** The file's entries as they are: a malformed one goes on to validation, which names it. */
const entriesOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : []

/** "what came from where", only interesting when there is a template file. */
function notesFor(config: Config): string[] {
  const os = osNote(config)
  const file = config.templateFile
  if (!file) return os ? [os] : []
  const from = (fromInput: boolean) => (fromInput ? 'input' : `template file ${file.relPath}`)
  return [
    ...file.loaded.notes,
    `location ${config.location}: from the ${from(file.loaded.location !== config.location)}`,
    `source: from the ${from(config.source !== undefined)}`,
    `identity: from the ${from(!Object.keys(file.loaded.identity?.userAssignedIdentities ?? {}).includes(config.identityId))}`,
    `customizers: ${file.loaded.properties.customize ? "the file's first, then " : ''}the repository's`,
    ...(os ? [os] : []),
  ]
}

/** Says how the OS was chosen when neither `os-type` nor a platform image source said it. */
function osNote({ osType, osTypeFrom }: Config): string | undefined {
  if (osTypeFrom === 'customizers') {
    return `OS ${osType}: from the customizers and scripts (the source does not say; os-type sets it)`
  }
  if (osTypeFrom === 'assumed') {
    return `OS ${osType}: assumed (no os-type, and neither the source nor the customizers say; set os-type: windows for a Windows image)`
  }
  return undefined
}

function renderDistribution(d: Distribution, location: string): ImageTemplateDistributorUnion[] {
  const { artifactTags } = d
  const targets: ImageTemplateDistributorUnion[] = []
  if (d.managedImageId) {
    targets.push({
      type: 'ManagedImage',
      imageId: d.managedImageId,
      location,
      runOutputName: RUN_OUTPUT.managedImage,
      artifactTags,
    })
  }
  if (d.gallery) {
    targets.push({
      type: 'SharedImage',
      galleryImageId: d.gallery.galleryImageId,
      targetRegions: [...d.gallery.targetRegions],
      versioning: d.gallery.versioning,
      excludeFromLatest: d.gallery.excludeFromLatest,
      runOutputName: RUN_OUTPUT.gallery,
      artifactTags,
    })
  }
  if (d.vhd) {
    const uri = d.vhd === true ? undefined : d.vhd
    targets.push({ type: 'VHD', uri, runOutputName: RUN_OUTPUT.vhd, artifactTags })
  }
  return targets
}

/**
 * Undefined members would show up as noise in the rendered file; drop them recursively. The copy
 * also keeps the template from sharing objects with the config.
 */
function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The template as users know it from ARM: `properties` wrapping everything but the envelope. */
export interface ResourceJson {
  type: string
  apiVersion: string
  name: string
  location: string
  tags?: Record<string, string>
  identity: unknown
  properties: Record<string, unknown>
}

export function toResourceJson(name: string, template: ImageTemplate): ResourceJson {
  const { location, tags, identity, ...properties } = template
  return {
    type: RESOURCE_TYPE,
    apiVersion: API_VERSION,
    name,
    location,
    tags,
    identity,
    properties,
  }
}
