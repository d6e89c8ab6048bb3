import { randomUUID, type KeyObject } from 'node:crypto'
import { peekClaims, publicKeyOf, signJwt, verifyJwt } from './jwt.ts'
import type { Scenario } from './types.ts'

/** Issuer of GitHub Actions OIDC tokens. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
/** Audience Entra expects in a federated client assertion. */
export const EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange'
/** Subject of the emulated workflow run. */
export const GITHUB_SUBJECT = 'repo:octo/app:ref:refs/heads/main'

/** Why a client assertion was refused, with the AADSTS code Entra would use. */
export interface AssertionProblem {
  code: number
  description: string
}

/** Outcome of checking an ARM bearer token. */
export type BearerCheck = 'valid' | 'missing' | 'invalid' | 'expired'

/** Issues and checks every token of the emulator; remembers them all. */
export interface TokenAuthority {
  issueOidcToken(audience: string): string
  issueAccessToken(tenant: string, clientId: string, scope: string): string
  checkAssertion(assertion: string): AssertionProblem | undefined
  checkBearer(authorization: string | undefined): BearerCheck
  issued(): string[]
}

/** A token authority signing with `privateKeyPem`, lifetimes read live from `scenario`. */
export function createTokenAuthority(privateKeyPem: string, scenario: Scenario): TokenAuthority {
  const publicKey = publicKeyOf(privateKeyPem)
  const oidcTokens = new Set<string>()
  const accessTokens = new Map<string, number>()
  const lifetime = (): number => scenario.tokenLifetimeSeconds

  return {
    issueOidcToken(audience) {
      const token = signJwt(oidcClaims(audience, lifetime()), privateKeyPem)
      oidcTokens.add(token)
      return token
    },
    issueAccessToken(tenant, clientId, scope) {
      const claims = accessClaims(tenant, clientId, scope, lifetime())
      const token = signJwt(claims, privateKeyPem)
      accessTokens.set(token, Number(claims.exp) * 1000)
      return token
    },
    checkAssertion: (assertion) => checkAssertion(assertion, publicKey, oidcTokens),
    checkBearer: (authorization) => checkBearer(authorization, accessTokens),
    issued: () => [...oidcTokens, ...accessTokens.keys()],
  }
}

function oidcClaims(audience: string, lifetimeSeconds: number): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000)
  return {
    iss: GITHUB_ISSUER,
    sub: GITHUB_SUBJECT,
    aud: audience,
    repository: 'octo/app',
    ref: 'refs/heads/main',
    iat: now,
    nbf: now,
    exp: now + lifetimeSeconds,
    jti: randomUUID(),
  }
}

function accessClaims(tenant: string, clientId: string, scope: string, lifetimeSeconds: number) {
  const now = Math.floor(Date.now() / 1000)
  return {
    aud: scope.replace(/\/?\.default$/, ''),
    iss: `https://sts.windows.net/${tenant}/`,
    tid: tenant,
    appid: clientId,
    oid: randomUUID(),
    iat: now,
    nbf: now,
    exp: now + lifetimeSeconds,
    uti: randomUUID(),
  }
}

function checkAssertion(
  assertion: string,
  publicKey: KeyObject,
  issuedTokens: Set<string>,
): AssertionProblem | undefined {
  const claims = issuedTokens.has(assertion) ? verifyJwt(assertion, publicKey) : undefined
  if (!claims) {
    const issuer = peekClaims(assertion)?.iss
    const named = typeof issuer === 'string' ? issuer : ''
    return {
      code: 700211,
      description: `No matching federated identity record found for presented assertion issuer '${named}'.`,
    }
  }
  if (claims.aud !== EXCHANGE_AUDIENCE) {
    return {
      code: 700212,
      description: `No matching federated identity record found for presented assertion audience '${String(claims.aud)}'.`,
    }
  }
  const now = Date.now() / 1000
  if (Number(claims.exp) <= now || Number(claims.nbf) > now + 300) {
    return {
      code: 700024,
      description: `Client assertion is not within its valid time range. Current time: ${new Date().toISOString()}, assertion valid from ${isoOf(claims.nbf)}, expiry time of assertion ${isoOf(claims.exp)}.`,
    }
  }
  return undefined
}

function checkBearer(authorization: string | undefined, tokens: Map<string, number>): BearerCheck {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')
  if (!match?.[1]) return 'missing'
  const expiresAt = tokens.get(match[1])
  if (expiresAt === undefined) return 'invalid'
  return expiresAt <= Date.now() ? 'expired' : 'valid'
}

function isoOf(seconds: unknown): string {
  return new Date(Number(seconds) * 1000).toISOString()
}
