import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { manualClock } from './clock.ts'
import { startEmulator } from './emulator.ts'
import {
  accessToken,
  API,
  arm,
  assertionForm,
  createTemplate,
  oidcToken,
  requestToken,
  seedGalleryImageOfTemplate,
  templateBody,
  templatePath,
  type Result,
} from './test-client.ts'
import { withScenario } from './scenario.ts'
import type { Emulator } from './types.ts'

// Time moves only when a test advances it: builds stay where they are in between, and cancels
// and outages end exactly when their time is up.
const clock = manualClock()
const PROVISION_MS = 40
let emulator: Emulator
let token: string

beforeAll(async () => {
  emulator = await startEmulator({
    clock,
    scenario: { phaseMs: 40, provisionMs: PROVISION_MS, retryAfterSeconds: 0 },
  })
  token = await accessToken(emulator)
  seedGalleryImageOfTemplate(emulator)
})
afterAll(() => emulator.close())

const getTemplate = (name: string): Promise<Result> =>
  arm(emulator, token, 'GET', templatePath(name))
const runStateOf = async (name: string): Promise<string> =>
  (await getTemplate(name)).body.properties.lastRunStatus?.runState as string

/** An authenticated ARM request whose body is read as raw bytes, not parsed. */
async function raw(method: string, path: string): Promise<{ response: Response; bytes: Buffer }> {
  const response = await fetch(`${emulator.url}${path}?${API}`, {
    method,
    headers: { authorization: `Bearer ${token}` },
  })
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('selective faults', () => {
  it('applies the first fault whose method and path match, leaving the others queued', async () => {
    emulator.scenario.faults.push(
      { kind: 'status', status: 500, on: { method: 'post' } },
      { kind: 'status', status: 503, on: { path: /\/sel-b$/ } },
      {
        kind: 'error',
        status: 400,
        code: 'Both',
        message: 'both',
        on: { method: 'Delete', path: /c$/ },
      },
      { kind: 'status', status: 429 },
    )
    // Only the fault without `on` matches a GET of sel-a.
    expect((await getTemplate('sel-a')).status).toBe(429)
    expect((await getTemplate('sel-b')).status).toBe(503)
    expect((await getTemplate('sel-a')).status).toBe(404)
    // Method and path must both match.
    expect((await arm(emulator, token, 'DELETE', templatePath('sel-a'))).status).toBe(204)
    expect((await getTemplate('sel-c')).status).toBe(404)
    expect((await arm(emulator, token, 'DELETE', templatePath('sel-c'))).body.error.code).toBe(
      'Both',
    )
    expect(emulator.scenario.faults).toHaveLength(1)
    expect((await arm(emulator, token, 'POST', templatePath('sel-a', '/run'))).status).toBe(500)
    expect((await arm(emulator, token, 'POST', templatePath('sel-a', '/run'))).status).toBe(404)
    expect(emulator.scenario.faults).toEqual([])
  })

  it('consumes faults without `on` in order, one per ARM request, and never on Entra', async () => {
    emulator.scenario.faults.push(
      { kind: 'status', status: 503 },
      { kind: 'error', status: 409, code: 'Second', message: 'second' },
    )
    expect((await requestToken(emulator, assertionForm(await oidcToken(emulator)))).status).toBe(
      200,
    )
    expect(emulator.scenario.faults).toHaveLength(2)
    expect((await getTemplate('any')).status).toBe(503)
    expect((await arm(emulator, token, 'POST', templatePath('any', '/run'))).body.error.code).toBe(
      'Second',
    )
    expect((await getTemplate('any')).status).toBe(404)
  })
})

describe('drop', () => {
  it('processes POST run but loses the answer: the build runs and a second run is refused', async () => {
    await createTemplate(emulator, token, 'drop-run', clock)
    emulator.scenario.faults.push({ kind: 'drop', on: { method: 'POST', path: /\/run$/ } })
    await expect(arm(emulator, token, 'POST', templatePath('drop-run', '/run'))).rejects.toThrow()
    expect(await runStateOf('drop-run')).toBe('Running')
    const again = await arm(emulator, token, 'POST', templatePath('drop-run', '/run'))
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/already running/)
    const posts = emulator.requests.filter(
      (request) => request.method === 'POST' && request.path === templatePath('drop-run', '/run'),
    )
    // The dropped request is recorded with the status it would have answered.
    expect(posts.map((request) => request.status)).toEqual([202, 409])
    expect(emulator.scenario.faults).toEqual([])
  })

  it('processes a PUT whose answer is lost: the template exists afterwards', async () => {
    emulator.scenario.faults.push({ kind: 'drop' })
    await expect(
      arm(emulator, token, 'PUT', templatePath('drop-put'), templateBody()),
    ).rejects.toThrow()
    expect((await getTemplate('drop-put')).status).toBe(200)
  })
})

