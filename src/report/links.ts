// Portal links for run outputs: only in the public clouds, whose portals are known; a custom ARM
// endpoint (Azure Stack Hub, the emulator) has none.
import type { CloudConfig } from '../model/types.ts'

const PORTALS: Record<string, string> = {
  'https://management.azure.com': 'https://portal.azure.com',
  'https://management.usgovcloudapi.net': 'https://portal.azure.us',
  'https://management.chinacloudapi.cn': 'https://portal.azure.cn',
}

/** `https://portal.azure.com/#@<tenant>/resource<id>`, or undefined where no portal is known. */
export function portalLinker(
  cloud: CloudConfig,
  tenantId?: string,
): (id: string) => string | undefined {
  const portal = PORTALS[cloud.armEndpoint]
  return (id) =>
    portal && id.startsWith('/subscriptions/')
      ? `${portal}/#@${tenantId ?? ''}/resource${id}`
      : undefined
}
