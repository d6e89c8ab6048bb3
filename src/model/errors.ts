import type { InputName } from './names.ts'

/** Where in a workspace file a problem is: an annotation there lands on the pull request's diff. */
export interface SourceLocation {
  /** Path relative to the workspace (the repository root). */
  readonly file: string
  readonly line?: number
  readonly column?: number
}

/** One problem with one input, and the file position it is about when it is in a file. */
export interface InputProblem {
  readonly input: InputName
  readonly message: string
  readonly at?: SourceLocation
}

/**
 * Something about an input that does not stop the run: a `warning` worth acting on (a script
 * with Windows line endings, a download nothing pins), or an `info` that a check was skipped.
 */
export interface InputNotice extends InputProblem {
  readonly level: 'warning' | 'info'
}

/** Thrown once by parseConfig with every problem found, so users fix them all in one push. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[]

  constructor(problems: readonly InputProblem[]) {
    super([headline(problems), ...problems.map((p) => `- \`${p.input}\`: ${p.message}`)].join('\n'))
    this.name = 'InputError'
    this.problems = problems
  }
}

/** `2 inputs are invalid:`, or `5 problems in 2 inputs:` when an input has more than one. */
function headline(problems: readonly InputProblem[]): string {
  const inputs = new Set(problems.map((p) => p.input)).size
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  if (problems.length === inputs)
    return inputs === 1 ? '1 input is invalid:' : `${inputs} inputs are invalid:`
  return `${plural(problems.length, 'problem')} in ${plural(inputs, 'input')}:`
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
