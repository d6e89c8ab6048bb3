// Time sources of the emulator: the wall clock by default, a manual clock for timing tests.
import type { Clock } from './types.ts'

/** The real time, `Date.now()`; the emulator's default. */
export const wallClock: Clock = { now: () => Date.now() }

/** A clock that stands still until `advance` moves it. */
export interface ManualClock extends Clock {
  /**
   * Move the time forward by `ms` (0 or more), then run every listener synchronously: an
   * emulator on this clock has moved its builds, LROs and galleries along when this returns.
   */
  advance(ms: number): void
  onAdvance(listener: () => void): () => void
}

/**
 * A manual clock starting at `start` (ms since epoch; default 2026-01-01T00:00:00Z). Pass it as
 * `startEmulator({ clock })`: phases, provisioning, cancels and outages then end exactly when the
 * test has advanced the clock far enough, whatever the load on the machine.
 */
export function manualClock(start = Date.UTC(2026, 0, 1)): ManualClock {
  if (!Number.isFinite(start)) throw new RangeError(`manualClock: start ${start} is not a time`)
  let now = start
  const listeners = new Set<() => void>()
  return {
    now: () => now,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError(`manualClock.advance: ${ms} is not a duration (ms >= 0)`)
      }
      now += ms
      for (const listener of [...listeners]) listener()
    },
    onAdvance(listener) {
      // A wrapper per registration, so registering the same function twice needs two removals.
      const entry = (): void => listener()
      listeners.add(entry)
      return () => {
        listeners.delete(entry)
      }
    },
  }
}
