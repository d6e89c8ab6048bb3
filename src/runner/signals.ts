/**
 * One AbortSignal for everything that should stop the wait: the runner's SIGINT/SIGTERM on
 * workflow cancel, and the build timeout (plus a margin, the service enforces its own first).
 */
export interface StopSignal {
  readonly signal: AbortSignal
  /** Why the signal fired: 'cancelled' (SIGINT/SIGTERM) or 'timeout'. */
  reason(): 'cancelled' | 'timeout' | undefined
  dispose(): void
}

export function stopSignal(timeoutMs: number): StopSignal {
  const controller = new AbortController()
  let why: 'cancelled' | 'timeout' | undefined
  const stop = (reason: 'cancelled' | 'timeout') => {
    if (why) return
    why = reason
    controller.abort(
      new Error(reason === 'cancelled' ? 'The workflow was cancelled' : 'The build timed out'),
    )
  }
  const onSignal = () => stop('cancelled')
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  const timer = setTimeout(() => stop('timeout'), timeoutMs)
  timer.unref()
  return {
    signal: controller.signal,
    reason: () => why,
    dispose: () => {
      clearTimeout(timer)
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    },
  }
}

/** Sleeps `ms`, waking early (with the abort reason) when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason as Error)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Time as the build watch sees it: real here, a test's manual clock in timing tests. */
export interface ActionClock {
  readonly now: () => number
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<void>
}

export const REAL_CLOCK: ActionClock = { now: () => Date.now(), sleep }
