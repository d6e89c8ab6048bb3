import { describe, expect, it } from '@jest/globals'
import { typeOfKey } from '../../../src/template-file/swagger-model.ts'
import { ValueResolver } from '../../../src/template-file/value-resolver.ts'

const declarations = {
  parameters: {
    name: { type: 'string', defaultValue: 'tpl' },
    size: { type: 'int', defaultValue: 30 },
    flag: { type: 'bool' },
    cfg: { type: 'object', defaultValue: { a: 1 } },
    region: { type: 'string', defaultValue: '<region>' },
  },
  variables: {
    full: "[concat(parameters('name'), '-', variables('suffix'))]",
    suffix: 'v1',
    loop: "[variables('loop2')]",
    loop2: "[variables('loop')]",
  },
}

function resolve(value: unknown, vars: Record<string, string> = {}) {
  const resolver = new ValueResolver({ vars, declarations, typeOfKey })
  const result = resolver.resolve(value, ['properties'])
  return { result, problems: resolver.problems, notes: resolver.notes }
}

describe('ValueResolver', () => {
  it('gives a whole expression its JSON value and resolves keys', () => {
    const { result, problems } = resolve(
      {
        n: "[parameters('size')]",
        o: "[parameters('cfg')]",
        "[variables('full')]": {},
        s: "[variables('full')]",
        r: "[parameters('region')]",
      },
      { region: 'eu' },
    )
    expect(problems).toEqual([])
    expect(result).toEqual({ n: 30, o: { a: 1 }, 'tpl-v1': {}, s: 'tpl-v1', r: 'eu' })
  })

  it('converts template-vars to the declared parameter type', () => {
    const { result, notes } = resolve(
      ["[parameters('size')]", "[parameters('flag')]", "[parameters('cfg')]"],
      { size: '64', FLAG: 'TRUE', cfg: '{"b":[1]}' },
    )
    expect(result).toEqual([64, true, { b: [1] }])
    expect(notes).toContain("parameters('size') ← template-vars")
  })

  it('converts a whole-string placeholder by the swagger type of its key', () => {
    const { result } = resolve(
      { osDiskSizeGB: '<disk>', runElevated: '${elevated}', vmSize: '<disk>' },
      { disk: '128', elevated: 'true' },
    )
    expect(result).toEqual({ osDiskSizeGB: 128, runElevated: true, vmSize: '128' })
  })

  it('keeps `[[` escapes and shell brackets in command fields', () => {
    const { result, problems } = resolve({
      tag: '[[literal]',
      inline: ['[ -d /tmp ]', '[[ -f x ]]', "[concat('a', 'b')]", 'echo ${HOME} <tag>'],
      restartCommand: 'shutdown /r <unknown>',
    })
    expect(problems).toEqual([])
    expect(result).toEqual({
      tag: '[literal]',
      inline: ['[ -d /tmp ]', '[ -f x ]]', 'ab', 'echo ${HOME} <tag>'],
      restartCommand: 'shutdown /r <unknown>',
    })
  })

  it('reports every unresolved value with its path', () => {
    const { problems } = resolve({
      a: "[parameters('flag')]",
      b: "[variables('loop')]",
      c: '[not valid]',
      d: ['x', '<missing>'],
      e: "[parameters('size')]",
      '<key>': 1,
    })
    expect(problems).toEqual([
      {
        path: 'properties.a',
        message: expect.stringContaining("parameter 'flag' has no defaultValue"),
      },
      // The cycle is reported where it closes, inside the variables.
      { path: 'variables.loop2', message: expect.stringContaining('refers to itself') },
      { path: 'properties.c', message: expect.stringContaining('not a valid ARM expression') },
      {
        path: 'properties.d[1]',
        message: 'unresolved placeholder <missing>: add it to template-vars',
      },
      {
        path: 'properties["<key>"]',
        message: 'unresolved placeholder <key>: add it to template-vars',
      },
    ])
  })

  it('rejects invalid template-vars for typed parameters', () => {
    const { problems } = resolve(["[parameters('size')]", "[parameters('cfg')]"], {
      size: 'big',
      cfg: '{',
    })
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('must be an integer'),
      expect.stringContaining('must be JSON'),
    ])
  })

  it('lets template-vars stand in for undeclared parameters of a bare resource', () => {
    const resolver = new ValueResolver({ vars: { loc: 'westus' } })
    expect(resolver.resolve("[parameters('loc')]", ['location'])).toBe('westus')
    expect(resolver.problems).toEqual([])
  })
})
