import type { ComputeManagementClient } from '@azure/arm-compute'
import { ImageBuilderClient, type ImageBuilderClientOptionalParams } from '@azure/arm-imagebuilder'
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth'
import { ClientAssertionCredential, DefaultAzureCredential } from '@azure/identity'
import type { AuthConfig, CloudConfig } from '../model/types.ts'

const USER_AGENT = 'azure-image-builder-action/1'

export interface CredentialDeps {
  /** A GitHub OIDC token for the assertion: see assertionSource in oidc.ts. */
  readonly getAssertion: () => Promise<string>
  /** Registers a secret with the runner so it never shows in the log. */
  readonly mask: (secret: string) => void
}

/**
 * OIDC federation when client-id and tenant-id are given, else the default chain (azure/login's
 * CLI session, environment variables, managed identity). The assertion callback runs whenever
 * MSAL needs a new access token, so builds longer than either token's lifetime keep working.
 */
export function createCredential(
  cloud: CloudConfig,
  auth: AuthConfig,
  deps: CredentialDeps,
): TokenCredential {
  const common = {
    authorityHost: cloud.authorityHost,
    disableInstanceDiscovery: cloud.customAuthority,
  }
  const inner =
    auth.kind === 'oidc'
      ? new ClientAssertionCredential(auth.tenantId, auth.clientId, deps.getAssertion, common)
      : new DefaultAzureCredential({ ...common, tenantId: auth.tenantId })
  return maskingCredential(inner, deps.mask)
}

/** Masks every access token as it is issued, in case anything downstream logs it. */
function maskingCredential(
  inner: TokenCredential,
  mask: (secret: string) => void,
): TokenCredential {
  return {
    async getToken(
      scopes: string | string[],
      options?: GetTokenOptions,
    ): Promise<AccessToken | null> {
      const token = await inner.getToken(scopes, options)
      if (token) mask(token.token)
      return token
    },
  }
}

/**
 * Options every ARM client of the action shares: the cloud, our user agent, the retries.
 * `retries: false` is for callers that count failures themselves (the build watch).
 */
export function armClientOptions(
  cloud: CloudConfig,
  retries = true,
): ImageBuilderClientOptionalParams {
  return {
    endpoint: cloud.armEndpoint,
    credentials: { scopes: [`${cloud.armEndpoint}/.default`] },
    userAgentOptions: { userAgentPrefix: USER_AGENT },
    // A few more tries than the default: create, start and delete meet throttling and blips.
    retryOptions: retries
      ? { maxRetries: 6, retryDelayInMs: 500, maxRetryDelayInMs: 30_000 }
      : { maxRetries: 0 },
  }
}

export function createImageBuilderClient(
  cloud: CloudConfig,
  subscriptionId: string,
  credential: TokenCredential,
  retries = true,
): ImageBuilderClient {
  return new ImageBuilderClient(credential, subscriptionId, armClientOptions(cloud, retries))
}

/**
 * A Compute client (galleries, images). The SDK is large (all of Compute), so it is loaded on
 * first use: runs without a gallery target or an image source never parse it.
 */
export async function createComputeClient(
  cloud: CloudConfig,
  subscriptionId: string,
  credential: TokenCredential,
): Promise<ComputeManagementClient> {
  const { ComputeManagementClient } = await import('@azure/arm-compute')
  return new ComputeManagementClient(credential, subscriptionId, armClientOptions(cloud))
}
