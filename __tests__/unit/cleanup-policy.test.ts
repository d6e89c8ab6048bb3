import { describe, expect, it } from '@jest/globals'
import { planCleanup } from '../../src/cleanup-policy.ts'
import { INITIAL_STATE, type PostState } from '../../src/runner/state.ts'

const finished = (runState: string): PostState => ({
  ...INITIAL_STATE,
  templateRequested: true,
  finished: true,
  runState,
})
const interrupted: PostState = { ...INITIAL_STATE, templateRequested: true }

describe('planCleanup', () => {
  it.each([
    ['on-success', 'Succeeded', true],
    ['on-success', 'Failed', false],
    ['on-success', 'PartiallySucceeded', false],
    ['on-success', 'Canceled', true],
    ['always', 'Failed', true],
    ['always', 'Succeeded', true],
    ['never', 'Succeeded', false],
    ['never', 'Canceled', false],
  ] as const)('cleanup %s after %s: delete=%s', (mode, runState, expected) => {
    const plan = planCleanup(mode, finished(runState), runState)
    expect(plan.delete).toBe(expected)
    expect(plan.cancel).toBe(false)
  })

  it('keeps a failed template for debugging and says so', () => {
    expect(planCleanup('on-success', finished('Failed'), 'Failed').reason).toBe(
      'the build ended Failed: kept for debugging (cleanup: on-success)',
    )
  })

  it('cancels and deletes a build main left running (workflow cancelled)', () => {
    expect(planCleanup('on-success', interrupted, 'Running')).toEqual({
      cancel: true,
      delete: true,
      reason: 'the build was cancelled (cleanup: on-success)',
    })
  })

  it('does not cancel again while the service is already cancelling', () => {
    expect(planCleanup('on-success', interrupted, 'Canceling')).toMatchObject({
      cancel: false,
      delete: true,
    })
  })

  it('cancels but keeps the template with cleanup: never', () => {
    expect(planCleanup('never', interrupted, 'Running')).toMatchObject({
      cancel: true,
      delete: false,
    })
  })

  it('works without any state (main killed before saving)', () => {
    expect(planCleanup('on-success', undefined, 'Running')).toMatchObject({
      cancel: true,
      delete: true,
    })
    expect(planCleanup('on-success', undefined, 'Failed')).toMatchObject({
      cancel: false,
      delete: false,
    })
    expect(planCleanup('on-success', undefined, undefined)).toMatchObject({ delete: true })
  })

  it('leaves a detached build (wait: false) alone whatever the mode', () => {
    const detached = { ...interrupted, detached: true }
    for (const mode of ['always', 'on-success', 'never'] as const) {
      expect(planCleanup(mode, detached, 'Running')).toMatchObject({ cancel: false, delete: false })
    }
  })
})
