import { describe, expect, it } from '@jest/globals'
import { renderComment, renderSummary } from '../../../src/report/summary.ts'
import { parseGantt, parseSummary } from '../../harness/summary-parse.ts'

const origins = [
  {
    name: 'scripts/a|b.sh',
    type: 'Shell',
    origin: 'customizer-scripts',
    bytes: 120,
    sha256: 'ab'.repeat(32),
  },
  { name: 'workflow-artifacts', type: 'Shell', origin: 'customizer-source', bytes: 30, sha256: '' },
]

describe('renderSummary', () => {
  it('shows outcome, outputs, log, phases and customizers of a finished build', () => {
    const md = renderSummary({
      templateName: 'web',
      mode: 'finished',
      origins,
      renderedTemplatePath: '/tmp/web.image-template.json',
      timeline: {
        startedAt: Date.UTC(2026, 10, 27, 12),
        phases: [
          { phase: 'Queued', atMs: 0 },
          { phase: 'Customizing', atMs: 65_000 },
          { phase: 'Failed', atMs: 125_000 },
        ],
        endedAt: Date.UTC(2026, 10, 27, 12) + 125_000,
      },
      failure: {
        phase: 'Customizing',
        step: { role: 'customizer', type: 'Shell', origin: 'customizer-scripts', file: 'b.sh' },
        errorLine: 'Script exited with non-zero exit status: 2',
        excerpt: ['PACKER ERR one', 'PACKER ERR two'],
      },
      result: {
        runState: 'Failed',
        message: 'exit status 1',
        outputs: [{ name: 'managed-image', artifactId: '/subscriptions/s/images/web' }],
        customizationLog: 'https://x.blob.core.windows.net/packerlogs/1/customization.log',
      },
    })
    expect(md).toContain('### Azure Image Builder: `web`')
    expect(md).toContain('❌ **Failed** after 2m05s: exit status 1')
    expect(md).toContain('| managed-image | `/subscriptions/s/images/web` |')
    expect(md).toContain('- Failing step: customizer `b.sh` (Shell) from `customizer-scripts`')
    expect(md).toContain('- Error: `Script exited with non-zero exit status: 2`')
    expect(md).toContain('```text\nPACKER ERR one\nPACKER ERR two\n```')
    expect(md).toContain(
      'Customization log: `https://x.blob.core.windows.net/packerlogs/1/customization.log`',
    )
    const parsed = parseSummary(md)
    expect(parsed).toMatchObject({ headline: 'Failed', failedPhase: 'Customizing' })
    expect(parsed.gantt).toEqual([
      { name: 'Queued 1m05s', id: 'p0', start: 1795780800000, end: 1795780865000, critical: false },
      {
        name: 'Customizing 1m00s',
        id: 'p1',
        start: 1795780865000,
        end: 1795780925000,
        critical: true,
      },
    ])
    expect(md).toContain(
      '| scripts/a\\|b.sh | Shell | `customizer-scripts` | 120 | `abababababababab…` |',
    )
    expect(md).toContain('Rendered template: `/tmp/web.image-template.json`')
    expect(md).not.toContain('Artifact tags')
  })

  it('lists the provenance tags of a build', () => {
    const md = renderSummary({
      templateName: 'web',
      mode: 'finished',
      origins: [],
      renderedTemplatePath: '/tmp/x.json',
      artifactTags: { 'source-commit': 'abc', 'source-tag': 'v1.4.2' },
    })
    expect(md).toContain(
      'Artifact tags (find the source of an image from them): `source-commit=abc`, `source-tag=v1.4.2`',
    )
  })

  it('says a dry run sent nothing and a detached build goes on', () => {
    const base = { templateName: 't', origins: [], renderedTemplatePath: '/tmp/t.json' }
    expect(renderSummary({ ...base, mode: 'dry-run' })).toContain('nothing was sent to Azure')
    expect(renderSummary({ ...base, mode: 'started' })).toContain('`wait: false`')
    expect(renderSummary({ ...base, mode: 'dry-run' })).not.toContain('| customizer |')
    const shown = renderSummary({ ...base, mode: 'dry-run', renderedTemplate: '{"a":1}' })
    expect(shown).toContain(
      '<details><summary>Rendered template</summary>\n\n```json\n{"a":1}\n```',
    )
    const huge = renderSummary({ ...base, mode: 'dry-run', renderedTemplate: 'x'.repeat(300_000) })
    expect(huge).not.toContain('<details>')
  })

  it('names a failed validator as a validation failure and says what was distributed', () => {
    const base = {
      templateName: 'v',
      mode: 'finished' as const,
      origins: [],
      renderedTemplatePath: '/tmp/v.json',
      result: { runState: 'Failed' as const, message: 'validation failed', outputs: [] },
      failure: { step: { role: 'validator' as const, name: 'check', type: 'Shell' } },
    }
    const facts = (continueDistributeOnFailure: boolean) => ({
      source: 'platform image a:b:c:latest',
      targets: [],
      timeoutMinutes: 240,
      validation: { validators: 1, continueDistributeOnFailure, sourceValidationOnly: false },
    })
    const kept = renderSummary({ ...base, facts: facts(false) })
    expect(parseSummary(kept).headline).toBe('In-VM validation failed')
    expect(kept).toContain('- Failing step: validator `check` (Shell)')
    expect(kept).toContain('Nothing was distributed')
    const shipped = renderSummary({ ...base, facts: facts(true) })
    expect(shipped).toContain('distributed anyway (`continueDistributeOnFailure`)')
    expect(shipped).toContain(
      '| validation | 1 in-VM validator(s); distribute even when validation fails |',
    )
  })

  it('tells a cancelled run by its stop, with the phases seen until then', () => {
    const md = renderSummary({
      templateName: 'c',
      mode: 'finished',
      origins: [],
      renderedTemplatePath: '/tmp/c.json',
      stopped: { runState: 'Canceled', message: 'The build was cancelled' },
      timeline: { startedAt: 0, phases: [{ phase: 'Building', atMs: 0 }], endedAt: 30_000 },
    })
    expect(md).toContain('⏹️ **Canceled** after 30s: The build was cancelled')
    expect(parseSummary(md).gantt).toEqual([
      { name: 'Building 30s', id: 'p0', start: 0, end: 30_000, critical: false },
    ])
  })

  it('links outputs to the portal where one is known', () => {
    const md = renderSummary({
      templateName: 'l',
      mode: 'finished',
      origins: [],
      renderedTemplatePath: '/tmp/l.json',
      result: {
        runState: 'Succeeded',
        message: '',
        outputs: [
          { name: 'img', artifactId: '/subscriptions/s/x' },
          { name: 'vhd', artifactUri: 'https://a/b.vhd' },
        ],
      },
      portalLink: (id) => `https://portal.example/#@/resource${id}`,
    })
    expect(md).toContain(
      '| img | [`/subscriptions/s/x`](https://portal.example/#@/resource/subscriptions/s/x) |',
    )
    expect(md).toContain('| vhd | `https://a/b.vhd` |')
  })
})

