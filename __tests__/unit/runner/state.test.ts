import { describe, expect, it } from '@jest/globals'
import type { ActionIO } from '../../../src/runner/io.ts'
import { INITIAL_STATE, loadPostState, savePostState } from '../../../src/runner/state.ts'

function memoryIO(): ActionIO {
  const state = new Map<string, string>()
  return {
    saveState: (k: string, v: string) => state.set(k, v),
    getState: (k: string) => state.get(k) ?? '',
  } as unknown as ActionIO
}

describe('post state', () => {
  it('round-trips through the runner state, last write wins', () => {
    const io = memoryIO()
    savePostState(io, { ...INITIAL_STATE, runStarted: true })
    savePostState(io, { ...INITIAL_STATE, runStarted: true, runState: 'Failed' })
    expect(loadPostState(io)).toEqual({
      ...INITIAL_STATE,
      runStarted: true,
      runState: 'Failed',
    })
  })

  it('is undefined when missing, corrupt or of another version', () => {
    const io = memoryIO()
    expect(loadPostState(io)).toBeUndefined()
    io.saveState('aib', '{not json')
    expect(loadPostState(io)).toBeUndefined()
    io.saveState('aib', JSON.stringify({ v: 1, templateRequested: true }))
    expect(loadPostState(io)).toBeUndefined()
  })
})
