import type { Answer } from './exchange.ts'

/** An ARM error reply: `{"error":{"code","message","target"?}}`. */
export function armError(status: number, code: string, message: string, target?: string): Answer {
  const error = target === undefined ? { code, message } : { code, message, target }
  return { status, body: { error } }
}

/** The request's `api-version` when it is one of `supported`, else ARM's 400 for it. */
export function checkApiVersion(
  apiVersion: string | undefined,
  supported: readonly string[],
): string | Answer {
  if (apiVersion === undefined) {
    const message = 'The api-version query parameter (?api-version=) is required for all requests.'
    return armError(400, 'MissingApiVersionParameter', message)
  }
  if (supported.includes(apiVersion)) return apiVersion
  const message = `The api-version '${apiVersion}' is invalid. The supported versions are '${supported.join(',')}'.`
  return armError(400, 'InvalidApiVersionParameter', message)
}

/** ARM's 404 for a missing image template. */
export function templateNotFound(resourceGroup: string, name: string): Answer {
  return armError(
    404,
    'ResourceNotFound',
    `The Resource 'Microsoft.VirtualMachineImages/imageTemplates/${name}' under resource group ` +
      `'${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  )
}

/** ARM's 404 for a path no route matches. */
export function routeNotFound(method: string, path: string): Answer {
  return armError(404, 'NotFound', `No HTTP resource was found that matches '${method} ${path}'.`)
}

/** An Entra (AADSTS) error reply at `now` (ms since epoch), shaped like login.microsoftonline.com answers. */
export function entraError(
  status: number,
  error: string,
  code: number,
  description: string,
  correlationId: string,
  now: number,
): Answer {
  const timestamp = new Date(now).toISOString()
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${correlationId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: correlationId,
      correlation_id: correlationId,
    },
  }
}
