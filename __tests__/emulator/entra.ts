import { randomUUID } from 'node:crypto'
import type { EmulatorContext } from './context.ts'
import { entraError } from './errors.ts'
import { isRecord, type Exchange, type Reply } from './exchange.ts'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const ROUTE =
  /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|\.well-known\/openid-configuration|discovery\/v2\.0\/keys|discovery\/instance|oauth2\/v2\.0\/token)$/

/** Whether `path` is one of the Entra endpoints the emulator serves. */
export function isEntraPath(path: string): boolean {
  return ROUTE.test(path)
}

/** Entra endpoints MSAL uses: OIDC discovery, instance discovery, keys, token. */
export function handleEntra(exchange: Exchange, context: EmulatorContext): Reply {
  const [, tenant = '', endpoint = ''] = ROUTE.exec(exchange.path) ?? []
  const correlationId = exchange.headers['client-request-id'] ?? randomUUID()
  if (endpoint === 'discovery/instance') return instanceDiscovery(context.url)
  if (!GUID.test(tenant)) {
    const description = `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`
    return entraError(400, 'invalid_tenant', 90002, description, correlationId, context.clock.now())
  }
  if (endpoint === 'discovery/v2.0/keys')
    return { status: 200, body: { keys: [context.signingJwk] } }
  if (endpoint !== 'oauth2/v2.0/token') return openIdConfiguration(context.url, tenant)
  if (exchange.method !== 'POST') return { status: 405, body: { error: 'invalid_request' } }
  return issueToken(exchange, context, tenant, correlationId)
}

function openIdConfiguration(url: string, tenant: string): Reply {
  const base = `${url}/${tenant}`
  return {
    status: 200,
    body: {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: [
        'client_secret_post',
        'private_key_jwt',
        'client_secret_basic',
      ],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${base}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${url}/oidc/userinfo`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'tid', 'oid'],
      tenant_region_scope: null,
      cloud_instance_name: 'emulator.invalid',
    },
  }
}

function instanceDiscovery(url: string): Reply {
  const host = new URL(url).host
  return {
    status: 200,
    body: {
      tenant_discovery_endpoint: `${url}/{tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    },
  }
}

function issueToken(
  exchange: Exchange,
  context: EmulatorContext,
  tenant: string,
  correlationId: string,
): Reply {
  const form = isRecord(exchange.body) ? exchange.body : {}
  const field = (name: string): string => (typeof form[name] === 'string' ? form[name] : '')
  const problem = checkTokenRequest(field, context, correlationId)
  if (problem) return problem
  const lifetime = context.scenario.tokenLifetimeSeconds
  const accessToken = context.tokens.issueAccessToken(tenant, field('client_id'), field('scope'))
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: accessToken,
    },
  }
}

function checkTokenRequest(
  field: (name: string) => string,
  context: EmulatorContext,
  correlationId: string,
): Reply | undefined {
  const fail = (status: number, error: string, code: number, text: string): Reply =>
    entraError(status, error, code, text, correlationId, context.clock.now())
  if (field('grant_type') !== 'client_credentials') {
    return fail(
      400,
      'unsupported_grant_type',
      70003,
      'The app requested an unsupported grant type.',
    )
  }
  if (field('client_id') === '') {
    const text = "The request body must contain the following parameter: 'client_id'."
    return fail(400, 'invalid_request', 900144, text)
  }
  if (!field('scope').endsWith('/.default')) {
    const text = `The provided value for scope '${field('scope')}' is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`
    return fail(400, 'invalid_scope', 1002012, text)
  }
  return checkClientCredential(field, context, fail)
}

function checkClientCredential(
  field: (name: string) => string,
  context: EmulatorContext,
  fail: (status: number, error: string, code: number, text: string) => Reply,
): Reply | undefined {
  const assertion = field('client_assertion')
  if (assertion !== '') {
    if (field('client_assertion_type') !== ASSERTION_TYPE) {
      return fail(400, 'invalid_request', 50027, 'Invalid client_assertion_type.')
    }
    const problem = context.tokens.checkAssertion(assertion)
    return problem && fail(400, 'invalid_client', problem.code, problem.description)
  }
  const secret = field('client_secret')
  if (secret === '') {
    const text =
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."
    return fail(400, 'invalid_client', 7000216, text)
  }
  if (secret !== context.clientSecret) {
    return fail(401, 'invalid_client', 7000215, 'Invalid client secret provided.')
  }
  return undefined
}
