// Reads a job summary back the way a person (and GitHub's renderer) would: the headline state,
// the run outputs table, the failure facts and the Mermaid gantt timeline, checked for validity.

export interface GanttTask {
  readonly name: string
  readonly id: string
  readonly start: number
  readonly end: number
  readonly critical: boolean
}

export interface ParsedSummary {
  /** The bold word(s) of the headline: `Succeeded`, `Failed`, `In-VM validation failed`, … */
  readonly headline: string | undefined
  readonly outputs: Record<string, string>
  readonly failedPhase: string | undefined
  readonly failingStep: string | undefined
  /** The timeline's tasks; undefined when the summary has no gantt block. */
  readonly gantt: GanttTask[] | undefined
}

const TASK = /^ {4}([^:#]+?) :(crit, )?(p\d+), (\d+), (\d+)$/

/**
 * The tasks of the summary's ```mermaid gantt block. Throws when the block breaks Mermaid's gantt
 * grammar as the summary uses it: header lines, `dateFormat x`, one task per line with an id and
 * two epoch-ms times, each task ending after it starts and starting where the previous ended.
 */
export function parseGantt(markdown: string): GanttTask[] | undefined {
  const block = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)?.[1]
  if (block === undefined) return undefined
  const lines = block.split('\n')
  if (lines[0] !== 'gantt') throw new Error(`gantt: first line is "${lines[0]}"`)
  if (!lines.includes('    dateFormat x')) throw new Error('gantt: no "dateFormat x"')
  const tasks: GanttTask[] = []
  for (const line of lines.slice(1)) {
    if (/^ {4}(title|dateFormat|axisFormat|section) \S/.test(line)) continue
    tasks.push(checkedTask(line, tasks))
  }
  if (tasks.length === 0) throw new Error('gantt: no task')
  return tasks
}

/** One task line, checked against the tasks above it. */
function checkedTask(line: string, above: readonly GanttTask[]): GanttTask {
  const m = TASK.exec(line)
  if (!m) throw new Error(`gantt: not a task line: "${line}"`)
  const [, name = '', crit, id = '', start, end] = m
  if (above.some((t) => t.id === id)) throw new Error(`gantt: duplicate task id ${id}`)
  const task = { name, id, start: Number(start), end: Number(end), critical: crit !== undefined }
  if (task.end <= task.start) throw new Error(`gantt: task "${name}" does not end after it starts`)
  const previous = above.at(-1)
  if (previous && task.start < previous.start)
    throw new Error(`gantt: task "${name}" starts before the one above it`)
  return task
}

export function parseSummary(markdown: string): ParsedSummary {
  const outputs: Record<string, string> = {}
  for (const m of markdown.matchAll(/^\| ([^|\n]+?) \| \[?`([^`]+)`/gm)) {
    const [, name = '', value = ''] = m
    if (!['source', 'target', 'VM size'].includes(name)) outputs[name] = value
  }
  return {
    headline: /^\S+ \*\*([^*]+)\*\*/m.exec(markdown)?.[1],
    outputs,
    failedPhase: /^- Failed phase: \*\*([^*]+)\*\*/m.exec(markdown)?.[1],
    failingStep: /^- Failing step: (.+)$/m.exec(markdown)?.[1],
    gantt: parseGantt(markdown),
  }
}
