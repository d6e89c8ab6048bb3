import { describe, expect, it } from '@jest/globals'
import { formatElapsed } from '../../../src/model/elapsed.ts'

describe('formatElapsed', () => {
  it.each([
    [0, '0s'],
    [59_400, '59s'],
    [61_000, '1m01s'],
    [3_599_000, '59m59s'],
    [3 * 3600_000 + 5 * 60_000, '3h05m'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text)
  })
})
