import { PHASE_KEY } from './model/names.ts'
import { runMain } from './steps/main.ts'
import { runPost } from './steps/post.ts'
import { actionIO } from './runner/io.ts'

// The runner runs this bundle twice (main, then post); the state flag tells the runs apart.
const io = actionIO()
const isPost = io.getState(PHASE_KEY) === 'post'
if (!isPost) io.saveState(PHASE_KEY, 'post')
process.exitCode = isPost ? await runPost(io) : await runMain(io)
