import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startEmulator } from './emulator.ts'
import { signJwt } from './jwt.ts'
import {
  accessToken,
  arm,
  assertionForm,
  CLIENT_ID,
  oidcToken,
  requestToken,
  send,
  templatePath,
  TENANT,
} from './test-client.ts'
import { withScenario } from './scenario.ts'
import type { Emulator } from './types.ts'

let emulator: Emulator

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { retryAfterSeconds: 0 } })
})
afterAll(() => emulator.close())

const decode = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >

describe('GitHub OIDC and Entra token flow', () => {
  it('issues an OIDC token for the audience, then an access token for it', async () => {
    const assertion = await oidcToken(emulator)
    expect(decode(assertion)).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:octo/app:ref:refs/heads/main',
      aud: 'api://AzureADTokenExchange',
    })
    const token = await requestToken(emulator, assertionForm(assertion))
    expect(token.status).toBe(200)
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 })
    expect(emulator.issuedSecrets()).toEqual(
      expect.arrayContaining([assertion, token.body.access_token]),
    )
  })

  it('rejects a wrong or missing request token with 401', async () => {
    const url = `${emulator.oidcRequestUrl}&audience=api://AzureADTokenExchange`
    expect((await send(url, { headers: { authorization: 'Bearer nope' } })).status).toBe(401)
    expect((await send(url)).status).toBe(401)
  })

  it('rejects an expired assertion with AADSTS700024', async () => {
    const expired = await withScenario(emulator, { tokenLifetimeSeconds: -10 }, () =>
      oidcToken(emulator),
    )
    const result = await requestToken(emulator, assertionForm(expired))
    expect(result.status).toBe(400)
    expect(result.body.error).toBe('invalid_client')
    expect(result.body.error_description).toMatch(
      /^AADSTS700024: Client assertion is not within its valid time range/,
    )
  })

  it('rejects assertions it did not issue, or for another audience', async () => {
    const now = Math.floor(Date.now() / 1000)
    const { generateKeyPairSync } = await import('node:crypto')
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const forged = signJwt(
      { iss: 'https://evil.example', aud: 'api://AzureADTokenExchange', exp: now + 60 },
      pem,
    )
    const foreign = await requestToken(emulator, assertionForm(forged))
    expect(foreign.body.error_description).toMatch(/^AADSTS700211:.*'https:\/\/evil\.example'/)
    const wrongAudience = await requestToken(
      emulator,
      assertionForm(await oidcToken(emulator, 'other')),
    )
    expect(wrongAudience.body.error_description).toMatch(/^AADSTS700212:/)
  })

  it('checks the audience the federated credential expects (scenario.federatedAudience)', async () => {
    const usGov = 'api://AzureADTokenExchangeUSGov'
    await withScenario(emulator, { federatedAudience: usGov }, async () => {
      const matching = await requestToken(emulator, assertionForm(await oidcToken(emulator, usGov)))
      expect(matching.status).toBe(200)
      const publicCloud = await requestToken(emulator, assertionForm(await oidcToken(emulator)))
      expect(publicCloud.status).toBe(400)
      expect(publicCloud.body.error_description).toMatch(
        /^AADSTS700212: No matching federated identity record found for presented assertion audience 'api:\/\/AzureADTokenExchange'\./,
      )
    })
  })

  it('accepts the client secret, and checks tenant and scope', async () => {
    const form = {
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      scope: 'https://management.azure.com/.default',
    }
    expect(
      (await requestToken(emulator, { ...form, client_secret: emulator.clientSecret })).status,
    ).toBe(200)
    expect((await requestToken(emulator, { ...form, client_secret: 'wrong' })).status).toBe(401)
    const badScope = await requestToken(emulator, {
      ...form,
      scope: 'https://management.azure.com',
      client_secret: emulator.clientSecret,
    })
    expect(badScope.body.error).toBe('invalid_scope')
    const badTenant = await requestToken(
      emulator,
      { ...form, client_secret: emulator.clientSecret },
      'contoso',
    )
    expect(badTenant.body.error_description).toMatch(/^AADSTS90002:/)
  })

  it('serves OpenID configuration for MSAL with an issuer on its own host', async () => {
    const result = await send(`${emulator.url}/${TENANT}/v2.0/.well-known/openid-configuration`)
    expect(result.body).toMatchObject({
      token_endpoint: `${emulator.url}/${TENANT}/oauth2/v2.0/token`,
      issuer: `${emulator.url}/${TENANT}/v2.0`,
      jwks_uri: expect.any(String),
      authorization_endpoint: expect.any(String),
    })
  })

  it('redacts credentials in the request log', () => {
    const logged = JSON.stringify(emulator.requests)
    for (const secret of [
      ...emulator.issuedSecrets(),
      emulator.clientSecret,
      emulator.oidcRequestToken,
    ]) {
      expect(logged).not.toContain(secret)
    }
    expect(emulator.requests.find((r) => r.path.endsWith('/token'))?.body).toMatchObject({
      client_assertion: '<redacted>',
    })
  })
})

