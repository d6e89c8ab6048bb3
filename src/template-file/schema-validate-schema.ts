// Validates a template against the 2025-10-01 swagger with Ajv. Swagger is not JSON Schema: models
// inherit through `allOf` and pick subtypes by `discriminator` + `x-ms-discriminator-value`. So each
// base model becomes "type must be one of the subtype values, and if type is X then X's schema", and
// each subtype becomes one closed object with its inherited properties flattened in (the service
// rejects unknown members). Read-only members are left out: they are never sent.
import {
  definition,
  discriminatorOf,
  propertiesOf,
  refName,
  requiredOf,
  subtypesOf,
  type SwaggerSchema,
} from './swagger-model.ts'

type JsonSchema = Record<string, unknown>

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` })

/** JSON Schema for one member schema; collects the definitions it refers to. */
function memberSchema(schema: SwaggerSchema, pending: string[]): JsonSchema {
  if (schema.$ref) {
    pending.push(refName(schema.$ref))
    return ref(refName(schema.$ref))
  }
  const result: JsonSchema = {}
  for (const key of ['type', 'enum', 'minimum', 'maximum', 'pattern'] as const) {
    if (schema[key] !== undefined) result[key] = schema[key]
  }
  if (schema.items) result.items = memberSchema(schema.items, pending)
  if (typeof schema.additionalProperties === 'object') {
    result.additionalProperties = memberSchema(schema.additionalProperties, pending)
  }
  return result
}

function unionSchema(name: string, discriminator: string): JsonSchema {
  const subtypes = [...subtypesOf(name)]
  return {
    type: 'object',
    required: [discriminator],
    properties: { [discriminator]: { type: 'string', enum: subtypes.map(([value]) => value) } },
    allOf: subtypes.map(([value, subtype]) => ({
      if: {
        type: 'object',
        required: [discriminator],
        properties: { [discriminator]: { const: value } },
      },
      then: ref(subtype),
    })),
  }
}

function objectSchema(name: string, pending: string[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  for (const [key, member] of Object.entries(propertiesOf(name))) {
    if (member.readOnly !== true) properties[key] = memberSchema(member, pending)
  }
  const value = definition(name)['x-ms-discriminator-value']
  const discriminator = discriminatorOf(name)
  if (value !== undefined && discriminator !== undefined)
    properties[discriminator] = { const: value }
  return { type: 'object', properties, required: requiredOf(name), additionalProperties: false }
}

function definitionSchema(name: string, pending: string[]): JsonSchema {
  const swagger = definition(name)
  if (swagger.discriminator !== undefined) {
    for (const subtype of subtypesOf(name).values()) pending.push(subtype)
    return unionSchema(name, swagger.discriminator)
  }
  if (swagger.properties === undefined && swagger.allOf === undefined)
    return memberSchema(swagger, pending)
  return objectSchema(name, pending)
}

/** The JSON Schema of a template request body's checked parts, with reachable definitions only. */
export function buildTemplateSchema(): JsonSchema {
  const pending = ['ImageTemplateProperties', 'ImageTemplateIdentity']
  const definitions: Record<string, JsonSchema> = {}
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (!Object.hasOwn(definitions, name)) definitions[name] = definitionSchema(name, pending)
  }
  return {
    type: 'object',
    required: ['location', 'identity', 'properties'],
    properties: {
      location: { type: 'string', minLength: 1 },
      tags: { type: 'object', additionalProperties: { type: 'string' } },
      identity: ref('ImageTemplateIdentity'),
      properties: ref('ImageTemplateProperties'),
    },
    definitions,
  }
}
