// customization.log as the emulated service writes it for a failed build: Packer's output for the
// template's own steps, in order, up to the one that fails, in the shape of the fixtures in
// __tests__/fixtures/customization-logs (its README says where that shape comes from).
import { isRecord } from './exchange.ts'
import type { StorageSource } from './storage-sources.ts'
import type { Scenario } from './types.ts'

/** The two lists of a template whose steps run as Packer provisioners. */
export type StepList = 'customize' | 'validate'

/** What the log shows failing, resolved against the template. */
export type LogFailure =
  | { kind: 'step'; list: StepList; index: number; reason: 'exit' | 'download' }
  /** The build ran out of time while customizer `index` was running. */
  | { kind: 'timeout'; index: number }
  /** No step ran: the build VM could not be deployed. */
  | { kind: 'deployment' }

/** Everything the log of one failed run is made from. */
export interface PackerLogRequest {
  properties: Record<string, unknown>
  failure: LogFailure
  /** Leads every line, as the service's operation id does. */
  operationId: string
  /** When the run started (ms since epoch): the log's first time stamp. */
  startedAt: number
  /** Name of the staging resource group (`IT_…`). */
  stagingGroup: string
}

type Step = Record<string, unknown> & { type: string }

/** The customize and inVMValidations steps of a template, as objects with a type. */
export function stepsOf(properties: Record<string, unknown>): Record<StepList, Step[]> {
  const validate = isRecord(properties.validate) ? properties.validate.inVMValidations : []
  const list = (value: unknown): Step[] =>
    Array.isArray(value)
      ? value.filter(isRecord).map((step) => ({ ...step, type: String(step.type) }))
      : []
  return { customize: list(properties.customize), validate: list(validate) }
}

/**
 * The failure the scenario names (`failStep`, default the last customizer) for a template; a step
 * beyond its list is its list's last one, and a template without the step fails deploying.
 */
export function failureOf(
  properties: Record<string, unknown>,
  failStep: Scenario['failStep'],
): LogFailure {
  const steps = stepsOf(properties)
  const lastCustomizer = steps.customize.length - 1
  if (failStep === 'timeout') {
    return lastCustomizer < 0 ? { kind: 'deployment' } : { kind: 'timeout', index: lastCustomizer }
  }
  const list: StepList = failStep?.role === 'validator' ? 'validate' : 'customize'
  const last = steps[list].length - 1
  if (last < 0) return { kind: 'deployment' }
  const index = Math.min(failStep?.index ?? last, last)
  return { kind: 'step', list, index, reason: 'exit' }
}

/** The failure of a build whose customizer source `source` could not be read or checked. */
export function sourceFailureOf(
  properties: Record<string, unknown>,
  source: StorageSource,
): LogFailure {
  const list: StepList = source.role === 'validator' ? 'validate' : 'customize'
  const byPath = /\[(\d+)\]$/.exec(source.name)
  const index = byPath
    ? Number(byPath[1])
    : stepsOf(properties)[list].findIndex((step) => step.name === source.name)
  return { kind: 'step', list, index: Math.max(index, 0), reason: 'download' }
}

/** The log text. */
export function packerLog(request: PackerLogRequest): string {
  const log = new LogWriter(request.operationId, request.startedAt)
  const steps = stepsOf(request.properties)
  const windows = [...steps.customize, ...steps.validate].some((s) => WINDOWS.has(s.type))
  const failure = request.failure
  startBuild(log, request.stagingGroup, windows)
  if (failure.kind === 'deployment') {
    failBuild(log, 'Deployment failed: the build VM could not be deployed (SkuNotAvailable).')
    return log.text()
  }
  const failsAt = failure.kind === 'timeout' ? failure.index : failingIndex(failure, 'customize')
  for (const [index, step] of steps.customize.entries()) {
    if (index === failsAt) return endWith(log, step, failure, index)
    runStep(log, step, index)
  }
  deprovision(log, windows)
  captureAndValidate(log, windows)
  for (const [index, step] of steps.validate.entries()) {
    if (index === failingIndex(failure, 'validate')) return endWith(log, step, failure, index)
    runStep(log, step, index)
  }
  failBuild(log, 'Validation failed.')
  return log.text()
}

const WINDOWS = new Set(['PowerShell', 'WindowsRestart', 'WindowsUpdate'])

function failingIndex(failure: LogFailure, list: StepList): number {
  return failure.kind === 'step' && failure.list === list ? failure.index : -1
}

/** Writes lines with the service's prefixes, the clock moving a few seconds a line. */
class LogWriter {
  private readonly lines: string[] = []
  private now: number
  private readonly prefix: string

  constructor(operationId: string, startedAt: number) {
    this.prefix = `[${operationId}] PACKER`
    this.now = startedAt
  }

