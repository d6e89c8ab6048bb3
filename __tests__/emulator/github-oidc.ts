import type { EmulatorContext } from './context.ts'
import type { Exchange, Reply } from './exchange.ts'

/** Path of the GitHub Actions ID token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL). */
export const OIDC_PATH = '/github/oidc'

/** GET /github/oidc: a signed OIDC token for the requested audience, like the Actions runtime. */
export function handleOidcToken(exchange: Exchange, context: EmulatorContext): Reply {
  if (exchange.method !== 'GET') return { status: 405, body: { message: 'Method not allowed' } }
  if (exchange.headers.authorization !== `Bearer ${context.oidcRequestToken}`) {
    return {
      status: 401,
      body: { message: 'Unauthorized: invalid ACTIONS_ID_TOKEN_REQUEST_TOKEN' },
    }
  }
  // Without `audience` GitHub uses the repository owner's URL.
  const audience = exchange.query.audience ?? 'https://github.com/octo'
  return { status: 200, body: { value: context.tokens.issueOidcToken(audience) } }
}
