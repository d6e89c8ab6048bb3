// The real-template corpus (our own files, each modelled on a public one: see its README), through
// the real input parsing, render and validation, as a dry run does them: what a file the service
// accepts does, the action accepts.
import { describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseConfig } from '../../../src/config/inputs.ts'
import { InputError } from '../../../src/config/issues.ts'
import type { Config } from '../../../src/config/types.ts'
import { renderTemplate, toResourceJson } from '../../../src/template/render.ts'
import { validateTemplate } from '../../../src/template-file/template-file.ts'
import { formatProblem } from '../../../src/model/template-problem.ts'
import {
  REAL_TEMPLATES,
  corpusEntries,
  dryRunInputs,
  type CorpusEntry,
} from '../../harness/real-templates.ts'

const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'aib-corpus-')), 'ws')
cpSync(REAL_TEMPLATES, workspace, { recursive: true })
const ENV = { GITHUB_WORKSPACE: workspace, GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1' }

type Outcome = { config: Config; problems: string[] } | { inputProblems: InputError }

/** parseConfig, then render and validate as main's render step does. */
function dryRun(entry: CorpusEntry): Outcome {
  const inputs = dryRunInputs(entry)
  let config: Config
  try {
    config = parseConfig((name) => inputs[name] ?? '', ENV)
  } catch (error) {
    if (error instanceof InputError) return { inputProblems: error }
    throw error
  }
  const resource = toResourceJson(config.templateName, renderTemplate(config).template)
  const file = config.templateFile
  const problems = validateTemplate(resource, config.osType).map((p) =>
    formatProblem(entry.file, { ...p, ...file?.loaded.locate(p.path) }),
  )
  return { config, problems }
}

const FILL_NOTE = /← template-vars|← defaultValue/

const entries = corpusEntries()

describe('the real-template corpus', () => {
  it('holds at least 30 files: 10 Windows, 5 with ARM expressions, 3 Terraform template files', () => {
    const arm = entries.filter((e) => (e.vars ?? {}).svclocation || /-arm\.json$/.test(e.file))
    expect(entries.length).toBeGreaterThanOrEqual(30)
    expect(entries.filter((e) => e.os === 'windows').length).toBeGreaterThanOrEqual(10)
    expect(arm.length).toBeGreaterThanOrEqual(5)
    expect(entries.filter((e) => e.file.includes('terraform')).length).toBeGreaterThanOrEqual(3)
  })

  it.each(entries.filter((e) => e.renders).map((e) => [e.file, e] as const))(
    '%s renders and validates',
    (_file, entry) => {
      const outcome = dryRun(entry)
      if ('inputProblems' in outcome) throw outcome.inputProblems
      const { config, problems } = outcome
      expect(problems).toEqual([])
      expect([config.osType, config.osTypeFrom]).toEqual([entry.os, entry.osFrom])
      const template = renderTemplate(config).template
      const props = toResourceJson(config.templateName, template).properties as {
        source: { type: string }
        customize?: { type: string }[]
        distribute: { type: string }[]
        buildTimeoutInMinutes: number
      }
      const notes = (config.templateFile?.loaded.notes ?? []).filter((n) => !FILL_NOTE.test(n))
      expect({
        location: template.location,
        source: props.source.type,
        customize: (props.customize ?? []).map((c) => c.type),
        distribute: props.distribute.map((d) => d.type),
        buildTimeoutInMinutes: props.buildTimeoutInMinutes,
        notes,
      }).toEqual(entry.renders)
    },
  )

  it.each(entries.filter((e) => e.error).map((e) => [e.file, e] as const))(
    '%s fails with its problems, each at its place in the file',
    (_file, entry) => {
      const outcome = dryRun(entry)
      if ('inputProblems' in outcome) {
        const problems = outcome.inputProblems.problems
        expect(problems.map((p) => p.message)).toEqual(entry.error)
        for (const problem of problems) {
          expect(problem.input).toBe('template')
          expect(problem.at).toMatchObject({ file: entry.file, line: expect.any(Number) })
        }
      } else {
        expect([outcome.config.osType, outcome.config.osTypeFrom]).toEqual([entry.os, entry.osFrom])
        expect(outcome.problems.map((p) => p.replace(/^[^ ]+ /, ''))).toEqual(entry.error)
      }
    },
  )
})