  /** Packer's stdout: `==> azure-arm: …`, script output (`    azure-arm: …`), the summary. */
  out(text: string): void {
    this.lines.push(`${this.prefix} OUT ${text}`)
  }

  /** Packer's log, dated, from `source` (a plugin) when given. */
  log(text: string, source?: string): void {
    this.now += 3000
    const date = new Date(this.now).toISOString().replace('T', ' ').slice(0, 19)
    const stamp = date.replaceAll('-', '/')
    this.lines.push(`${this.prefix} ERR ${stamp} ${source ? `${source} plugin: ` : ''}${text}`)
  }

  skip(ms: number): void {
    this.now += ms
  }

  text(): string {
    return `${this.lines.join('\n')}\nDone exporting Packer logs to Azure Storage.\n`
  }
}

function startBuild(log: LogWriter, stagingGroup: string, windows: boolean): void {
  log.log('[INFO] Packer version: 1.11.2 [go1.22.5 linux amd64]')
  log.log('[INFO] (telemetry) Starting builder azure-arm')
  log.out('==> azure-arm: Running builder ...')
  log.out('==> azure-arm: Using existing resource group ...')
  log.out(`==> azure-arm:  -> ResourceGroupName : '${stagingGroup}'`)
  log.out('==> azure-arm: Deploying deployment template ...')
  connect(log, windows)
}

function connect(log: LogWriter, windows: boolean): void {
  const how = windows ? 'WinRM' : 'SSH'
  log.out(`==> azure-arm: Waiting for ${how} to become available...`)
  log.skip(120_000)
  log.log(
    `[INFO] Waiting for ${how}, up to timeout: ${windows ? '10m0s' : '20m0s'}`,
    'packer-plugin-azure',
  )
  log.out(`==> azure-arm: Connected to ${how}!`)
  log.log('Running the provision hook', 'packer-plugin-azure')
}

const PROVISIONERS: Record<string, string> = {
  Shell: 'shell',
  PowerShell: 'powershell',
  File: 'file',
  WindowsRestart: 'windows-restart',
  WindowsUpdate: 'windows-update',
}

/** The provisioner's start and what it shows before it does its work. */
function beginStep(log: LogWriter, step: Step, index: number): void {
  const provisioner = PROVISIONERS[step.type] ?? step.type.toLowerCase()
  log.log(`[INFO] (telemetry) Starting provisioner ${provisioner}`)
  if (step.type === 'Shell' || step.type === 'PowerShell') {
    const extension = step.type === 'Shell' ? 'sh' : 'ps1'
    const script =
      typeof step.scriptUri === 'string'
        ? `/aib/packerInput/customizers/${index}.${extension}`
        : `/tmp/${provisioner}-provisioner${1000 + index}`
    log.out(`==> azure-arm: Provisioning with ${provisioner} script: ${script}`)
    for (const marker of markersOf(step)) log.out(`    azure-arm: ${marker}`)
  }
}

