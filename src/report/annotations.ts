// The one place that raises annotations: every warning and the step's failure go through here,
// so how they are shown (and, later, where in a file they point) is decided once.
import type { ActionIO } from '../runner/io.ts'

/** A warning annotation: something to act on; the step goes on. */
export function warn(io: ActionIO, message: string): void {
  io.warning(message)
}

/** Fails the step with the message that says why (an error annotation). */
export function failStep(io: ActionIO, message: string): void {
  io.fail(message)
}
