import type { RunOutput } from '@azure/arm-imagebuilder'
import { RUN_OUTPUT } from '../model/names.ts'
import type { RunState } from '../model/run-state.ts'
import type { RunEnd } from './watch.ts'

export interface RunOutputItem {
  readonly name: string
  readonly artifactId?: string
  readonly artifactUri?: string
}

export interface BuildResult {
  readonly runState: RunState
  readonly message: string
  readonly outputs: readonly RunOutputItem[]
  readonly imageId?: string
  readonly vhdUri?: string
  readonly customizationLog?: string
}

/**
 * The service names the log in lastRunStatus.message in one of two forms: an https blob URL or a
 * storage resource path (`/subscriptions/…/storageAccounts/…/packerlogs/…/customization.log`).
 */
const LOG_URL = /https:\/\/[^\s"']+?\/customization\.log/i
const LOG_PATH = /\/subscriptions\/[^\s"']+?\/storageAccounts\/[^\s"']+?\/customization\.log/i

export function customizationLogFrom(message: string): string | undefined {
  return LOG_URL.exec(message)?.[0] ?? LOG_PATH.exec(message)?.[0]
}

export function toBuildResult(
  end: Pick<RunEnd, 'runState' | 'message'>,
  runOutputs: readonly RunOutput[],
): BuildResult {
  const outputs = runOutputs.map((o) =>
    dropEmpty({ name: o.name ?? '', artifactId: o.artifactId, artifactUri: o.artifactUri }),
  )
  const byName = (name: string) => outputs.find((o) => o.name === name)
  // A gallery version is what fleets deploy from, so it wins over a managed image.
  const imageId =
    byName(RUN_OUTPUT.gallery)?.artifactId ??
    byName(RUN_OUTPUT.managedImage)?.artifactId ??
    outputs.find((o) => o.artifactId)?.artifactId
  const vhdUri =
    byName(RUN_OUTPUT.vhd)?.artifactUri ?? outputs.find((o) => o.artifactUri)?.artifactUri
  return dropEmpty({
    runState: end.runState,
    message: end.message,
    outputs,
    imageId,
    vhdUri,
    customizationLog: customizationLogFrom(end.message),
  })
}

function dropEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
