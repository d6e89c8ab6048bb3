import { isRestError, type RestError } from '@azure/core-rest-pipeline'
import { ActionError } from '../model/errors.ts'

/** The SDK's error, also when azureError() has wrapped it, since callers see that one. */
function restErrorOf(error: unknown): RestError | undefined {
  const rest = error instanceof ActionError ? error.cause : error
  return isRestError(rest) ? rest : undefined
}

/**
 * Worth another try: throttling, server errors, no answer at all, and an answer cut short (a
 * truncated body fails JSON parsing with the status of a success).
 */
export function isTransient(error: unknown): boolean {
  const rest = restErrorOf(error)
  if (!rest) return false
  if (isCutShort(error)) return true
  const status = rest.statusCode
  return status === undefined || status === 408 || status === 429 || status >= 500
}

/** An answer cut short: the body of a success did not parse (the SDK does not retry these). */
export function isCutShort(error: unknown): boolean {
  return restErrorOf(error)?.code === 'PARSE_ERROR'
}

/** The Retry-After the service asked for, in ms (0 when none). */
export function retryAfterMs(error: unknown): number {
  const value = restErrorOf(error)?.response?.headers.get('retry-after')
  const seconds = Number(value)
  return value && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0
}

export function isNotFound(error: unknown): boolean {
  return isRestError(error) && error.statusCode === 404
}

/** 409: the template is busy (a build in progress, or still being provisioned). */
export function isConflict(error: unknown): boolean {
  return isRestError(error) && error.statusCode === 409
}

/**
 * Wraps an SDK error into a message users can act on: what we were doing, the service's code
 * and message, the HTTP status, and the correlation id Azure support asks for.
 */
export function azureError(doing: string, error: unknown): ActionError {
  if (!isRestError(error)) {
    const text = error instanceof Error ? error.message : String(error)
    const lines = [`${doing} failed: ${text}`]
    // Entra's answer when the token's audience is not the federated credential's.
    if (text.includes('AADSTS700212'))
      lines.push(
        "The federated credential expects another audience in GitHub's token: set the `audience` input to the one it lists (the default depends on `environment`).",
      )
    return new ActionError(lines.join('\n'), { cause: error })
  }
  const details = [`code ${error.code ?? 'unknown'}`, `HTTP ${error.statusCode ?? 'no response'}`]
  // The SDK's parse error quotes the whole body: say what happened instead.
  const text = isCutShort(error) ? 'the answer was cut short or is not JSON' : error.message
  const correlation = correlationId(error)
  if (correlation) details.push(`correlation id ${correlation}`)
  const lines = [`${doing} failed: ${text} (${details.join(', ')})`]
  const hint = hintFor(error.statusCode, /blob|storage|upload|link/i.test(doing))
  if (hint) lines.push(hint)
  return new ActionError(lines.join('\n'), { cause: error })
}

function hintFor(status: number | undefined, storage: boolean): string | undefined {
  if (status === 401)
    return 'Check the credential: client-id/tenant-id and the federated credential subject, or the azure/login step.'
  if (status === 403 && storage)
    return 'The workflow identity needs Storage Blob Data Contributor on the storage account or container (see "Bake build artifacts" in the README).'
  if (status === 403)
    return 'The identity lacks a role: see "Permissions" in the README (it needs to manage imageTemplates in the resource group).'
  return undefined
}

function correlationId(error: RestError): string | undefined {
  const name = 'x-ms-correlation-request-id'
  return error.response?.headers.get(name) ?? error.request?.headers.get(name)
}
