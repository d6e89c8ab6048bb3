// A README example is code users copy first: every YAML block must parse, and every step that
// uses this action may only pass inputs that action.yml declares.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse, parseAllDocuments } from 'yaml'

const root = path.resolve(import.meta.dirname, '../..')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const inputs = Object.keys(
  (parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: object }).inputs,
)

/** Every ```yaml block with the line it starts on. */
const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((m) => ({
  line: readme.slice(0, m.index).split('\n').length + 1,
  text: m[1] ?? '',
}))

interface Step {
  uses?: string
  with?: Record<string, unknown>
}

/** Steps anywhere in a parsed document: workflow jobs, step lists, single steps. */
function stepsIn(node: unknown): Step[] {
  if (Array.isArray(node)) return node.flatMap(stepsIn)
  if (typeof node !== 'object' || node === null) return []
  const step = node as Step
  const own = typeof step.uses === 'string' ? [step] : []
  return [...own, ...Object.values(node).flatMap(stepsIn)]
}

const isThisAction = (uses: string) => /azure-image-builder-action@/.test(uses) || uses === './'

describe('README.md examples', () => {
  it('has YAML examples to check', () => {
    expect(blocks.length).toBeGreaterThan(5)
  })

  it.each(blocks.map((b) => [b.line, b.text] as const))(
    'the block at line %i parses',
    (_line, text) => {
      const errors = parseAllDocuments(text).flatMap((doc) =>
        'errors' in doc ? doc.errors.map((e) => e.message) : [],
      )
      expect(errors).toEqual([])
    },
  )

  it.each(blocks.map((b) => [b.line, b.text] as const))(
    'the block at line %i passes only declared inputs to the action',
    (_line, text) => {
      const docs = parseAllDocuments(text).flatMap((doc) =>
        'toJS' in doc ? [doc.toJS() as unknown] : [],
      )
      const ours = docs.flatMap(stepsIn).filter((s) => isThisAction(s.uses ?? ''))
      for (const step of ours)
        expect(Object.keys(step.with ?? {}).filter((key) => !inputs.includes(key))).toEqual([])
    },
  )

  it('finds the uses: steps of this action (the check above is not vacuous)', () => {
    const all = blocks.flatMap((b) =>
      parseAllDocuments(b.text).map((d) => ('toJS' in d ? (d.toJS() as unknown) : null)),
    )
    expect(all.flatMap(stepsIn).filter((s) => isThisAction(s.uses ?? '')).length).toBeGreaterThan(4)
  })
})
