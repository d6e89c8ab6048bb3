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

describe('requestIdTokenEarly', () => {
  it('requests the federation audience at once', async () => {
    const github = tokenEndpoint()
    const early = requestIdTokenEarly(github.fetch, () => 1_000)
    expect(github.audiences).toEqual([OIDC_AUDIENCE])
    expect(early.requestedAt).toBe(1_000)
    await expect(early.token).resolves.toBe('token-1')
  })

  it('keeps a failure for whoever asks, without an unhandled rejection', async () => {
    const early = requestIdTokenEarly(() => Promise.reject(new Error('no id-token permission')))
    await new Promise((resolve) => setImmediate(resolve))
    await expect(early.token).rejects.toThrow('no id-token permission')
  })
})

describe('assertionSource', () => {
  it('uses the early token once, then fetches a fresh one each time', async () => {
    const github = tokenEndpoint()
    const early = requestIdTokenEarly(github.fetch, () => 0)
    const next = assertionSource(github.fetch, early, () => 5_000)
    expect(await next()).toBe('token-1')
    expect(await next()).toBe('token-2')
    expect(await next()).toBe('token-3')
    expect(github.audiences).toEqual([OIDC_AUDIENCE, OIDC_AUDIENCE, OIDC_AUDIENCE])
  })

  it('does not use an early token older than a minute', async () => {
    const github = tokenEndpoint()
    const early = requestIdTokenEarly(github.fetch, () => 0)
    const next = assertionSource(github.fetch, early, () => 60_001)
    expect(await next()).toBe('token-2')
  })

  it('fetches every time without an early token', async () => {
    const github = tokenEndpoint()
    const next = assertionSource(github.fetch)
    expect([await next(), await next()]).toEqual(['token-1', 'token-2'])
  })

  it('passes an early failure to the first caller only', async () => {
    const github = tokenEndpoint()
    const early = requestIdTokenEarly(
      () => Promise.reject(new Error('denied')),
      () => 0,
    )
    const next = assertionSource(github.fetch, early, () => 0)
    await expect(next()).rejects.toThrow('denied')
    await expect(next()).resolves.toBe('token-1')
  })
})
