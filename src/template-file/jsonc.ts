// JSON with comments and trailing commas (as people write templates), with a position for every path.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import {
  formatPath,
  setKey,
  type JsonPath,
  type TemplateProblem,
} from '../model/template-problem.ts'

export interface Position {
  line: number
  column: number
}

export interface ParsedDocument {
  value: unknown
  /** Finds the position of a path, or of its nearest ancestor in the file; keys match ignoring case. */
  locate: (path: string) => Position | undefined
  problems: TemplateProblem[]
}

/**
 * Parses JSONC; syntax errors and duplicate keys become problems with line and column, by
 * `toPosition` when the text is not the file itself (placeholders filled in it).
 */
export function parseJsonc(
  text: string,
  toPosition: (offset: number) => Position = positionsIn(text),
): ParsedDocument {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
  const problems: TemplateProblem[] = errors.map((e) => syntaxProblem(text, e, toPosition))
  const positions = new Map<string, Position>()
  const value =
    root && problems.length === 0
      ? buildValue(root, [], { positions, problems, toPosition })
      : undefined
  return { value, problems, locate: (path) => locateIn(positions, path) }
}

interface BuildContext {
  positions: Map<string, Position>
  problems: TemplateProblem[]
  toPosition: (offset: number) => Position
}

function buildValue(node: Node, path: JsonPath, ctx: BuildContext): unknown {
  if (node.type === 'array') {
    return (node.children ?? []).map((child, i) => {
      ctx.positions.set(pathKey([...path, i]), ctx.toPosition(child.offset))
      return buildValue(child, [...path, i], ctx)
    })
  }
  if (node.type === 'object') return buildObject(node, path, ctx)
  return node.value as unknown
}

function buildObject(node: Node, path: JsonPath, ctx: BuildContext): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? []
    if (!keyNode || !valueNode) continue
    const key = String(keyNode.value)
    const position = ctx.toPosition(keyNode.offset)
    if (Object.hasOwn(result, key)) {
      // JSON.parse would silently keep the last one; a copied doc snippet often has two `customize`.
      ctx.problems.push({ path: formatPath([...path, key]), message: 'duplicate key', ...position })
      continue
    }
    ctx.positions.set(pathKey([...path, key]), position)
    setKey(result, key, buildValue(valueNode, [...path, key], ctx))
  }
  return result
}

const pathKey = (path: JsonPath): string => formatPath(path).toLowerCase()

function locateIn(positions: Map<string, Position>, path: string): Position | undefined {
  // Migrated or renamed members have no position of their own: fall back to the parent's.
  let key = path.toLowerCase()
  for (;;) {
    const found = positions.get(key)
    if (found || key === '') return found
    const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['))
    key = cut <= 0 ? '' : key.slice(0, cut)
  }
}

/** Offset in `source` → line and column. */
export function positionsIn(source: string): (offset: number) => Position {
  const lines = lineStarts(source)
  return (offset) => positionOf(lines, offset)
}

function syntaxProblem(
  text: string,
  error: ParseError,
  toPosition: (offset: number) => Position,
): TemplateProblem {
  const code = printParseErrorCode(error.error)
  if (code === 'InvalidCharacter') {
    // A raw control character in a string (JSON wants it escaped): point at the character itself.
    const token = text.slice(error.offset, error.offset + Math.max(error.length, 1))
    let at = 0
    while (at < token.length && token.charCodeAt(at) >= 0x20) at++
    if (at < token.length) {
      const char = token.charCodeAt(at)
      return {
        path: '',
        message: `syntax error: ${controlCharacterText(char)}`,
        ...toPosition(error.offset + at),
      }
    }
  }
  return {
    path: '',
    message: `syntax error: ${describeParseError(code)}`,
    ...toPosition(error.offset),
  }
}

const CONTROL_ESCAPES: Record<number, string> = { 9: '\\t', 10: '\\n', 13: '\\r' }

function controlCharacterText(char: number): string {
  const hex = `U+${char.toString(16).toUpperCase().padStart(4, '0')}`
  const escape = CONTROL_ESCAPES[char] ?? `\\u${hex.slice(2)}`
  return `a raw control character (${hex}) inside a string: write it as ${escape}`
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

function positionOf(starts: number[], offset: number): Position {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 }
}

const PARSE_ERROR_TEXT: Record<string, string> = {
  CommaExpected: 'expected a comma',
  ColonExpected: 'expected a colon',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected content after the end of the document',
  UnexpectedEndOfString: 'unterminated string',
  InvalidSymbol: 'invalid symbol',
  InvalidEscapeCharacter: 'invalid escape sequence in a string',
  InvalidUnicode: 'invalid \\u escape in a string',
  InvalidNumberFormat: 'invalid number',
  UnexpectedEndOfComment: 'unterminated /* comment',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidCommentToken: 'invalid comment',
}

function describeParseError(code: string): string {
  return PARSE_ERROR_TEXT[code] ?? code
}