describe('renderSummary with odd service data', () => {
  const t0 = Date.UTC(2026, 10, 27, 12)
  const md = renderSummary({
    templateName: 'odd',
    mode: 'finished',
    origins: [],
    renderedTemplatePath: '/tmp/odd.json',
    // As the watch records a build whose phases all came at once (times never go back there).
    timeline: {
      startedAt: t0,
      phases: [
        { phase: 'Queued', atMs: 0 },
        { phase: 'Cust```\nomizing', atMs: 0 },
        { phase: 'Pha%%se\r\n## injected `x`', atMs: 0 },
        { phase: 'Failed', atMs: 0 },
      ],
      endedAt: t0,
    },
    failure: { phase: 'Pha%%se\r\n## injected `x`' },
    result: { runState: 'Failed', message: 'first line\r\n# second | line', outputs: [] },
  })

  it('keeps the gantt block valid: one task a phase, in order, whatever the names say', () => {
    const gantt = parseGantt(md)
    expect(gantt).toHaveLength(3)
    expect(gantt?.map((t) => t.id)).toEqual(['p0', 'p1', 'p2'])
    expect(md.match(/^```/gm)).toHaveLength(2)
  })

  it('keeps a message or phase with line breaks on its line, and no duration below zero', () => {
    expect(md).toContain('❌ **Failed** after 0s: first line # second \\| line\n')
    expect(md).not.toMatch(/^#+ (second|injected)/m)
    expect(md).not.toContain('\r')
  })
})

describe('renderSummary size', () => {
  // The runner drops a step's whole summary above 1 MiB.
  const MIB = 1024 * 1024
  const origins = Array.from({ length: 7000 }, (_, i) => ({
    name: `scripts/components/component-${i}/install-the-component-step-${i}.sh`,
    type: 'Shell',
    origin: 'customizer-scripts',
    bytes: 1,
    sha256: 'ab'.repeat(32),
  }))

  it('stays under 1 MiB with thousands of scripts and a shown template', () => {
    const md = renderSummary({
      templateName: 'big',
      mode: 'dry-run',
      origins,
      renderedTemplatePath: '/tmp/big.json',
      renderedTemplate: `{"x": "${'é'.repeat(120_000)}"}`,
    })
    expect(Buffer.byteLength(md)).toBeLessThan(MIB)
    expect(md).toContain('| scripts/components/component-0/install-the-component-step-0.sh |')
    expect(md).toMatch(/and 6\d{3} more/)
  })

  it('stays under 1 MiB with a service message of megabytes', () => {
    const md = renderSummary({
      templateName: 'long',
      mode: 'finished',
      origins: [],
      renderedTemplatePath: '/tmp/long.json',
      result: { runState: 'Failed', message: 'm'.repeat(3_000_000), outputs: [] },
    })
    expect(Buffer.byteLength(md)).toBeLessThan(MIB)
  })
})

describe('renderComment', () => {
  it('is the summary in short, with a link to the run', () => {
    const body = renderComment(
      {
        templateName: 'web',
        mode: 'finished',
        origins: [],
        renderedTemplatePath: '/tmp/web.json',
        facts: {
          source: 'platform image a:b:c:1',
          targets: ['managed image /s/i'],
          timeoutMinutes: 60,
        },
        result: { runState: 'Failed', message: 'packer failed', outputs: [] },
        failure: {
          step: { role: 'customizer', file: 'b.sh', type: 'Shell' },
          errorLine: 'exit 2',
          excerpt: ['x'],
        },
      },
      'https://github.example/o/r/actions/runs/1',
    )
    expect(body.startsWith('### Azure Image Builder: `web`\n')).toBe(true)
    expect(body).toContain('❌ **Failed**: packer failed')
    expect(body).toContain('`platform image a:b:c:1` → `managed image /s/i`')
    expect(body).toContain('- Failing step: customizer `b.sh` (Shell)')
    expect(body).toContain('[Workflow run](https://github.example/o/r/actions/runs/1)')
    // The excerpt and the timeline stay in the job summary.
    expect(body).not.toContain('```')
  })
})

describe('parseGantt', () => {
  const block = (rows: string[]) =>
    ['```mermaid', 'gantt', '    dateFormat x', ...rows, '```'].join('\n')
  it('refuses what Mermaid would not draw as the summary means it', () => {
    expect(() => parseGantt(block(['    A :p0, 10, 5']))).toThrow('does not end after it starts')
    expect(() => parseGantt(block(['    A: b :p0, 1, 5']))).toThrow('not a task line')
    expect(() => parseGantt(block(['    A :p0, 1, 5', '    B :p0, 5, 9']))).toThrow('duplicate')
    expect(parseGantt(block(['    A :p0, 1, 5', '    B :crit, p1, 5, 9']))).toHaveLength(2)
  })
})
