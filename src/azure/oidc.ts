// A federated sign-in starts with GitHub's OIDC token. Main requests it before it loads the Azure
// SDK and MSAL (most of the bundle); the credential then uses that token for its first assertion.

/** The audience GitHub's OIDC token must carry for Entra workload identity federation. */
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange'

/** An early token older than this is not used: the credential fetches a fresh one instead. */
const EARLY_TOKEN_MAX_AGE_MS = 60_000

export type FetchIdToken = (audience: string) => Promise<string>

export interface EarlyIdToken {
  readonly token: Promise<string>
  readonly requestedAt: number
}

/** Starts the OIDC token request now; a failure is reported when the credential first asks. */
export function requestIdTokenEarly(fetch: FetchIdToken, now = Date.now): EarlyIdToken {
  const token = fetch(OIDC_AUDIENCE)
  // Handled by whoever awaits it; this only keeps an unused failure from crashing the process.
  token.catch(() => undefined)
  return { token, requestedAt: now() }
}

/**
 * The assertion callback of ClientAssertionCredential. The first call takes the early token when
 * it is still fresh; every other call fetches a new one, so builds that outlast both tokens'
 * lifetimes keep signing in.
 */
export function assertionSource(
  fetch: FetchIdToken,
  early?: EarlyIdToken,
  now = Date.now,
): () => Promise<string> {
  let pending = early
  return () => {
    const usable = pending && now() - pending.requestedAt <= EARLY_TOKEN_MAX_AGE_MS
    const token = usable && pending ? pending.token : fetch(OIDC_AUDIENCE)
    pending = undefined
    return token
  }
}
