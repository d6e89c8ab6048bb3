import { describe, expect, it } from '@jest/globals'
import {
  MAX_NESTING_DEPTH,
  decodeTemplateBytes,
  exceedsSize,
  tooDeepAt,
} from '../../../src/template-file/file-text.ts'

const JSON_TEXT = '{\n  "properties": { "source": { "type": "PlatformImage" } }\n}\n'

describe('decodeTemplateBytes', () => {
  it('reads UTF-8 as it is', () => {
    expect(decodeTemplateBytes(Buffer.from(JSON_TEXT))).toEqual({ text: JSON_TEXT, notes: [] })
  })

  it('drops a UTF-8 byte order mark and says so', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON_TEXT)])
    expect(decodeTemplateBytes(bytes)).toEqual({
      text: JSON_TEXT,
      notes: ['UTF-8 byte order mark at the start of the file: ignored'],
    })
  })

  const utf16le = Buffer.from(JSON_TEXT, 'utf16le')
  const utf16be = Buffer.from(JSON_TEXT, 'utf16le').swap16()
  it.each([
    [
      'UTF-16 LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
      'UTF-16 (little-endian)',
    ],
    [
      'UTF-16 BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]),
      'UTF-16 (big-endian)',
    ],
    ['UTF-16 LE without BOM', utf16le, 'UTF-16 (little-endian, no byte order mark)'],
    ['UTF-16 BE without BOM', utf16be, 'UTF-16 (big-endian, no byte order mark)'],
    [
      'UTF-32 LE with BOM',
      Buffer.from([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]),
      'UTF-32 (little-endian)',
    ],
  ])('refuses %s with one problem', (_label, bytes, encoding) => {
    expect(decodeTemplateBytes(bytes)).toEqual({
      problems: [
        {
          path: '',
          message: `the file is ${encoding}; save it as UTF-8 (ARM and the action read templates as UTF-8)`,
        },
      ],
    })
  })

  it('refuses bytes that are not UTF-8, at their line and column', () => {
    const bytes = Buffer.from('{\n  "name": "café"\n}', 'latin1')
    expect(decodeTemplateBytes(bytes)).toEqual({
      problems: [
        {
          path: '',
          message: 'the file is not UTF-8 (byte 0xE9; Windows-1252 or Latin-1?): save it as UTF-8',
          line: 2,
          column: 15,
        },
      ],
    })
  })

  it.each([
    ['an overlong form', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a cut sequence', [0xe2, 0x82]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ])('refuses %s', (_label, sequence) => {
    const bytes = Buffer.concat([Buffer.from('{"a":"'), Buffer.from(sequence), Buffer.from('"}')])
    expect(decodeTemplateBytes(bytes)).toMatchObject({ problems: [{ line: 1, column: 7 }] })
  })

  it('takes multi-byte characters and emoji', () => {
    const text = '{"a":"é€😀"}'
    expect(decodeTemplateBytes(Buffer.from(text))).toEqual({ text, notes: [] })
  })

  it('refuses a NUL byte in an otherwise UTF-8 file', () => {
    const bytes = Buffer.from('{\n  "a": 1,\n  "b": "x\u0000"\n}')
    expect(decodeTemplateBytes(bytes)).toEqual({
      problems: [
        {
          path: '',
          message: 'the file holds a NUL byte: it is not a text file',
          line: 3,
          column: 10,
        },
      ],
    })
  })
})

describe('tooDeepAt', () => {
  it('finds the first bracket past the limit', () => {
    const text = '['.repeat(MAX_NESTING_DEPTH + 1) + ']'.repeat(MAX_NESTING_DEPTH + 1)
    expect(tooDeepAt(text)).toBe(MAX_NESTING_DEPTH)
    expect(tooDeepAt('['.repeat(MAX_NESTING_DEPTH))).toBeUndefined()
  })

  it('does not count brackets in strings or comments', () => {
    const text = `{"a": "${'['.repeat(100)}", /* ${'{'.repeat(100)} */ // ${'['.repeat(100)}\n"b": 1}`
    expect(tooDeepAt(text, 2)).toBeUndefined()
  })

  it('handles escaped quotes in strings', () => {
    expect(tooDeepAt('{"a": "\\"[[[", "b": [[[]]]}', 3)).toBe(22)
  })

  it('is linear: 200 000 levels take no stack', () => {
    expect(tooDeepAt('['.repeat(200_000))).toBe(MAX_NESTING_DEPTH)
  })
})

describe('exceedsSize', () => {
  it('measures strings, keys and arrays', () => {
    expect(exceedsSize({ a: 'x'.repeat(100) }, 200)).toBe(false)
    expect(exceedsSize({ a: 'x'.repeat(300) }, 200)).toBe(true)
    expect(exceedsSize([1, 2, 3], 200)).toBe(false)
  })

  it('stops early on values shared many times over', () => {
    // 2^60 leaves by reference: walking them all would never end.
    let value: unknown = 'x'.repeat(10)
    for (let i = 0; i < 60; i++) value = [value, value]
    const started = Date.now()
    expect(exceedsSize(value, 1_000_000)).toBe(true)
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
