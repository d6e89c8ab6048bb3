import { isRecord } from './exchange.ts'

/** The first problem found in a template body, named by its property path. */
export interface ValidationProblem {
  target: string
  message: string
}

type Check = ValidationProblem | undefined
type Body = Record<string, unknown>

/** Pattern of template names and run output names. */
export const NAME_PATTERN = /^[A-Za-z0-9-_.]{1,64}$/
const CUSTOMIZER_TYPES = ['Shell', 'PowerShell', 'WindowsRestart', 'WindowsUpdate', 'File']
const VALIDATOR_TYPES = ['Shell', 'PowerShell', 'File']
const SOURCE_FIELDS: Record<string, string[]> = {
  PlatformImage: ['publisher', 'offer', 'sku', 'version'],
  ManagedImage: ['imageId'],
  SharedImageVersion: ['imageVersionId'],
}
const DISTRIBUTOR_FIELDS: Record<string, string[]> = {
  ManagedImage: ['imageId', 'location'],
  SharedImage: ['galleryImageId'],
  VHD: [],
}

/** Check a PUT body the way the service does; undefined when it is acceptable. */
export function validateTemplate(name: string, body: unknown): Check {
  if (!NAME_PATTERN.test(name)) {
    return problem('imageTemplateName', `must match ${String(NAME_PATTERN)}, got '${name}'`)
  }
  if (!isRecord(body)) return problem('parameters', 'the request body must be a JSON object')
  if (!isText(body.location)) return problem('location', 'is required')
  const properties = body.properties
  if (!isRecord(properties)) return problem('properties', 'is required')
  return (
    checkIdentity(body.identity) ??
    checkSource(properties.source) ??
    checkSteps('properties.customize', properties.customize, CUSTOMIZER_TYPES) ??
    checkValidate(properties.validate) ??
    checkDistribute(properties.distribute) ??
    checkTimeout(properties.buildTimeoutInMinutes)
  )
}

function checkIdentity(identity: unknown): Check {
  if (!isRecord(identity)) return problem('identity', 'is required')
  const assigned = isRecord(identity.userAssignedIdentities) ? identity.userAssignedIdentities : {}
  const ids = Object.keys(assigned)
  if (identity.type === 'None') {
    return ids.length === 0
      ? undefined
      : problem('identity.userAssignedIdentities', 'must be empty when type is None')
  }
  if (identity.type !== 'UserAssigned') {
    return problem(
      'identity.type',
      `must be 'UserAssigned' or 'None', got '${String(identity.type)}'`,
    )
  }
  if (ids.length !== 1) {
    return problem(
      'identity.userAssignedIdentities',
      `must hold exactly one identity, got ${ids.length}`,
    )
  }
  const id = ids[0] ?? ''
  return /\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i.test(id)
    ? undefined
    : problem(
        'identity.userAssignedIdentities',
        `'${id}' is not a user-assigned identity resource id`,
      )
}

function checkSource(source: unknown): Check {
  if (!isRecord(source)) return problem('properties.source', 'is required')
  const fields = SOURCE_FIELDS[String(source.type)]
  if (!fields)
    return problem('properties.source.type', `unknown source type '${String(source.type)}'`)
  return requireFields(source, fields, 'properties.source')
}

function checkSteps(path: string, steps: unknown, types: string[]): Check {
  if (steps === undefined) return undefined
  if (!Array.isArray(steps)) return problem(path, 'must be an array')
  for (const [index, step] of steps.entries()) {
    const at = `${path}[${index}]`
    if (!isRecord(step)) return problem(at, 'must be an object')
    if (!types.includes(String(step.type))) {
      return problem(
        `${at}.type`,
        `unknown type '${String(step.type)}'; expected one of ${types.join(', ')}`,
      )
    }
    const stepProblem = checkStep(at, step)
    if (stepProblem) return stepProblem
  }
  return undefined
}

function checkStep(at: string, step: Body): Check {
  if (step.type === 'File') return requireFields(step, ['sourceUri', 'destination'], at)
  if (step.type !== 'Shell' && step.type !== 'PowerShell') return undefined
  const count = [step.scriptUri, step.inline].filter((value) => value !== undefined).length
  return count === 1
    ? undefined
    : problem(at, `${String(step.type)} needs exactly one of scriptUri or inline`)
}

function checkValidate(validate: unknown): Check {
  if (validate === undefined) return undefined
  if (!isRecord(validate)) return problem('properties.validate', 'must be an object')
  return checkSteps(
    'properties.validate.inVMValidations',
    validate.inVMValidations,
    VALIDATOR_TYPES,
  )
}

function checkDistribute(distribute: unknown): Check {
  if (!Array.isArray(distribute) || distribute.length === 0) {
    return problem('properties.distribute', 'must list at least one distribution target')
  }
  const names = new Set<string>()
  for (const [index, target] of distribute.entries()) {
    const at = `properties.distribute[${index}]`
    const targetProblem = checkDistributor(at, target)
    if (targetProblem) return targetProblem
    const name = String((target as Body).runOutputName).toLowerCase()
    if (names.has(name)) return problem(`${at}.runOutputName`, `duplicate runOutputName '${name}'`)
    names.add(name)
  }
  return undefined
}

function checkDistributor(at: string, target: unknown): Check {
  if (!isRecord(target)) return problem(at, 'must be an object')
  const fields = DISTRIBUTOR_FIELDS[String(target.type)]
  if (!fields) return problem(`${at}.type`, `unknown distributor type '${String(target.type)}'`)
  if (!isText(target.runOutputName) || !NAME_PATTERN.test(target.runOutputName)) {
    return problem(`${at}.runOutputName`, `must match ${String(NAME_PATTERN)}`)
  }
  if (target.targetRegions !== undefined && target.replicationRegions !== undefined) {
    return problem(`${at}.targetRegions`, 'cannot be combined with replicationRegions')
  }
  return requireFields(target, fields, at)
}

function checkTimeout(minutes: unknown): Check {
  if (minutes === undefined) return undefined
  const valid =
    typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 0 && minutes <= 960
  return valid
    ? undefined
    : problem('properties.buildTimeoutInMinutes', 'must be an integer from 0 to 960')
}

function requireFields(object: Body, fields: string[], path: string): Check {
  const missing = fields.find((field) => !isText(object[field]))
  return missing === undefined ? undefined : problem(`${path}.${missing}`, 'is required')
}

function problem(target: string, detail: string): ValidationProblem {
  return { target, message: `Invalid image template: '${target}' ${detail}.` }
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}
