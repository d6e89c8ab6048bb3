import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BuildResult } from '../azure/results.ts'
import type { Timeline } from '../azure/watch.ts'
import type { ImageTemplate } from '@azure/arm-imagebuilder'
import { templateFacts } from './facts.ts'
import { portalLinker } from './links.ts'
import type { Config } from '../config/types.ts'
import type { ActionIO } from '../runner/io.ts'
import { failStep } from './annotations.ts'
import { sasSignatures, scrubSecrets } from '../model/secrets.ts'
import { renderSummary, type FailureReport, type SummaryInput } from './summary.ts'
import type { CustomizerOrigin } from '../template/customizers.ts'

/** Where the template JSON goes: in RUNNER_TEMP, named after the template. */
export function renderedTemplatePath(config: Config): string {
  return path.join(config.outputDir, `${config.templateName}.image-template.json`)
}

/**
 * Writes the template users will recognise (ARM resource shape) and sets `rendered-template`.
 * Returns the file and its JSON, which a dry run also shows in the job summary.
 */
export function writeRenderedTemplate(
  io: ActionIO,
  config: Config,
  resource: object,
): { file: string; json: string } {
  const file = renderedTemplatePath(config)
  // A SAS link the template carries for the build VM is kept out of the file (and the summary).
  const json = scrubSecrets(JSON.stringify(resource, null, 2))
  writeFileSync(file, `${json}\n`)
  io.setOutput('rendered-template', file)
  return { file, json }
}

/** What one run has to report, beyond the config: the parts known by the time it is written. */
export interface RunReport {
  readonly mode: SummaryInput['mode']
  readonly origins: readonly CustomizerOrigin[]
  /** The template as submitted, rendered or adopted. */
  readonly template?: ImageTemplate
  readonly result?: BuildResult
  readonly stopped?: SummaryInput['stopped']
  readonly timeline?: Timeline
  readonly failure?: FailureReport
  /** The rendered template's JSON (dry runs show it). */
  readonly renderedTemplate?: string
}

/** The summary's input for this run. */
export function summaryOf(config: Config, report: RunReport): SummaryInput {
  const tenantId = config.auth.tenantId
  return {
    ...report,
    templateName: config.templateName,
    facts: report.template && templateFacts(report.template),
    portalLink: portalLinker(config.cloud, tenantId),
    renderedTemplatePath: renderedTemplatePath(config),
    artifactTags: config.distribution.artifactTags,
  }
}

export async function writeSummary(io: ActionIO, summary: SummaryInput): Promise<void> {
  await io.writeSummary(renderSummary(summary))
}

/** Step outputs of a finished run; SAS signatures are masked before anything prints a URL. */
export function publishResult(io: ActionIO, result: BuildResult): void {
  for (const text of [result.vhdUri, result.customizationLog, result.message]) {
    for (const sig of sasSignatures(text ?? '')) io.setSecret(sig)
  }
  io.setOutput('run-state', result.runState)
  io.setOutput('image-id', result.imageId ?? '')
  io.setOutput('vhd-uri', result.vhdUri ?? '')
  io.setOutput('run-outputs', JSON.stringify(result.outputs))
  io.setOutput('customization-log', result.customizationLog ?? '')
  for (const o of result.outputs)
    io.info(`Run output ${o.name}: ${o.artifactId ?? o.artifactUri ?? '(none)'}`)
}

/** Exit code of the main step: anything but Succeeded fails it, with what to look at next. */
export function verdict(io: ActionIO, result: BuildResult): number {
  if (result.runState === 'Succeeded') {
    io.info(`Build succeeded: ${result.imageId ?? result.vhdUri ?? ''}`)
    return 0
  }
  const log = result.customizationLog ? `\nCustomization log: ${result.customizationLog}` : ''
  failStep(
    io,
    `The build ended ${result.runState}: ${result.message || 'no message from the service'}${log}`,
  )
  return 1
}

/** `template-name`: set first, so a later failure still names the template. */
export function publishTemplateName(io: ActionIO, name: string): void {
  io.setOutput('template-name', name)
}

/** `template-id`, once the template exists (created or adopted). */
export function publishTemplateId(io: ActionIO, id: string): void {
  io.setOutput('template-id', id)
}

/** `run-state` when main cancelled the build itself and will not see its end. */
export function publishCanceled(io: ActionIO): void {
  io.setOutput('run-state', 'Canceled')
}
