import { locationOf, methodNotAllowed } from './arm-image-templates.ts'
import { tenantOfBearer } from './auth.ts'
import type { EmulatorContext } from './context.ts'
import { armError, templateNotFound } from './errors.ts'
import type { Exchange, Reply } from './exchange.ts'
import { pollingHeaders } from './lro.ts'
import type { TemplateRef } from './resource-id.ts'
import { isActive, requestCancel } from './run.ts'

/** POST `…/run`: start a build. */
export function handleRun(exchange: Exchange, context: EmulatorContext, ref: TemplateRef): Reply {
  if (exchange.method !== 'POST') return methodNotAllowed(exchange)
  const record = context.store.get(ref)
  if (!record) return templateNotFound(ref.resourceGroup, ref.name)
  const state = record.resource.properties.provisioningState
  if (state !== 'Succeeded') {
    const message = `The image template '${ref.name}' cannot be run while its provisioningState is '${String(state)}'.`
    return armError(409, 'Conflict', message)
  }
  if (isActive(record.run)) {
    const message = `A build of image template '${ref.name}' is already running. Wait for it to finish or cancel it.`
    return armError(409, 'Conflict', message)
  }
  const operation = context.operations.start(ref.subscriptionId, locationOf(record.resource))
  // The service reads customizer sources as the template's identity, in the caller's tenant.
  context.store.beginRun(record, operation.name, tenantOfBearer(exchange.headers.authorization))
  const style = { asyncOperation: true, location: true }
  return {
    status: 202,
    headers: pollingHeaders(context.url, operation, style, context.scenario.retryAfterSeconds),
  }
}

/** POST `…/cancel`: stop the running build. */
export function handleCancel(
  exchange: Exchange,
  context: EmulatorContext,
  ref: TemplateRef,
): Reply {
  if (exchange.method !== 'POST') return methodNotAllowed(exchange)
  const record = context.store.get(ref)
  if (!record) return templateNotFound(ref.resourceGroup, ref.name)
  if (record.run?.state !== 'Running') {
    const state = record.run?.state ?? 'not started'
    const message = `No build is running for image template '${ref.name}' (last run state: ${state}), so there is nothing to cancel.`
    return armError(409, 'Conflict', message)
  }
  const { scenario, operations } = context
  const operation = operations.start(ref.subscriptionId, locationOf(record.resource))
  const duration = scenario.cancelMs ?? scenario.provisionMs
  requestCancel(record.run, context.clock.now(), operation.name, duration)
  context.store.tick()
  const style = { asyncOperation: true, location: false }
  return {
    status: 202,
    headers: pollingHeaders(context.url, operation, style, scenario.retryAfterSeconds),
  }
}

/** GET `…/runOutputs` and `…/runOutputs/{name}`: outputs of the last finished build. */
export function handleRunOutputs(
  exchange: Exchange,
  context: EmulatorContext,
  ref: TemplateRef,
  outputName: string | undefined,
): Reply {
  if (exchange.method !== 'GET') return methodNotAllowed(exchange)
  const record = context.store.get(ref)
  if (!record) return templateNotFound(ref.resourceGroup, ref.name)
  if (outputName === undefined) return { status: 200, body: { value: record.outputs } }
  const output = record.outputs.find((item) => item.name.toLowerCase() === outputName.toLowerCase())
  if (output) return { status: 200, body: output }
  const message = `The run output '${outputName}' of image template '${ref.name}' was not found.`
  return armError(404, 'ResourceNotFound', message)
}
