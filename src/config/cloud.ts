import type { CloudConfig, CloudName } from '../model/types.ts'

export const CLOUD_NAMES: readonly CloudName[] = [
  'AzureCloud',
  'AzureUSGovernment',
  'AzureChinaCloud',
]

const KNOWN_CLOUDS: Record<CloudName, { armEndpoint: string; authorityHost: string }> = {
  AzureCloud: {
    armEndpoint: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com',
  },
  AzureUSGovernment: {
    armEndpoint: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us',
  },
  AzureChinaCloud: {
    armEndpoint: 'https://management.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
  },
}

/**
 * The audience a federated credential expects in GitHub's token, per cloud (Entra's token exchange
 * audiences; azure/login's `audience` input defaults to the public cloud's).
 */
export const DEFAULT_OIDC_AUDIENCE: Readonly<Record<CloudName, string>> = {
  AzureCloud: 'api://AzureADTokenExchange',
  AzureUSGovernment: 'api://AzureADTokenExchangeUSGov',
  AzureChinaCloud: 'api://AzureADTokenExchangeChina',
}

/** The cloud's endpoints, with `arm-endpoint` / `authority-host` overriding the named cloud. */
export function resolveCloud(
  name: CloudName,
  armEndpoint: string,
  authorityHost: string,
): CloudConfig {
  const known = KNOWN_CLOUDS[name]
  const customAuthority = authorityHost !== '' && trimSlash(authorityHost) !== known.authorityHost
  return {
    name,
    armEndpoint: trimSlash(armEndpoint || known.armEndpoint),
    authorityHost: trimSlash(authorityHost || known.authorityHost),
    customAuthority,
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
