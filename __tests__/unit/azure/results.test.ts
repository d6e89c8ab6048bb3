import { describe, expect, it } from '@jest/globals'
import { customizationLogFrom, toBuildResult } from '../../../src/azure/results.ts'

const SUB = '/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333'
const URL_FORM =
  'Failed while waiting for packerizer: Packer build command has failed: exit status 1. Image Build log location: https://abcdefghij0123456789abcd.blob.core.windows.net/packerlogs/1d3c7c0d-1111-2222-3333-444455556666/customization.log. OperationId: 9f0.'
const PATH_FORM = `Packer build command has failed. Image Build log location: ${SUB}/resourceGroups/IT_rg_t_1/providers/Microsoft.Storage/storageAccounts/acct123/blobServices/default/containers/packerlogs/1d3c/customization.log. OperationId: 9f0.`

describe('customizationLogFrom', () => {
  it('finds the https blob URL form', () => {
    expect(customizationLogFrom(URL_FORM)).toBe(
      'https://abcdefghij0123456789abcd.blob.core.windows.net/packerlogs/1d3c7c0d-1111-2222-3333-444455556666/customization.log',
    )
  })

  it('finds the storage resource path form', () => {
    expect(customizationLogFrom(PATH_FORM)).toBe(
      `${SUB}/resourceGroups/IT_rg_t_1/providers/Microsoft.Storage/storageAccounts/acct123/blobServices/default/containers/packerlogs/1d3c/customization.log`,
    )
  })

  it('returns undefined when the message names no log', () => {
    expect(customizationLogFrom('Validation failed: source image not found')).toBeUndefined()
    expect(customizationLogFrom('')).toBeUndefined()
  })
})

describe('toBuildResult', () => {
  const managed = {
    name: 'managed-image',
    artifactId: `${SUB}/resourceGroups/rg/providers/Microsoft.Compute/images/web`,
  }
  const gallery = {
    name: 'gallery-image',
    artifactId: `${SUB}/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/web/versions/1.4.2`,
  }
  const vhd = { name: 'vhd', artifactUri: 'https://acct.blob.core.windows.net/vhds/web.vhd' }

  it('prefers the gallery version for image-id and reports the VHD uri', () => {
    const result = toBuildResult({ runState: 'Succeeded', message: '' }, [managed, gallery, vhd])
    expect(result.imageId).toBe(gallery.artifactId)
    expect(result.vhdUri).toBe(vhd.artifactUri)
    expect(result.outputs).toEqual([managed, gallery, vhd])
    expect(result.customizationLog).toBeUndefined()
  })

  it('falls back to the managed image', () => {
    expect(toBuildResult({ runState: 'Succeeded', message: '' }, [managed]).imageId).toBe(
      managed.artifactId,
    )
  })

  it('carries the failure message and log location', () => {
    const result = toBuildResult({ runState: 'Failed', message: URL_FORM }, [])
    expect(result).toMatchObject({ runState: 'Failed', message: URL_FORM, outputs: [] })
    expect(result.customizationLog).toMatch(/customization\.log$/)
    expect(result.imageId).toBeUndefined()
  })
})
