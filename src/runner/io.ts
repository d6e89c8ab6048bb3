import * as core from '@actions/core'
import type { InputName, OutputName } from '../model/names.ts'
import { scrubSecrets } from '../model/secrets.ts'
import type { SourceLocation } from '../model/errors.ts'

/** Where an annotation points: a workspace file (and line, column) and a short title. */
export interface AnnotationTarget extends Partial<SourceLocation> {
  readonly title?: string
}

/** Everything the action does with the runner, behind one port so main/post stay testable. */
export interface ActionIO {
  getInput(name: InputName): string
  setOutput(name: OutputName, value: string): void
  saveState(key: string, value: string): void
  getState(key: string): string
  info(message: string): void
  warning(message: string, target?: AnnotationTarget): void
  /** An error annotation that does not by itself fail the step (`fail` does). */
  error(message: string, target?: AnnotationTarget): void
  debug(message: string): void
  fail(message: string): void
  setSecret(value: string): void
  getIDToken(audience: string): Promise<string>
  writeSummary(markdown: string): Promise<void>
  /** Runs `body` inside a collapsed group of the step log. */
  group<T>(name: string, body: () => Promise<T>): Promise<T>
}

/** The runner, through @actions/core, with every outgoing text scrubbed of secrets. */
export function actionIO(): ActionIO {
  return scrubbing({
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (key, value) => core.saveState(key, value),
    getState: (key) => core.getState(key),
    info: (message) => core.info(message),
    warning: (message, target) => core.warning(message, annotationProperties(target)),
    error: (message, target) => core.error(message, annotationProperties(target)),
    debug: (message) => core.debug(message),
    fail: (message) => core.setFailed(message),
    setSecret: (value) => core.setSecret(value),
    getIDToken: (audience) => core.getIDToken(audience),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    },
    group: (name, body) => core.group(name, body),
  })
}

function annotationProperties(target: AnnotationTarget | undefined): core.AnnotationProperties {
  if (!target) return {}
  const { title, file, line, column } = target
  return { title, file, startLine: line, startColumn: column }
}

/**
 * Runs every text the action shows (log lines, annotations, outputs, the summary) through
 * scrubSecrets: Azure's error messages echo what they were sent, and run outputs hold SAS links.
 */
export function scrubbing(io: ActionIO): ActionIO {
  return {
    ...io,
    setOutput: (name, value) => io.setOutput(name, scrubSecrets(value)),
    info: (message) => io.info(scrubSecrets(message)),
    warning: (message, target) => io.warning(scrubSecrets(message), target),
    error: (message, target) => io.error(scrubSecrets(message), target),
    debug: (message) => io.debug(scrubSecrets(message)),
    fail: (message) => io.fail(scrubSecrets(message)),
    writeSummary: (markdown) => io.writeSummary(scrubSecrets(markdown)),
    group: (name, body) => io.group(scrubSecrets(name), body),
  }
}
