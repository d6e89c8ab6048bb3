import { PHASE_KEY } from './model/names.ts'
import { actionIO } from './runner/io.ts'
import { runMain } from './steps/main.ts'
import { runPost } from './steps/post.ts'

/**
 * Runs the phase this process is: the runner starts the bundle twice (main, then post) and the
 * state flag written by the first run tells them apart. Exported for `@github/local-action`,
 * which imports an entry point and calls its `run()`.
 */
export async function run(): Promise<void> {
  const io = actionIO()
  const isPost = io.getState(PHASE_KEY) === 'post'
  if (!isPost) io.saveState(PHASE_KEY, 'post')
  process.exitCode = isPost ? await runPost(io) : await runMain(io)
}
