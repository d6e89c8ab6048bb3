// The small part of the ARM template language that image templates use: parameters(), variables(),
// concat() and string/number literals, with `.property` access. Anything else is reported, not guessed.
import { findKey, isRecord } from '../model/template-problem.ts'

export type ArmExpression =
  | { kind: 'literal'; value: string | number }
  | { kind: 'call'; name: string; args: ArmExpression[] }
  | { kind: 'member'; target: ArmExpression; property: string }

/** Functions the evaluator calls back for; the rest of ARM is out of scope. */
export interface ArmScope {
  parameter(name: string): unknown
  variable(name: string): unknown
}

/** Raised while parsing or evaluating; the caller attaches the JSON path. */
export class ArmExpressionError extends Error {}

/** Deepest call nesting in one expression (the parser is recursive). */
export const MAX_EXPRESSION_DEPTH = 32
/** Longest value concat() may build: ARM's request limit (keeps doubling variables bounded). */
export const MAX_VALUE_CHARS = 4 * 1024 * 1024

type Token = { type: 'name' | 'string' | 'number' | 'punct'; text: string }

const TOKEN = /\s*(?:([A-Za-z_][\w]*)|'((?:[^']|'')*)'|(-?\d+)|([().,]))/y

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break
    const start = TOKEN.lastIndex
    const match = TOKEN.exec(source)
    if (!match) throw new ArmExpressionError(`unexpected '${source.slice(start, start + 10)}'`)
    if (match[1] !== undefined) tokens.push({ type: 'name', text: match[1] })
    else if (match[2] !== undefined) tokens.push({ type: 'string', text: match[2] })
    else if (match[3] !== undefined) tokens.push({ type: 'number', text: match[3] })
    else tokens.push({ type: 'punct', text: match[4] ?? '' })
  }
  return tokens
}

/** Parses the text between the outer brackets of `[...]`; throws ArmExpressionError. */
export function parseArmExpression(source: string): ArmExpression {
  const parser = new Parser(tokenize(source))
  const expression = parser.expression()
  parser.end()
  return expression
}

class Parser {
  private index = 0
  private depth = 0
  private readonly tokens: Token[]

  constructor(tokens: Token[]) {
    this.tokens = tokens
  }

  expression(): ArmExpression {
    const token = this.next()
    if (token.type === 'string') return { kind: 'literal', value: token.text.replaceAll("''", "'") }
    if (token.type === 'number') return { kind: 'literal', value: Number(token.text) }
    if (token.type !== 'name') throw new ArmExpressionError(`unexpected '${token.text}'`)
    return this.members({ kind: 'call', name: token.text, args: this.arguments() })
  }

  end(): void {
    const rest = this.tokens[this.index]
    if (rest) throw new ArmExpressionError(`unexpected '${rest.text}'`)
  }

  private next(): Token {
    const token = this.tokens[this.index++]
    if (!token) throw new ArmExpressionError('unexpected end of expression')
    return token
  }

  private expect(text: string): void {
    const token = this.next()
    if (token.text !== text) throw new ArmExpressionError(`expected '${text}', got '${token.text}'`)
  }

  private arguments(): ArmExpression[] {
    this.expect('(')
    if (++this.depth > MAX_EXPRESSION_DEPTH) {
      throw new ArmExpressionError(`calls nested more than ${MAX_EXPRESSION_DEPTH} deep`)
    }
    const args: ArmExpression[] = []
    while (this.tokens[this.index]?.text !== ')') {
      if (args.length > 0) this.expect(',')
      args.push(this.expression())
    }
    this.expect(')')
    this.depth--
    return args
  }

  /** `variables('cfg').location`: property access after a call. */
  private members(target: ArmExpression): ArmExpression {
    let result = target
    while (this.tokens[this.index]?.text === '.') {
      this.index++
      const property = this.next()
      if (property.type !== 'name') throw new ArmExpressionError('expected a property name')
      result = { kind: 'member', target: result, property: property.text }
    }
    return result
  }
}

/** Evaluates a parsed expression to its JSON value; throws ArmExpressionError. */
export function evaluateArmExpression(expression: ArmExpression, scope: ArmScope): unknown {
  if (expression.kind === 'literal') return expression.value
  if (expression.kind === 'member')
    return memberOf(evaluateArmExpression(expression.target, scope), expression.property)
  const args = expression.args.map((arg) => evaluateArmExpression(arg, scope))
  switch (expression.name.toLowerCase()) {
    case 'parameters':
      return scope.parameter(nameArgument('parameters', args))
    case 'variables':
      return scope.variable(nameArgument('variables', args))
    case 'concat':
      return concat(args)
    default:
      throw new ArmExpressionError(
        `the ARM function ${expression.name}() is not supported here: replace the expression with a value or a template-var`,
      )
  }
}

function nameArgument(fn: string, args: unknown[]): string {
  const [name] = args
  if (args.length !== 1 || typeof name !== 'string') {
    throw new ArmExpressionError(`${fn}() takes one string argument`)
  }
  return name
}

function concat(args: unknown[]): unknown {
  // ARM's concat joins arrays when given arrays and strings otherwise.
  if (args.length > 0 && args.every(Array.isArray)) {
    const length = args.reduce((sum: number, a) => sum + (a as unknown[]).length, 0)
    if (length > MAX_VALUE_CHARS) throw tooLarge()
    return args.flat()
  }
  const texts = args.map((arg) => {
    if (typeof arg === 'string' || typeof arg === 'number' || typeof arg === 'boolean') {
      return String(arg)
    }
    throw new ArmExpressionError('concat() of strings cannot take an object or array')
  })
  // Variables that concat each other twice double at each step: stop long before the engine does.
  if (texts.reduce((sum, t) => sum + t.length, 0) > MAX_VALUE_CHARS) throw tooLarge()
  return texts.join('')
}

const tooLarge = (): ArmExpressionError =>
  new ArmExpressionError(
    `concat() builds a value of more than ${MAX_VALUE_CHARS / 1024 / 1024} MiB, more than ARM accepts in one request`,
  )

function memberOf(target: unknown, property: string): unknown {
  if (isRecord(target)) {
    const key = findKey(target, property)
    if (key !== undefined) return target[key]
  }
  throw new ArmExpressionError(`the value has no property '${property}'`)
}
