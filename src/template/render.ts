import type {
  ImageTemplate,
  ImageTemplateDistributorUnion,
  ImageTemplateSourceUnion,
} from '@azure/arm-imagebuilder'
import type { Config, Distribution, SourceImage } from '../config/types.ts'
import { renderCustomization, type CustomizerOrigin } from './customizers.ts'

export const API_VERSION = '2025-10-01'
export const RESOURCE_TYPE = 'Microsoft.VirtualMachineImages/imageTemplates'

/** Run output names, one per distribution kind; results.ts maps them back. */
export const RUN_OUTPUT = {
  managedImage: 'managed-image',
  gallery: 'gallery-image',
  vhd: 'vhd',
} as const

export interface RenderedTemplate {
  readonly template: ImageTemplate
  readonly origins: readonly CustomizerOrigin[]
}

/** Config → ImageTemplate (the SDK's flattened model). Pure: same config, same template. */
export function renderTemplate(config: Config): RenderedTemplate {
  const { customize, validators, origins } = renderCustomization(
    config.customization,
    config.osType,
  )
  const { vm } = config
  const vnetConfig = vm.subnetId ? { subnetId: vm.subnetId } : undefined
  const vmProfile = { vmSize: vm.vmSize, osDiskSizeGB: vm.osDiskSizeGb, vnetConfig }
  const template: ImageTemplate = {
    location: config.location,
    tags: config.distribution.artifactTags,
    identity: { type: 'UserAssigned', userAssignedIdentities: { [config.identityId]: {} } },
    source: renderSource(config.source),
    customize: customize.length > 0 ? customize : undefined,
    validate: validators.length > 0 ? { inVMValidations: validators } : undefined,
    distribute: renderDistribution(config.distribution, config.location),
    buildTimeoutInMinutes: vm.buildTimeoutMinutes,
    vmProfile: Object.values(vmProfile).some((v) => v !== undefined) ? vmProfile : undefined,
    stagingResourceGroup: vm.stagingResourceGroupId,
  }
  return { template: dropUndefined(template), origins }
}

function renderSource(source: SourceImage): ImageTemplateSourceUnion {
  return { ...source }
}

function renderDistribution(d: Distribution, location: string): ImageTemplateDistributorUnion[] {
  const artifactTags = { ...d.artifactTags }
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
      targetRegions: d.gallery.targetRegions.map((r) => ({ ...r })),
      versioning: d.gallery.versioning ? { ...d.gallery.versioning } : undefined,
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

/** Undefined members would show up as noise in the rendered file; drop them recursively. */
function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The template as users know it from ARM: `properties` wrapping everything but the envelope. */
export function toResourceJson(name: string, template: ImageTemplate): Record<string, unknown> {
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
