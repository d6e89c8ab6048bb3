import { describe, expect, it } from '@jest/globals'
import { isTerminal } from '../../../src/model/run-state.ts'

describe('isTerminal', () => {
  it('knows the terminal states', () => {
    expect(['Succeeded', 'PartiallySucceeded', 'Failed', 'Canceled'].every(isTerminal)).toBe(true)
    expect(isTerminal('Running')).toBe(false)
    expect(isTerminal('Canceling')).toBe(false)
    expect(isTerminal(undefined)).toBe(false)
  })
})
