import { describe, expect, it } from '@jest/globals'
import { isGuid, isHttpsUrl, keyValueLines, lines, listItems } from '../../../src/model/text.ts'

describe('lines', () => {
  it('trims, drops blank lines and comments, and accepts CRLF', () => {
    expect(lines('  a.sh \r\n\r\n# comment\n  #indented comment\nb.sh\n')).toEqual(['a.sh', 'b.sh'])
  })

  it('returns nothing for an empty value', () => {
    expect(lines('')).toEqual([])
  })
})

describe('listItems', () => {
  it('splits on commas and newlines alike', () => {
    expect(listItems('eastus, westus2\nnortheurope,,\n')).toEqual([
      'eastus',
      'westus2',
      'northeurope',
    ])
  })
})

describe('isGuid', () => {
  it.each([
    ['0b1f6471-1bf0-4dda-aec3-111122223333', true],
    ['0B1F6471-1BF0-4DDA-AEC3-111122223333', true],
    ['0b1f64711bf04ddaaec3111122223333', false],
    ['{0b1f6471-1bf0-4dda-aec3-111122223333}', false],
    ['0b1f6471-1bf0-4dda-aec3-11112222333g', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isGuid(value)).toBe(expected)
  })
})

describe('keyValueLines', () => {
  it('splits at the first = and reports lines without a key', () => {
    expect(keyValueLines('team = images\nurl=https://x/?a=b\n=novalue\nnoequals\n# c')).toEqual({
      pairs: [
        ['team', 'images'],
        ['url', 'https://x/?a=b'],
      ],
      bad: ['=novalue', 'noequals'],
    })
  })

  it('keeps empty values', () => {
    expect(keyValueLines('empty=')).toEqual({ pairs: [['empty', '']], bad: [] })
  })
})

describe('isHttpsUrl', () => {
  it.each([
    ['https://management.azure.com', true],
    ['https://localhost:8443/', true],
    ['http://management.azure.com', false],
    ['management.azure.com', false],
    ['not a url', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isHttpsUrl(value)).toBe(expected)
  })
})
