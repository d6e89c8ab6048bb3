// `storage-account`, `storage-container`, `storage-access`: where artifacts and large scripts are
// uploaded and how the build VM reads them. Checked here, before any request.
import type { IssueList } from './issues.ts'
import type { InputName } from '../model/names.ts'
import { checkResourceId } from '../model/id-checks.ts'
import { STORAGE_ACCOUNT_TYPE, isStorageAccountName } from '../model/resource-ids.ts'
import type {
  CloudConfig,
  CloudName,
  StorageAccess,
  StorageAccountRef,
  StorageConfig,
} from '../model/types.ts'

export const DEFAULT_CONTAINER = 'image-builder'
const ACCESS_MODES: readonly StorageAccess[] = ['identity', 'sas']

/** Blob endpoint suffix of each named cloud; a custom cloud must name its endpoint itself. */
const BLOB_SUFFIX: Record<CloudName, string> = {
  AzureCloud: 'blob.core.windows.net',
  AzureUSGovernment: 'blob.core.usgovcloudapi.net',
  AzureChinaCloud: 'blob.core.chinacloudapi.cn',
}

/** The storage inputs, or undefined when `storage-account` is empty (everything is inlined). */
export function parseStorage(
  issues: IssueList,
  read: (name: InputName) => string,
  cloud: CloudConfig,
  customCloud: boolean,
): StorageConfig | undefined {
  const raw = read('storage-account').trim()
  const container = read('storage-container').trim()
  const accessText = read('storage-access').trim()
  if (raw === '') {
    for (const input of ['storage-container', 'storage-access'] as const)
      if (read(input).trim() !== '') issues.add(input, 'needs `storage-account`')
    return undefined
  }
  const access = issues.oneOf('storage-access', accessText, ACCESS_MODES, 'identity')
  const account = parseAccount(issues, raw, cloud, customCloud)
  const name = container || DEFAULT_CONTAINER
  if (!isContainerName(name))
    issues.add(
      'storage-container',
      `"${name}" is not a container name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit`,
    )
  return account ? { account, container: name, access } : undefined
}

function parseAccount(
  issues: IssueList,
  raw: string,
  cloud: CloudConfig,
  customCloud: boolean,
): StorageAccountRef | undefined {
  if (raw.startsWith('/')) {
    const checked = checkResourceId(raw, STORAGE_ACCOUNT_TYPE)
    if (typeof checked !== 'string') return { kind: 'resource', accountId: raw }
    issues.add('storage-account', checked)
    return undefined
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) return parseEndpoint(issues, raw)
  if (!isStorageAccountName(raw)) {
    issues.add(
      'storage-account',
      `"${raw}" is not a storage account name (3-24 lowercase letters and digits), resource id or https blob endpoint`,
    )
    return undefined
  }
  if (customCloud) {
    issues.add(
      'storage-account',
      'in a custom cloud (`arm-endpoint`), give the https blob endpoint URL or the resource id, not a name',
    )
    return undefined
  }
  return { kind: 'endpoint', blobEndpoint: `https://${raw}.${BLOB_SUFFIX[cloud.name]}` }
}

/** An https blob endpoint used as given (sovereign clouds, Azurite's path-style account URL). */
function parseEndpoint(issues: IssueList, raw: string): StorageAccountRef | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    issues.add('storage-account', `"${raw}" is not a URL`)
    return undefined
  }
  if (url.protocol !== 'https:') issues.add('storage-account', 'the blob endpoint must be https')
  else if (url.search !== '' || url.hash !== '' || url.username !== '')
    issues.add(
      'storage-account',
      'the blob endpoint must not carry a query (no SAS: the action signs in with its own credential)',
    )
  else return { kind: 'endpoint', blobEndpoint: `${url.origin}${url.pathname.replace(/\/+$/, '')}` }
  return undefined
}

function isContainerName(name: string): boolean {
  return /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(name)
}
