import { describe, expect, it } from '@jest/globals'
import {
  ArmExpressionError,
  evaluateArmExpression,
  parseArmExpression,
  type ArmScope,
} from '../../../src/template-file/arm-expressions.ts'

const scope: ArmScope = {
  parameter: (name) => ({ location: 'westus', count: 3, cfg: { Region: 'eu' } })[name],
  variable: (name) => ({ list: ['a', 'b'], other: ['c'] })[name],
}

const evaluate = (text: string): unknown => evaluateArmExpression(parseArmExpression(text), scope)

describe('ARM expressions', () => {
  it.each([
    ["parameters('location')", 'westus'],
    ["parameters('count')", 3],
    ["concat('a-', parameters('location'), '-', parameters('count'))", 'a-westus-3'],
    ["concat(variables('list'), variables('other'))", ['a', 'b', 'c']],
    ["'it''s'", "it's"],
    ["  concat( 'x' ,'y' )  ", 'xy'],
    ["parameters('cfg').region", 'eu'],
    ['42', 42],
    ["CONCAT('a','b')", 'ab'],
  ])('%s → %j', (text, expected) => {
    expect(evaluate(text)).toEqual(expected)
  })

  it.each([
    ['resourceGroup().location', /resourceGroup\(\) is not supported/],
    ["parameters('location'", /unexpected end/],
    ["parameters('location' 'x')", /expected ',', got 'x'/],
    ["parameters('a', 'b')", /takes one string argument/],
    ["concat('a', variables('list'))", /cannot take an object or array/],
    ["parameters('cfg').missing", /no property 'missing'/],
    [' -d /tmp ', /unexpected/],
    ["parameters('location') extra", /unexpected 'extra'/],
    ['', /unexpected end/],
  ])('%s fails: %s', (text, message) => {
    expect(() => evaluate(text)).toThrow(ArmExpressionError)
    expect(() => evaluate(text)).toThrow(message)
  })
})
