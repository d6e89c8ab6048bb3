import { formatElapsed } from './elapsed.ts'
import { ActionError } from './errors.ts'

/** A wait that ran past its deadline; the message names what it waited for. */
export class DeadlineError extends ActionError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DeadlineError'
  }
}

export interface Wait {
  /** What we wait for, completing "Gave up after 15m00s waiting for …". */
  readonly what: string
  readonly ms: number
  /** Aborts the wait early too (the runner stopping the step). */
  readonly outer?: AbortSignal
}

/**
 * Runs `work` with a signal that aborts after `wait.ms` or when `wait.outer` aborts. Every wait on
 * Azure goes through here, so none can hang a job until GitHub's own timeout.
 * @throws DeadlineError when the deadline passed first
 */
export async function withDeadline<T>(
  wait: Wait,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timeout = AbortSignal.timeout(wait.ms)
  const signal = wait.outer ? AbortSignal.any([wait.outer, timeout]) : timeout
  try {
    // Raced, not only signalled: a call that ignores its signal (a token request, a stalled
    // socket) must not hold the wait past its deadline.
    return await Promise.race([work(signal), rejectOnAbort(signal)])
  } catch (error) {
    if (timeout.aborted && !wait.outer?.aborted)
      throw new DeadlineError(`Gave up after ${formatElapsed(wait.ms)} waiting for ${wait.what}.`, {
        cause: error,
      })
    throw error
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(signal.reason as Error)
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail, { once: true })
  })
}
