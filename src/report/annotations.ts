// The one place that raises annotations: every warning and the step's failure go through here,
// so how they are shown, and where in a file they point, is decided once.
import { formatError, InputError, type InputNotice } from '../model/errors.ts'
import type { ActionIO, AnnotationTarget } from '../runner/io.ts'

/** A warning annotation: something to act on; the step goes on. */
export function warn(io: ActionIO, message: string, target?: AnnotationTarget): void {
  io.warning(message, target)
}

/** An error annotation at a file (a failing script, a problem in a template file). */
export function annotateError(io: ActionIO, message: string, target: AnnotationTarget): void {
  io.error(message, target)
}

/** Fails the step with the message that says why (an error annotation). */
export function failStep(io: ActionIO, message: string): void {
  io.fail(message)
}

/**
 * Fails the step with whatever was thrown. Input problems that are about a place in a file are
 * also annotated there, one each, so they land on the pull request's diff; the failure itself
 * lists every problem.
 */
export function failWith(io: ActionIO, error: unknown): void {
  const { message, debug } = formatError(error)
  if (debug) io.debug(debug)
  if (error instanceof InputError)
    for (const { input, message: problem, at } of error.problems)
      if (at) io.error(problem, { ...at, title: `Invalid input \`${input}\`` })
  io.fail(message)
}

/** What input checking noticed without failing: warnings at their file, skipped checks as lines. */
export function reportNotices(io: ActionIO, notices: readonly InputNotice[]): void {
  for (const { input, message, at, level } of notices) {
    if (level === 'warning') io.warning(message, { ...at, title: `\`${input}\`` })
    else io.info(`${input}: ${message}`)
  }
}
