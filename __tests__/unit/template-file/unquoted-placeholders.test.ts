import { describe, expect, it } from '@jest/globals'
import { createVarLookup } from '../../../src/template-file/placeholders.ts'
import { fillUnquotedPlaceholders } from '../../../src/template-file/unquoted-placeholders.ts'

const fill = (text: string, vars: Record<string, string>) =>
  fillUnquotedPlaceholders(text, createVarLookup(vars))

describe('fillUnquotedPlaceholders', () => {
  it('leaves text without unquoted placeholders as it is', () => {
    const text = '{"a": "${x}", "b": "<y>", /* ${z} */ "c": 1} // <w>'
    const filled = fill(text, { x: '1' })
    expect(filled.text).toBe(text)
    expect(filled.problems).toEqual([])
    expect(filled.toSource(10)).toBe(10)
  })

  it('inserts values as compact JSON, in ${} and <> forms', () => {
    const filled = fill('{"r": ${regions}, "t": <minutes>, "s": "${regions}"}', {
      regions: '[ "eastus",\n "westus" ]',
      minutes: '120',
    })
    expect(filled.text).toBe('{"r": ["eastus","westus"], "t": 120, "s": "${regions}"}')
    expect(JSON.parse(filled.text)).toEqual({ r: ['eastus', 'westus'], t: 120, s: '${regions}' })
    expect(filled.notes).toEqual([
      '${regions} ← template-vars (outside quotes: inserted as JSON)',
      '<minutes> ← template-vars (outside quotes: inserted as JSON)',
    ])
  })

  it('maps offsets of the filled text back to the file', () => {
    const source = '{"r": ${regions}, "x": !}'
    const filled = fill(source, { regions: '["eastus","westus"]' })
    const bang = filled.text.indexOf('!')
    expect(filled.toSource(bang)).toBe(source.indexOf('!'))
    // Inside the inserted value, the placeholder's own offset.
    expect(filled.toSource(filled.text.indexOf('westus'))).toBe(source.indexOf('${'))
    expect(filled.toSource(2)).toBe(2)
  })

  it('names a value that is not JSON, and an unknown name, at their offsets', () => {
    const source = '{\n  "r": ${replication_regions},\n  "t": ${timeout}\n}'
    const filled = fill(source, { replication_regions: 'eastus, westus' })
    expect(filled.problems).toEqual([
      {
        path: '',
        offset: source.indexOf('${replication_regions}'),
        message:
          '${replication_regions} stands outside quotes, so template-var replication_regions must be a JSON value (a number, true/false, or an array or object such as ["eastus","westus"]), got \'eastus, westus\'',
      },
      {
        path: '',
        offset: source.indexOf('${timeout}'),
        message:
          'unresolved placeholder ${timeout} outside quotes: add it to template-vars (its value must be JSON there)',
      },
    ])
  })

  it('refuses Terraform directives', () => {
    const source = '{"a": [%{ for r in regions }"${r}",%{ endfor }]}'
    const filled = fill(source, {})
    expect(filled.problems.map((p) => p.offset)).toEqual([7, 35])
    expect(filled.problems[0]?.message).toContain('Terraform template directives (%{ … })')
  })
})
