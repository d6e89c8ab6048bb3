import { describe, expect, it } from '@jest/globals'
import { createHttpHeaders, createPipelineRequest, RestError } from '@azure/core-rest-pipeline'
import { azureError, isNotFound, isTransient } from '../../../src/azure/errors.ts'

function restError(status: number | undefined, code: string, correlation?: string): RestError {
  const request = createPipelineRequest({ url: 'https://management.azure.com/x' })
  const headers = createHttpHeaders(
    correlation ? { 'x-ms-correlation-request-id': correlation } : {},
  )
  const response = status === undefined ? undefined : { status, headers, request }
  return new RestError(`service says ${code}`, { statusCode: status, code, request, response })
}

describe('azureError', () => {
  it('says what we were doing, the code, the status and the correlation id', () => {
    const error = azureError(
      'Creating image template "web"',
      restError(400, 'InvalidParameter', 'corr-123'),
    )
    expect(error.message).toBe(
      'Creating image template "web" failed: service says InvalidParameter (code InvalidParameter, HTTP 400, correlation id corr-123)',
    )
  })

  it('adds a hint for 401 and 403', () => {
    expect(azureError('Reading', restError(401, 'InvalidAuthenticationToken')).message).toContain(
      'client-id/tenant-id',
    )
    expect(azureError('Reading', restError(403, 'AuthorizationFailed')).message).toContain(
      'Permissions',
    )
  })

  it('wraps errors that are not from the service', () => {
    const error = azureError('Reading', new Error('socket hang up'))
    expect(error.message).toBe('Reading failed: socket hang up')
    expect(error.cause).toBeInstanceOf(Error)
  })
})

describe('classification', () => {
  it('treats throttling, 5xx and no response as transient', () => {
    for (const status of [408, 429, 500, 502, 503, 504])
      expect(isTransient(restError(status, 'X'))).toBe(true)
    expect(isTransient(restError(undefined, 'ECONNRESET'))).toBe(true)
    for (const status of [400, 401, 403, 404, 409])
      expect(isTransient(restError(status, 'X'))).toBe(false)
    expect(isTransient(new Error('plain'))).toBe(false)
  })

  it('recognises 404', () => {
    expect(isNotFound(restError(404, 'ResourceNotFound'))).toBe(true)
    expect(isNotFound(restError(400, 'Bad'))).toBe(false)
  })
})
