// The build's phases as a Mermaid gantt chart, which GitHub renders in job summaries and comments.
import type { Timeline } from '../azure/watch.ts'
import { isTerminal } from '../model/run-state.ts'
import { formatElapsed } from '../model/elapsed.ts'

/** A bar shorter than this would not show; Mermaid needs end after start anyway. */
const MIN_BAR_MS = 1000

export interface PhaseSpan {
  readonly phase: string
  readonly startMs: number
  readonly endMs: number
}

/** Each phase from when it was first seen to when the next one was (or the watch ended). */
export function phaseSpans(timeline: Timeline): PhaseSpan[] {
  const end = (timeline.endedAt ?? timeline.startedAt) - timeline.startedAt
  const spans: PhaseSpan[] = []
  timeline.phases.forEach((p, i) => {
    // End states are points, not bars: the chart shows the phases that took time.
    if (isTerminal(p.phase)) return
    spans.push({ phase: p.phase, startMs: p.atMs, endMs: timeline.phases[i + 1]?.atMs ?? end })
  })
  return spans
}

/**
 * A ```mermaid gantt block, times as epoch milliseconds (`dateFormat x`) so no time zone or
 * date parsing is involved; empty when no phase was seen.
 */
export function ganttBlock(timeline: Timeline | undefined, failedPhase?: string): string {
  if (!timeline) return ''
  const spans = phaseSpans(timeline)
  if (spans.length === 0) return ''
  const at = (ms: number) => timeline.startedAt + ms
  const rows = spans.map((s, i) => {
    const tag = s.phase === failedPhase && i === spans.length - 1 ? 'crit, ' : ''
    const label = `${taskName(s.phase)} ${formatElapsed(s.endMs - s.startMs)}`
    const end = Math.max(s.endMs, s.startMs + MIN_BAR_MS)
    return `    ${label} :${tag}p${i}, ${at(s.startMs)}, ${at(end)}`
  })
  return [
    '```mermaid',
    'gantt',
    '    title Build phases',
    '    dateFormat x',
    '    axisFormat %H:%M',
    '    section Build',
    ...rows,
    '```',
  ].join('\n')
}

/**
 * Letters, digits and plain punctuation only: `:`, `#`, `;` and `%%` end or comment a task name in
 * Mermaid's grammar, and a line break or backticks would end the task or the block.
 */
function taskName(phase: string): string {
  return phase.replace(/[^\p{L}\p{N} ._()/-]+/gu, ' ').trim() || 'phase'
}
