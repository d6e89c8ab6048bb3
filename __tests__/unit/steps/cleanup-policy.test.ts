import { describe, expect, it } from '@jest/globals'
import { planCleanup, postStepPromise, removalCommands } from '../../../src/steps/cleanup-policy.ts'
import { INITIAL_STATE, type PostState } from '../../../src/runner/state.ts'

const finished = (runState: string): PostState => ({
  ...INITIAL_STATE,
  runStarted: true,
  finished: true,
  runState,
})
const interrupted: PostState = { ...INITIAL_STATE, runStarted: true }

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

const ID =
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.VirtualMachineImages/imageTemplates/t'

describe('removalCommands', () => {
  it('deletes, and cancels first when the build may still run', () => {
    expect(removalCommands(ID, false)).toBe(`  az image builder delete --ids ${ID}`)
    expect(removalCommands(ID, true).split('\n')).toEqual([
      `  az image builder cancel --ids ${ID}`,
      `  az image builder delete --ids ${ID}`,
    ])
  })
})

describe('postStepPromise (what main says post will do)', () => {
  it.each([
    ['on-success', 'Succeeded', 'deletes the template (the build succeeded'],
    ['on-success', 'Canceled', 'deletes the template (the build was cancelled'],
    ['on-success', 'Failed', 'keeps the template (the build ended Failed: kept for debugging'],
    ['always', 'Failed', 'deletes the template (cleanup: always)'],
    ['never', 'Succeeded', 'keeps the template (cleanup: never)'],
  ] as const)('cleanup %s, run %s: post %s', (mode, runState, expected) => {
    const promise = postStepPromise(mode, runState, ID)
    expect(promise).toContain(expected)
    // Whatever main promises is what post's own plan does.
    const plan = planCleanup(mode, finished(runState), runState)
    expect(promise.includes('deletes')).toBe(plan.delete)
    expect(promise.includes('az image builder delete')).toBe(!plan.delete)
  })
})

describe('postStepPromise with a VHD in the staging account', () => {
  it('says the template is kept, as post does, even with cleanup: always', () => {
    const promise = postStepPromise('always', 'Succeeded', ID, true)
    expect(promise).toContain('The post step keeps the template: its VHD lives')
    expect(promise).toContain(`az image builder delete --ids ${ID}`)
  })
})
