// The job summary and the pull-request comment: what was built from what, how the build went
// (timeline, outputs) and, when it failed, where and why.
import type { BuildResult } from '../azure/results.ts'
import type { Timeline } from '../azure/watch.ts'
import { formatElapsed } from '../model/elapsed.ts'
import type { CustomizerOrigin } from '../template/customizers.ts'
import type { TemplateFacts } from './facts.ts'
import { ganttBlock } from './timeline.ts'

/** Where and why a build failed, from its customization.log when that could be read. */
export interface FailureReport {
  /** The last phase seen before the run ended. */
  readonly phase?: string
  /** The step that failed, mapped back to what the user wrote. */
  readonly step?: FailedStep
  /** The line that says why (an exit status, an error). */
  readonly errorLine?: string
  /** Lines of customization.log around the failure. */
  readonly excerpt?: readonly string[]
  /** Why the log could not be read, and what would let the action read it. */
  readonly logProblem?: string
}

export interface FailedStep {
  readonly role: 'customizer' | 'validator' | 'timeout'
  readonly name?: string
  readonly type?: string
  /** The input it came from (`customizer-scripts`, `template`, …). */
  readonly origin?: string
  /** A workspace file: the repo script the step runs. */
  readonly file?: string
}

export interface SummaryInput {
  readonly templateName: string
  readonly mode: 'dry-run' | 'started' | 'finished'
  readonly origins: readonly CustomizerOrigin[]
  readonly facts?: TemplateFacts
  readonly result?: BuildResult
  /** The watch ended before the run did (cancelled, timed out, status lost): why. */
  readonly stopped?: { readonly runState?: 'Canceled'; readonly message: string }
  readonly timeline?: Timeline
  readonly failure?: FailureReport
  /** A portal link for a resource id, in clouds that have a known portal. */
  readonly portalLink?: (id: string) => string | undefined
  readonly renderedTemplatePath: string
  /** The rendered template's JSON, shown (collapsed) in dry runs, where it is the result. */
  readonly renderedTemplate?: string
  /** Tags put on every artifact: how to find an image's source later. */
  readonly artifactTags?: Readonly<Record<string, string>>
}

const ICON: Record<string, string> = {
  Succeeded: '✅',
  PartiallySucceeded: '⚠️',
  Failed: '❌',
  Canceled: '⏹️',
}

/** Escapes text for a Markdown table cell. */
const cell = (text: string): string => text.replaceAll('|', '\\|').replace(/\r\n?|\n/g, ' ')

/** Text inside a code span: a backtick in it would end the span. */
const code = (text: string): string => `\`${text.replaceAll('`', "'")}\``

/** The job summary: outcome, facts, outputs, failure, timeline and customizers. */
export function renderSummary(s: SummaryInput): string {
  const whole = summarySections(s, true)
  // The runner drops a step's whole summary above 1 MiB: the template goes first.
  return Buffer.byteLength(whole) <= MAX_SUMMARY_BYTES ? whole : summarySections(s, false)
}

/** What the runner takes (1 MiB a step), less room for anything else written in the step. */
const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024

function summarySections(s: SummaryInput, withTemplate: boolean): string {
  return [
    `### Azure Image Builder: \`${s.templateName}\``,
    headline(s),
    failureSection(s),
    factsTable(s.facts),
    outputsTable(s),
    s.result?.customizationLog ? `Customization log: \`${s.result.customizationLog}\`` : '',
    ganttBlock(s.timeline, s.failure?.phase),
    tagsLine(s.mode === 'dry-run' ? {} : (s.artifactTags ?? {})),
    customizersTable(s.origins),
    `Rendered template: \`${s.renderedTemplatePath}\``,
    s.mode === 'dry-run' && withTemplate ? templateDetails(s.renderedTemplate) : '',
  ]
    .filter((section) => section !== '')
    .join('\n\n')
    .concat('\n')
}

/** The state a summary reports: the run's, or Canceled when main cancelled it. */
function reportedState(s: SummaryInput): string | undefined {
  return s.result?.runState ?? s.stopped?.runState
}

/** How long the watch lasted (from the build's start to its end as seen). */
function duration(timeline: Timeline | undefined): string {
  if (timeline?.endedAt === undefined) return ''
  return ` after ${formatElapsed(timeline.endedAt - timeline.startedAt)}`
}

const MODE_HEADLINES: Record<SummaryInput['mode'], string> = {
  'dry-run': '🧪 Dry run: the template was rendered and validated; nothing was sent to Azure.',
  started: '🚀 The build was started and continues after this job (`wait: false`).',
  finished: '',
}

function headline(s: SummaryInput): string {
  if (s.mode !== 'finished') return MODE_HEADLINES[s.mode]
  return endHeadline(s)
}

/** `❌ **Failed** after 42m10s: <the service's message>`. */
function endHeadline(s: SummaryInput): string {
  const state = reportedState(s) ?? 'Unknown'
  const what = s.failure?.step?.role === 'validator' ? 'In-VM validation failed' : state
  return `${ICON[state] ?? '❔'} **${what}**${duration(s.timeline)}${endMessage(s)}`
}

/** Why the watch stopped, else the service's own message. */
function endMessage(s: SummaryInput): string {
  const message = s.stopped?.message ?? s.result?.message
  return message ? `: ${cell(shortened(message, MAX_MESSAGE_CHARS))}` : ''
}

/** The service's message shown at most: the step's own failure carries all of it. */
const MAX_MESSAGE_CHARS = 8 * 1024

const shortened = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max)}…` : text

/** `customizer 2 (Shell) \`scripts/b.sh\` from customizer-scripts`. */
function describeStep(step: FailedStep): string {
  if (step.role === 'timeout') return 'the build timed out'
  const role = step.role === 'validator' ? 'validator' : 'customizer'
  const name = step.file ?? step.name
  const parts = [role, name ? code(name) : '', step.type ? `(${step.type})` : '']
  const from = step.origin ? `from \`${step.origin}\`` : ''
  return [...parts, from].filter(Boolean).join(' ')
}

