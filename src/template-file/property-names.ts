// Fixes the case of known property names, discriminators and enum values, and rejects unknown
// names. The service now rejects `shell`, `managedImage`, `ScriptUri`…, which older docs and
// templates use (shared/seeds); what is known comes from the swagger definitions.
import {
  definition,
  deref,
  propertiesOf,
  refName,
  subtypesOf,
  type SwaggerSchema,
} from './swagger-model.ts'
import { scalarFromText } from './scalar-text.ts'
import {
  findKey,
  formatPath,
  isRecord,
  setKey,
  type JsonPath,
  type TemplateProblem,
} from '../model/template-problem.ts'

/** Old spellings that are not just a case change (2018/2019 docs). */
const ALIASES: Record<string, string> = {
  valid_exit_codes: 'validExitCodes',
  script: 'scriptUri',
}

export interface NameFixes {
  problems: TemplateProblem[]
  notes: string[]
}

/** Normalizes `value` as an instance of swagger definition `name`. */
export function normalizeNames(
  value: unknown,
  name: string,
  path: JsonPath,
  out: NameFixes,
): unknown {
  if (!isRecord(value)) return value
  const concrete = concreteDefinition(value, name, path, out)
  if (concrete === undefined) return value
  const properties = propertiesOf(concrete.name)
  const result: Record<string, unknown> = {}
  for (const [key, given] of Object.entries(value)) {
    const member = key === concrete.key ? concrete.value : given
    const canonical = acceptedName(key, properties, result, [...path, key], out)
    const schema = canonical === undefined ? undefined : properties[canonical]
    if (canonical === undefined || schema === undefined) continue
    setKey(result, canonical, normalizeMember(member, schema, [...path, canonical], out))
  }
  return result
}

/** The canonical name to keep `key` under, or undefined when it is dropped (and why is recorded). */
function acceptedName(
  key: string,
  properties: Record<string, SwaggerSchema>,
  result: Record<string, unknown>,
  path: JsonPath,
  out: NameFixes,
): string | undefined {
  const at = formatPath(path)
  const canonical = canonicalName(key, properties)
  if (canonical === undefined) {
    const known = Object.keys(properties).filter((k) => properties[k]?.readOnly !== true)
    out.problems.push({
      path: at,
      message: `unknown property '${key}' (known here: ${known.join(', ')})`,
    })
    return undefined
  }
  if (properties[canonical]?.readOnly === true) {
    out.notes.push(`${at}: read-only, not sent`)
    return undefined
  }
  if (Object.hasOwn(result, canonical)) {
    out.problems.push({ path: at, message: `'${key}' is '${canonical}' again, with another case` })
    return undefined
  }
  if (canonical !== key) out.notes.push(`${at} → ${canonical}`)
  return canonical
}

function canonicalName(key: string, properties: Record<string, SwaggerSchema>): string | undefined {
  const found = findKey(properties, key)
  if (found !== undefined) return found
  const alias = ALIASES[key.toLowerCase()]
  return alias !== undefined && Object.hasOwn(properties, alias) ? alias : undefined
}

interface Concrete {
  name: string
  /** The member holding the discriminator, and its value with the case fixed. */
  key?: string
  value?: string
}

/** The subtype named by the discriminator, or undefined when unknown (reported). */
function concreteDefinition(
  value: Record<string, unknown>,
  name: string,
  path: JsonPath,
  out: NameFixes,
): Concrete | undefined {
  const property = definition(name).discriminator
  if (property === undefined) return { name }
  const key = findKey(value, property) ?? property
  const given = value[key]
  const subtypes = subtypesOf(name)
  const text = typeof given === 'string' ? given.toLowerCase() : undefined
  const match = [...subtypes.keys()].find((v) => v.toLowerCase() === text)
  const at = formatPath([...path, property])
  if (typeof given !== 'string' || match === undefined) {
    const expected = [...subtypes.keys()].join(', ')
    const message =
      given === undefined
        ? `is required (one of ${expected})`
        : `unknown type ${JSON.stringify(given)} (expected one of ${expected})`
    out.problems.push({ path: at, message })
    return undefined
  }
  if (match !== given) out.notes.push(`${at}: '${given}' → '${match}'`)
  const concrete = subtypes.get(match)
  return concrete === undefined ? undefined : { name: concrete, key, value: match }
}

