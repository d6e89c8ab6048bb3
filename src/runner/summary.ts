import type { BuildResult } from '../azure/results.ts'
import { formatElapsed } from '../azure/watch.ts'
import type { CustomizerOrigin } from '../template/customizers.ts'

export interface SummaryInput {
  readonly templateName: string
  readonly mode: 'dry-run' | 'started' | 'finished'
  readonly origins: readonly CustomizerOrigin[]
  readonly result?: BuildResult
  readonly phases?: readonly { phase: string; atMs: number }[]
  readonly renderedTemplatePath: string
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
  const out: string[] = [`### Azure Image Builder: \`${s.templateName}\``, '', headline(s), '']
  if (s.result?.outputs.length) {
    out.push('| run output | artifact |', '|---|---|')
    for (const o of s.result.outputs)
      out.push(`| ${cell(o.name)} | \`${cell(o.artifactId ?? o.artifactUri ?? '')}\` |`)
    out.push('')
  }
  if (s.result?.customizationLog)
    out.push(`Customization log: \`${s.result.customizationLog}\``, '')
  if (s.phases?.length) {
    out.push(
      `Phases: ${s.phases.map((p) => `${p.phase} (${formatElapsed(p.atMs)})`).join(' → ')}`,
      '',
    )
  }
  if (s.origins.length > 0) {
    out.push('| customizer | type | from | bytes | sha256 |', '|---|---|---|---|---|')
    for (const o of s.origins) {
      out.push(
        `| ${cell(o.name)} | ${o.type} | \`${o.origin}\` | ${o.bytes} | ${o.sha256 ? `\`${o.sha256.slice(0, 16)}…\`` : ''} |`,
      )
    }
    out.push('')
  }
  out.push(`Rendered template: \`${s.renderedTemplatePath}\``, '')
  return out.join('\n')
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