describe('ARM authentication, api-version and faults', () => {
  let token: string
  beforeAll(async () => {
    token = await accessToken(emulator)
  })

  it('answers 401 with a challenge when the token is missing, unknown or expired', async () => {
    const missing = await send(`${emulator.url}${templatePath('x')}?api-version=2025-10-01`)
    expect(missing.status).toBe(401)
    expect(missing.body.error.code).toBe('InvalidAuthenticationToken')
    expect(missing.headers.get('www-authenticate')).toMatch(
      /^Bearer authorization_uri=".*", error="invalid_token"/,
    )
    expect((await arm(emulator, 'forged', 'GET', templatePath('x'))).body.error.code).toBe(
      'InvalidAuthenticationToken',
    )
    const assertion = await oidcToken(emulator)
    const issued = await withScenario(emulator, { tokenLifetimeSeconds: 0 }, () =>
      requestToken(emulator, assertionForm(assertion)),
    )
    const expired = issued.body.access_token as string
    const result = await arm(emulator, expired, 'GET', templatePath('x'))
    expect(result.status).toBe(401)
    expect(result.body.error.code).toBe('ExpiredAuthenticationToken')
  })

  it('requires api-version', async () => {
    const result = await arm(emulator, token, 'GET', `${templatePath('x')}?foo=1`)
    expect(result.status).toBe(400)
    expect(result.body.error.code).toBe('MissingApiVersionParameter')
    const wrong = await arm(emulator, token, 'GET', `${templatePath('x')}?api-version=2022-02-14`)
    expect(wrong.status).toBe(400)
  })

  it('answers 404 for a missing template and for unknown paths, with request ids', async () => {
    const result = await send(`${emulator.url}${templatePath('nothing')}?api-version=2025-10-01`, {
      headers: { authorization: `Bearer ${token}`, 'x-ms-correlation-request-id': 'corr-1' },
    })
    expect(result.status).toBe(404)
    expect(result.body.error.code).toBe('ResourceNotFound')
    expect(result.headers.get('x-ms-correlation-request-id')).toBe('corr-1')
    expect(result.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect((await arm(emulator, token, 'GET', '/subscriptions/x/foo')).status).toBe(404)
  })

  it('consumes the fault queue: status with Retry-After, then a reset, then normal service', async () => {
    emulator.scenario.faults.push(
      { kind: 'status', status: 429, retryAfterSeconds: 7 },
      { kind: 'reset' },
    )
    const throttled = await arm(emulator, token, 'GET', templatePath('x'))
    expect(throttled.status).toBe(429)
    expect(throttled.headers.get('retry-after')).toBe('7')
    expect(throttled.body.error.code).toBe('TooManyRequests')
    await expect(arm(emulator, token, 'GET', templatePath('x'))).rejects.toThrow()
    expect((await arm(emulator, token, 'GET', templatePath('x'))).status).toBe(404)
    expect(emulator.requests.slice(-3).map((r) => r.status)).toEqual([429, 0, 404])
  })
})
