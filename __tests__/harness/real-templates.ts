// The real-template corpus (__tests__/fixtures/real-templates): each file with the template-vars
// and inputs it needs and what the action must make of it, from expected.json.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './run-action.ts'

export const REAL_TEMPLATES = path.join(REPO_ROOT, '__tests__', 'fixtures', 'real-templates')

export interface RenderFacts {
  location: string
  source: string
  /** Customizer types, in order. */
  customize: string[]
  /** Distribution target types, in order. */
  distribute: string[]
  buildTimeoutInMinutes: number
  /** The load notes other than `← template-vars` / `← defaultValue` fills. */
  notes: string[]
}

export interface CorpusEntry {
  file: string
  varSets?: string[]
  vars?: Record<string, string>
  inputs?: Record<string, string>
  os?: 'linux' | 'windows'
  osFrom?: string
  /** What the rendered template holds, when it renders. */
  renders?: RenderFacts
  /** Problems the action reports (each must be one of them), when it does not. */
  error?: string[]
}

interface Expectations {
  varSets: Record<string, Record<string, string>>
  files: Record<string, Omit<CorpusEntry, 'file'>>
}

const expectations = JSON.parse(
  readFileSync(path.join(REAL_TEMPLATES, 'expected.json'), 'utf8'),
) as Expectations

/** Every corpus file with its expectations; a file missing from expected.json fails here. */
export function corpusEntries(): CorpusEntry[] {
  const files = readdirSync(REAL_TEMPLATES).filter(
    (f) => !['expected.json', 'README.md'].includes(f),
  )
  return files.sort().map((file) => {
    const entry = expectations.files[file]
    if (!entry) throw new Error(`${file} has no entry in expected.json`)
    return { file, ...entry }
  })
}

/** The action inputs of a dry run of `entry` from a workspace holding the corpus files. */
export function dryRunInputs(entry: CorpusEntry): Record<string, string> {
  const sets = (entry.varSets ?? []).map((name) => expectations.varSets[name] ?? {})
  const vars: Record<string, string> = Object.assign({}, ...sets, entry.vars)
  return {
    template: entry.file,
    'template-vars': Object.entries(vars)
      .map(([name, value]) => `${name}=${value}`)
      .join('\n'),
    'dry-run': 'true',
    ...entry.inputs,
  }
}