describe('truncate', () => {
  it('answers the status and headers with half the JSON body, as a complete HTTP body', async () => {
    await createTemplate(emulator, token, 'trunc', clock)
    const whole = await raw('GET', templatePath('trunc'))
    emulator.scenario.faults.push({ kind: 'truncate', on: { method: 'GET' } })
    const { response, bytes } = await raw('GET', templatePath('trunc'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.headers.get('content-length')).toBe(String(bytes.length))
    expect(bytes.length).toBe(Math.floor(whole.bytes.length / 2))
    expect(whole.bytes.subarray(0, bytes.length).equals(bytes)).toBe(true)
    expect(() => {
      JSON.parse(bytes.toString('utf8'))
    }).toThrow(SyntaxError)
    expect(emulator.requests.at(-1)?.status).toBe(200)
  })

  it('sends an answer without a body unchanged, after processing the request', async () => {
    await createTemplate(emulator, token, 'trunc-run', clock)
    emulator.scenario.faults.push({ kind: 'truncate' })
    const { response, bytes } = await raw('POST', templatePath('trunc-run', '/run'))
    expect(response.status).toBe(202)
    expect(response.headers.get('azure-asyncoperation')).toMatch(/\/operations\//)
    expect(bytes.length).toBe(0)
    expect(await runStateOf('trunc-run')).toBe('Running')
  })
})

describe('error', () => {
  it('answers the given ARM error without processing the request', async () => {
    const message = "Template 'x' rejected: secret s3cr3t-Value is not allowed."
    emulator.scenario.faults.push({
      kind: 'error',
      status: 400,
      code: 'InvalidTemplate',
      message,
      on: { method: 'PUT' },
    })
    const put = await arm(emulator, token, 'PUT', templatePath('err-put'), templateBody())
    expect(put.status).toBe(400)
    expect(put.body).toEqual({ error: { code: 'InvalidTemplate', message } })
    expect(put.headers.get('retry-after')).toBeNull()
    expect((await getTemplate('err-put')).status).toBe(404)
  })
})

describe('cancelMs', () => {
  it('keeps a run Canceling for cancelMs while deletes still take provisionMs', async () => {
    const CANCEL_MS = 600_000
    await createTemplate(emulator, token, 'cancel-slow', clock)
    await createTemplate(emulator, token, 'delete-fast', clock)
    const cancel = await withScenario(emulator, { cancelMs: CANCEL_MS }, async () => {
      await arm(emulator, token, 'POST', templatePath('cancel-slow', '/run'))
      const cancel = await arm(emulator, token, 'POST', templatePath('cancel-slow', '/cancel'))
      expect(cancel.status).toBe(202)
      const deleted = await arm(emulator, token, 'DELETE', templatePath('delete-fast'))
      expect(deleted.status).toBe(202)
      clock.advance(PROVISION_MS - 1)
      expect((await getTemplate('delete-fast')).status).toBe(200)
      clock.advance(1)
      expect((await getTemplate('delete-fast')).status).toBe(404)
      return cancel
    })
    const operation = cancel.headers.get('azure-asyncoperation') ?? ''
    const cancelStatus = async (): Promise<unknown> =>
      (await arm(emulator, token, 'GET', operation)).body.status
    expect(await runStateOf('cancel-slow')).toBe('Canceling')
    expect(await cancelStatus()).toBe('InProgress')
    // The duration was fixed when the cancel was requested, not when the scenario was restored.
    clock.advance(CANCEL_MS - PROVISION_MS - 1)
    expect(await runStateOf('cancel-slow')).toBe('Canceling')
    expect(await cancelStatus()).toBe('InProgress')
    clock.advance(1)
    expect(await runStateOf('cancel-slow')).toBe('Canceled')
    expect(await cancelStatus()).toBe('Succeeded')
  })

  it('ends a cancel after cancelMs even when provisionMs is long', async () => {
    await createTemplate(emulator, token, 'cancel-quick', clock)
    const patch = { cancelMs: 50, provisionMs: 600_000 }
    await withScenario(emulator, patch, async () => {
      await arm(emulator, token, 'POST', templatePath('cancel-quick', '/run'))
      await arm(emulator, token, 'POST', templatePath('cancel-quick', '/cancel'))
      expect(await runStateOf('cancel-quick')).toBe('Canceling')
      clock.advance(49)
      expect(await runStateOf('cancel-quick')).toBe('Canceling')
      clock.advance(1)
      expect(await runStateOf('cancel-quick')).toBe('Canceled')
    })
  })
})

describe('armDownUntil', () => {
  it('answers 503 to every ARM request until then, not to Entra, and recovers', async () => {
    await createTemplate(emulator, token, 'outage', clock)
    const until = clock.now() + 1000
    await withScenario(emulator, { armDownUntil: until }, async () => {
      emulator.scenario.faults.push({ kind: 'status', status: 429 })
      const get = await getTemplate('outage')
      expect(get.status).toBe(503)
      expect(get.body.error.code).toBe('ServiceUnavailable')
      expect(get.headers.get('retry-after')).toBeNull()
      const put = await arm(emulator, token, 'PUT', templatePath('outage-put'), templateBody())
      expect(put.status).toBe(503)
      expect((await arm(emulator, token, 'GET', '/subscriptions/x/foo')).status).toBe(503)
      const entra = await requestToken(emulator, assertionForm(await oidcToken(emulator)))
      expect(entra.status).toBe(200)
      // Requests during the outage neither are processed nor consume faults.
      expect(emulator.scenario.faults).toHaveLength(1)
      clock.advance(999)
      expect((await getTemplate('outage')).status).toBe(503)
      expect(emulator.scenario.faults).toHaveLength(1)
      clock.advance(1)
      expect((await getTemplate('outage')).status).toBe(429)
      expect((await getTemplate('outage')).status).toBe(200)
      expect((await getTemplate('outage-put')).status).toBe(404)
    })
  })
})
