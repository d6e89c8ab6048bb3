import { describe, expect, it } from '@jest/globals'
import { assertionSource, OIDC_AUDIENCE, requestIdTokenEarly } from '../../../src/azure/oidc.ts'

/** A fake GitHub token endpoint that numbers the tokens it issues and records the audiences. */
function tokenEndpoint() {
  const audiences: string[] = []
  const fetch = (audience: string) => {
    audiences.push(audience)
    return Promise.resolve(`token-${audiences.length}`)
  }
  return { fetch, audiences }
}

const US_GOV = 'api://AzureADTokenExchangeUSGov'

describe('requestIdTokenEarly', () => {
  it('requests the given audience at once', async () => {
    const github = tokenEndpoint()
    const early = requestIdTokenEarly(github.fetch, OIDC_AUDIENCE, () => 1_000)
    expect(github.audiences).toEqual([OIDC_AUDIENCE])
    expect(early.requestedAt).toBe(1_000)
    expect(early.audience).toBe(OIDC_AUDIENCE)
    await expect(early.token).resolves.toBe('token-1')
  })

  it('requests a sovereign cloud audience', () => {
    const github = tokenEndpoint()
    requestIdTokenEarly(github.fetch, US_GOV)
    expect(github.audiences).toEqual([US_GOV])
  })

  it('keeps a failure for whoever asks, without an unhandled rejection', async () => {
    const early = requestIdTokenEarly(
      () => Promise.reject(new Error('no id-token permission')),
      OIDC_AUDIENCE,
    )
    await new Promise((resolve) => setImmediate(resolve))
    await expect(early.token).rejects.toThrow('no id-token permission')
  })
})

describe('assertionSource', () => {
  it('uses the early token once, then fetches a fresh one for the same audience each time', async () => {
    const github = tokenEndpoint()
    const early = requestIdTokenEarly(github.fetch, US_GOV, () => 0)
    const next = assertionSource(github.fetch, US_GOV, early, () => 5_000)
    expect(await next()).toBe('token-1')
    expect(await next()).toBe('token-2')
    expect(await next()).toBe('token-3')
    expect(github.audiences).toEqual([US_GOV, US_GOV, US_GOV])
  })

  it('does not use an early token for another audience', async () => {
    const github = tokenEndpoint()
    const early = requestIdTokenEarly(github.fetch, OIDC_AUDIENCE, () => 0)
    const next = assertionSource(github.fetch, US_GOV, early, () => 0)
    expect(await next()).toBe('token-2')
    expect(github.audiences).toEqual([OIDC_AUDIENCE, US_GOV])
  })

  it('does not use an early token older than a minute', async () => {
    const github = tokenEndpoint()
    const early = requestIdTokenEarly(github.fetch, OIDC_AUDIENCE, () => 0)
    const next = assertionSource(github.fetch, OIDC_AUDIENCE, early, () => 60_001)
    expect(await next()).toBe('token-2')
  })

  it('fetches every time without an early token', async () => {
    const github = tokenEndpoint()
    const next = assertionSource(github.fetch, OIDC_AUDIENCE)
    expect([await next(), await next()]).toEqual(['token-1', 'token-2'])
  })

  it('passes an early failure to the first caller only', async () => {
    const github = tokenEndpoint()
    const early = requestIdTokenEarly(
      () => Promise.reject(new Error('denied')),
      OIDC_AUDIENCE,
      () => 0,
    )
    const next = assertionSource(github.fetch, OIDC_AUDIENCE, early, () => 0)
    await expect(next()).rejects.toThrow('denied')
    await expect(next()).resolves.toBe('token-1')
  })
})
