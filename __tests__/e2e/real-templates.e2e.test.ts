// Every file of the real-template corpus (our own, each modelled on a public one) through the
// bundled action in a dry run, as a workflow would run it: what renders is written to
// `rendered-template`, what fails is annotated at its place in the file, and nothing reaches "Azure".
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator } from '../emulator/emulator.ts'
import type { Emulator } from '../emulator/types.ts'
import { corpusEntries, dryRunInputs, REAL_TEMPLATES } from '../harness/real-templates.ts'
import { FAST_SCENARIO, runAction } from '../harness/run-action.ts'

let emulator: Emulator
const workspace = mkdtempSync(path.join(tmpdir(), 'aib-corpus-ws-'))
cpSync(REAL_TEMPLATES, workspace, { recursive: true })
/** Another copy of the bundle while developing (CORPUS_BUNDLE=/tmp/dist/index.js); dist/ by default. */
const bundle = process.env.CORPUS_BUNDLE

beforeAll(async () => {
  emulator = await startEmulator({ scenario: { ...FAST_SCENARIO } })
})
afterAll(async () => {
  expect(emulator.requests).toEqual([])
  await emulator.close()
})

const entries = corpusEntries()

interface Rendered {
  location: string
  properties: {
    source: { type: string }
    customize?: { type: string }[]
    distribute: { type: string }[]
    buildTimeoutInMinutes: number
  }
}

describe('real template files in a dry run of the bundle', () => {
  it.each(entries.filter((e) => e.renders).map((e) => [e.file, e] as const))(
    '%s renders',
    async (_file, entry) => {
      const run = await runAction({ inputs: dryRunInputs(entry), workspace, bundle }, emulator)
      expect(run.stdout).not.toContain('::error')
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`Rendered ${entry.os} image template`)
      const rendered = JSON.parse(
        readFileSync(run.outputs['rendered-template'] ?? '', 'utf8'),
      ) as Rendered
      const { properties } = rendered
      expect({
        location: rendered.location,
        source: properties.source.type,
        customize: (properties.customize ?? []).map((c) => c.type),
        distribute: properties.distribute.map((d) => d.type),
        buildTimeoutInMinutes: properties.buildTimeoutInMinutes,
      }).toEqual({ ...entry.renders, notes: undefined })
      for (const note of entry.renders?.notes ?? []) expect(run.stdout).toContain(note)
    },
  )

  it.each(entries.filter((e) => e.error).map((e) => [e.file, e] as const))(
    '%s fails naming `template`, annotated in the file',
    async (_file, entry) => {
      const run = await runAction({ inputs: dryRunInputs(entry), workspace, bundle }, emulator)
      expect(run.code).toBe(1)
      for (const problem of entry.error ?? []) expect(run.stdout).toContain(problem)
      expect(run.stdout).toMatch(
        new RegExp(
          `^::error title=Invalid input \`template\`,file=${entry.file.replaceAll('.', '\\.')},line=\\d+`,
          'm',
        ),
      )
    },
  )
})
