import { randomUUID } from 'node:crypto'
import type { Reply } from './exchange.ts'
import { API_VERSION } from './resource-id.ts'
import type { Clock } from './types.ts'

/** Status of an ARM asynchronous operation. */
export type OperationStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled'

/** An asynchronous operation (PUT, DELETE, run or cancel of a template). */
export interface Operation {
  name: string
  subscriptionId: string
  location: string
  status: OperationStatus
  startTime: string
  endTime?: string
  error?: { code: string; message: string }
  /** Set for Microsoft.Compute operations, polled under `…/capsOperations/{name}`. */
  compute?: { apiVersion: string }
}

/** All operations of one emulator, by name. */
export interface OperationStore {
  start(subscriptionId: string, location: string, compute?: Operation['compute']): Operation
  finish(name: string | undefined, status: OperationStatus, error?: Operation['error']): void
  get(name: string): Operation | undefined
}

/** Which polling headers a 201/202 answer carries. */
export interface PollingStyle {
  asyncOperation: boolean
  location: boolean
}

/** An empty operation store; start and end times come from `clock`. */
export function createOperationStore(clock: Clock): OperationStore {
  const operations = new Map<string, Operation>()
  return {
    start(subscriptionId, location, compute) {
      const operation: Operation = {
        name: randomUUID(),
        subscriptionId,
        location,
        status: 'InProgress',
        startTime: new Date(clock.now()).toISOString(),
        ...(compute ? { compute } : {}),
      }
      operations.set(operation.name, operation)
      return operation
    },
    finish(name, status, error) {
      const operation = name === undefined ? undefined : operations.get(name)
      if (!operation || operation.status !== 'InProgress') return
      operation.status = status
      operation.endTime = new Date(clock.now()).toISOString()
      if (error) operation.error = error
    },
    get: (name) => operations.get(name),
  }
}

/** URL polled through `Azure-AsyncOperation` (an operation status body). */
export function asyncOperationUrl(baseUrl: string, operation: Operation): string {
  return operationUrl(baseUrl, operation, 'operations')
}

/** URL polled through `Location` (202 while running, 204 when done). */
export function locationUrl(baseUrl: string, operation: Operation): string {
  return operationUrl(baseUrl, operation, 'operationResults')
}

function operationUrl(baseUrl: string, operation: Operation, kind: string): string {
  const apiVersion = operation.compute?.apiVersion ?? API_VERSION
  return `${baseUrl}${operationPath(operation, kind)}?api-version=${apiVersion}`
}

function operationPath(operation: Operation, kind: string): string {
  const { subscriptionId, location, name } = operation
  const where = `/subscriptions/${subscriptionId}/providers`
  // Compute answers every asynchronous operation under capsOperations, in the normalized region.
  if (operation.compute) {
    const region = location.replaceAll(' ', '').toLowerCase()
    return `${where}/Microsoft.Compute/locations/${encodeURIComponent(region)}/capsOperations/${name}`
  }
  return `${where}/Microsoft.VirtualMachineImages/locations/${encodeURIComponent(location)}/${kind}/${name}`
}

/** Headers of a 201/202 answer that starts `operation`. */
export function pollingHeaders(
  baseUrl: string,
  operation: Operation,
  style: PollingStyle,
  retryAfterSeconds: number,
): Record<string, string> {
  const headers: Record<string, string> = { 'retry-after': String(retryAfterSeconds) }
  if (style.asyncOperation) headers['azure-asyncoperation'] = asyncOperationUrl(baseUrl, operation)
  if (style.location) headers.location = locationUrl(baseUrl, operation)
  return headers
}

/** GET of an Azure-AsyncOperation URL: the operation status body. */
export function operationStatusReply(operation: Operation, retryAfterSeconds: number): Reply {
  const { name, status, startTime, endTime, error } = operation
  const body = {
    id: operationPath(operation, 'operations'),
    name,
    status,
    startTime,
    endTime,
    error,
  }
  const headers: Record<string, string> =
    status === 'InProgress' ? { 'retry-after': String(retryAfterSeconds) } : {}
  return { status: 200, headers, body }
}

/** GET of a Location URL: 202 while running, 204 on success, the error otherwise. */
export function operationResultReply(
  baseUrl: string,
  operation: Operation,
  retryAfterSeconds: number,
): Reply {
  if (operation.status === 'InProgress') {
    const headers = pollingHeaders(
      baseUrl,
      operation,
      { asyncOperation: false, location: true },
      retryAfterSeconds,
    )
    return { status: 202, headers }
  }
  if (operation.status === 'Succeeded') return { status: 204 }
  const error = operation.error ?? {
    code: operation.status,
    message: `The operation ${operation.status.toLowerCase()}.`,
  }
  return { status: operation.status === 'Canceled' ? 409 : 500, body: { error } }
}
