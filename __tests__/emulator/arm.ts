import { handleTemplate } from './arm-image-templates.ts'
import { handleCompute } from './arm-galleries.ts'
import { handleCancel, handleRun, handleRunOutputs } from './arm-runs.ts'
import type { EmulatorContext } from './context.ts'
import { checkApiVersion, armError, routeNotFound } from './errors.ts'
import type { Exchange, Reply } from './exchange.ts'
import { applyFault, outageReply, takeFault } from './faults.ts'
import { isComputePath } from './gallery-ids.ts'
import { handleStorageAccount, isStorageAccountPath } from './storage-accounts.ts'
import { operationResultReply, operationStatusReply } from './lro.ts'
import { API_VERSION, templateRef, type TemplateRef } from './resource-id.ts'

// Fixed segments match case-insensitively, as ARM does.
const TEMPLATE_ROUTE =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.VirtualMachineImages\/imageTemplates\/([^/]+)(?:\/(run|cancel|runOutputs)(?:\/([^/]+))?)?$/i
const OPERATION_ROUTE =
  /^\/subscriptions\/[^/]+\/providers\/Microsoft\.VirtualMachineImages\/locations\/[^/]+\/(operations|operationResults)\/([^/]+)$/i

/** Whether `path` belongs to ARM (everything under /subscriptions). */
export function isArmPath(path: string): boolean {
  return /^\/subscriptions(\/|$)/i.test(path)
}

/**
 * Any ARM request: an outage, then the first scripted fault that matches, then authentication,
 * api-version and routing. `drop` and `truncate` faults mark the answer of the processed request.
 */
export function handleArm(exchange: Exchange, context: EmulatorContext): Reply {
  const outage = outageReply(context.scenario, context.clock.now())
  if (outage) return outage
  const fault = takeFault(context.scenario.faults, exchange)
  const processed = (): Reply => processArm(exchange, context)
  return fault ? applyFault(fault, processed, exchange) : processed()
}

/** ARM refuses a request body above 4 MiB before any resource provider sees it. */
export const ARM_MAX_BODY_BYTES = 4 * 1024 * 1024

function processArm(exchange: Exchange, context: EmulatorContext): Reply {
  const denied = checkAuthorization(exchange, context)
  if (denied) return denied
  const size = Number(exchange.headers['content-length'] ?? 0)
  if (size > ARM_MAX_BODY_BYTES)
    return armError(
      413,
      'RequestEntityTooLarge',
      `The request content size ${size} exceeds the maximum allowed size of ${ARM_MAX_BODY_BYTES} bytes.`,
    )
  if (isStorageAccountPath(exchange.path)) return handleStorageAccount(exchange, context)
  // Builds finish on the same clock as the requests that observe them, galleries included.
  if (isComputePath(exchange.path)) {
    context.store.tick()
    return handleCompute(exchange, context)
  }
  const apiVersion = checkApiVersion(exchange.query['api-version'], [API_VERSION])
  if (typeof apiVersion !== 'string') return apiVersion
  context.store.tick()
  return route(exchange, context)
}

function route(exchange: Exchange, context: EmulatorContext): Reply {
  const operation = OPERATION_ROUTE.exec(exchange.path)
  if (operation?.[1] && operation[2]) {
    return handleOperation(exchange, context, operation[1], operation[2])
  }
  const target = parseTemplateRoute(exchange.path)
  return target
    ? routeTemplate(exchange, context, target)
    : routeNotFound(exchange.method, exchange.path)
}

/** A request aimed at one template: the template, the action and the run output name. */
interface TemplateTarget {
  ref: TemplateRef
  action: string | undefined
  child: string | undefined
}

function parseTemplateRoute(path: string): TemplateTarget | undefined {
  const match = TEMPLATE_ROUTE.exec(path)
  if (!match?.[1] || !match[2] || !match[3]) return undefined
  const [sub, group, name] = [match[1], match[2], match[3]].map(decodeURIComponent)
  const child = match[5] === undefined ? undefined : decodeURIComponent(match[5])
  return {
    ref: templateRef(sub ?? '', group ?? '', name ?? ''),
    action: match[4]?.toLowerCase(),
    child,
  }
}

function routeTemplate(
  exchange: Exchange,
  context: EmulatorContext,
  target: TemplateTarget,
): Reply {
  const { ref, action, child } = target
  if (action === 'runoutputs') return handleRunOutputs(exchange, context, ref, child)
  if (child !== undefined) return routeNotFound(exchange.method, exchange.path)
  if (action === 'run') return handleRun(exchange, context, ref)
  if (action === 'cancel') return handleCancel(exchange, context, ref)
  return handleTemplate(exchange, context, ref)
}

function handleOperation(
  exchange: Exchange,
  context: EmulatorContext,
  kind: string,
  name: string,
): Reply {
  const operation = context.operations.get(name)
  if (exchange.method !== 'GET' || !operation) return routeNotFound(exchange.method, exchange.path)
  const retryAfter = context.scenario.retryAfterSeconds
  return kind.toLowerCase() === 'operations'
    ? operationStatusReply(operation, retryAfter)
    : operationResultReply(context.url, operation, retryAfter)
}

function checkAuthorization(exchange: Exchange, context: EmulatorContext): Reply | undefined {
  const check = context.tokens.checkBearer(exchange.headers.authorization)
  if (check === 'valid') return undefined
  const [code, description] =
    check === 'expired'
      ? [
          'ExpiredAuthenticationToken',
          'The access token expiry UTC time is earlier than current UTC time.',
        ]
      : check === 'missing'
        ? [
            'InvalidAuthenticationToken',
            "The 'Authorization' header is missing or is not a Bearer token.",
          ]
        : [
            'InvalidAuthenticationToken',
            'The access token is invalid: it was not issued by this emulator.',
          ]
  const challenge = `Bearer authorization_uri="${context.url}/", error="invalid_token", error_description="${description.replaceAll('"', "'")}"`
  return { ...armError(401, code, description), headers: { 'www-authenticate': challenge } }
}
