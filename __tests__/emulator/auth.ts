import { randomUUID, type KeyObject } from 'node:crypto'
import { peekClaims, publicKeyOf, signJwt, verifyJwt, type Claims } from './jwt.ts'
import { wallClock } from './clock.ts'
import type { Clock, Scenario } from './types.ts'

/** Issuer of GitHub Actions OIDC tokens. */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
/** Audience Entra expects in a federated client assertion by default (`scenario.federatedAudience`). */
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

/** Outcome of checking a Storage bearer token: an ARM check, or a token for another audience. */
export type StorageBearerCheck = BearerCheck | 'audience'

/** Audience of Azure Storage tokens, as Storage (and Azurite) checks it. */
export const STORAGE_AUDIENCE = 'https://storage.azure.com'

/** A user-assigned managed identity, as a template's `identity.userAssignedIdentities` names it. */
export interface ManagedIdentity {
  tenant: string
  /** Resource id of the identity. */
  resourceId: string
  principalId: string
  clientId: string
}

/** Issues and checks every token of the emulator; remembers them all. */
export interface TokenAuthority {
  issueOidcToken(audience: string): string
  issueAccessToken(tenant: string, clientId: string, scope: string): string
  /**
   * A Storage token (`aud` https://storage.azure.com) for `identity`, as the Image Builder
   * service obtains one to read customizer sources: `oid` is its principalId, `appid` its
   * clientId. Dated on the wall clock whatever the emulator's clock (see the decision below).
   */
  issueStorageToken(identity: ManagedIdentity): string
  checkAssertion(assertion: string): AssertionProblem | undefined
  checkBearer(authorization: string | undefined): BearerCheck
  /**
   * An access token this emulator's Entra issued for Storage (`aud` https://storage.azure.com),
   * as the staging account's Blob service checks it.
   */
  checkStorageBearer(authorization: string | undefined): StorageBearerCheck
  issued(): string[]
}

/**
 * A token authority signing with `privateKeyPem`, lifetimes read live from `scenario`.
 *
 * Decision: tokens are issued (iat/nbf/exp) and checked (assertion and bearer expiry) on the
 * emulator's `clock`, like everything else it times, so a test on a manual clock expires a token
 * exactly by advancing it. On a manual clock those times are not real times (2026-01-01 by
 * default): a client that checked `exp` against the real clock would find them expired. MSAL
 * (@azure/identity 4.14) does not read `exp` — it times its cache from `expires_in` on the real
 * clock — but then its expiry and the emulator's disagree as soon as a test advances the clock,
 * and SDK pollers wait on real timers anyway. So a manual clock is used only by tests that talk to
 * the emulator with their own fetch helpers; tests going through MSAL or the Azure SDK
 * (sdk.test.ts, gallery-sdk.test.ts, the e2e tests) stay on the wall clock, where both agree.
 *
 * Storage tokens of template identities are the exception: only Storage reads them, and Azurite
 * checks `nbf`/`exp` on the real clock, so they are always dated on the wall clock.
 */
export function createTokenAuthority(
  privateKeyPem: string,
  scenario: Scenario,
  clock: Clock,
): TokenAuthority {
  const publicKey = publicKeyOf(privateKeyPem)
  const oidcTokens = new Set<string>()
  const accessTokens = new Map<string, IssuedAccess>()
  const storageTokens = new Set<string>()
  const lifetime = (): number => scenario.tokenLifetimeSeconds

  return {
    issueOidcToken(audience) {
      const token = signJwt(oidcClaims(audience, lifetime(), clock.now()), privateKeyPem)
      oidcTokens.add(token)
      return token
    },
    issueAccessToken(tenant, clientId, scope) {
      const claims = accessClaims({ tenant, clientId, scope }, lifetime(), clock.now())
      const token = signJwt(claims, privateKeyPem)
      accessTokens.set(token, {
        expiresAt: Number(claims.exp) * 1000,
        audience: String(claims.aud),
      })
      return token
    },
    issueStorageToken(identity) {
      const claims = identityClaims(identity, lifetime(), wallClock.now())
      const token = signJwt(claims, privateKeyPem)
      storageTokens.add(token)
      return token
    },
    checkAssertion: (assertion) =>
      checkAssertion(assertion, publicKey, oidcTokens, {
        nowMs: clock.now(),
        audience: scenario.federatedAudience,
      }),
    checkBearer: (authorization) => checkBearer(authorization, accessTokens, clock.now()),
    checkStorageBearer(authorization) {
      const check = checkBearer(authorization, accessTokens, clock.now())
      if (check !== 'valid') return check
      const audience = accessTokens.get(bearerOf(authorization) ?? '')?.audience
      return audience === STORAGE_AUDIENCE ? 'valid' : 'audience'
    },
    issued: () => [...oidcTokens, ...accessTokens.keys(), ...storageTokens],
  }
}

