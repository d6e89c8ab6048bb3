// The ARM envelope around `properties`: type, apiVersion, name, location, tags, identity, dependsOn.
// These are handled here and never sent inside properties.
import { normalizeNames } from './property-names.ts'
import { SCHEMA_API_VERSION as API_VERSION } from './swagger-model.ts'
import {
  formatPath,
  isRecord,
  type JsonPath,
  type TemplateProblem,
} from '../model/template-problem.ts'

export interface Envelope {
  name?: string
  location?: string
  tags?: Record<string, string>
  identity?: { type: string; userAssignedIdentities?: Record<string, object> }
  properties?: Record<string, unknown>
}

interface Output {
  problems: TemplateProblem[]
  notes: string[]
}

/** Members handled by ARM itself (dropped), and members a GET response adds (dropped with a note). */
const ARM_ONLY = ['type', 'dependsOn', 'comments', 'condition']
const READ_ONLY = ['id', 'systemData', 'etag']
const KNOWN = ['apiVersion', 'name', 'location', 'tags', 'identity', 'properties']

/**
 * The resource without the members ARM handles itself (dependsOn, condition, comments): they are
 * dropped, so their expressions (often resourceId() of other resources) are not resolved either.
 */
export function withoutArmOnly(found: {
  kind: string
  value: Record<string, unknown>
}): Record<string, unknown> {
  if (found.kind === 'properties') return found.value
  const dropped = ARM_ONLY.filter((k) => k !== 'type').map((k) => k.toLowerCase())
  return Object.fromEntries(
    Object.entries(found.value).filter(([key]) => !dropped.includes(key.toLowerCase())),
  )
}

/** Splits a resolved resource into its envelope fields and properties. */
export function splitEnvelope(
  resource: Record<string, unknown>,
  path: JsonPath,
  out: Output,
): Envelope {
  const envelope: Envelope = {}
  for (const [key, value] of Object.entries(resource)) {
    const at = [...path, key]
    const known = [...KNOWN, ...ARM_ONLY, ...READ_ONLY].find(
      (k) => k.toLowerCase() === key.toLowerCase(),
    )
    if (known === undefined) {
      out.problems.push({
        path: formatPath(at),
        message: `unknown resource member '${key}' (known: ${[...KNOWN, ...ARM_ONLY].join(', ')})`,
      })
    } else if (READ_ONLY.includes(known)) {
      out.notes.push(`${formatPath(at)}: read-only, not sent`)
    } else {
      takeMember(envelope, known, value, at, out)
    }
  }
  if (!envelope.properties)
    out.problems.push({ path: formatPath([...path, 'properties']), message: 'is required' })
  return envelope
}

type Taker = (envelope: Envelope, value: unknown, at: JsonPath, out: Output) => string | undefined

/** Each member's reader; a returned string is what the member must be. */
const TAKERS: Record<string, Taker> = {
  apiVersion: (_envelope, value, _at, out) => {
    if (value !== API_VERSION)
      out.notes.push(`apiVersion ${JSON.stringify(value)} → ${API_VERSION}`)
    return undefined
  },
  name: (envelope, value) =>
    typeof value === 'string' ? void (envelope.name = value) : 'a string',
  location: (envelope, value) =>
    typeof value === 'string' ? void (envelope.location = value) : 'a string',
  tags: (envelope, value) =>
    isStringMap(value) ? void (envelope.tags = value) : 'an object of string values',
  identity: (envelope, value, at, out) => void (envelope.identity = identityOf(value, at, out)),
  properties: (envelope, value) =>
    isRecord(value) ? void (envelope.properties = value) : 'an object',
}

function takeMember(
  envelope: Envelope,
  key: string,
  value: unknown,
  at: JsonPath,
  out: Output,
): void {
  const expected = TAKERS[key]?.(envelope, value, at, out)
  if (expected !== undefined)
    out.problems.push({ path: formatPath(at), message: `must be ${expected}` })
}

function isStringMap(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string')
}

/** `"identity": {}` (the quickstart skeleton) means none: the `identity` input must then give one. */
function identityOf(value: unknown, at: JsonPath, out: Output): Envelope['identity'] {
  if (isRecord(value) && Object.keys(value).length === 0) {
    out.notes.push(`${formatPath(at)} is empty: the identity comes from the inputs`)
    return undefined
  }
  const identity = normalizeNames(value, 'ImageTemplateIdentity', at, out)
  if (!isRecord(identity) || typeof identity.type !== 'string') {
    out.problems.push({
      path: formatPath([...at, 'type']),
      message: "must be 'UserAssigned' or 'None'",
    })
    return undefined
  }
  return identity as Envelope['identity']
}

/** The subscription of the first user-assigned identity id, e.g. for an old vnetConfig. */
export function subscriptionOfIdentity(identity: Envelope['identity']): string | undefined {
  const ids = Object.keys(identity?.userAssignedIdentities ?? {})
  const match = ids.map((id) => /^\/subscriptions\/([^/]+)\//i.exec(id)).find(Boolean)
  return match?.[1]
}