/** Lines of the log shown at most: enough for the error, short enough to read. */
const MAX_EXCERPT_LINES = 40

/** Where and why, as a Markdown list: shared by the job summary and the PR comment. */
function failureFacts(s: SummaryInput): string {
  const f = s.failure
  if (!f) return ''
  return [
    f.phase ? `Failed phase: **${cell(f.phase)}**` : '',
    f.step ? `Failing step: ${describeStep(f.step)}` : '',
    f.errorLine ? `Error: ${code(f.errorLine)}` : '',
    validationNote(s),
    f.logProblem ? `The log could not be read: ${f.logProblem}` : '',
  ]
    .filter(Boolean)
    .map((l) => `- ${l}`)
    .join('\n')
}

/** The failure's facts, then the end of the log (collapsed). */
function failureSection(s: SummaryInput): string {
  const f = s.failure
  if (!f) return ''
  const excerpt = f.excerpt?.length
    ? [
        '<details><summary>customization.log excerpt</summary>',
        '',
        '```text',
        ...f.excerpt.slice(-MAX_EXCERPT_LINES).map((l) => l.replaceAll('```', "'''")),
        '```',
        '',
        '</details>',
      ].join('\n')
    : ''
  return [failureFacts(s), excerpt].filter(Boolean).join('\n\n')
}

/** A failed validation distributes nothing, unless the template says to go on. */
function validationNote(s: SummaryInput): string {
  if (s.failure?.step?.role !== 'validator') return ''
  return s.facts?.validation?.continueDistributeOnFailure
    ? 'The images were distributed anyway (`continueDistributeOnFailure`); check them before use.'
    : 'Nothing was distributed (set `continueDistributeOnFailure` in the template to distribute anyway).'
}

function factsTable(facts: TemplateFacts | undefined): string {
  if (!facts) return ''
  const rows: [string, string][] = [
    ['source', code(facts.source)],
    ...facts.targets.map((t): [string, string] => ['target', code(t)]),
    ['VM size', facts.vmSize ? code(facts.vmSize) : 'service default'],
    ['OS disk', facts.osDiskSizeGB ? `${facts.osDiskSizeGB} GB` : 'size of the source'],
    ['build timeout', `${facts.timeoutMinutes} minutes`],
  ]
  const v = facts.validation
  if (v) {
    const flags = [
      v.sourceValidationOnly ? 'source validation only (no image is built)' : '',
      v.continueDistributeOnFailure ? 'distribute even when validation fails' : '',
    ].filter(Boolean)
    rows.push(['validation', [`${v.validators} in-VM validator(s)`, ...flags].join('; ')])
  }
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)].join('\n')
}

function outputsTable(s: SummaryInput): string {
  const outputs = s.result?.outputs ?? []
  if (outputs.length === 0) return ''
  const rows = outputs.map((o) => {
    const artifact = o.artifactId ?? o.artifactUri ?? ''
    const link = o.artifactId ? s.portalLink?.(o.artifactId) : undefined
    const shown = link ? `[${code(artifact)}](${link})` : code(artifact)
    return `| ${cell(o.name)} | ${cell(shown)} |`
  })
  return ['| run output | artifact |', '|---|---|', ...rows].join('\n')
}

function tagsLine(tags: Readonly<Record<string, string>>): string {
  const entries = Object.entries(tags)
  if (entries.length === 0) return ''
  const list = entries.map(([k, v]) => `\`${cell(k)}=${cell(v)}\``).join(', ')
  return `Artifact tags (find the source of an image from them): ${list}`
}

/** Job summaries are capped at 1 MiB: a template larger than this is only linked by path. */
const MAX_SHOWN_TEMPLATE = 256 * 1024

function templateDetails(json: string | undefined): string {
  if (!json || Buffer.byteLength(json) > MAX_SHOWN_TEMPLATE) return ''
  return `<details><summary>Rendered template</summary>\n\n\`\`\`json\n${json}\n\`\`\`\n\n</details>`
}

/** Customizers listed at most (with names of up to 512 characters): the rest are counted. */
const MAX_CUSTOMIZER_ROWS = 1000

function customizersTable(origins: readonly CustomizerOrigin[]): string {
  if (origins.length === 0) return ''
  const rows = origins.slice(0, MAX_CUSTOMIZER_ROWS).map((o) => {
    const sha = o.sha256 ? `\`${o.sha256.slice(0, 16)}…\`` : ''
    return `| ${cell(shortened(o.name, 512))} | ${o.type} | \`${o.origin}\` | ${o.bytes} | ${sha} |`
  })
  const more = origins.length - rows.length
  if (more > 0) rows.push(`| … and ${more} more (all are in the rendered template) | | | | |`)
  return ['| customizer | type | from | bytes | sha256 |', '|---|---|---|---|---|', ...rows].join(
    '\n',
  )
}

/**
 * The pull-request comment: the summary in short (outcome, what was built, outputs, where it
 * failed), with a link to the run for the rest.
 */
export function renderComment(s: SummaryInput, runUrl?: string): string {
  return [
    `### Azure Image Builder: \`${s.templateName}\``,
    headline(s),
    s.facts
      ? `${code(s.facts.source)} → ${s.facts.targets.map(code).join(', ') || 'no target'}`
      : '',
    failureFacts(s),
    outputsTable(s),
    runUrl ? `[Workflow run](${runUrl}) (job summary: timeline, customizers, log excerpt)` : '',
  ]
    .filter((section) => section !== '')
    .join('\n\n')
    .concat('\n')
}
