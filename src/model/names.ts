// The public names of the action (../shared/contract.md). action.yml and README.md are checked
// against these lists by __tests__/unit/config/names.test.ts.

export const INPUT_NAMES = [
  'subscription-id',
  'resource-group',
  'location',
  'client-id',
  'tenant-id',
  'audience',
  'environment',
  'arm-endpoint',
  'authority-host',
  'identity',
  'template',
  'template-vars',
  'image-template-name',
  'source',
  'os-type',
  'customizer-scripts',
  'customizer-source',
  'customizer-destination',
  'customizer-script',
  'windows-update',
  'validator-scripts',
  'managed-image',
  'gallery-image',
  'gallery-image-version',
  'gallery-image-versioning',
  'gallery-image-publisher',
  'gallery-image-offer',
  'gallery-image-sku',
  'gallery-image-os-state',
  'gallery-image-hyper-v-generation',
  'gallery-image-architecture',
  'gallery-image-security-type',
  'replication-regions',
  'exclude-from-latest',
  'vhd',
  'artifact-tags',
  'vm-size',
  'os-disk-size-gb',
  'subnet-id',
  'staging-resource-group',
  'build-timeout-minutes',
  'storage-account',
  'storage-container',
  'storage-access',
  'wait',
  'resume',
  'poll-interval-seconds',
  'cleanup',
  'dry-run',
  'github-token',
  'pr-comment',
] as const

export type InputName = (typeof INPUT_NAMES)[number]

export const OUTPUT_NAMES = [
  'template-name',
  'template-id',
  'run-state',
  'image-id',
  'vhd-uri',
  'run-outputs',
  'customization-log',
  'rendered-template',
] as const

export type OutputName = (typeof OUTPUT_NAMES)[number]

/** The one state key main writes for post (see runner/state.ts). */
export const STATE_KEY = 'aib'
/** Written on the first run so the second run of dist/index.js knows it is the post step. */
export const PHASE_KEY = 'phase'

/** Run output names, one per distribution kind; results.ts maps them back. */
export const RUN_OUTPUT = {
  managedImage: 'managed-image',
  gallery: 'gallery-image',
  vhd: 'vhd',
} as const
