// Which of the three file kinds a template file is, and where its imageTemplates resource sits.
import type { DeploymentScope } from './arm-functions.ts'
import type { ArmDeclarations } from './arm-parameters.ts'
import { ValueResolver } from './value-resolver.ts'
import {
  findKey,
  formatPath,
  isRecord,
  type JsonPath,
  type TemplateProblem,
} from '../model/template-problem.ts'

export const IMAGE_TEMPLATE_TYPE = 'Microsoft.VirtualMachineImages/imageTemplates'
/** What Microsoft's `az resource create` quickstarts write: the CLI takes the type from its flag. */
const PROVIDER_ONLY_TYPE = 'Microsoft.VirtualMachineImages'

/** A bare resource, an ARM deployment template holding one, or a bare `properties` object. */
export type TemplateFileKind = 'resource' | 'deployment' | 'properties'

export interface FoundResource {
  kind: TemplateFileKind
  /** The resource object (for `properties` files: the properties object itself). */
  value: Record<string, unknown>
  /** Where `value` is in the file. */
  path: JsonPath
  declarations?: ArmDeclarations
  /** For the log, e.g. how a provider-only `type` was read. */
  notes?: string[]
}

export type FindResult = { found: FoundResource } | { problems: TemplateProblem[] }

export interface FindOptions {
  vars: Record<string, string>
  /** Name of the resource to use when a deployment template holds several. */
  pick?: string
  deployment?: DeploymentScope
}

const PROPERTY_MARKERS = ['source', 'distribute', 'customize']

/** Detects the kind from content; for deployments, picks the one imageTemplates resource. */
export function findImageTemplate(document: unknown, options: FindOptions): FindResult {
  if (!isRecord(document)) return failure('', 'the template file must hold a JSON object')
  if (isDeployment(document)) return findInDeployment(document, options)
  const resource = asResource(document)
  if (resource) return resource
  if (PROPERTY_MARKERS.some((k) => findKey(document, k) !== undefined)) {
    return { found: { kind: 'properties', value: document, path: [] } }
  }
  return failure(
    '',
    `cannot tell what this file is: expected a ${IMAGE_TEMPLATE_TYPE} resource (type, properties), ` +
      'an ARM deployment template ($schema, resources) or a properties object (source, customize, distribute)',
  )
}

/** A bare resource (with a `type` or `properties`), a wrong type, or undefined. */
function asResource(document: Record<string, unknown>): FindResult | undefined {
  const type = document[findKey(document, 'type') ?? 'type']
  const written = typeof type === 'string' ? type.toLowerCase() : undefined
  if (written === PROVIDER_ONLY_TYPE.toLowerCase()) {
    const note = `type '${String(type)}' read as ${IMAGE_TEMPLATE_TYPE} (az resource create takes the type from --resource-type)`
    return { found: { kind: 'resource', value: document, path: [], notes: [note] } }
  }
  if (written !== undefined && written !== IMAGE_TEMPLATE_TYPE.toLowerCase()) {
    return failure('type', `'${String(type)}' is not a ${IMAGE_TEMPLATE_TYPE} resource`)
  }
  if (type !== undefined || isRecord(document[findKey(document, 'properties') ?? 'properties'])) {
    return { found: { kind: 'resource', value: document, path: [] } }
  }
  return undefined
}

function isDeployment(document: Record<string, unknown>): boolean {
  const schema = document.$schema
  return (
    (typeof schema === 'string' && /deploymentTemplate/i.test(schema)) ||
    Array.isArray(document.resources)
  )
}

const failure = (path: string, message: string): FindResult => ({ problems: [{ path, message }] })

function findInDeployment(document: Record<string, unknown>, options: FindOptions): FindResult {
  const { pick } = options
  const declarations = {
    parameters: isRecord(document.parameters) ? document.parameters : {},
    variables: isRecord(document.variables) ? document.variables : {},
  }
  const resources = Array.isArray(document.resources) ? (document.resources as unknown[]) : []
  const candidates = resources
    .map((value, index) => ({ value, index }))
    .filter(
      (r): r is { value: Record<string, unknown>; index: number } =>
        isRecord(r.value) &&
        String(r.value.type).toLowerCase() === IMAGE_TEMPLATE_TYPE.toLowerCase(),
    )
  const found = (c: { value: Record<string, unknown>; index: number }): FindResult => ({
    found: { kind: 'deployment', value: c.value, path: ['resources', c.index], declarations },
  })
  const [first] = candidates
  if (!first)
    return failure('resources', `no ${IMAGE_TEMPLATE_TYPE} resource in this deployment template`)
  if (candidates.length === 1) return found(first)
  const named = candidates.map((c) => ({
    ...c,
    name: resourceName(c.value, c.index, declarations, options),
  }))
  const picked = named.filter(
    (c) => pick !== undefined && c.name.toLowerCase() === pick.toLowerCase(),
  )
  if (picked.length === 1 && picked[0]) return found(picked[0])
  const list = named.map((c) => `'${c.name}' (${formatPath(['resources', c.index])})`).join(', ')
  return failure(
    'resources',
    `${candidates.length} ${IMAGE_TEMPLATE_TYPE} resources: ${list}; ` +
      (pick === undefined
        ? 'choose one by its name (input `image-template-name`)'
        : `none is named '${pick}'`),
  )
}

/** The resource's name, resolved when possible (it is often `[parameters('imageTemplateName')]`). */
function resourceName(
  resource: Record<string, unknown>,
  index: number,
  declarations: ArmDeclarations,
  options: FindOptions,
): string {
  const { vars, deployment } = options
  const resolver = new ValueResolver({ vars, declarations, ...(deployment ? { deployment } : {}) })
  const name = resolver.resolve(resource.name, ['resources', index, 'name'])
  return typeof name === 'string' ? name : String(resource.name)
}
