import { describe, expect, it } from '@jest/globals'
import { renderSummary } from '../../../src/report/summary.ts'

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
      phases: [
        { phase: 'Queued', atMs: 0 },
        { phase: 'Failed', atMs: 125_000 },
      ],
      result: {
        runState: 'Failed',
        message: 'exit status 1',
        outputs: [{ name: 'managed-image', artifactId: '/subscriptions/s/images/web' }],
        customizationLog: 'https://x.blob.core.windows.net/packerlogs/1/customization.log',
      },
    })
    expect(md).toContain('### Azure Image Builder: `web`')
    expect(md).toContain('❌ **Failed**: exit status 1')
    expect(md).toContain('| managed-image | `/subscriptions/s/images/web` |')
    expect(md).toContain(
      'Customization log: `https://x.blob.core.windows.net/packerlogs/1/customization.log`',
    )
    expect(md).toContain('Phases: Queued (0s) → Failed (2m05s)')
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
})
