// Helpers of the gallery tests: Compute paths, bodies and LRO polling over plain fetch.
import type { ManualClock } from './clock.ts'
import { arm, finishOperation, SUBSCRIPTION, type Json, type Result } from './test-client.ts'
import type { Emulator } from './types.ts'

/** The api-version of the Compute Gallery REST reference. */
export const COMPUTE_API = 'api-version=2025-03-03'

/** Id of gallery `name` in resource group `rg`, optionally with a suffix (`/images/…`). */
export function galleryId(name: string, suffix = ''): string {
  return `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/galleries/${name}${suffix}`
}

/** A Compute request with the Compute api-version. */
export function compute(
  emulator: Emulator,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Result> {
  return arm(emulator, token, method, `${path}?${COMPUTE_API}`, body)
}

/** The body of GalleryImage_Create.json, in `location`. */
export function imageBody(location = 'West US', properties: Record<string, Json> = {}): Json {
  return {
    location,
    properties: {
      osType: 'Windows',
      osState: 'Generalized',
      hyperVGeneration: 'V1',
      identifier: { publisher: 'myPublisherName', offer: 'myOfferName', sku: 'mySkuName' },
      ...properties,
    },
  }
}

/**
 * Let the Azure-AsyncOperation of `put` finish: by polling, or on a manual `clock` by advancing
 * exactly `provisionMs` (see `finishOperation`).
 */
export async function settle(
  emulator: Emulator,
  token: string,
  put: Result,
  clock?: ManualClock,
): Promise<Result> {
  const url = put.headers.get('azure-asyncoperation') ?? ''
  return finishOperation(emulator, token, url, clock)
}

/** PUT and let the operation finish (on `clock` when given); the settled GET of the resource. */
export async function putAndSettle(
  emulator: Emulator,
  token: string,
  path: string,
  body: unknown,
  clock?: ManualClock,
): Promise<Result> {
  const put = await compute(emulator, token, 'PUT', path, body)
  if (put.status >= 300) throw new Error(`PUT ${path}: ${put.status} ${JSON.stringify(put.body)}`)
  await settle(emulator, token, put, clock)
  return compute(emulator, token, 'GET', path)
}
