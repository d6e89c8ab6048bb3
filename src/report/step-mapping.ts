// Which of the template's steps a Packer provisioner of customization.log is.
//
// What the service adds, and what this relies on (see the fixtures' README for the sources):
// - Every customizer and every in-VM validator runs as one Packer provisioner, in template order:
//   Shell → shell, PowerShell → powershell, File → file, WindowsRestart → windows-restart,
//   WindowsUpdate → windows-update.
// - After the last customizer the service runs a deprovisioning step of its own (shell running
//   /tmp/DeprovisioningScript.sh, or powershell running c:\DeprovisioningScript.ps1); it is
//   recognised by that script and never counted. Validators run after it, or after a second
//   builder start when validation builds a VM of its own.
// - Assumed, not documented: the service adds no provisioner before the first customizer. A count
//   from the start of the log is therefore only trusted when the log is whole and the Packer types
//   seen match the template's, step by step; a marker our scripts print wins over any count.
import type { LogScan, ProvisionerStart, StepList, StepMarker } from './customization-log-scan.ts'

/** One step of an image template, as the parser needs it. */
export interface TemplateStep {
  readonly name?: string
  /** The template's type: Shell, PowerShell, File, WindowsRestart, WindowsUpdate. */
  readonly type: string
}

/** The steps of a template in order: `properties.customize`, `properties.validate.inVMValidations`. */
export interface TemplateSteps {
  readonly customize: readonly TemplateStep[]
  readonly validate: readonly TemplateStep[]
}

/** How a provisioner was matched to a step. */
export type MappedBy = 'marker' | 'anchor' | 'count' | 'type'

/** A step of the template, found in the log. */
export interface FoundStep {
  readonly list: StepList
  /** 0-based, within its list. */
  readonly index: number
  /** Length of its list, for "2 of 3". */
  readonly of: number
  readonly name?: string
  readonly type: string
  /**
   * `marker`: the step printed its marker; `anchor`: counted from an earlier step's marker;
   * `count`: counted from the start of the log (or of validation); `type`: the only step of its
   * Packer type.
   */
  readonly mappedBy: MappedBy
}

const PACKER_TYPES: Readonly<Record<string, string>> = {
  shell: 'shell',
  powershell: 'powershell',
  file: 'file',
  windowsrestart: 'windows-restart',
  windowsupdate: 'windows-update',
}

/** The Packer provisioner type a template step runs as. */
export function packerTypeOf(type: string): string {
  const key = type.toLowerCase()
  return PACKER_TYPES[key] ?? key
}

interface Slot {
  readonly list: StepList
  readonly index: number
  readonly step: TemplateStep
}

const slotsOf = (steps: TemplateSteps, list?: StepList): Slot[] =>
  (['customize', 'validate'] as const)
    .filter((l) => list === undefined || l === list)
    .flatMap((l) => steps[l].map((step, index) => ({ list: l, index, step })))

function found(slot: Slot, steps: TemplateSteps, mappedBy: MappedBy): FoundStep {
  const { list, index, step } = slot
  return { list, index, of: steps[list].length, name: step.name, type: step.type, mappedBy }
}

/** Finds the step `failing` is, or undefined when the log cannot tell without guessing. */
export function findStep(
  scan: LogScan,
  failing: ProvisionerStart,
  sectionEnd: number,
  steps: TemplateSteps,
): FoundStep | undefined {
  return (
    byOwnMarker(scan, failing, sectionEnd, steps) ??
    byAnchor(scan, failing, steps) ??
    byCount(scan, failing, steps) ??
    byType(scan, failing, steps)
  )
}

function resolveMarker(marker: StepMarker, steps: TemplateSteps): Slot | undefined {
  if (marker.list !== undefined && marker.index !== undefined) {
    const step = steps[marker.list][marker.index]
    return step && { list: marker.list, index: marker.index, step }
  }
  const named = slotsOf(steps).filter((slot) => slot.step.name === marker.name)
  return named.length === 1 ? named[0] : undefined
}

function byOwnMarker(
  scan: LogScan,
  failing: ProvisionerStart,
  sectionEnd: number,
  steps: TemplateSteps,
): FoundStep | undefined {
  const own = scan.markers.filter((m) => m.line > failing.line && m.line < sectionEnd)
  const slot = own.map((m) => resolveMarker(m, steps)).find((s) => s !== undefined)
  return slot && found(slot, steps, 'marker')
}

/** Counts on from the last marked step before `failing`, within the same phase. */
function byAnchor(
  scan: LogScan,
  failing: ProvisionerStart,
  steps: TemplateSteps,
): FoundStep | undefined {
  const marker = scan.markers.findLast((m) => m.line < failing.line)
  const anchor = marker && scan.starts.findLast((s) => s.line < marker.line)
  const slot = marker && resolveMarker(marker, steps)
  if (!anchor || !slot || crossesBoundary(scan, anchor.line, failing.line)) return undefined
  // Customizers may be followed by validators in the same VM: count across into them.
  const slots = slot.list === 'customize' ? slotsOf(steps) : slotsOf(steps, 'validate')
  const after = countedStarts(scan, anchor.line, failing.line)
  return matchTypes(after, slots, slot.index + 1, steps, 'anchor')
}

/**
 * Counts from the start of the build (its builder start, or the start of the log when it is
 * whole), or from the start of validation.
 */
function byCount(
  scan: LogScan,
  failing: ProvisionerStart,
  steps: TemplateSteps,
): FoundStep | undefined {
  const boundary = scan.boundaries.findLast((b) => b < failing.line)
  const builder = scan.builders.findLast((b) => b < failing.line)
  const from = Math.max(boundary ?? -1, builder ?? -1)
  if (from < 0 && scan.truncated) return undefined
  const slots = boundary === undefined ? slotsOf(steps) : slotsOf(steps, 'validate')
  return matchTypes(countedStarts(scan, from, failing.line), slots, 0, steps, 'count')
}

/** The one step of the failing provisioner's type, among those it can be. */
function byType(
  scan: LogScan,
  failing: ProvisionerStart,
  steps: TemplateSteps,
): FoundStep | undefined {
  const validating = scan.boundaries.some((b) => b < failing.line)
  const slots = slotsOf(steps, validating ? 'validate' : undefined)
  const same = slots.filter((slot) => packerTypeOf(slot.step.type) === failing.type)
  return same.length === 1 && same[0] ? found(same[0], steps, 'type') : undefined
}

/** The template's starts after line `from` up to and including line `to`. */
function countedStarts(scan: LogScan, from: number, to: number): ProvisionerStart[] {
  return scan.starts.filter((s) => !s.internal && s.line > from && s.line <= to)
}

function crossesBoundary(scan: LogScan, from: number, to: number): boolean {
  return scan.boundaries.some((b) => b >= from && b < to)
}

/** `starts` are slots[first…] in order, type for type: the last one is the step. */
function matchTypes(
  starts: readonly ProvisionerStart[],
  slots: readonly Slot[],
  first: number,
  steps: TemplateSteps,
  mappedBy: MappedBy,
): FoundStep | undefined {
  const last = first + starts.length - 1
  const slot = slots[last]
  if (!slot || starts.length === 0) return undefined
  const agree = starts.every((s, i) => packerTypeOf(slots[first + i]?.step.type ?? '') === s.type)
  return agree ? found(slot, steps, mappedBy) : undefined
}
