import { parseCleanupTarget } from '../config/cleanup-target.ts'
import { DEFAULT_LIMITS, type Limits } from '../model/limits.ts'
import { formatError } from '../model/errors.ts'
import type { ActionIO } from '../runner/io.ts'
import { loadPostState } from '../runner/state.ts'
import { warn } from '../report/annotations.ts'

/**
 * Post phase: cancel a build main left running and delete the template per `cleanup`. It works
 * from what main saved; only when main saved nothing at all does it read the few inputs that
 * name the template and sign in (never workspace files, which later steps may have changed).
 */
export async function runPost(
  io: ActionIO,
  env: NodeJS.ProcessEnv = process.env,
  limits: Limits = DEFAULT_LIMITS,
): Promise<number> {
  try {
    const state = loadPostState(io)
    const target = state ? state.target : parseCleanupTarget((name) => io.getInput(name), env)
    if (!target) {
      io.info('Cleanup: nothing to do (nothing was created in Azure)')
      return 0
    }
    // Loaded here, not at startup: the Azure SDK is most of the bundle (see main.ts).
    const { cleanUp } = await import('./cleanup.ts')
    await cleanUp(io, { target, state, limits })
  } catch (error) {
    // Cleanup problems must not hide the build's own result: warn, never fail the job here.
    warn(io, `Cleanup failed: ${formatError(error).message}`)
  }
  return 0
}
