import { describe, expect, it } from '@jest/globals'
import { sleep, stopSignal } from '../../../src/runner/signals.ts'

describe('stopSignal', () => {
  it('aborts on SIGINT with reason "cancelled"', () => {
    const stop = stopSignal(60_000)
    try {
      process.emit('SIGINT', 'SIGINT')
      expect(stop.signal.aborted).toBe(true)
      expect(stop.reason()).toBe('cancelled')
    } finally {
      stop.dispose()
    }
  })

  it('aborts on timeout with reason "timeout"', async () => {
    const stop = stopSignal(20)
    try {
      await sleep(60)
      expect(stop.reason()).toBe('timeout')
    } finally {
      stop.dispose()
    }
  })

  it('stops listening once disposed', () => {
    const before = process.listenerCount('SIGTERM')
    const stop = stopSignal(60_000)
    expect(process.listenerCount('SIGTERM')).toBe(before + 1)
    stop.dispose()
    expect(process.listenerCount('SIGTERM')).toBe(before)
  })
})

describe('sleep', () => {
  it('wakes early with the abort reason', async () => {
    const controller = new AbortController()
    const started = Date.now()
    setTimeout(() => controller.abort(new Error('stop')), 10)
    await expect(sleep(5_000, controller.signal)).rejects.toThrow('stop')
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('rejects at once when already aborted', async () => {
    await expect(sleep(5_000, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone')
  })
})
