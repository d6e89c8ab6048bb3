// The emulator's time source: a manual clock moves only when advanced, the wall clock by itself.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { manualClock, wallClock } from './clock.ts'
import { startEmulator } from './emulator.ts'
import {
  accessToken,
  arm,
  assertionForm,
  oidcToken,
  requestToken,
  templateBody,
  templatePath,
  waitFor,
  type Json,
} from './test-client.ts'
import { withScenario } from './scenario.ts'
import type { Emulator } from './types.ts'

const START = Date.UTC(2026, 0, 1)
const iso = (ms: number): string => new Date(ms).toISOString()
const stateIn = (emulator: Emulator, name: string): unknown =>
  (emulator.templates.get(templatePath(name).toLowerCase()) as Json)?.properties.provisioningState

describe('manualClock', () => {
  it('starts at 2026-01-01 or the given time and moves only by advance', () => {
    expect(manualClock().now()).toBe(START)
    const clock = manualClock(5)
    expect(clock.now()).toBe(5)
    clock.advance(0)
    clock.advance(10)
    expect(clock.now()).toBe(15)
  })

  it('refuses to go back or to move by a non-number', () => {
    const clock = manualClock()
    expect(() => clock.advance(-1)).toThrow(RangeError)
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError)
    expect(() => clock.advance(Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => manualClock(Number.NaN)).toThrow(RangeError)
    expect(clock.now()).toBe(START)
  })

  it('calls listeners after each move, at the new time, until they are removed', () => {
    const clock = manualClock(0)
    const seen: number[] = []
    const remove = clock.onAdvance(() => seen.push(clock.now()))
    clock.advance(3)
    clock.advance(0)
    remove()
    clock.advance(4)
    expect(seen).toEqual([3, 3])
  })
})

describe('an emulator on a manual clock', () => {
  const clock = manualClock()
  let emulator: Emulator
  let token: string

  beforeAll(async () => {
    emulator = await startEmulator({
      clock,
      scenario: { provisionMs: 0, tokenLifetimeSeconds: 60, retryAfterSeconds: 0 },
    })
    token = await accessToken(emulator)
  })
  afterAll(() => emulator.close())

  it('exposes its clock', () => {
    expect(emulator.clock).toBe(clock)
  })

  it('runs no timer of its own: state due now moves only on tick, a request or advance', async () => {
    // provisionMs 0: the template is due at once; the wall-clock timer would finish it in 10 ms.
    await withScenario(emulator, { provisionMs: 0 }, async () => {
      expect((await arm(emulator, token, 'PUT', templatePath('idle'), templateBody())).status).toBe(
        201,
      )
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(stateIn(emulator, 'idle')).toBe('Creating')
      emulator.tick()
      expect(stateIn(emulator, 'idle')).toBe('Succeeded')
      await arm(emulator, token, 'PUT', templatePath('idle-2'), templateBody())
      clock.advance(0)
      expect(stateIn(emulator, 'idle-2')).toBe('Succeeded')
    })
    await withScenario(emulator, { provisionMs: 100 }, async () => {
      await arm(emulator, token, 'PUT', templatePath('idle-3'), templateBody())
      clock.advance(99)
      expect(stateIn(emulator, 'idle-3')).toBe('Creating')
      // advance ticks the emulator itself: no request is needed to see the new state.
      clock.advance(1)
      expect(stateIn(emulator, 'idle-3')).toBe('Succeeded')
    })
  })

  it('records requests at the clock time', async () => {
    clock.advance(1234)
    await arm(emulator, token, 'GET', templatePath('anything'))
    expect(emulator.requests.at(-1)?.at).toBe(clock.now())
  })

  it('issues tokens at the clock time and expires access tokens exactly at exp', async () => {
    const issuedAt = clock.now()
    const assertion = await oidcToken(emulator)
    const claims = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString())
    expect(claims).toMatchObject({
      iat: Math.floor(issuedAt / 1000),
      nbf: Math.floor(issuedAt / 1000),
      exp: Math.floor(issuedAt / 1000) + 60,
    })
    const issued = await requestToken(emulator, assertionForm(assertion))
    const bearer = issued.body.access_token as string
    const expiresAt = (Math.floor(issuedAt / 1000) + 60) * 1000
    clock.advance(expiresAt - clock.now() - 1)
    expect((await arm(emulator, bearer, 'GET', templatePath('x'))).status).toBe(404)
    clock.advance(1)
    const expired = await arm(emulator, bearer, 'GET', templatePath('x'))
    expect(expired.status).toBe(401)
    expect(expired.body.error.code).toBe('ExpiredAuthenticationToken')
    token = await accessToken(emulator)
  })

  it('judges client assertions by the clock, and says so with the clock time', async () => {
    const assertion = await oidcToken(emulator)
    const exp = (Math.floor(clock.now() / 1000) + 60) * 1000
    clock.advance(exp - clock.now() - 1)
    expect((await requestToken(emulator, assertionForm(assertion))).status).toBe(200)
    clock.advance(1)
    const refused = await requestToken(emulator, assertionForm(assertion))
    expect(refused.status).toBe(400)
    expect(refused.body.error_description).toContain(
      `AADSTS700024: Client assertion is not within its valid time range. Current time: ${iso(exp)}`,
    )
    expect(refused.body.timestamp).toBe(iso(exp))
    token = await accessToken(emulator)
  })
})

describe('an emulator without a clock', () => {
  let emulator: Emulator

  beforeAll(async () => {
    emulator = await startEmulator({ scenario: { provisionMs: 0, retryAfterSeconds: 0 } })
  })
  afterAll(() => emulator.close())

  it('uses the wall clock and moves state along on its own timer, without requests', async () => {
    expect(emulator.clock).toBe(wallClock)
    const token = await accessToken(emulator)
    const before = Date.now()
    await arm(emulator, token, 'PUT', templatePath('timer'), templateBody())
    const at = emulator.requests.at(-1)?.at ?? 0
    expect(at).toBeGreaterThanOrEqual(before)
    expect(at).toBeLessThanOrEqual(Date.now())
    await waitFor(
      () => Promise.resolve(stateIn(emulator, 'timer')),
      (state) => state === 'Succeeded',
    )
  })
})
