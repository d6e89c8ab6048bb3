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
    ['resourceGroup().location', /resourceGroup\(\) needs the deployment's subscription/],
    ["reference('x').id", /the ARM function reference\(\) is not supported here/],
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

describe('ARM functions of the deployment and of strings', () => {
  const SUB = '0b1f6471-1bf0-4dda-aec3-111122223333'
  const deployed: ArmScope = {
    ...scope,
    deployment: { subscriptionId: SUB, resourceGroup: 'rg-images' },
  }
  const run = (text: string): unknown => evaluateArmExpression(parseArmExpression(text), deployed)

  it.each([
    [
      "resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', 'aib')",
      `/subscriptions/${SUB}/resourceGroups/rg-images/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aib`,
    ],
    [
      "resourceId('other-rg', 'Microsoft.Compute/galleries/images', 'g', parameters('location'))",
      `/subscriptions/${SUB}/resourceGroups/other-rg/providers/Microsoft.Compute/galleries/g/images/westus`,
    ],
    [
      "resourceId('sub', 'rg', 'Microsoft.Compute/images', 'base')",
      '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Compute/images/base',
    ],
    ['subscription().subscriptionId', SUB],
    ['subscription().id', `/subscriptions/${SUB}`],
    ['resourceGroup().name', 'rg-images'],
    ['resourceGroup().id', `/subscriptions/${SUB}/resourceGroups/rg-images`],
    ["format('{0}-{1}-{{x}}', parameters('location'), parameters('count'))", 'westus-3-{x}'],
    ["toLower('AbC')", 'abc'],
    ["toUpper(parameters('location'))", 'WESTUS'],
  ])('%s → %j', (text, expected) => {
    expect(run(text)).toEqual(expected)
  })

  it.each([
    [
      'resourceGroup().location',
      /known only to ARM at deployment: give the parameter that uses it as a template-var/,
    ],
    ["resourceId('Microsoft.Compute/galleries/images', 'g')", /one name per type segment/],
    ["format('{1}', 'a')", /format\(\) has no argument \{1\}/],
    ["guid('a')", /the ARM function guid\(\) is not supported here/],
    ["subscription('x')", /with arguments is not supported/],
  ])('%s fails: %s', (text, message) => {
    expect(() => run(text)).toThrow(message)
  })
})
