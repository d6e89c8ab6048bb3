import * as core from '@actions/core'
import type { InputName, OutputName } from '../model/names.ts'
import { scrubSecrets } from '../model/secrets.ts'

/** Everything the action does with the runner, behind one port so main/post stay testable. */
export interface ActionIO {
  getInput(name: InputName): string
  setOutput(name: OutputName, value: string): void
  saveState(key: string, value: string): void
  getState(key: string): string
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  fail(message: string): void
  setSecret(value: string): void
  getIDToken(audience: string): Promise<string>
  writeSummary(markdown: string): Promise<void>
}

/** The runner, through @actions/core, with every outgoing text scrubbed of secrets. */
export function actionIO(): ActionIO {
  return scrubbing({
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (key, value) => core.saveState(key, value),
    getState: (key) => core.getState(key),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    fail: (message) => core.setFailed(message),
    setSecret: (value) => core.setSecret(value),
    getIDToken: (audience) => core.getIDToken(audience),
    writeSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    },
  })
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
    warning: (message) => io.warning(scrubSecrets(message)),
    debug: (message) => io.debug(scrubSecrets(message)),
    fail: (message) => io.fail(scrubSecrets(message)),
    writeSummary: (markdown) => io.writeSummary(scrubSecrets(markdown)),
  }
}
