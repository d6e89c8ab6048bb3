import * as core from '@actions/core'
import type { InputName, OutputName } from '../config/names.ts'

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

export function actionIO(): ActionIO {
  return {
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
  }
}
