// The public names are declared once (src/config/names.ts); action.yml and README.md must agree.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { INPUT_NAMES, OUTPUT_NAMES } from '../../src/model/names.ts'

const root = path.resolve(import.meta.dirname, '../..')
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  runs: Record<string, string>
}
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

/** Backticked names in the first column of the table under the given `## heading`. */
function tableNames(heading: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith(heading)) ?? ''
  return [...section.matchAll(/^\| `([a-z0-9-]+)`\s*\|/gm)].map((m) => m[1] ?? '')
}

describe('the public contract', () => {
  it('action.yml declares exactly the inputs and outputs of names.ts, in order', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES])
    expect(Object.keys(action.outputs)).toEqual([...OUTPUT_NAMES])
  })

  it('runs main and post from the bundle on node24', () => {
    expect(action.runs).toMatchObject({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/index.js',
      'post-if': 'always()',
    })
  })

  it('README documents every input and every output', () => {
    expect(tableNames('Inputs')).toEqual([...INPUT_NAMES])
    expect(tableNames('Outputs')).toEqual([...OUTPUT_NAMES])
  })

  it('README starts with the two commands', () => {
    const start = readme.slice(0, readme.indexOf('## Contents'))
    expect(start).toContain('npm ci && npm start')
    expect(start).toContain('npm test')
  })
})
