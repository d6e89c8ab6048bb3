// A federated sign-in starts with GitHub's OIDC token. Main requests it before it loads the Azure
// SDK and MSAL (most of the bundle); the credential then uses that token for its first assertion.

/** The public cloud's audience for Entra workload identity federation (config/cloud.ts has all). */
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange'

/** An early token older than this is not used: the credential fetches a fresh one instead. */
const EARLY_TOKEN_MAX_AGE_MS = 60_000

export type FetchIdToken = (audience: string) => Promise<string>

export interface EarlyIdToken {
  readonly token: Promise<string>
  readonly requestedAt: number
  /** The audience it was requested for: used only by a credential that wants the same one. */
  readonly audience: string
}

/**
 * Starts the OIDC token request for `audience` (the `audience` input) now; a failure is reported
 * when the credential first asks.
 */
export function requestIdTokenEarly(
  fetch: FetchIdToken,
  audience: string,
  now = Date.now,
): EarlyIdToken {
  const token = fetch(audience)
  // Handled by whoever awaits it; this only keeps an unused failure from crashing the process.
  token.catch(() => undefined)
  return { token, requestedAt: now(), audience }
}

/**
 * The assertion callback of ClientAssertionCredential. The first call takes the early token when
 * it is still fresh; every other call fetches a new one, so builds that outlast both tokens'
 * lifetimes keep signing in.
 */
export function assertionSource(
  fetch: FetchIdToken,
  audience: string,
  early?: EarlyIdToken,
  now = Date.now,
): () => Promise<string> {
  let pending = early?.audience === audience ? early : undefined
  return () => {
    const usable = pending && now() - pending.requestedAt <= EARLY_TOKEN_MAX_AGE_MS
    const token = usable && pending ? pending.token : fetch(audience)
    pending = undefined
    return token
  }
}
