import { describe, expect, it } from '@jest/globals'
import { sasSignatures } from '../../../src/runner/mask.ts'

describe('sasSignatures', () => {
  it('finds every sig= value, raw and URL-decoded', () => {
    const uri =
      'https://a.blob.core.windows.net/vhds/x.vhd?sv=2022-11-02&sr=b&sig=abc%2Bdef%3D&se=2026'
    expect(sasSignatures(uri)).toEqual(['abc%2Bdef%3D', 'abc+def='])
    expect(sasSignatures(`see ${uri} and https://b/y?sig=Zz9`)).toEqual([
      'abc%2Bdef%3D',
      'abc+def=',
      'Zz9',
    ])
  })

  it('finds nothing in URLs without a signature', () => {
    expect(sasSignatures('https://a.blob.core.windows.net/vhds/x.vhd')).toEqual([])
    expect(sasSignatures('')).toEqual([])
  })
})
