import { InputError } from './config/issues.ts'
import { parseConfig } from './config/inputs.ts'
import type { Config } from './config/types.ts'
import { formatError } from './runner/errors.ts'
import type { ActionIO } from './runner/io.ts'
import { loadPostState } from './runner/state.ts'

/** Post phase: cancel a build main left running and delete the template per `cleanup`. */
export async function runPost(io: ActionIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const state = loadPostState(io)
    if (state?.templateRequested === false) return nothingToDo(io, 'nothing was created in Azure')
    const config = parseConfigQuietly(io, env)
    if (!config) return nothingToDo(io, 'the inputs were invalid, so nothing was created')
    if (config.dryRun) return nothingToDo(io, 'dry run')
    // Loaded here, not at startup: the Azure SDK is most of the bundle (see main.ts).
    const { cleanUp } = await import('./cleanup.ts')
    await cleanUp(io, config, state)
  } catch (error) {
    // Cleanup problems must not hide the build's own result: warn, never fail the job here.
    io.warning(`Cleanup failed: ${formatError(error).message}`)
  }
  return 0
}

function nothingToDo(io: ActionIO, why: string): number {
  io.info(`Cleanup: nothing to do (${why})`)
  return 0
}

function parseConfigQuietly(io: ActionIO, env: NodeJS.ProcessEnv): Config | undefined {
  try {
    return parseConfig((name) => io.getInput(name), env)
  } catch (error) {
    if (error instanceof InputError) return undefined
    throw error
  }
}
