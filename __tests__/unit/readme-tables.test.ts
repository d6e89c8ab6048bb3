// README.md's input and output tables are generated from action.yml (npm run docs): a hand edit
// of either that is not regenerated fails here as well as in `npm run docs:check`.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  ACTION_PATH,
  README_PATH,
  differences,
  generateReadme,
  parseActionMetadata,
  renderInputsTable,
  renderOutputsTable,
  renderReadme,
  splitDefault,
} from '../../scripts/readme-tables.ts'

const actionText = readFileSync(ACTION_PATH, 'utf8')
const readme = readFileSync(README_PATH, 'utf8')
const action = parseActionMetadata(actionText)

/** The backticked names in the first column of a rendered table, in order. */
const firstColumn = (table: string) =>
  [...table.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1])

describe('README tables generated from action.yml', () => {
  it('lists every input of action.yml once, in order', () => {
    const names = Object.keys(action.inputs)
    expect(names.length).toBeGreaterThan(40)
    expect(firstColumn(renderInputsTable(action))).toEqual(names)
  })

  it('lists every output of action.yml once, in order', () => {
    expect(firstColumn(renderOutputsTable(action))).toEqual(Object.keys(action.outputs))
  })

  it('escapes | and collapses newlines in a cell, keeping backticks', () => {
    const table = renderInputsTable({
      inputs: { mode: { description: 'One of `a|b` or c |\nd.', default: 'a|b' } },
      outputs: {},
    })
    expect(table.split('\n')[2]).toBe('| `mode` | `a\\|b` | One of `a\\|b` or c \\| d. |')
  })

  it('lifts a last "Default: …" line into the default column', () => {
    const table = renderInputsTable({
      inputs: {
        region: { description: 'Where to build,\nfor example eastus2.\nDefault: `location`' },
      },
      outputs: {},
    })
    expect(table.split('\n')[2]).toBe(
      '| `region` | `location` | Where to build, for example eastus2. |',
    )
  })

  it('shows — when an input has no default', () => {
    const table = renderInputsTable({ inputs: { x: { description: 'X.' } }, outputs: {} })
    expect(table.split('\n')[2]).toBe('| `x` | — | X. |')
  })

  it('refuses "Default:" anywhere but the last line, or next to a default: key', () => {
    expect(() => splitDefault('x', 'Text. Default: y')).toThrow(/last line/)
    expect(() =>
      renderInputsTable({
        inputs: { x: { description: 'Text.\nDefault: y', default: 'z' } },
        outputs: {},
      }),
    ).toThrow(/both/)
  })

  it('replaces only the text between the markers', () => {
    const page = [
      'before',
      '<!-- inputs:start -->',
      'old',
      '<!-- inputs:end -->',
      'between',
      '<!-- outputs:start -->',
      '<!-- outputs:end -->',
      'after',
    ].join('\n')
    const out = renderReadme(page, 'inputs:\n  a:\n    description: A.\noutputs: {}\n')
    expect(out).toMatch(/^before\n<!-- inputs:start -->\n\n\| input \| default \| description \|/)
    expect(out).not.toContain('old')
    expect(out).toMatch(/<!-- inputs:end -->\nbetween\n<!-- outputs:start -->/)
    expect(out.endsWith('<!-- outputs:end -->\nafter')).toBe(true)
  })

  it('README.md is exactly what `npm run docs` generates (run it after editing action.yml)', async () => {
    const generated = await generateReadme(readme, actionText)
    expect(differences(readme, generated)).toEqual([])
    expect(readme).toBe(generated)
  })
})
