import { describe, expect, it } from '@jest/globals'
import { parseJsonc } from '../../../src/template-file/jsonc.ts'

describe('parseJsonc', () => {
  it('accepts comments and trailing commas and locates every member', () => {
    const doc = parseJsonc('// head\n{\n  "a": [1, /* two */ 2,],\n  "b": { "C": true, },\n}\n')
    expect(doc.problems).toEqual([])
    expect(doc.value).toEqual({ a: [1, 2], b: { C: true } })
    expect(doc.locate('a[1]')).toEqual({ line: 3, column: 22 })
    expect(doc.locate('b.c')).toEqual({ line: 4, column: 10 })
    expect(doc.locate('b.c.deeper[3]')).toEqual({ line: 4, column: 10 })
    expect(doc.locate('nothing')).toBeUndefined()
  })

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3 }, 'expected a comma'],
    ['{\n  "a": \n}', { line: 3, column: 1 }, 'expected a value'],
    ['{ "a": "open }', { line: 1, column: 8 }, 'unterminated string'],
    ['{ a: 1 }', { line: 1, column: 3 }, 'invalid symbol'],
  ])('reports a syntax error in %j with line and column', (text, position, message) => {
    const doc = parseJsonc(text)
    expect(doc.value).toBeUndefined()
    expect(doc.problems[0]).toEqual({ path: '', message: `syntax error: ${message}`, ...position })
  })

  it('reports duplicate keys instead of keeping the last silently', () => {
    const doc = parseJsonc('{"a": 1,\n "a": 2}')
    expect(doc.problems).toEqual([{ path: 'a', message: 'duplicate key', line: 2, column: 2 }])
  })

  it('reports an empty file', () => {
    expect(parseJsonc('  // nothing\n').problems).toEqual([
      { path: '', message: 'syntax error: expected a value', line: 2, column: 1 },
    ])
  })

  it('keeps a __proto__ key as data', () => {
    const doc = parseJsonc('{"__proto__": {"polluted": true}}')
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype)
    expect(Object.keys(doc.value as object)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