function oidcClaims(audience: string, lifetimeSeconds: number, nowMs: number): Claims {
  const now = Math.floor(nowMs / 1000)
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

/** Who an access token is for. */
interface AccessGrant {
  tenant: string
  clientId: string
  scope: string
}

function accessClaims(grant: AccessGrant, lifetimeSeconds: number, nowMs: number): Claims {
  const { tenant, clientId, scope } = grant
  const now = Math.floor(nowMs / 1000)
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

// Claims of a managed identity's token as Entra issues them (v1 issuer, as Storage expects).
function identityClaims(identity: ManagedIdentity, lifetimeSeconds: number, nowMs: number): Claims {
  const now = Math.floor(nowMs / 1000)
  return {
    aud: STORAGE_AUDIENCE,
    iss: `https://sts.windows.net/${identity.tenant}/`,
    tid: identity.tenant,
    appid: identity.clientId,
    oid: identity.principalId,
    sub: identity.principalId,
    idtyp: 'app',
    xms_mirid: identity.resourceId,
    iat: now,
    nbf: now,
    exp: now + lifetimeSeconds,
    uti: randomUUID(),
  }
}

/** Tenant (`tid`) of a bearer token, read without checking it (ARM has done that already). */
export function tenantOfBearer(authorization: string | undefined): string | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1]
  const tid = token === undefined ? undefined : peekClaims(token)?.tid
  return typeof tid === 'string' ? tid : undefined
}

function checkAssertion(
  assertion: string,
  publicKey: KeyObject,
  issuedTokens: Set<string>,
  expected: { nowMs: number; audience: string },
): AssertionProblem | undefined {
  const { nowMs } = expected
  const claims = issuedTokens.has(assertion) ? verifyJwt(assertion, publicKey) : undefined
  if (!claims) {
    const issuer = peekClaims(assertion)?.iss
    const named = typeof issuer === 'string' ? issuer : ''
    return {
      code: 700211,
      description: `No matching federated identity record found for presented assertion issuer '${named}'.`,
    }
  }
  if (claims.aud !== expected.audience) {
    return {
      code: 700212,
      description: `No matching federated identity record found for presented assertion audience '${String(claims.aud)}'.`,
    }
  }
  const now = nowMs / 1000
  if (Number(claims.exp) <= now || Number(claims.nbf) > now + 300) {
    return {
      code: 700024,
      description: `Client assertion is not within its valid time range. Current time: ${new Date(nowMs).toISOString()}, assertion valid from ${isoOf(claims.nbf)}, expiry time of assertion ${isoOf(claims.exp)}.`,
    }
  }
  return undefined
}

/** An access token the emulator issued: when it expires and whom it is for. */
interface IssuedAccess {
  expiresAt: number
  audience: string
}

function bearerOf(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1]
}

function checkBearer(
  authorization: string | undefined,
  tokens: Map<string, IssuedAccess>,
  nowMs: number,
): BearerCheck {
  const token = bearerOf(authorization)
  if (!token) return 'missing'
  const issued = tokens.get(token)
  if (issued === undefined) return 'invalid'
  return issued.expiresAt <= nowMs ? 'expired' : 'valid'
}

function isoOf(seconds: unknown): string {
  return new Date(Number(seconds) * 1000).toISOString()
}
