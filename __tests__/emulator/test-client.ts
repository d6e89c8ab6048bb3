// Plain-fetch helpers for the emulator's own tests (real TLS, trusted via NODE_EXTRA_CA_CERTS).
import type { ManualClock } from './clock.ts'
import type { Emulator } from './types.ts'

/** Tenant, client and subscription used by the tests. */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
export const CLIENT_ID = '11111111-2222-3333-4444-555555555555'
export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001'
export const API = 'api-version=2025-10-01'

/** Parsed JSON as tests read it: any shape, checked by the assertions themselves. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

/** A parsed response. */
export interface Result {
  status: number
  headers: Headers
  body: Json
}

/** Send a request and parse its JSON body (if any). */
export async function send(url: string, init: RequestInit = {}): Promise<Result> {
  const response = await fetch(url, init)
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  }
}

/** A GitHub OIDC token for `audience`, fetched like @actions/core does. */
export async function oidcToken(
  emulator: Emulator,
  audience = 'api://AzureADTokenExchange',
): Promise<string> {
  const url = `${emulator.oidcRequestUrl}&audience=${encodeURIComponent(audience)}`
  const result = await send(url, {
    headers: { authorization: `Bearer ${emulator.oidcRequestToken}` },
  })
  return result.body.value as string
}

/** POST a form to the Entra token endpoint. */
export function requestToken(
  emulator: Emulator,
  form: Record<string, string>,
  tenant = TENANT,
): Promise<Result> {
  return send(`${emulator.url}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  })
}

/** A client-credentials form carrying `assertion`. */
export function assertionForm(assertion: string): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    client_id: CLIENT_ID,
    scope: 'https://management.azure.com/.default',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  }
}

/** An ARM access token obtained through the full OIDC → client assertion flow. */
export async function accessToken(emulator: Emulator): Promise<string> {
  const result = await requestToken(emulator, assertionForm(await oidcToken(emulator)))
  return result.body.access_token as string
}

/** ARM path of template `name` in resource group `rg`. */
export function templatePath(name: string, suffix = ''): string {
  return `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.VirtualMachineImages/imageTemplates/${name}${suffix}`
}

/** An authenticated ARM call; `path` may carry its own query, else api-version is added. */
export function arm(
  emulator: Emulator,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Result> {
  const url = path.startsWith('https://')
    ? path
    : `${emulator.url}${path}${path.includes('?') ? '' : `?${API}`}`
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (body !== undefined) headers['content-type'] = 'application/json'
  return send(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
}

/** The gallery image definition the SharedImage distributor of `templateBody()` publishes to. */
export const GALLERY_IMAGE_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/def`

/** Seed the definition of `GALLERY_IMAGE_ID` (and its gallery), so that builds can publish. */
export function seedGalleryImageOfTemplate(emulator: Emulator): void {
  emulator.seedGalleryImage(GALLERY_IMAGE_ID, {
    osType: 'Linux',
    osState: 'Generalized',
    hyperVGeneration: 'V2',
    identifier: { publisher: 'contoso', offer: 'ubuntu', sku: '24_04' },
  })
}

/** A valid template body with one distributor of each type. */
export function templateBody(): Record<string, Json> {
  return {
    location: 'westus',
    tags: { purpose: 'test' },
    identity: {
      type: 'UserAssigned',
      userAssignedIdentities: {
        [`/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`]:
          {},
      },
    },
    properties: {
      source: {
        type: 'PlatformImage',
        publisher: 'Canonical',
        offer: 'ubuntu-24_04-lts',
        sku: 'server',
        version: 'latest',
      },
      customize: [{ type: 'Shell', name: 'hello', inline: ['echo hello'] }],
      distribute: [
        {
          type: 'ManagedImage',
          runOutputName: 'managed',
          location: 'westus',
          imageId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg/providers/Microsoft.Compute/images/img`,
        },
        {
          type: 'SharedImage',
          runOutputName: 'gallery',
          galleryImageId: GALLERY_IMAGE_ID,
        },
        { type: 'VHD', runOutputName: 'vhd' },
      ],
      buildTimeoutInMinutes: 60,
    },
  }
}

/** Poll `read` until `done` holds for its result, or fail after `timeoutMs`. */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`Timed out; last value: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 15))
  }
}

/**
 * Let the operation whose status `url` reports (Azure-AsyncOperation) finish; its final status.
 * Without `clock`, poll until it is no longer InProgress. With a manual `clock`, the operation
 * must have started at the clock's current time: advance exactly `scenario.provisionMs`, checking
 * that it is still InProgress one millisecond before and finished right at it.
 */
export async function finishOperation(
  emulator: Emulator,
  token: string,
  url: string,
  clock?: ManualClock,
): Promise<Result> {
  const read = (): Promise<Result> => arm(emulator, token, 'GET', url)
  if (!clock) return waitFor(read, (result) => result.body?.status !== 'InProgress')
  const duration = emulator.scenario.provisionMs
  if (duration > 0) {
    clock.advance(duration - 1)
    const before = await read()
    if (before.body?.status !== 'InProgress') {
      throw new Error(`Operation over before ${duration} ms: ${JSON.stringify(before.body)}`)
    }
  }
  clock.advance(Math.min(duration, 1))
  const after = await read()
  if (after.body?.status === 'InProgress') {
    throw new Error(
      `Operation still InProgress after ${duration} ms: ${JSON.stringify(after.body)}`,
    )
  }
  return after
}

/** Create template `name` and let it provision (on `clock` when given, see `finishOperation`). */
export async function createTemplate(
  emulator: Emulator,
  token: string,
  name: string,
  clock?: ManualClock,
): Promise<Result> {
  const put = await arm(emulator, token, 'PUT', templatePath(name), templateBody())
  if (put.status !== 201) throw new Error(`PUT ${name}: ${put.status} ${JSON.stringify(put.body)}`)
  const done = await finishOperation(
    emulator,
    token,
    put.headers.get('azure-asyncoperation') ?? '',
    clock,
  )
  if (done.body?.status !== 'Succeeded') {
    throw new Error(`Template ${name} did not provision: ${JSON.stringify(done.body)}`)
  }
  return put
}
