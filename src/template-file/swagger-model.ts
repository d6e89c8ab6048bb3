// The 2025-10-01 swagger models, read once from the bundled copy of imagebuilder.json.
// Known property names, discriminator values and enums all come from here, not from hand lists.
import swagger from './schema/imagebuilder-2025-10-01.json' with { type: 'json' }

/** The subset of a swagger schema object these modules read. */
export interface SwaggerSchema {
  type?: string
  properties?: Record<string, SwaggerSchema>
  required?: string[]
  allOf?: SwaggerSchema[]
  discriminator?: string
  'x-ms-discriminator-value'?: string
  enum?: string[]
  items?: SwaggerSchema
  additionalProperties?: SwaggerSchema | boolean
  $ref?: string
  readOnly?: boolean
  minimum?: number
  maximum?: number
  pattern?: string
}

const document = swagger as unknown as {
  info: { version: string }
  definitions: Record<string, SwaggerSchema>
}

const DEFINITIONS = document.definitions

/** The API version the bundled swagger describes (2025-10-01). */
export const SCHEMA_API_VERSION = document.info.version

/** `#/definitions/X` → `X`. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1)
}

export function definition(name: string): SwaggerSchema {
  const found = DEFINITIONS[name]
  if (!found) throw new Error(`swagger has no definition ${name}`)
  return found
}

/** The schema itself, or the definition it points at. */
export function deref(schema: SwaggerSchema): SwaggerSchema {
  return schema.$ref ? definition(refName(schema.$ref)) : schema
}

/** Local parents of a definition (allOf `$ref`s into this file). */
function parentsOf(name: string): string[] {
  return (definition(name).allOf ?? [])
    .map((s) => s.$ref ?? '')
    .filter((ref) => ref.startsWith('#/definitions/'))
    .map(refName)
}

/** Own and inherited properties of a definition. */
export function propertiesOf(name: string): Record<string, SwaggerSchema> {
  const inherited = parentsOf(name).map(propertiesOf)
  return Object.assign({}, ...inherited, definition(name).properties) as Record<
    string,
    SwaggerSchema
  >
}

/** Own and inherited required property names. */
export function requiredOf(name: string): string[] {
  return [
    ...new Set([...parentsOf(name).flatMap(requiredOf), ...(definition(name).required ?? [])]),
  ]
}

/** The discriminator property of a definition or one of its ancestors. */
export function discriminatorOf(name: string): string | undefined {
  return definition(name).discriminator ?? parentsOf(name).map(discriminatorOf).find(Boolean)
}

/** Discriminator value → definition name, for the direct subtypes of a base definition. */
export function subtypesOf(base: string): Map<string, string> {
  const subtypes = new Map<string, string>()
  for (const [name, schema] of Object.entries(DEFINITIONS)) {
    const value = schema['x-ms-discriminator-value']
    if (value !== undefined && parentsOf(name).includes(base)) subtypes.set(value, name)
  }
  return subtypes
}

/** Member name → integer/boolean, for every property any definition declares with that type. */
export function typeOfKey(key: string): 'integer' | 'boolean' | undefined {
  scalarKeys ??= collectScalarKeys()
  return scalarKeys.get(key.toLowerCase())
}

let scalarKeys: Map<string, 'integer' | 'boolean'> | undefined

function collectScalarKeys(): Map<string, 'integer' | 'boolean'> {
  const keys = new Map<string, 'integer' | 'boolean'>()
  for (const schema of Object.values(DEFINITIONS)) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (property.type === 'integer' || property.type === 'boolean') {
        keys.set(key.toLowerCase(), property.type)
      }
    }
  }
  return keys
}
