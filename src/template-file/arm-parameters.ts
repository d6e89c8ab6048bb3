// Values of `parameters('x')` and `variables('x')` in an ARM deployment template: template-vars win,
// then the parameter's defaultValue or the variable's own value (resolved like any template value).
import { ArmExpressionError, type ArmScope } from './arm-expressions.ts'
import type { VarLookup } from './placeholders.ts'
import { scalarFromText } from './scalar-text.ts'
import { findKey, isRecord, type JsonPath } from '../model/template-problem.ts'

export interface ArmDeclarations {
  parameters: Record<string, unknown>
  variables: Record<string, unknown>
}

export interface ScopeHooks {
  resolve(value: unknown, path: JsonPath): unknown
  note(text: string): void
}

type Kind = 'parameters' | 'variables'

/** Longest chain of parameters/variables referring to one another (evaluation is recursive). */
const MAX_REFERENCE_DEPTH = 64

/** The parameters()/variables() side of an expression, with memoised, cycle-checked lookups. */
export function armParameterScope(
  declarations: ArmDeclarations | undefined,
  vars: VarLookup,
  hooks: ScopeHooks,
): ArmScope {
  const cache = new Map<string, unknown>()
  const pending = new Set<string>()
  const lookup = (kind: Kind, name: string): unknown => {
    const id = `${kind}:${name.toLowerCase()}`
    if (cache.has(id)) return cache.get(id)
    if (pending.has(id)) throw new ArmExpressionError(`${kind}('${name}') refers to itself`)
    if (pending.size >= MAX_REFERENCE_DEPTH) {
      throw new ArmExpressionError(
        `parameters and variables refer to one another more than ${MAX_REFERENCE_DEPTH} levels deep`,
      )
    }
    pending.add(id)
    try {
      const value = valueOf(kind, name, declarations, vars, hooks)
      cache.set(id, value)
      return value
    } finally {
      pending.delete(id)
    }
  }
  return {
    parameter: (name) => lookup('parameters', name),
    variable: (name) => lookup('variables', name),
  }
}

function valueOf(
  kind: Kind,
  name: string,
  declarations: ArmDeclarations | undefined,
  vars: VarLookup,
  hooks: ScopeHooks,
): unknown {
  const declared = declarations?.[kind] ?? {}
  const key = findKey(declared, name)
  const declaration = key === undefined ? undefined : declared[key]
  const fromVars = vars.get(name)
  if (fromVars) {
    hooks.note(`${kind}('${name}') ← template-vars`)
    return kind === 'parameters'
      ? convertParameter(name, fromVars.value, declaration)
      : fromVars.value
  }
  if (key === undefined) {
    throw new ArmExpressionError(
      `${kind}('${name}') is not declared in the file and no template-var has that name`,
    )
  }
  if (kind === 'variables') return hooks.resolve(declaration, ['variables', key])
  if (!isRecord(declaration) || !Object.hasOwn(declaration, 'defaultValue')) {
    throw new ArmExpressionError(`parameter '${name}' has no defaultValue: add it to template-vars`)
  }
  hooks.note(`parameters('${name}') ← defaultValue`)
  return hooks.resolve(declaration.defaultValue, ['parameters', key, 'defaultValue'])
}

/** A template-var is text; the parameter's declared type says what JSON value it stands for. */
function convertParameter(name: string, text: string, declaration: unknown): unknown {
  const declared = isRecord(declaration) ? declaration.type : undefined
  const type = typeof declared === 'string' ? declared.toLowerCase() : 'string'
  if (type === 'int' || type === 'bool') {
    const value = scalarFromText(text, type === 'int' ? 'integer' : 'boolean')
    if (value !== undefined) return value
    const expected = type === 'int' ? 'an integer' : 'true or false'
    throw new ArmExpressionError(`template-var ${name} must be ${expected}, got '${text}'`)
  }
  return ['object', 'array', 'secureobject'].includes(type) ? parseJsonVar(name, text, type) : text
}

function parseJsonVar(name: string, text: string, type: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ArmExpressionError(`template-var ${name} must be JSON (parameter type ${type})`)
  }
}
