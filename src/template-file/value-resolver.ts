// Resolves placeholders and ARM expressions in a parsed template, value by value (never by splicing
// text into the document, so a var holding quotes or backslashes cannot change the JSON structure).
//
// - `[[...]` is ARM's escape: the string keeps its text less the first bracket.
// - `[...]` is an ARM expression and the string takes the expression's JSON value (number, object…).
//   In command fields, `[ -d /tmp ]` is shell: text that does not parse as an expression stays text.
// - Object keys are resolved too: quickstarts write `"<imgBuilderId>": {}` in userAssignedIdentities.
// - Placeholder rules are in placeholders.ts.
import {
  ArmExpressionError,
  evaluateArmExpression,
  parseArmExpression,
  type ArmExpression,
  type ArmScope,
} from './arm-expressions.ts'
import type { DeploymentScope } from './arm-functions.ts'
import { armParameterScope, type ArmDeclarations } from './arm-parameters.ts'
import {
  COMMAND_KEYS,
  createVarLookup,
  isDocPlaceholder,
  substitutePlaceholders,
  type VarLookup,
} from './placeholders.ts'
import { scalarFromText } from './scalar-text.ts'
import {
  formatPath,
  isRecord,
  setKey,
  type JsonPath,
  type TemplateProblem,
} from '../model/template-problem.ts'

export interface ResolveOptions {
  vars: Record<string, string>
  /** `parameters` and `variables` of an ARM deployment template (none for other kinds). */
  declarations?: ArmDeclarations
  /** Swagger type of a member name, used to turn a whole-string placeholder into a number/boolean. */
  typeOfKey?: (key: string) => 'integer' | 'boolean' | undefined
  /** The action's subscription and resource group, for resourceId() and friends. */
  deployment?: DeploymentScope
}

interface Walk {
  path: JsonPath
  inCommand: boolean
  key: string
}

/** Keeps problems and notes across calls (a deployment resolves names first, then one resource). */
export class ValueResolver {
  readonly problems: TemplateProblem[] = []
  private readonly noteSet = new Set<string>()
  private readonly vars: VarLookup
  private readonly scope: ArmScope
  private readonly typeOfKey: ResolveOptions['typeOfKey']

  constructor(options: ResolveOptions) {
    this.vars = createVarLookup(options.vars)
    this.typeOfKey = options.typeOfKey
    const parameters = armParameterScope(options.declarations, this.vars, {
      resolve: (value, path) => this.walk(value, { path, inCommand: false, key: '' }),
      note: (text) => this.noteSet.add(text),
    })
    this.scope = { ...parameters, deployment: options.deployment }
  }

  get notes(): string[] {
    return [...this.noteSet]
  }

  /** The value with every placeholder and expression resolved; problems are collected. */
  resolve(value: unknown, path: JsonPath): unknown {
    return this.walk(value, { path, inCommand: false, key: String(path.at(-1) ?? '') })
  }

  private report(path: JsonPath, message: string): void {
    this.problems.push({ path: formatPath(path), message })
  }

  private walk(value: unknown, at: Walk): unknown {
    if (typeof value === 'string') return this.resolveString(value, at)
    if (Array.isArray(value)) {
      return value.map((item, i) => this.walk(item, { ...at, path: [...at.path, i] }))
    }
    if (!isRecord(value)) return value
    const result: Record<string, unknown> = {}
    const written = new Map<string, { key: string; name: string }>()
    for (const [key, member] of Object.entries(value)) {
      const path = [...at.path, key]
      const inCommand = at.inCommand || COMMAND_KEYS.has(key.toLowerCase())
      const name = this.resolveKey(key, path)
      if (this.collides(name, key, written, path)) continue
      setKey(result, name, this.walk(member, { path, inCommand, key }))
    }
    return result
  }

  /**
   * A key that resolves onto one the object already has (`"<imgBuilderId>": {}` next to the same
   * id written out) would silently replace it: reported instead. Keys compare ignoring case, as ARM
   * compares resource ids and property names.
   */
  private collides(
    name: string,
    key: string,
    written: Map<string, { key: string; name: string }>,
    path: JsonPath,
  ): boolean {
    const earlier = written.get(name.toLowerCase())
    if (earlier === undefined) written.set(name.toLowerCase(), { key, name })
    // Literal keys differing only in case are normalizeNames' to report (it knows the names).
    if (earlier === undefined || (earlier.key === earlier.name && key === name)) return false
    const from = (k: string, n: string) => (k === n ? `'${n}'` : `'${k}' (= '${n}')`)
    this.report(
      path,
      `${from(key, name)} names the same member as ${from(earlier.key, earlier.name)}: one would replace the other`,
    )
    return true
  }

  private resolveKey(key: string, path: JsonPath): string {
    const value = this.resolveString(key, { path, inCommand: false, key: '' })
    if (typeof value === 'string') return value
    this.report(path, `the property name must resolve to a string, got ${JSON.stringify(value)}`)
    return key
  }

  private resolveString(text: string, at: Walk): unknown {
    if (text.startsWith('[[') && text.endsWith(']')) return text.slice(1)
    if (text.startsWith('[') && text.endsWith(']')) {
      const expression = this.parse(text, at)
      if (expression !== undefined) return this.evaluate(expression, text, at)
      if (!at.inCommand) return text
    }
    return this.fillPlaceholders(text, at)
  }

  /** The parsed expression, or undefined (reported outside command fields). */
  private parse(text: string, at: Walk): ArmExpression | undefined {
    try {
      return parseArmExpression(text.slice(1, -1))
    } catch (error) {
      if (!(error instanceof ArmExpressionError)) throw error
      if (!at.inCommand) {
        this.report(
          at.path,
          `'${text}' is not a valid ARM expression (${error.message}); start it with '[[' if it is plain text`,
        )
      }
      return undefined
    }
  }

  private evaluate(expression: ArmExpression, text: string, at: Walk): unknown {
    try {
      return evaluateArmExpression(expression, this.scope)
    } catch (error) {
      if (!(error instanceof ArmExpressionError)) throw error
      this.report(at.path, `cannot resolve '${text}': ${error.message}`)
      return text
    }
  }

  private fillPlaceholders(text: string, at: Walk): unknown {
    const result = substitutePlaceholders(text, this.vars)
    for (const filled of result.filled) this.noteSet.add(`${filled} ← template-vars`)
    if (!at.inCommand) {
      for (const name of result.unknown) {
        this.report(at.path, `unresolved placeholder ${name}: add it to template-vars`)
      }
      if (result.unknown.length === 0 && isDocPlaceholder(text)) {
        this.report(at.path, `'${text}' is a placeholder to fill in: replace it with a value`)
      }
    }
    return result.whole && result.filled.length === 1
      ? this.convert(result.text, at.key)
      : result.text
  }

  /** `"osDiskSizeGB": "<diskSize>"` must still send a number: the swagger type of the key decides. */
  private convert(text: string, key: string): unknown {
    const type = this.typeOfKey?.(key)
    return (type === undefined ? undefined : scalarFromText(text, type)) ?? text
  }
}