/** Marker lines the step's inline commands print (`echo '##[aib-step] …'`). */
function markersOf(step: Step): string[] {
  const inline = Array.isArray(step.inline) ? step.inline.map(String) : []
  return inline.flatMap((command) => {
    const at = command.indexOf('##[aib-step]')
    return at < 0 ? [] : [command.slice(at).replace(/['"`;)\s]+$/, '')]
  })
}

function runStep(log: LogWriter, step: Step, index: number): void {
  beginStep(log, step, index)
  const name = typeof step.name === 'string' ? step.name : step.type
  if (step.type === 'File') {
    log.out(`==> azure-arm: Uploading ${fileOf(index)} => ${String(step.destination)}`)
  } else if (step.type === 'WindowsRestart') {
    log.out('==> azure-arm: Restarting Machine')
    log.out('==> azure-arm: Machine successfully restarted, moving on')
  } else if (step.type === 'WindowsUpdate') {
    log.out('==> azure-arm: Running Windows update...')
    log.out('    azure-arm: No Windows updates found.')
  } else {
    log.out(`    azure-arm: ${name}: done`)
  }
  log.log(
    '[INFO] RPC client: Communicator ended with: 0',
    `packer-provisioner-${PROVISIONERS[step.type] ?? 'shell'}`,
  )
  log.log(`[INFO] (telemetry) ending ${PROVISIONERS[step.type] ?? step.type}`)
}

const fileOf = (index: number): string => `5e1c9a07d3b2f846.${index}.customizer.fp`

/** The failing step's lines, then the end of the build. */
function endWith(log: LogWriter, step: Step, failure: LogFailure, index: number): string {
  beginStep(log, step, index)
  if (failure.kind === 'timeout') {
    timeOut(log, step)
  } else if (failure.kind === 'step' && (failure.reason === 'download' || step.type === 'File')) {
    failBuild(log, downloadFailure(log, step, index))
  } else if (step.type === 'WindowsRestart') {
    restartTimeout(log)
  } else {
    failBuild(log, scriptFailure(log, step))
  }
  return log.text()
}

function downloadFailure(log: LogWriter, step: Step, index: number): string {
  const uri = step.type === 'File' ? step.sourceUri : step.scriptUri
  const url = typeof uri === 'string' ? uri : 'https://example.invalid/missing'
  const what = `Downloading external file (${url}) to local file (${fileOf(index)})`
  for (const attempt of [1, 2, 10]) {
    log.log(
      `${what} [attempt ${attempt} of 10] failed: bad response code: 403`,
      'packer-provisioner-file',
    )
  }
  return `${what} failed after 10 attempts: bad response code: 403`
}

function scriptFailure(log: LogWriter, step: Step): string {
  const name = typeof step.name === 'string' ? step.name : step.type
  if (step.type === 'WindowsUpdate') {
    log.out('    azure-arm: Searching for Windows updates...')
    log.out('    azure-arm: ERROR: Exception from HRESULT: 0x80240438')
    return 'Windows update script exited with non-zero exit status: 1'
  }
  log.out(`==> azure-arm: ${name}: the command failed`)
  log.log('[INFO] RPC client: Communicator ended with: 1', 'packer-plugin-azure')
  const codes = Array.isArray(step.validExitCodes) ? step.validExitCodes.map(Number) : [0]
  return `Script exited with non-zero exit status: 1. Allowed exit codes are: [${codes.join(' ')}]`
}

function restartTimeout(log: LogWriter): void {
  log.out('==> azure-arm: Restarting Machine')
  log.out('==> azure-arm: Waiting for machine to restart...')
  log.log('Waiting for machine to reboot with timeout: 5m0s', 'packer-provisioner-windows-restart')
  log.skip(300_000)
  log.out('==> azure-arm: Timeout waiting for machine to restart.')
  cleanUp(log)
  log.out("==> Some builds didn't complete successfully and had errors:")
  log.out('--> azure-arm: Timeout waiting for machine to restart.')
  log.out('==> Builds finished but no artifacts were created.')
}

function timeOut(log: LogWriter, step: Step): void {
  log.out(
    `    azure-arm: ${typeof step.name === 'string' ? step.name : step.type}: still working ...`,
  )
  log.skip(4 * 3600_000)
  log.log('Cancelling builder after context cancellation context canceled')
  log.out('Cancelling build after receiving terminated')
  log.log(
    'Cancelling provisioning due to context cancellation: context canceled',
    'packer-plugin-azure',
  )
  cleanUp(log)
  log.out("==> Some builds didn't complete successfully and had errors:")
  log.out('==> Builds finished but no artifacts were created.')
}

function deprovision(log: LogWriter, windows: boolean): void {
  if (windows) {
    log.log('[INFO] (telemetry) Starting provisioner powershell')
    log.log(
      'Found command: if( TEST-PATH c:\\DeprovisioningScript.ps1 ){cat c:\\DeprovisioningScript.ps1} else {echo "Deprovisioning script [c:\\DeprovisioningScript.ps1] could not be found."}',
      'packer-provisioner-powershell',
    )
    log.out("    azure-arm: Write-Output '>>> Sysprepping VM ...'")
  } else {
    log.log('[INFO] (telemetry) Starting provisioner shell')
    log.out('==> azure-arm: Provisioning with shell script: /tmp/packer-shell2718281828')
    log.out(
      '    azure-arm: /usr/sbin/waagent -force -deprovision+user && export HISTSIZE=0 && sync',
    )
  }
  log.log(`[INFO] (telemetry) ending ${windows ? 'powershell' : 'shell'}`)
}

/** The image is captured and the first build ends; validation builds a VM of its own. */
function captureAndValidate(log: LogWriter, windows: boolean): void {
  log.out('==> azure-arm: Capturing image ...')
  log.out("Build 'azure-arm' finished after 12 minutes 4 seconds.")
  log.log('[INFO] (telemetry) Finalizing.')
  log.log('[INFO] (telemetry) Starting builder azure-arm')
  log.out('==> azure-arm: Deploying deployment template ...')
  connect(log, windows)
}

function cleanUp(log: LogWriter): void {
  log.out(
    '==> azure-arm: Provisioning step had errors: Running the cleanup provisioner, if present...',
  )
  log.out('==> azure-arm: Deleting individual resources ...')
  log.out('==> azure-arm: The resource group was not created by Packer, not deleting ...')
}

function failBuild(log: LogWriter, message: string): void {
  cleanUp(log)
  log.out(`Build 'azure-arm' errored after 14 minutes 2 seconds: ${message}`)
  log.out("==> Some builds didn't complete successfully and had errors:")
  log.out(`--> azure-arm: ${message}`)
  log.out('==> Builds finished but no artifacts were created.')
  log.log('[INFO] (telemetry) Finalizing.')
}
