import type { EmulatorContext } from './context.ts'
import { armError, templateNotFound } from './errors.ts'
import type { Exchange, Reply } from './exchange.ts'
import { pollingHeaders } from './lro.ts'
import type { TemplateRef } from './resource-id.ts'
import { isActive } from './run.ts'
import { validateTemplate } from './validation.ts'

const UPDATE_NOT_SUPPORTED =
  'Update/Upgrade of image templates is currently not supported. Please change the name of the ' +
  'template you are submitting. For more info, please refer to https://aka.ms/azvmimagebuilderts.'

/** PUT, GET, DELETE of `…/imageTemplates/{name}`. */
export function handleTemplate(
  exchange: Exchange,
  context: EmulatorContext,
  ref: TemplateRef,
): Reply {
  switch (exchange.method) {
    case 'PUT':
      return createTemplate(exchange, context, ref)
    case 'GET': {
      const record = context.store.get(ref)
      return record
        ? { status: 200, body: record.resource }
        : templateNotFound(ref.resourceGroup, ref.name)
    }
    case 'DELETE':
      return deleteTemplate(context, ref)
    default:
      return methodNotAllowed(exchange)
  }
}

/** 405 in ARM's error shape. */
export function methodNotAllowed(exchange: Exchange): Reply {
  return armError(
    405,
    'MethodNotAllowed',
    `The method '${exchange.method}' is not supported on '${exchange.path}'.`,
  )
}

function createTemplate(exchange: Exchange, context: EmulatorContext, ref: TemplateRef): Reply {
  const problem = validateTemplate(ref.name, exchange.body)
  if (problem) return armError(400, 'InvalidParameter', problem.message, problem.target)
  // The service refuses any update of an existing template, identical or not.
  if (context.store.get(ref)) return armError(409, 'Conflict', UPDATE_NOT_SUPPORTED)
  const body = exchange.body as Record<string, unknown>
  const operation = context.operations.start(ref.subscriptionId, String(body.location))
  const record = context.store.create(ref, body, operation.name)
  const style = { asyncOperation: true, location: false }
  const headers = pollingHeaders(context.url, operation, style, context.scenario.retryAfterSeconds)
  return { status: 201, headers, body: record.resource }
}

function deleteTemplate(context: EmulatorContext, ref: TemplateRef): Reply {
  const record = context.store.get(ref)
  if (!record) return { status: 204 }
  if (isActive(record.run)) {
    const message = `The image template '${ref.name}' cannot be deleted while a build is running. Cancel the build first (POST .../cancel) and wait until lastRunStatus.runState is Canceled.`
    return armError(409, 'Conflict', message)
  }
  // ARM refuses a second operation on a resource while one is in progress.
  if (record.provisioning?.kind === 'create') {
    const message = `The image template '${ref.name}' is still being created (provisioningState Creating); retry the delete once it has finished.`
    return armError(409, 'AnotherOperationInProgress', message)
  }
  const { scenario, operations } = context
  const pending =
    record.provisioning?.kind === 'delete'
      ? operations.get(record.provisioning.operation)
      : undefined
  const operation = pending ?? operations.start(ref.subscriptionId, locationOf(record.resource))
  if (!pending) context.store.remove(record, operation.name)
  const style = { asyncOperation: false, location: true }
  return {
    status: 202,
    headers: pollingHeaders(context.url, operation, style, scenario.retryAfterSeconds),
  }
}

/** Location of a stored template resource. */
export function locationOf(resource: Record<string, unknown>): string {
  return typeof resource.location === 'string' ? resource.location : 'unknown'
}
