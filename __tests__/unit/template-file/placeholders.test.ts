import { describe, expect, it } from '@jest/globals'
import {
  createVarLookup,
  isDocPlaceholder,
  substitutePlaceholders,
} from '../../../src/template-file/placeholders.ts'

const vars = createVarLookup({ region: 'westus', 'image.name': 'img', SubscriptionID: 'sub' })

describe('substitutePlaceholders', () => {
  it.each([
    ['<region>', 'westus', ['<region>'], [], true],
    ['${region}', 'westus', ['${region}'], [], true],
    [
      '/subscriptions/<subscriptionId>/x/<image.name>',
      '/subscriptions/sub/x/img',
      ['<subscriptionId>', '<image.name>'],
      [],
      false,
    ],
    ['echo a > b 2>&1', 'echo a > b 2>&1', [], [], false],
    ['cat <<EOF', 'cat <<EOF', [], [], false],
    ['if [ a<b ]; then x>y; fi', 'if [ a<b ]; then x>y; fi', [], [], false],
    ['</p> <path to script>', '</p> <path to script>', [], [], false],
    ['${HOME}/<unknown>', '${HOME}/<unknown>', [], ['${HOME}', '<unknown>'], false],
    ['${PATH:-/bin}', '${PATH:-/bin}', [], [], false],
  ])('%s', (text, result, filled, unknown, whole) => {
    expect(substitutePlaceholders(text, vars)).toEqual({ text: result, filled, unknown, whole })
  })

  it('never rescans a value, so a var cannot inject another placeholder', () => {
    const lookup = createVarLookup({ a: '<b>', b: 'secret' })
    expect(substitutePlaceholders('<a>', lookup).text).toBe('<b>')
  })

  it('prefers the exact spelling over a case-insensitive match', () => {
    const lookup = createVarLookup({ Region: 'upper', region: 'lower' })
    expect(lookup.get('region')?.value).toBe('lower')
    expect(lookup.get('REGION')?.value).toBe('upper')
  })
})

describe('isDocPlaceholder', () => {
  it.each([
    ['<path to script>', true],
    ['<build timeout in minutes>', true],
    ['<region>', false],
    ['a <b c>', false],
    ['<a> <b>', false],
  ])('%s → %s', (text, expected) => {
    expect(isDocPlaceholder(text)).toBe(expected)
  })
})
