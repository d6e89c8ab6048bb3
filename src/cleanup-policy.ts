import type { CleanupMode } from './config/types.ts'
import type { PostState } from './runner/state.ts'

export interface CleanupPlan {
  /** Cancel a build that is still running (main was interrupted). */
  readonly cancel: boolean
  readonly delete: boolean
  /** Why, in words for the log. */
  readonly reason: string
}

/** What the post step does, from `cleanup`, what main recorded, and the run state seen now. */
export function planCleanup(
  mode: CleanupMode,
  state: PostState | undefined,
  liveRunState: string | undefined,
): CleanupPlan {
  if (state?.detached)
    return {
      cancel: false,
      delete: false,
      reason: 'the build continues after this job (wait: false); the job that resumes it cleans up',
    }
  const interrupted =
    !state?.finished && (liveRunState === 'Running' || liveRunState === 'Canceling')
  const runState = interrupted ? 'Canceled' : (state?.runState ?? liveRunState)
  const cancel = interrupted && liveRunState === 'Running'
  if (mode === 'never') return { cancel, delete: false, reason: 'cleanup: never' }
  if (mode === 'always') return { cancel, delete: true, reason: 'cleanup: always' }
  if (runState === 'Succeeded')
    return { cancel, delete: true, reason: 'the build succeeded (cleanup: on-success)' }
  if (runState === 'Canceled' || interrupted)
    return { cancel, delete: true, reason: 'the build was cancelled (cleanup: on-success)' }
  if (runState === undefined)
    return { cancel, delete: true, reason: 'the build never ran (cleanup: on-success)' }
  return {
    cancel,
    delete: false,
    reason: `the build ended ${runState}: kept for debugging (cleanup: on-success)`,
  }
}
