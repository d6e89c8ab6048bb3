// Runs main and post in process through fakeIO, with a runner-like env; cleans what it made.
import { rmSync } from 'node:fs'
import { DEFAULT_LIMITS, type Limits } from '../../src/model/limits.ts'
import { runMain } from '../../src/steps/main.ts'
import { runPost } from '../../src/steps/post.ts'
import type { Emulator } from '../emulator/types.ts'
import { fakeIO, stepEnv, type FakeIO } from './fake-io.ts'
import type { GithubEvent } from './run-action.ts'
import { makeWorkspace } from './workspace.ts'

export interface InProcessStep {
  readonly main: FakeIO
  readonly post: FakeIO
  readonly mainCode: number
  readonly postCode: number
}

/** One step of a job, in process: main, then post with main's saved state. */
export interface StepRunner {
  runMain(inputs: Record<string, string>, limits?: Limits): Promise<{ io: FakeIO; code: number }>
  runPost(
    inputs: Record<string, string>,
    state: Record<string, string>,
  ): Promise<{ io: FakeIO; code: number }>
  runStep(inputs: Record<string, string>): Promise<InProcessStep>
  /** Removes every workspace and RUNNER_TEMP it made. */
  cleanup(): void
}

/** `event`: what triggered the job (e.g. `pullRequestEvent(7)` from run-action.ts); none by default. */
export function stepRunner(emulator: Emulator, event?: GithubEvent): StepRunner {
  const cleanups: (() => void)[] = []
  const workspace = makeWorkspace()
  cleanups.push(() => rmSync(workspace, { recursive: true, force: true }))
  const made = stepEnv(workspace, emulator, event)
  cleanups.push(made.cleanup)
  const runner: StepRunner = {
    async runMain(inputs, limits = DEFAULT_LIMITS) {
      const io = fakeIO({ inputs, emulator })
      return { io, code: await runMain(io, made.env, limits) }
    },
    async runPost(inputs, state) {
      const io = fakeIO({ inputs, state, emulator })
      return { io, code: await runPost(io, made.env) }
    },
    async runStep(inputs) {
      const main = await runner.runMain(inputs)
      const post = await runner.runPost(inputs, main.io.state)
      return { main: main.io, post: post.io, mainCode: main.code, postCode: post.code }
    },
    cleanup: () => cleanups.forEach((c) => c()),
  }
  return runner
}
