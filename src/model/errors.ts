import type { InputName } from './names.ts'

/** One problem with one input. */
export interface InputProblem {
  readonly input: InputName
  readonly message: string
}

/** Thrown once by parseConfig with every problem found, so users fix them all in one push. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[]

  constructor(problems: readonly InputProblem[]) {
    const count = problems.length
    const head = count === 1 ? '1 input is invalid:' : `${count} inputs are invalid:`
    super([head, ...problems.map((p) => `- \`${p.input}\`: ${p.message}`)].join('\n'))
    this.name = 'InputError'
    this.problems = problems
  }
}

/** An error whose message is already written for the user (what failed, why, what to do). */
export class ActionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ActionError'
  }
}

/** The one place that turns any thrown value into the message the step fails with. */
export function formatError(error: unknown): { message: string; debug?: string } {
  if (error instanceof InputError || error instanceof ActionError) {
    const cause = error.cause instanceof Error ? error.cause.stack : undefined
    return { message: error.message, debug: cause }
  }
  if (error instanceof Error) {
    return { message: `Unexpected error: ${error.message}`, debug: error.stack }
  }
  return { message: `Unexpected error: ${String(error)}` }
}
