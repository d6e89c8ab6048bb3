// Why a build failed, in the user's terms: read its customization.log with the run's own
// credential, find the failing customizer or validator, and point at what the user wrote (the
// repository script, or the customizer in their template file). The log only explains: when it
// cannot be read the step says which role is missing and still fails with the service's message.
import type { ImageTemplate } from '@azure/arm-imagebuilder'
import type { BuildResult } from '../azure/results.ts'
import type { RunEnd } from '../azure/watch.ts'
import { isTerminal } from '../model/run-state.ts'
import { withDeadline } from '../model/deadline.ts'
import { formatError } from '../model/errors.ts'
import { records } from '../model/template-problem.ts'
import { annotateError, warn } from '../report/annotations.ts'
import {
  describeDiagnosis,
  diagnoseCustomizationLog,
  type LogDiagnosis,
  type TemplateSteps,
} from '../report/customization-log.ts'
import type { FailedStep, FailureReport } from '../report/summary.ts'
import type { AnnotationTarget } from '../runner/io.ts'
import type { BuildContext } from './build-context.ts'
import type { AzureSession } from './connect.ts'

/** Where and why a failed run failed; what the log could not tell is left out. */
export async function diagnoseFailure(
  ctx: BuildContext,
  session: AzureSession,
  run: RunEnd,
  result: BuildResult,
): Promise<FailureReport> {
  const phase = run.timeline.phases.filter((p) => !isTerminal(p.phase)).at(-1)?.phase
  const location = result.customizationLog
  if (!location || !ctx.template) return { phase }
  const read = await readLog(ctx, session, location, run.stagingResourceGroup)
  if (typeof read === 'string') {
    warn(ctx.io, `customization.log was not read, so the failing step is not named: ${read}`)
    return { phase, logProblem: read }
  }
  const diagnosis = diagnoseCustomizationLog(read.text, stepsOf(ctx.template), {
    truncated: read.truncated,
  })
  const step = failedStepOf(ctx, diagnosis)
  const headline = describeDiagnosis(diagnosis)
  await ctx.io.group(`customization.log: ${headline}`, () => {
    for (const line of diagnosis.excerpt) ctx.io.info(line)
    return Promise.resolve()
  })
  annotateError(ctx.io, headline, annotationOf(ctx, diagnosis, step))
  return { phase, step, errorLine: diagnosis.error, excerpt: diagnosis.excerpt }
}

/** The log's tail, or why it could not be read (never thrown: the build failed already). */
async function readLog(
  ctx: BuildContext,
  session: AzureSession,
  location: string,
  stagingResourceGroup: string | undefined,
) {
  const wait = { what: 'customization.log to be read', ms: ctx.limits.logReadMs }
  try {
    // The staging resource group (the watch's last read) is the scope a missing role is on.
    const read = await withDeadline(wait, (signal) =>
      session.customizationLog(location, stagingResourceGroup, signal),
    )
    return read.ok ? read : read.message
  } catch (error) {
    return formatError(error).message
  }
}

function stepsOf(template: ImageTemplate): TemplateSteps {
  const steps = (list: unknown) =>
    records(list).map((s) => ({
      name: typeof s.name === 'string' ? s.name : undefined,
      type: typeof s.type === 'string' ? s.type : '',
    }))
  return {
    customize: steps(template.customize),
    validate: steps(template.validate?.inVMValidations),
  }
}

/** Inputs whose steps run one workspace file: the annotation goes on that file. */
const FILE_INPUTS = new Set(['customizer-scripts', 'validator-scripts'])

/** The failing step, with the input it came from (and its file) when the action made it. */
function failedStepOf(ctx: BuildContext, diagnosis: LogDiagnosis): FailedStep | undefined {
  const found = diagnosis.step
  if (diagnosis.role === 'timeout') return { role: 'timeout', name: found?.name, type: found?.type }
  if (!found) return undefined
  const role = found.list === 'validate' ? 'validator' : 'customizer'
  return { role, name: found.name, type: found.type, ...sourceOf(ctx, found.name, role) }
}

/** The input the step came from, and its workspace file for a repo script. */
function sourceOf(ctx: BuildContext, name: string | undefined, role: FailedStep['role']) {
  const origin = originOf(ctx, name, role)
  if (!origin) return { origin: ctx.config.templateFile ? 'template' : undefined }
  return { origin: origin.origin, file: FILE_INPUTS.has(origin.origin) ? origin.name : undefined }
}

/** The step the action made under that name, in the list the role says. */
function originOf(ctx: BuildContext, name: string | undefined, role: FailedStep['role']) {
  const isValidator = (origin: string) => origin === 'validator-scripts'
  return ctx.origins.find(
    (o) => o.name === name && isValidator(o.origin) === (role === 'validator'),
  )
}

/** A repo script's file, or the customizer's place in the template file; else no file. */
function annotationOf(
  ctx: BuildContext,
  diagnosis: LogDiagnosis,
  step: FailedStep | undefined,
): AnnotationTarget {
  const title = step?.role === 'validator' ? 'In-VM validation failed' : 'Image build failed'
  if (step?.file) return { title, file: step.file }
  return { title, ...templateFilePlace(ctx, diagnosis, step) }
}

/** Where the failing step is written in the user's template file, when it came from there. */
function templateFilePlace(ctx: BuildContext, diagnosis: LogDiagnosis, step?: FailedStep) {
  const templateFile = ctx.config.templateFile
  const found = diagnosis.step
  if (step?.origin !== 'template' || !templateFile || !found) return {}
  const list = found.list === 'validate' ? 'validate.inVMValidations' : 'customize'
  const at = templateFile.loaded.locate(`properties.${list}[${found.index}]`)
  return { file: templateFile.relPath, line: at?.line, column: at?.column }
}
