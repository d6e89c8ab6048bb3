// Failure diagnosis from Image Builder's customization.log: which step of the template failed,
// Packer's error, and the lines that show why. Pure and linear in the log's length; the caller
// reads the log (azure/customization-log.ts) and passes the template's steps in order.
import {
  endOfSteps,
  scanCustomizationLog,
  type LogScan,
  type ProvisionerStart,
} from './customization-log-scan.ts'
import { displayLine, isNoise } from './packer-log-lines.ts'
import { findStep, type FoundStep, type TemplateSteps } from './step-mapping.ts'

export type { StepList } from './customization-log-scan.ts'
export type { FoundStep, MappedBy, TemplateStep, TemplateSteps } from './step-mapping.ts'

/** What failed: a customizer, a validator, the build's time limit, or the log does not say. */
export type FailureRole = 'customizer' | 'validator' | 'timeout' | 'unknown'

/** What the log says about a failed build. */
export interface LogDiagnosis {
  readonly role: FailureRole
  /** The failing step (for a timeout: the step running when time ran out), when the log tells. */
  readonly step?: FoundStep
  /** The Packer provisioner that failed or was running: shell, powershell, file, … */
  readonly provisioner?: string
  /** The failing provisioner is the service's own deprovisioning step. */
  readonly deprovisioning?: boolean
  /**
   * Packer's error, e.g. `Script exited with non-zero exit status: 1. Allowed exit codes are:
   * [0]`; for a timeout, the line that shows the build being stopped.
   */
  readonly error?: string
  /** The exit status in Packer's error, when it gives one. */
  readonly exitStatus?: number
  /** The last lines of the failing step before the error, shortened, each led by `| `. */
  readonly excerpt: readonly string[]
}

export interface DiagnoseOptions {
  /** The text is the tail of a longer log (its first line is partial). */
  readonly truncated?: boolean
  /** Lines in the excerpt; 30 unless given. */
  readonly excerptLines?: number
}

const EXCERPT_LINES = 30
const CLEANUP =
  /^==> azure-arm(?:\.[\w-]+)?: (?:Provisioning step had errors|Deleting individual resources|Removing the created Deployment object|Cleanup requested)/
const EXIT_STATUS = /non-zero exit status: (\d+)/

/** Diagnoses a failed build from its customization.log (at most its last 4 MiB are read). */
export function diagnoseCustomizationLog(
  text: string,
  steps: TemplateSteps,
  options: DiagnoseOptions = {},
): LogDiagnosis {
  const scan = scanCustomizationLog(text, options.truncated)
  const { failing, sectionEnd, step } = locateFailure(scan, steps)
  const timedOut = isTimeout(scan)
  const lines = options.excerptLines ?? EXCERPT_LINES
  return compact({
    role: timedOut ? 'timeout' : roleOf(scan, failing, step, steps),
    step,
    provisioner: failing?.type,
    deprovisioning: failing?.internal || undefined,
    ...errorOf(scan, timedOut),
    excerpt: excerptOf(scan, failing?.line ?? 0, sectionEnd, lines),
  })
}

/** One sentence for the job log and summary, e.g. "Customizer 2 of 3 'app' (Shell) failed: …". */
export function describeDiagnosis(diagnosis: LogDiagnosis): string {
  const { role, step, error } = diagnosis
  if (role === 'timeout') {
    const running = step ? ` while ${labelOf(step)} was running` : ''
    return `The build timed out${running}${error ? ` (${error})` : ''}`
  }
  const why = error ? `: ${error}` : ''
  if (step) return `${capitalized(labelOf(step))} failed${why}`
  if (diagnosis.deprovisioning) return `Image Builder's own deprovisioning step failed${why}`
  if (role !== 'unknown') {
    const type = diagnosis.provisioner ? ` (Packer ${diagnosis.provisioner})` : ''
    return `A ${role}${type} failed; the log does not say which one${why}`
  }
  return error ? `The build failed${why}` : 'The log does not say which step failed'
}

function labelOf(step: FoundStep): string {
  const kind = step.list === 'customize' ? 'customizer' : 'validator'
  const name = step.name ? ` '${step.name}'` : ''
  return `${kind} ${step.index + 1} of ${step.of}${name} (${step.type})`
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

/** Packer's error (the timeout line for a timeout) and the exit status it gives. */
function errorOf(scan: LogScan, timedOut: boolean): Pick<LogDiagnosis, 'error' | 'exitStatus'> {
  const packerError = (scan.end.errored ?? scan.end.listed)?.message
  const exit = packerError === undefined ? undefined : EXIT_STATUS.exec(packerError)?.[1]
  return {
    error: timedOut ? scan.end.timeout?.message : packerError,
    exitStatus: exit === undefined ? undefined : Number(exit),
  }
}

/** The diagnosis without its undefined fields, so it reads (and compares) as what it says. */
function compact(diagnosis: LogDiagnosis): LogDiagnosis {
  const entries = Object.entries(diagnosis).filter(([, value]) => value !== undefined)
  return Object.fromEntries(entries) as unknown as LogDiagnosis
}

function isTimeout(scan: LogScan): boolean {
  const { timeout, errored } = scan.end
  return timeout !== undefined && (errored === undefined || timeout.at < errored.at)
}

function roleOf(
  scan: LogScan,
  failing: ProvisionerStart | undefined,
  step: FoundStep | undefined,
  steps: TemplateSteps,
): LogDiagnosis['role'] {
  if (step) return step.list === 'customize' ? 'customizer' : 'validator'
  if (!failing || failing.internal) return 'unknown'
  if (scan.boundaries.some((b) => b < failing.line)) return 'validator'
  return steps.validate.length === 0 ? 'customizer' : 'unknown'
}

/**
 * The provisioner that was running when the build ended, where its own lines end, and the
 * template step it is (none for the service's own step or when the log cannot tell).
 */
function locateFailure(
  scan: LogScan,
  steps: TemplateSteps,
): { failing?: ProvisionerStart; sectionEnd: number; step?: FoundStep } {
  const stop = endOfSteps(scan)
  const failing = scan.starts.findLast((start) => start.line < stop)
  if (!failing) return { sectionEnd: stop }
  const sectionEnd = sectionEndOf(scan, failing, stop)
  const step = failing.internal ? undefined : findStep(scan, failing, sectionEnd, steps)
  return { failing, sectionEnd, step }
}

/** Where the failing step's own lines end: the next provisioner, the cleanup, or the end. */
function sectionEndOf(scan: LogScan, failing: ProvisionerStart, stop: number): number {
  const next = scan.starts.find((start) => start.line > failing.line)?.line ?? stop
  const end = Math.min(next, stop)
  for (let at = failing.line + 1; at < end; at++) {
    const line = scan.lines[at]
    if (line?.stream === 'ui' && CLEANUP.test(line.text)) return at
  }
  return end
}

/** The last `max` lines worth reading in [from, to), oldest first, repeats dropped. */
function excerptOf(scan: LogScan, from: number, to: number, max: number): string[] {
  const picked: string[] = []
  for (let at = to - 1; at >= from && picked.length < max; at--) {
    const line = scan.lines[at]
    if (!line || isNoise(line)) continue
    const shown = displayLine(line)
    if (picked.at(-1) !== shown) picked.push(shown)
  }
  return picked.reverse()
}
