// The small part of the ARM template language that image templates use: parameters(), variables(),
// the functions of arm-functions.ts and string/number literals, with `.property` access. Anything
// else is reported, not guessed.
import { ArmExpressionError, callArmFunction, type DeploymentScope } from './arm-functions.ts'
import { findKey, isRecord } from '../model/template-problem.ts'

export { ArmExpressionError } from './arm-functions.ts'

export type ArmExpression =
  | { kind: 'literal'; value: string | number }
  | { kind: 'call'; name: string; args: ArmExpression[] }
  | { kind: 'member'; target: ArmExpression; property: string }

/** Functions the evaluator calls back for; the rest of ARM is out of scope. */
export interface ArmScope {
  parameter(name: string): unknown
  variable(name: string): unknown
  /** The action's subscription and resource group, for resourceId() and friends. */
  deployment?: DeploymentScope
}

/** Deepest call nesting in one expression (the parser is recursive). */
const MAX_EXPRESSION_DEPTH = 32

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
    default:
      return callArmFunction(expression.name, args, scope.deployment)
  }
}

function nameArgument(fn: string, args: unknown[]): string {
  const [name] = args
  if (args.length !== 1 || typeof name !== 'string') {
    throw new ArmExpressionError(`${fn}() takes one string argument`)
  }
  return name
}

function memberOf(target: unknown, property: string): unknown {
  if (isRecord(target)) {
    const key = findKey(target, property)
    if (key !== undefined) return target[key]
  }
  throw new ArmExpressionError(`the value has no property '${property}'`)
}
