// One linear pass over the tail of customization.log: where each Packer provisioner starts, the
// step markers our own scripts print, where validation begins and how the build ended.
import { CUSTOMIZATION_LOG_TAIL_BYTES } from '../model/limits.ts'
import { parsePackerLine, type PackerLine } from './packer-log-lines.ts'

/** The two lists of an image template whose steps run as Packer provisioners. */
export type StepList = 'customize' | 'validate'

/** `(telemetry) Starting provisioner <type>`: one customizer, validator or service step. */
export interface ProvisionerStart {
  readonly line: number
  /** Packer's provisioner type: shell, powershell, file, windows-restart, windows-update. */
  readonly type: string
  /** Image Builder's own deprovisioning step, not one of the template's. */
  internal: boolean
}

/**
 * `##[aib-step] customize[2] install-app` (or `validate[0] …`, or `##[aib-step] <name>` alone),
 * printed by a step's script as it starts.
 */
export interface StepMarker {
  readonly line: number
  readonly list?: StepList
  readonly index?: number
  readonly name: string
}

/** Evidence of how the build ended, each the first of its kind, by line. */
export interface BuildEnd {
  /** `Build 'azure-arm' errored…: <message>`. */
  errored?: { at: number; message: string }
  /** `==> Some builds didn't complete successfully and had errors:`. */
  someFailed?: number
  /** The error Packer lists below someFailed (`--> azure-arm: …`, or its machine-readable copy). */
  listed?: { at: number; message: string }
  /** A cancellation or deadline: the service stopped the build at its timeout. */
  timeout?: { at: number; message: string }
}

export interface LogScan {
  readonly lines: readonly PackerLine[]
  readonly starts: readonly ProvisionerStart[]
  readonly markers: readonly StepMarker[]
  /** Lines after which provisioners validate: the deprovisioning step, a second builder. */
  readonly boundaries: readonly number[]
  /** `(telemetry) Starting builder`: every provisioner after one is counted from it. */
  readonly builders: readonly number[]
  readonly end: BuildEnd
  /** The text is a tail: what came before its first line is unknown. */
  readonly truncated: boolean
}

const PROVISIONER_START = /\(telemetry\) Starting provisioner ([\w-]+)/
const BUILDER_START = /\(telemetry\) Starting builder /
const BUILD_DONE = /^Build '[^']*' finished|\(telemetry\) Finalizing/
export const MARKER = /##\[aib-step\] *(?:(customize|validate)\[(\d{1,6})\] *)?([^\r\n]*)$/
// The service's deprovisioning step: its PowerShell wrapper on Windows, and on Linux the script
// it runs (`cat` shows the waagent command; a failure names the file).
const DEPROVISION =
  /if\( ?TEST-PATH c:\\DeprovisioningScript\.ps1 ?\)|\/tmp\/DeprovisioningScript\.sh|waagent -force -deprovision/i
const BUILD_ERRORED = /^Build '[^']*' errored(?: after [^:]*)?: (.+)$/
const SOME_FAILED = /Some builds didn't complete successfully/
const LISTED =
  /^--> azure-arm(?:\.[\w-]+)?: (.+)$|^machine readable: [\w.-]+,error \[\]string\{"(.+)"\}$/
const TIMEOUT =
  /context deadline exceeded|Cancelling build after receiving terminated|Cancelling (?:builder|provisioning|hook) (?:after|due to) context cancel|Timeout waiting for microservice/

/**
 * Scans `text` (its last CUSTOMIZATION_LOG_TAIL_BYTES characters at most). `truncated`: the text
 * is already a tail, so its first line is partial and dropped.
 */
export function scanCustomizationLog(text: string, truncated = false): LogScan {
  const cut = truncated || text.length > CUSTOMIZATION_LOG_TAIL_BYTES
  const tail =
    text.length > CUSTOMIZATION_LOG_TAIL_BYTES ? text.slice(-CUSTOMIZATION_LOG_TAIL_BYTES) : text
  // A lone CR ends a line too, as it does for the runner reading the step log.
  const raw = tail.split(/\r\n?|\n/)
  if (cut) raw.shift()
  const lines = raw.map(parsePackerLine)
  const scan: MutableScan = {
    starts: [],
    markers: [],
    boundaries: [],
    builders: [],
    end: {},
    builtBefore: false,
  }
  lines.forEach((line, at) => {
    if (!visitStart(scan, line.text, at)) visitStep(scan, line, at)
  })
  scan.boundaries.sort((a, b) => a - b)
  const { starts, markers, boundaries, builders, end } = scan
  return { lines, starts, markers, boundaries, builders, end, truncated: cut }
}

interface MutableScan {
  starts: ProvisionerStart[]
  markers: StepMarker[]
  boundaries: number[]
  builders: number[]
  end: BuildEnd
  /** A build has ended before this line: a builder start after it begins validation. */
  builtBefore: boolean
}

/** Notes a provisioner or builder start; false when the line is neither. */
function visitStart(scan: MutableScan, text: string, at: number): boolean {
  const start = PROVISIONER_START.exec(text)
  if (start?.[1]) {
    scan.starts.push({ line: at, type: start[1].toLowerCase(), internal: false })
    return true
  }
  if (!BUILDER_START.test(text)) return false
  // A second build (validation) follows the customization build's provisioners or its end.
  if (scan.starts.length > 0 || scan.builtBefore) scan.boundaries.push(at)
  scan.builders.push(at)
  return true
}

/** Any other line: a marker, the deprovisioning step, how the build ended. */
function visitStep(scan: MutableScan, line: PackerLine, at: number): void {
  if (BUILD_DONE.test(line.text)) scan.builtBefore = true
  const marker = MARKER.exec(line.text)
  if (marker) scan.markers.push(markerOf(marker, at))
  const last = scan.starts.at(-1)
  if (last && !last.internal && DEPROVISION.test(line.text)) {
    last.internal = true
    scan.boundaries.push(last.line)
  }
  noteErrors(scan.end, line, at)
  if (!scan.end.timeout && TIMEOUT.test(line.text)) {
    scan.end.timeout = { at, message: line.text }
  }
}

function markerOf(match: RegExpExecArray, at: number): StepMarker {
  const name = (match[3] ?? '').trim().replace(/['"`]+$/, '')
  if (!match[1]) return { line: at, name }
  return { line: at, list: match[1] as StepList, index: Number(match[2]), name }
}

function noteErrors(end: BuildEnd, line: PackerLine, at: number): void {
  const errored = line.stream === 'ui' && !end.errored ? BUILD_ERRORED.exec(line.text) : null
  if (errored?.[1]) end.errored = { at, message: errored[1] }
  if (end.someFailed === undefined) {
    if (SOME_FAILED.test(line.text)) end.someFailed = at
  } else if (!end.listed) {
    noteListed(end, line.text, at)
  }
}

/** The error in Packer's summary of failed builds, or in its machine-readable copy. */
function noteListed(end: BuildEnd, text: string, at: number): void {
  const listed = LISTED.exec(text)
  const message = listed?.[1] ?? listed?.[2]
  if (message) end.listed = { at, message }
}

/** The first line that belongs to the end of the build rather than to a step. */
export function endOfSteps(scan: LogScan): number {
  const { errored, someFailed, timeout } = scan.end
  const candidates = [errored?.at, someFailed, timeout?.at].filter((n) => n !== undefined)
  return candidates.length ? Math.min(...candidates) : scan.lines.length
}
