// The template-file corpus: real-world shapes, with the template-vars each needs.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { OsType } from '../../../src/template-file/template-file.ts'

export const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/templates/', import.meta.url))

export const SUBSCRIPTION = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0'
export const IDENTITY_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/aib/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib-builder`

/** The names Microsoft's quickstarts use, spelled as they spell them. */
export const QUICKSTART_VARS = {
  region: 'westus2',
  region1: 'westus2',
  region2: 'eastus',
  imgBuilderId: IDENTITY_ID,
  subscriptionID: SUBSCRIPTION,
  rgName: 'aib',
  imageName: 'ubuntu-custom',
  runOutputName: 'ubuntu-custom-ro',
  sharedImageGalName: 'corpGallery',
  imageDefName: 'ubuntu-def',
}

export interface CorpusEntry {
  file: string
  vars: Record<string, string>
  pick?: string
  osType?: OsType
  /** Name of the expected-output file in valid/ (defaults from `file`). */
  expected?: string
}

export const VALID: CorpusEntry[] = [
  { file: 'quickstart-linux.json', vars: QUICKSTART_VARS, osType: 'linux' },
  { file: 'quickstart-windows.json', vars: QUICKSTART_VARS, osType: 'windows' },
  {
    file: 'gallery.json',
    vars: {
      templateName: 'ubuntu-hardened-42',
      location: 'westeurope',
      identityId: IDENTITY_ID,
      subscriptionId: SUBSCRIPTION,
    },
    osType: 'linux',
  },
  { file: 'vhd.json', vars: {}, osType: 'linux' },
  { file: 'vnet-old.json', vars: {}, osType: 'linux' },
  { file: 'vnet-new.json', vars: {}, osType: 'linux' },
  { file: 'arm-deployment.json', vars: { identityName: 'aib-web' }, osType: 'linux' },
  {
    file: 'arm-two-templates.json',
    vars: { identityId: IDENTITY_ID },
    pick: 'windows-base',
    osType: 'windows',
    expected: 'arm-two-templates.windows-base',
  },
  {
    file: 'arm-two-templates.json',
    vars: { identityId: IDENTITY_ID },
    pick: 'LINUX-BASE',
    osType: 'linux',
    expected: 'arm-two-templates.linux-base',
  },
  { file: 'api-2019-05-01-preview.json', vars: QUICKSTART_VARS, osType: 'linux' },
  { file: 'api-2020-02-14.json', vars: QUICKSTART_VARS, osType: 'windows' },
  { file: 'api-2022-02-14.json', vars: {}, osType: 'linux' },
  {
    file: 'properties-only.json',
    vars: { banner: 'Authorized "use" only \\o/', imageName: 'web', diskSize: '64' },
    osType: 'linux',
  },
  { file: 'jsonc-comments.jsonc', vars: {}, osType: 'linux' },
  { file: 'official-linux.json', vars: {}, osType: 'linux' },
  { file: 'official-windows.json', vars: {}, osType: 'windows' },
  { file: 'az-show-output.json', vars: {}, osType: 'linux' },
]

export const expectedName = (entry: CorpusEntry): string =>
  `${entry.expected ?? entry.file.replace(/\.jsonc?$/, '')}.expected.json`

export const readFixture = (relPath: string): string =>
  readFileSync(`${CORPUS_DIR}${relPath}`, 'utf8')
