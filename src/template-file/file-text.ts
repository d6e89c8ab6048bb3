// A template file's bytes → text, and the bounds checked before parsing. Templates are UTF-8 (ARM
// and `az` read them so); a byte order mark is dropped, UTF-16/32 and other encodings are refused
// with one message instead of a syntax error per character. Nesting is bounded before any
// recursive step runs, so a 2000-deep file is an error, not a stack overflow.
import { isUtf8 } from 'node:buffer'
import type { TemplateProblem } from '../model/template-problem.ts'

/** Deepest `{`/`[` nesting accepted; real templates stay below 15. */
export const MAX_NESTING_DEPTH = 64
/** Largest template once parameters, variables and placeholders are filled: ARM's request limit. */
export const MAX_EXPANDED_BYTES = 4 * 1024 * 1024

export type DecodedText = { text: string; notes: string[] } | { problems: TemplateProblem[] }

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const WIDE_BOMS: [number[], string][] = [
  [[0xff, 0xfe, 0, 0], 'UTF-32 (little-endian)'],
  [[0, 0, 0xfe, 0xff], 'UTF-32 (big-endian)'],
  [[0xff, 0xfe], 'UTF-16 (little-endian)'],
  [[0xfe, 0xff], 'UTF-16 (big-endian)'],
]

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b)

const problem = (message: string, line?: number, column?: number): DecodedText => ({
  problems: [line === undefined ? { path: '', message } : { path: '', message, line, column }],
})

/** Decodes the file as UTF-8, or says in one problem why it is not a UTF-8 text file. */
export function decodeTemplateBytes(bytes: Uint8Array): DecodedText {
  const wide = WIDE_BOMS.find(([bom]) => startsWith(bytes, bom))?.[1] ?? wideWithoutBom(bytes)
  if (wide !== undefined) {
    return problem(
      `the file is ${wide}; save it as UTF-8 (ARM and the action read templates as UTF-8)`,
    )
  }
  const bom = startsWith(bytes, UTF8_BOM)
  const body = bom ? bytes.subarray(3) : bytes
  const bad = firstInvalidUtf8(body)
  if (bad !== undefined) {
    const { line, column } = bytePosition(body, bad)
    const hex = (body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0')
    return problem(
      `the file is not UTF-8 (byte 0x${hex}; Windows-1252 or Latin-1?): save it as UTF-8`,
      line,
      column,
    )
  }
  const nul = body.indexOf(0)
  if (nul >= 0) {
    const { line, column } = bytePosition(body, nul)
    return problem('the file holds a NUL byte: it is not a text file', line, column)
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8')
  return { text, notes: bom ? ['UTF-8 byte order mark at the start of the file: ignored'] : [] }
}

/**
 * UTF-16 without a byte order mark: JSON starts with ASCII (`{`, whitespace), so every other byte
 * of its first characters is NUL.
 */
function wideWithoutBom(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 64) & ~1)
  if (sample.length < 2) return undefined
  let even = 0
  let odd = 0
  sample.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) even++
      else odd++
    }
  })
  const half = sample.length / 2
  if (odd >= half * 0.75 && even === 0) return 'UTF-16 (little-endian, no byte order mark)'
  if (even >= half * 0.75 && odd === 0) return 'UTF-16 (big-endian, no byte order mark)'
  return undefined
}

/**
 * Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. Node
 * validates; only a file that fails is decoded with replacement characters and encoded again: the
 * first byte that differs lies in the character that replaced the ill-formed sequence.
 */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  if (isUtf8(bytes)) return undefined
  const again = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes))
  let at = 0
  while (bytes[at] === again[at]) at++
  while (at > 0 && ((again[at] ?? 0) & 0xc0) === 0x80) at--
  return at
}

function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * Calls `visit` with each character outside strings and comments (JSONC), in order; `visit` may
 * return the index to continue after. Linear and iterative.
 */
export function scanOutsideStrings(
  text: string,
  visit: (index: number, char: string) => number | undefined,
): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    const next = text[i + 1]
    if (ch === '"') i = stringEnd(text, i)
    else if (ch === '/' && next === '/') i = lineEnd(text, i)
    else if (ch === '/' && next === '*') i = commentEnd(text, i)
    else i = visit(i, ch) ?? i
  }
}

/**
 * Offset of the first `{` or `[` nested deeper than `limit`, or undefined. It runs before anything
 * recursive sees the file.
 */
export function tooDeepAt(text: string, limit = MAX_NESTING_DEPTH): number | undefined {
  let depth = 0
  let found: number | undefined
  scanOutsideStrings(text, (i, ch) => {
    if (ch === '{' || ch === '[') depth++
    else if (ch === '}' || ch === ']') depth = Math.max(0, depth - 1)
    if (depth <= limit) return undefined
    found = i
    return text.length
  })
  return found
}

/** Index of the closing quote of the string opening at `start` (or the end of the line). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\\') i++
    else if (ch === '"' || ch === '\n') return i
  }
  return text.length
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start)
  return end < 0 ? text.length : end
}

function commentEnd(text: string, start: number): number {
  const end = text.indexOf('*/', start + 2)
  return end < 0 ? text.length : end + 1
}

/**
 * Whether `value`, written as JSON, would take more than `limit` characters (roughly: strings,
 * keys and a few characters per member). Stops as soon as it knows, so a value whose variables
 * refer to one another many times over is measured in bounded time.
 */
export function exceedsSize(value: unknown, limit = MAX_EXPANDED_BYTES): boolean {
  let size = 0
  const stack: unknown[] = [value]
  while (stack.length > 0 && size <= limit) size += sizeOf(stack.pop(), stack, limit - size)
  return size > limit
}

/** Characters of `item` itself; its members go on `stack` (unless it is already too large). */
function sizeOf(item: unknown, stack: unknown[], room: number): number {
  if (typeof item === 'string') return item.length + 2
  if (Array.isArray(item)) {
    if (item.length <= room) for (const element of item as unknown[]) stack.push(element)
    return item.length + 2
  }
  if (typeof item !== 'object' || item === null) return 5
  let size = 0
  for (const [key, member] of Object.entries(item)) {
    size += key.length + 4
    stack.push(member)
  }
  return size
}
