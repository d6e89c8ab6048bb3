import { CLOUD_NAMES, DEFAULT_OIDC_AUDIENCE, resolveCloud } from './cloud.ts'
import type { IssueList } from './issues.ts'
import type { InputName } from '../model/names.ts'
import { guidProblem } from '../model/id-checks.ts'
import { isHttpsUrl } from '../model/text.ts'
import type { AuthConfig, CloudConfig } from '../model/types.ts'

type Read = (name: InputName) => string

/** The cloud's endpoints: `environment`, overridden by `arm-endpoint` / `authority-host`. */
export function parseCloud(issues: IssueList, read: Read): CloudConfig {
  const name = issues.oneOf('environment', read('environment'), CLOUD_NAMES, 'AzureCloud')
  const endpoint = (input: InputName): string => {
    const value = read(input).trim()
    if (value !== '' && !isHttpsUrl(value)) issues.add(input, 'expected an https URL')
    return value
  }
  return resolveCloud(name, endpoint('arm-endpoint'), endpoint('authority-host'))
}

/** OIDC federation needs both ids (and the id-token permission); otherwise the default chain. */
export function parseAuth(
  issues: IssueList,
  read: Read,
  env: NodeJS.ProcessEnv,
  dryRun: boolean,
): AuthConfig {
  const clientId = guidInput(issues, read, 'client-id', 'the application (client) id')
  const tenantId = guidInput(issues, read, 'tenant-id', 'the directory (tenant) id')
  const audience = parseAudience(issues, read)
  if (clientId === '' && tenantId === '') {
    if (audience !== undefined)
      issues.add('audience', 'is used only for OIDC federation, with `client-id` and `tenant-id`')
    return { kind: 'default' }
  }
  if (tenantId === '') issues.add('tenant-id', 'is required with `client-id` for OIDC federation')
  if (clientId === '') issues.add('client-id', 'is required with `tenant-id` for OIDC federation')
  if (!dryRun && !env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    issues.add(
      'client-id',
      'OIDC needs `permissions: id-token: write` in the workflow (no ID token request URL is set)',
    )
  }
  return { kind: 'oidc', clientId, tenantId, audience: audience ?? defaultAudience(read) }
}

/** Entra's limit on a federated credential's audience. */
const MAX_AUDIENCE_LENGTH = 600

function parseAudience(issues: IssueList, read: Read): string | undefined {
  const value = read('audience').trim()
  if (value === '') return undefined
  if (/[\s\p{Cc}]/u.test(value) || value.length > MAX_AUDIENCE_LENGTH)
    issues.add(
      'audience',
      `expected the audience of the federated credential (up to ${MAX_AUDIENCE_LENGTH} characters, no spaces), such as api://AzureADTokenExchange`,
    )
  return value
}

/** The named cloud's audience; a bad `environment` is reported by parseCloud. */
function defaultAudience(read: Read): string {
  const given = read('environment').trim().toLowerCase()
  const name = CLOUD_NAMES.find((n) => n.toLowerCase() === given) ?? 'AzureCloud'
  return DEFAULT_OIDC_AUDIENCE[name]
}

function guidInput(issues: IssueList, read: Read, input: InputName, what: string): string {
  const value = read(input).trim()
  const problem = value === '' ? undefined : guidProblem(value, what)
  if (problem) issues.add(input, problem)
  return value
}
