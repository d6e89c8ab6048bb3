import { describe, expect, it } from '@jest/globals'
import { resolveCloud } from '../../../src/config/cloud.ts'
import { IssueList } from '../../../src/config/issues.ts'
import { parseStorage } from '../../../src/config/storage.ts'
import type { InputName } from '../../../src/model/names.ts'

const PUBLIC = resolveCloud('AzureCloud', '', '')
const ACCOUNT_ID =
  '/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stimages'

function parse(inputs: Partial<Record<InputName, string>>, cloud = PUBLIC, custom = false) {
  const issues = new IssueList()
  const storage = parseStorage(issues, (name) => inputs[name] ?? '', cloud, custom)
  const problems: string[] = []
  try {
    issues.throwIfAny()
  } catch (error) {
    problems.push(...(error as Error).message.split('\n').slice(1))
  }
  return { storage, problems }
}

describe('parseStorage', () => {
  it('is undefined without storage-account (everything stays inline)', () => {
    expect(parse({})).toEqual({ storage: undefined, problems: [] })
  })

  it.each([
    [
      'an account name',
      'stimages',
      { kind: 'endpoint', blobEndpoint: 'https://stimages.blob.core.windows.net' },
    ],
    ['a resource id', ACCOUNT_ID, { kind: 'resource', accountId: ACCOUNT_ID }],
    [
      'an https endpoint',
      'https://stimages.blob.core.windows.net/',
      { kind: 'endpoint', blobEndpoint: 'https://stimages.blob.core.windows.net' },
    ],
    [
      "Azurite's path-style URL",
      'https://127.0.0.1:10000/devstoreaccount1',
      { kind: 'endpoint', blobEndpoint: 'https://127.0.0.1:10000/devstoreaccount1' },
    ],
  ])('takes %s', (_what, value, account) => {
    expect(parse({ 'storage-account': value })).toEqual({
      storage: { account, container: 'image-builder', access: 'identity' },
      problems: [],
    })
  })

  it('uses the sovereign cloud suffix for a name', () => {
    const gov = resolveCloud('AzureUSGovernment', '', '')
    expect(parse({ 'storage-account': 'stimages' }, gov).storage?.account).toEqual({
      kind: 'endpoint',
      blobEndpoint: 'https://stimages.blob.core.usgovcloudapi.net',
    })
  })

  it('takes a container and the sas mode', () => {
    const { storage } = parse({
      'storage-account': 'stimages',
      'storage-container': 'builds-01',
      'storage-access': 'SAS',
    })
    expect(storage).toMatchObject({ container: 'builds-01', access: 'sas' })
  })

  it.each([
    [
      { 'storage-account': 'St_Images' },
      '`storage-account`: "St_Images" is not a storage account name',
    ],
    [
      { 'storage-account': 'http://stimages.blob.core.windows.net' },
      '`storage-account`: the blob endpoint must be https',
    ],
    [{ 'storage-account': 'https://st.blob.core.windows.net/?sv=1&sig=abc' }, 'no SAS'],
    [
      {
        'storage-account':
          '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/images/i',
      },
      'Microsoft.Storage/storageAccounts/NAME',
    ],
    [
      {
        'storage-account':
          '/subscriptions/24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stimages',
      },
      '`storage-account`: the subscription in the id: "24890e81-xxxx-xxxx-xxxx-xxxxxxxxxxxx" looks masked',
    ],
    [
      { 'storage-account': 'stimages', 'storage-container': 'Builds' },
      '`storage-container`: "Builds" is not a container name',
    ],
    [{ 'storage-account': 'stimages', 'storage-container': 'a--b' }, 'is not a container name'],
    [
      { 'storage-account': 'stimages', 'storage-access': 'key' },
      '`storage-access`: expected one of identity, sas',
    ],
    [{ 'storage-container': 'builds' }, '`storage-container`: needs `storage-account`'],
    [{ 'storage-access': 'sas' }, '`storage-access`: needs `storage-account`'],
  ] as const)('refuses %j, naming the input', (inputs, expected) => {
    const { problems } = parse(inputs)
    expect(problems.join('\n')).toContain(expected)
  })

  it('needs an endpoint or id in a custom cloud, where no suffix is known', () => {
    const custom = resolveCloud('AzureCloud', 'https://127.0.0.1:8443', 'https://127.0.0.1:8443')
    expect(parse({ 'storage-account': 'stimages' }, custom, true).problems.join()).toContain(
      'in a custom cloud (`arm-endpoint`), give the https blob endpoint URL or the resource id',
    )
  })
})
