import { isActiveRunState } from '../azure/image-templates.ts'
import type { CleanupMode } from '../model/types.ts'
import type { PostState } from '../runner/state.ts'

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
  state: Partial<PostState> | undefined,
  liveRunState: string | undefined,
): CleanupPlan {
  if (state?.detached) {
    return {
      cancel: false,
      delete: false,
      reason: 'the build continues after this job (wait: false); the job that resumes it cleans up',
    }
  }
  // Main did not see the end (cancelled or killed) but the build is still going: stop it.
  const interrupted = state?.finished !== true && isActiveRunState(liveRunState)
  const cancel = interrupted && liveRunState === 'Running'
  const runState = interrupted ? 'Canceled' : (state?.runState ?? liveRunState)
  const decision = decide(mode, runState)
  return { cancel, ...decision }
}

function decide(mode: CleanupMode, runState: string | undefined): Omit<CleanupPlan, 'cancel'> {
  if (mode === 'never') return { delete: false, reason: 'cleanup: never' }
  if (mode === 'always') return { delete: true, reason: 'cleanup: always' }
  const why: Record<string, string> = {
    Succeeded: 'the build succeeded',
    Canceled: 'the build was cancelled',
    none: 'the build never ran',
  }
  const reason = why[runState ?? 'none']
  if (reason) return { delete: true, reason: `${reason} (cleanup: on-success)` }
  return {
    delete: false,
    reason: `the build ended ${runState}: kept for debugging (cleanup: on-success)`,
  }
}

/**
 * The commands that remove what was left: printed whenever the action leaves a template (or a
 * build) behind, so nobody has to work them out while a build is billing.
 */
export function removalCommands(templateId: string, mayBeRunning: boolean): string {
  const cancel = mayBeRunning ? [`  az image builder cancel --ids ${templateId}`] : []
  return [...cancel, `  az image builder delete --ids ${templateId}`].join('\n')
}

/** What main tells the user the post step will do with the template, given how the run ended. */
export function postStepPromise(
  mode: CleanupMode,
  runState: string,
  templateId: string,
  keepsVhd = false,
): string {
  const plan = planCleanup(mode, { finished: true, runState }, runState)
  if (plan.delete && keepsVhd)
    return `The post step keeps the template: its VHD lives in the template's staging storage account and would be deleted with it. Copy the VHD (vhd-uri), then remove the template with:\n${removalCommands(templateId, false)}`
  if (plan.delete) return `The post step deletes the template (${plan.reason}).`
  return `The post step keeps the template (${plan.reason}). Remove it later with:\n${removalCommands(templateId, false)}`
}
