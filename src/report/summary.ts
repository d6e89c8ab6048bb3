import type { BuildPhase } from '../azure/watch.ts'
import type { BuildResult } from '../azure/results.ts'
import { formatElapsed } from '../model/elapsed.ts'
import type { CustomizerOrigin } from '../template/customizers.ts'

export interface SummaryInput {
  readonly templateName: string
  readonly mode: 'dry-run' | 'started' | 'finished'
  readonly origins: readonly CustomizerOrigin[]
  readonly result?: BuildResult
  readonly phases?: readonly BuildPhase[]
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
const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

/** The job summary: outcome, run outputs, phases and the customizers that went into the image. */
export function renderSummary(s: SummaryInput): string {
  return [
    `### Azure Image Builder: \`${s.templateName}\``,
    headline(s),
    outputsTable(s.result),
    s.result?.customizationLog ? `Customization log: \`${s.result.customizationLog}\`` : '',
    phaseLine(s.phases ?? []),
    tagsLine(s.mode === 'dry-run' ? {} : (s.artifactTags ?? {})),
    customizersTable(s.origins),
    `Rendered template: \`${s.renderedTemplatePath}\``,
    s.mode === 'dry-run' ? templateDetails(s.renderedTemplate) : '',
  ]
    .filter((section) => section !== '')
    .join('\n\n')
    .concat('\n')
}

function outputsTable(result: BuildResult | undefined): string {
  if (!result?.outputs.length) return ''
  const rows = result.outputs.map(
    (o) => `| ${cell(o.name)} | \`${cell(o.artifactId ?? o.artifactUri ?? '')}\` |`,
  )
  return ['| run output | artifact |', '|---|---|', ...rows].join('\n')
}

function phaseLine(phases: readonly BuildPhase[]): string {
  if (phases.length === 0) return ''
  return `Phases: ${phases.map((p) => `${p.phase} (${formatElapsed(p.atMs)})`).join(' → ')}`
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
  if (!json || json.length > MAX_SHOWN_TEMPLATE) return ''
  return `<details><summary>Rendered template</summary>\n\n\`\`\`json\n${json}\n\`\`\`\n\n</details>`
}

function customizersTable(origins: readonly CustomizerOrigin[]): string {
  if (origins.length === 0) return ''
  const rows = origins.map((o) => {
    const sha = o.sha256 ? `\`${o.sha256.slice(0, 16)}…\`` : ''
    return `| ${cell(o.name)} | ${o.type} | \`${o.origin}\` | ${o.bytes} | ${sha} |`
  })
  return ['| customizer | type | from | bytes | sha256 |', '|---|---|---|---|---|', ...rows].join(
    '\n',
  )
}

function headline(s: SummaryInput): string {
  if (s.mode === 'dry-run')
    return '🧪 Dry run: the template was rendered and validated; nothing was sent to Azure.'
  if (s.mode === 'started')
    return '🚀 The build was started and continues after this job (`wait: false`).'
  const state = s.result?.runState ?? 'unknown'
  const message = s.result?.message ? `: ${cell(s.result.message)}` : ''
  return `${ICON[state] ?? ''} **${state}**${message}`
}