function normalizeMember(
  value: unknown,
  schema: SwaggerSchema,
  path: JsonPath,
  out: NameFixes,
): unknown {
  const replaced = wrongType(value, schema, path, out)
  if (replaced) return replaced.value
  if (schema.$ref) {
    const target = deref(schema)
    if (target.enum) return fixEnum(value, target.enum, path, out)
    return isObjectSchema(target) ? normalizeNames(value, refName(schema.$ref), path, out) : value
  }
  if (schema.enum) return fixEnum(value, schema.enum, path, out)
  return normalizeItems(value, schema, path, out)
}

/** The items of an array, or the values of a map whose values are definitions. */
function normalizeItems(
  value: unknown,
  schema: SwaggerSchema,
  path: JsonPath,
  out: NameFixes,
): unknown {
  const { items, additionalProperties: map } = schema
  if (items && Array.isArray(value)) {
    return value.map((item, i) => normalizeMember(item, items, [...path, i], out))
  }
  if (typeof map === 'object' && map.$ref && isRecord(value)) {
    const entries = Object.entries(value).map(([key, member]) => [
      key,
      normalizeMember(member, map, [...path, key], out),
    ])
    return Object.fromEntries(entries) as Record<string, unknown>
  }
  return value
}

type JsonType = 'integer' | 'number' | 'boolean' | 'string' | 'array' | 'object'

/**
 * Undefined when the JSON type of `value` is the schema's (or the schema does not say); otherwise
 * what to keep instead. JSON null means "not set" to ARM: the member is left out.
 */
function wrongType(
  value: unknown,
  schema: SwaggerSchema,
  path: JsonPath,
  out: NameFixes,
): { value: unknown } | undefined {
  if (value === null) {
    out.notes.push(`${formatPath(path)}: null, left out`)
    return { value: undefined }
  }
  const expected = expectedType(schema)
  if (expected === undefined || hasType(value, expected)) return undefined
  return { value: coerceScalar(value, expected, path, out) }
}

/** The JSON type a member must have, when the schema says (objects through their `$ref`). */
function expectedType(schema: SwaggerSchema): JsonType | undefined {
  const target = schema.$ref ? deref(schema) : schema
  if (schema.$ref && isObjectSchema(target)) return 'object'
  const type = target.type
  if (type === 'integer' || type === 'number' || type === 'boolean') return type
  if (type === 'string' || type === 'array' || type === 'object') return type
  return undefined
}

function hasType(value: unknown, type: JsonType): boolean {
  if (type === 'integer') return Number.isInteger(value)
  if (type === 'array') return Array.isArray(value)
  if (type === 'object') return isRecord(value)
  return typeof value === type
}

/**
 * A member of the wrong JSON type. Whole numbers and true/false written as strings (`"120"`, a
 * string ARM parameter) are converted, with a note; anything else is a problem, since dropping it
 * would silently fall back to a default.
 */
function coerceScalar(value: unknown, type: JsonType, path: JsonPath, out: NameFixes): unknown {
  const at = formatPath(path)
  const scalar = SCALAR_OF[type]
  const converted =
    typeof value === 'string' && scalar !== undefined ? scalarFromText(value, scalar) : undefined
  if (converted !== undefined) {
    const wants = scalar === 'boolean' ? 'true or false' : 'a number'
    out.notes.push(`${at}: "${value as string}" → ${String(converted)} (the schema wants ${wants})`)
    return converted
  }
  out.problems.push({ path: at, message: `must be ${TYPE_TEXT[type]}, got ${describe(value)}` })
  return value
}

/** The text a string may hold to stand for a member of this type (`"120"`, `"True"`). */
const SCALAR_OF: Partial<Record<JsonType, 'integer' | 'boolean'>> = {
  integer: 'integer',
  number: 'integer',
  boolean: 'boolean',
}

const TYPE_TEXT: Record<JsonType, string> = {
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  string: 'a string',
  array: 'an array',
  object: 'an object',
}

function describe(value: unknown): string {
  const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 40 ? kind : `${kind} ${text}`
}

const isObjectSchema = (schema: SwaggerSchema): boolean =>
  schema.properties !== undefined ||
  schema.discriminator !== undefined ||
  schema.allOf !== undefined

function fixEnum(value: unknown, values: string[], path: JsonPath, out: NameFixes): unknown {
  if (typeof value !== 'string' || values.includes(value)) return value
  const match = values.find((v) => v.toLowerCase() === value.toLowerCase())
  if (match === undefined) return value
  out.notes.push(`${formatPath(path)}: '${value}' → '${match}'`)
  return match
}
