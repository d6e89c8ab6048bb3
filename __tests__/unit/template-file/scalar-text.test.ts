import { describe, expect, it } from '@jest/globals'
import { scalarFromText } from '../../../src/template-file/scalar-text.ts'

describe('scalarFromText', () => {
  it.each([
    ['120', 'integer', 120],
    [' -3 ', 'integer', -3],
    ['1.5', 'integer', undefined],
    ['big', 'integer', undefined],
    ['TRUE', 'boolean', true],
    [' false', 'boolean', false],
    ['yes', 'boolean', undefined],
  ] as const)('reads %j as %s: %j', (text, type, expected) => {
    expect(scalarFromText(text, type)).toBe(expected)
  })
})
