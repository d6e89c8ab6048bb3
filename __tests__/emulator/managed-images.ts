// Microsoft.Compute/images, read-only: what the action reads to learn a managed-image source's OS.
import { armError, checkApiVersion } from './errors.ts'
import type { Exchange, Reply } from './exchange.ts'

const IMAGE_ROUTE =
  /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Compute\/images\/([^/]+)$/i

/** Versions of the images operation group the emulator answers (@azure/arm-compute 25 sends the last). */
const IMAGE_API_VERSIONS = ['2024-07-01', '2024-11-01', '2025-04-01', '2026-04-01']

/** Seeded managed images: lower-cased resource id → OS. */
export type ManagedImages = Map<string, 'Linux' | 'Windows'>

export function isManagedImagePath(path: string): boolean {
  return IMAGE_ROUTE.test(path)
}

/** GET of a managed image: its `storageProfile.osDisk.osType`, as Compute answers it. */
export function handleManagedImage(exchange: Exchange, images: ManagedImages): Reply {
  const version = checkApiVersion(exchange.query['api-version'], IMAGE_API_VERSIONS)
  if (typeof version !== 'string') return version
  const name = IMAGE_ROUTE.exec(exchange.path)?.[1] ?? ''
  if (exchange.method !== 'GET')
    return armError(405, 'MethodNotAllowed', `${exchange.method} is not supported here.`)
  const osType = images.get(exchange.path.toLowerCase())
  if (!osType)
    return armError(
      404,
      'NotFound',
      `The Resource 'Microsoft.Compute/images/${name}' under resource group was not found.`,
    )
  return {
    status: 200,
    body: {
      id: exchange.path,
      name,
      type: 'Microsoft.Compute/images',
      location: 'westeurope',
      properties: {
        storageProfile: { osDisk: { osType, osState: 'Generalized' } },
        provisioningState: 'Succeeded',
        hyperVGeneration: 'V2',
      },
    },
  }
}
